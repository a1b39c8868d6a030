"""Consonant skeletons: a last-resort match for Arabic place names in another
transliteration.

Latin spellings of an Arabic name agree on its consonants far more than on its vowels,
which Arabic script mostly leaves unwritten: "al-Qameshli" / "Qamishli", "Saraqeb" /
"Saraqib", "Deir Ezzor" / "Dayr az Zawr" differ only in vowels and in y/w used as
vowels. The skeleton of a name is its loose key (:func:`warlog.places.names.loose_key`,
articles already dropped) without a, e, i, o, u, y, w and with doubled letters single:
``"kmshl"``, ``"srkb"``, ``"drzr"``.

Skeletons collide far more than keys, so a skeleton match is only a fallback for a name
that found nothing by exact or loose key, and only:

* in a country whose place names are transliterated from the Arabic script (Arabic, and
  Persian, Dari, Pashto, Urdu, which also leave short vowels unwritten): elsewhere
  vowels are written and a skeleton match is a different name;
* within the report's country (the index of one country holds a few hundred to a few
  thousand names);
* for a skeleton of at least :data:`MIN_CONSONANTS` consonants (measured on the index:
  with 4, about 2% of a country's skeletons name places more than 10 km apart; with 3,
  about 6%);
* against towns (divisions only when no town matches), and when every one lies within
  :data:`SAME_PLACE_KM` of the most populous one.

The per-country table is built lazily from the index's ``loose`` table (no rebuild of
the index), once per process and country.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from typing import TYPE_CHECKING

from warlog.geo import haversine_km
from warlog.places.names import loose_key

if TYPE_CHECKING:
    from warlog.places.index import GazetteerEntry

# Arab League members that write Arabic, and the Perso-Arabic script countries
ARABIC_SCRIPT = frozenset(
    "SY IQ YE LY EG SA JO LB PS SD DZ MA TN MR KW BH QA AE OM IR AF PK".split())
MIN_CONSONANTS = 4
SAME_PLACE_KM = 10.0
_FEATURES = ("city", "admin1", "admin2")
_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLE = re.compile(r"(.)\1+")

# (index path, country) -> skeleton -> [(is a town, population, place id, lat, lon)]
_Row = tuple[bool, int, int, float, float]
_TABLES: dict[tuple[str, str], dict[str, list[_Row]]] = {}
_LOCK = threading.Lock()


def skeleton(name: str) -> str:
    """The consonant skeleton of ``name``: "al-Qameshli" -> "kmshl"."""
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", loose_key(name)))


def _table(path: str, cc: str) -> dict[str, list[_Row]]:
    with _LOCK:
        got = _TABLES.get((path, cc))
        if got is not None:
            return got
        table: dict[str, list[_Row]] = {}
        marks = ",".join("?" * len(_FEATURES))
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = con.execute(
                    "SELECT l.key, p.id, p.lat, p.lon, p.population, p.feature FROM loose l "
                    "JOIN place p ON p.id = l.id WHERE l.id IN "
                    f"(SELECT id FROM place WHERE cc = ? AND feature IN ({marks}))",
                    (cc, *_FEATURES),
                ).fetchall()
            finally:
                con.close()
        except sqlite3.Error:
            rows = []
        for key, pid, lat, lon, pop, feature in rows:
            entries = table.setdefault(_DOUBLE.sub(r"\1", _VOWELS.sub("", key)), [])
            if all(e[2] != pid for e in entries):
                entries.append((feature == "city", pop, pid, lat, lon))
        _TABLES[(path, cc)] = table
        return table


def skeleton_match(gazetteer: object, name: str, country: str) -> GazetteerEntry | None:
    """The one town or division of ``country`` whose name has ``name``'s consonant
    skeleton, or None (skeleton too short, no match, or matches far apart)."""
    path = getattr(gazetteer, "path", None)
    by_id = getattr(gazetteer, "by_id", None)
    key = skeleton(name)
    if (country not in ARABIC_SCRIPT or not isinstance(path, str) or by_id is None
            or len(key) < MIN_CONSONANTS):
        return None
    found = _table(path, country).get(key, [])
    # a division named after its capital ("Dayr az Zawr" governorate and city) is no rival
    # of the town: towns first, divisions only when no town has the skeleton
    found = [f for f in found if f[0]] or found
    if not found:
        return None
    top = max(found)
    if any(haversine_km(top[3], top[4], f[3], f[4]) > SAME_PLACE_KM for f in found):
        return None
    return by_id(top[2])  # type: ignore[no-any-return]
