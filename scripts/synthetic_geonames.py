"""Write a synthetic GeoNames place file of a given size, to measure
``warlog gazetteer import`` at allCountries scale (about 13 million rows) without the
download. Invented names and geonameids (from 50,000,000 up); feature classes, populations
and alternate names in roughly allCountries' proportions: 37% P, 19% S, 19% H, 12% T, 4% A,
4% L, 4% V, 1% R; a quarter of the rows with alternate names, one row in ten with a
non-Latin one.

    python scripts/synthetic_geonames.py 13000000 /tmp/allCountries.txt
"""

from __future__ import annotations

import random
import sys

SYLLABLES = [a + b for a in "bdfghjklmnprstvwz" for b in ("a", "e", "i", "o", "u", "ar",
                                                           "el", "in", "om", "us")]
CLASSES = "P" * 37 + "S" * 19 + "H" * 19 + "T" * 12 + "A" * 4 + "L" * 4 + "V" * 4 + "R"
CODES = {"P": ["PPL"] * 9 + ["PPLX"], "S": ["SCH", "MSQE", "HTL", "FRM"],
         "H": ["STM", "WLL", "LK"], "T": ["MT", "HLL"],
         "A": ["ADM3", "ADM4", "ADM2", "ADMD"], "L": ["AREA", "LCTY"], "V": ["FRST"],
         "R": ["RD"]}
COUNTRIES = ["SY", "IQ", "US", "FR", "IN", "CN", "NG", "BR", "RU", "MX", "AF", "PK"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3, 3, 4)))).title()


def _row(gid: int, rng: random.Random) -> str:
    name = _name(rng)
    if rng.random() < 0.3:
        name += " " + _name(rng)
    fclass = rng.choice(CLASSES)
    alts: list[str] = []
    if rng.random() < 0.25:
        alts = [_name(rng) for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.4:
            alts.append("\u062a\u0644 " + name[:3])  # a non-Latin name, left out by the import
    pop = int(rng.paretovariate(1.2) * 200) if fclass == "P" and rng.random() < 0.3 else 0
    cols = [str(gid), name, name, ",".join(alts), f"{rng.uniform(-60, 70):.5f}",
            f"{rng.uniform(-180, 180):.5f}", fclass, rng.choice(CODES[fclass]),
            rng.choice(COUNTRIES), "", f"{rng.randint(1, 30):02d}", "", "", "", str(pop),
            "", "100", "Etc/UTC", "2024-01-01"]
    return "\t".join(cols) + "\n"


def main(argv: list[str]) -> None:
    n, out = int(argv[1]), argv[2]
    rng = random.Random(15)
    with open(out, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(_row(50_000_000 + i, rng))


if __name__ == "__main__":
    main(sys.argv)
