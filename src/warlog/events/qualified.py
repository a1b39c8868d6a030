"""A place name qualified by its province: "in La Finca, Guerrero", "in Ortega (Cauca)",
"in Taung Inn village (Singu township, Pyinoolwin district, Mandalay region)".

An address names the first-level division its town lies in, and a town of that name
elsewhere in the country is a namesake, not the one meant: the places stage already
leaves such a name unresolved when no candidate lies in the division, but the events
stage looks names up again in the report's country (``reresolve``, ``unlisted_places``),
and a partial match ("Tetela" of "Tetela del Rio, Guerrero") escapes the qualifier. Here a
name resolved outside the division its address names is looked up again inside that
division, and left unresolved when none of its namesakes lies there (the event then takes
the address's next place, or the division itself, as ACLED codes an unknown village).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warlog.events.neighbours import far_from_neighbour
from warlog.events.places import admin1_of
from warlog.models import Place

# what may stand between a town and the province closing its address: names, brackets,
# commas and the words of an address ("village", "township", "district", "of", "coded to")
_ADDRESS_WORDS = frozenset(
    "village town city township district subdistrict sub-district tehsil area county "
    "municipality region state province governorate division of the de del la las los "
    "el al coded to as in countryside rural and".split()
)
_SPLIT_RX = re.compile(r"[\s,()\[\]]+")


def _qualifies(text: str, p: Place, q: Place) -> bool:
    """``q`` (a province) closes the address that starts at ``p`` (a town)."""
    between = text[p.end : q.start]
    if not 0 < len(between) <= 110 or re.search(r"[.;:!?\n]", between):
        return False
    if "," not in between and "(" not in between:
        return False  # "Ortega (Cauca)", "La Finca, Guerrero": a qualifier, not "X and Y"
    words = [w for w in _SPLIT_RX.split(between) if w]
    return all(w[:1].isupper() or w.lower() in _ADDRESS_WORDS for w in words)


def _division_of(p: Place, places: Sequence[Place], text: str) -> Place | None:
    """The first-level division named as closing ``p``'s address, if any."""
    for q in sorted(places, key=lambda q: q.start):
        if (
            q.start > p.end
            and (q.feature or "") == "admin1"
            and q.lat is not None
            and (p.country_code is None or q.country_code == p.country_code)
            and _qualifies(text, p, q)
        ):
            return q
    return None


def _in_division(name: str, division: Place, gazetteer: object) -> Place | None:
    lookup = getattr(gazetteer, "lookup", None)
    if lookup is None:
        return None
    want = division.admin1 or division.name
    for loose in (False, True):
        for e in lookup(name, loose=loose):
            if (
                e.country_code == division.country_code
                and e.feature not in ("continent", "water", "country", "region", "admin1")
                and admin1_of(gazetteer, e.country_code, e.admin1) == want
            ):
                return Place(0, 0, name, e.name, e.lat, e.lon, e.geonameid, e.feature,
                             e.country_code, want, 0.5, "events.qualified.v1")
    return None


def honour_divisions(places: Sequence[Place], text: str, gazetteer: object) -> tuple[Place, ...]:
    """``places`` with every town resolved outside the province its address names (in
    any of the name's mentions) found again in that province, else left unresolved."""
    fixes: dict[str, Place | None] = {}
    for p in places:
        if (p.feature or "") in ("country", "admin1", "continent", "region", "water"):
            continue
        division = _division_of(p, places, text)
        if division is None or (p.lat is not None and p.admin1 == (
                division.admin1 or division.name)):
            continue
        if p.text in fixes:
            continue
        fixes[p.text] = _in_division(p.text, division, gazetteer)
    if not fixes:
        return tuple(places)
    out: list[Place] = []
    for p in places:
        if p.text not in fixes or (p.feature or "") in ("country", "admin1"):
            out.append(p)
            continue
        found = fixes[p.text]
        if found is None:
            out.append(Place(p.start, p.end, p.text, None, None, None, None, None, None,
                             None, p.confidence, p.method))
        else:
            out.append(Place(p.start, p.end, p.text, found.name, found.lat, found.lon,
                             found.geonameid, found.feature, found.country_code,
                             found.admin1, min(p.confidence, 0.6), found.method))
    return tuple(out)


# a division's own full name ("Republic of Bashkortostan", "Muhafazat Idlib") is no
# town followed by its province
_DIVISION_NAME_RX = re.compile(
    r"\b(?:republic|province|governorate|region|state|oblast|krai|muhafazat|of|the)\b", re.I)


def split_lost_commas(places: Sequence[Place], gazetteer: object) -> tuple[Place, ...]:
    """An unresolved run of names that ends with a province of the report's countries
    ("in Saraqeb Idlib province", where wire copy lost the comma of "Saraqeb, Idlib") is
    an address: the town, unresolved, then the province, resolved."""
    lookup = getattr(gazetteer, "lookup", None)
    countries = {p.country_code for p in places if p.lat is not None and p.country_code}
    if lookup is None or not countries:
        return tuple(places)
    out: list[Place] = []
    for p in places:
        words = p.text.split()
        found = None
        if p.lat is None and len(words) >= 2 and not _DIVISION_NAME_RX.search(p.text):
            for k in (2, 1):
                tail = " ".join(words[-k:])
                if len(words) > k and (found := next((
                        e for e in lookup(tail) if e.feature == "admin1"
                        and e.country_code in countries), None)) is not None:
                    break
        if found is None:
            out.append(p)
            continue
        cut = p.start + p.text.rindex(tail)
        head = p.text[: cut - p.start].rstrip()
        out.append(Place(p.start, p.start + len(head), head, None, None, None, None, None,
                         None, None, p.confidence, p.method))
        out.append(Place(cut, p.end, tail, found.name, found.lat, found.lon, found.geonameid,
                         "admin1", found.country_code, found.name, 0.6,
                         "events.qualified.v1"))
    return tuple(out)


def addressed(places: Sequence[Place], text: str, gazetteer: object) -> tuple[Place, ...]:
    """``places`` read as addresses: runs that lost their commas split, then every town
    found again in the province its address names, and none far from a town it is
    said to be close to (:mod:`warlog.events.neighbours`)."""
    found = honour_divisions(split_lost_commas(places, gazetteer), text, gazetteer)
    return far_from_neighbour(found, text)  # "X, close to Y": X is no town far from Y
