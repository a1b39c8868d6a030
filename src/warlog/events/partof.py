"""A place told as part of another: its reading must lie near the place that holds it.

A report says where a village or neighbourhood lies by naming what holds it: "Rashidiyah
neighbourhood of northern Mosul", "Zee Hpyu Kone village, Shwebo township", "Let Pa Taung
village (Salingyi township, ...)". The part lies inside its whole, so a reading of the
part far from the whole's (the gazetteer's only namesake of a small name is often in
another region or country) is the wrong namesake. The part takes its namesake near the
whole when the gazetteer holds one; else it is left unresolved, and the event takes the
place the text does support: the whole it is part of (ACLED codes an unknown village to
its township or district).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from warlog.events.abroad import unresolved
from warlog.events.location import place_rank
from warlog.geo import haversine_km
from warlog.models import Place

# how far a part may lie from the point of the whole that holds it: a town's quarter or
# suburb lies within a town's reach; a district's or township's village within its area
_REACH_KM = {4: 60.0, 3: 150.0}

# the part's own kind, after its name ("Rashidiyah neighbourhood", "Shawa village")
_PART = r"(?:\s+(?:village|town|neighbou?rhood|quarter|area|suburb|district|locality|hamlet))?"
# what the text may add about the part before naming its whole: a parenthesis
_ASIDE = r"(?:\s*\([^()]{0,60}\))?"
# "of", "in", "near"... then modifiers of the whole ("of northern Mosul", "in rural Idlib")
_HELD_BY = (
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|rural|"
    r"greater|north|south|east|west)\s+)?(?:(?:city|town|district|township)\s+of\s+)?"
)
_OF_RX = re.compile(_PART + _ASIDE + _HELD_BY + r"$", re.I)
# "X village, Y township": an address, when the part or the whole says its kind
_KIND_RX = r"(?:village|town|neighbou?rhood|quarter|area|suburb|hamlet)"
_COMMA_PART_RX = re.compile(r"\s+" + _KIND_RX + _ASIDE + r",\s*$", re.I)
_PAREN_RX = re.compile(_PART + r"\s*\(\s*$", re.I)  # "X village (Y township, ...)"
_WHOLE_KIND_RX = re.compile(r"\s+(?:township|district|tehsil|subdistrict|sub-district|"
                            r"county|municipality|city)\b", re.I)


_GAP = 70  # the most characters between a part and the whole named after it


def _holds(p: Place, q: Place, text: str) -> bool:
    """The text tells ``p`` as part of ``q``, named just after it."""
    if not 0 <= q.start - p.end <= _GAP:
        return False
    gap = text[p.end : q.start]
    if _OF_RX.fullmatch(gap) or _PAREN_RX.fullmatch(gap):
        return True
    return bool(_COMMA_PART_RX.fullmatch(gap)) or (
        re.fullmatch(r"\s*,\s*", gap) is not None and _WHOLE_KIND_RX.match(text, q.end) is not None
        and re.match(r"\s+" + _KIND_RX + r"\b", text[p.end :], re.I) is not None)


def _whole(p: Place, by_start: Sequence[Place], starts: Sequence[int], text: str
           ) -> Place | None:
    """The resolved town or district the text names as holding ``p``: the first, in text
    order (``by_start``, whose first characters are ``starts``), of the places that start
    within :data:`_GAP` characters after ``p`` ends, the only ones :func:`_holds` can
    accept (found by bisection, not by a walk over every place of the report)."""
    for q in by_start[bisect_left(starts, p.end) : bisect_right(starts, p.end + _GAP)]:
        if (q.lat is not None and q.lon is not None and place_rank(q) in _REACH_KM
                and q.end > p.end and q.text != p.text and _holds(p, q, text)):
            return q
    return None


def _near_namesake(p: Place, q: Place, reach: float, gazetteer: object) -> Place | None:
    """``p`` read again as its gazetteer namesake nearest ``q``, within ``reach`` km."""
    lookup = getattr(gazetteer, "lookup", None)
    if lookup is None or q.lat is None or q.lon is None:
        return None
    near = [(haversine_km(q.lat, q.lon, e.lat, e.lon), e)
            for loose in (False, True) for e in lookup(p.text, loose=loose)
            if e.feature not in ("country", "continent", "water", "admin1")]
    near = [(km, e) for km, e in near if km <= reach]
    if not near:
        return None
    e = min(near, key=lambda t: t[0])[1]
    return dataclasses.replace(p, name=e.name, lat=e.lat, lon=e.lon, geonameid=e.geonameid,
                               feature=e.feature, country_code=e.country_code,
                               admin1=q.admin1 if e.country_code == q.country_code else None,
                               confidence=min(p.confidence, 0.6),
                               method="events.partof.v1")


def _names_a_province(q: Place, gazetteer: object) -> bool:
    """A town whose name its province bears ("Homs", "Idlib", "Raqqa"): "X in Homs" may
    mean the province, so a part need only lie in the town's province, not near it."""
    lookup = getattr(gazetteer, "lookup", None)
    return lookup is not None and any(
        e.feature == "admin1" and e.country_code == q.country_code
        for loose in (False, True) for e in lookup(q.text, loose=loose))


def parts_in_wholes(places: Sequence[Place], text: str, gazetteer: object) -> tuple[Place, ...]:
    """``places`` with each part read far from the whole the text says holds it ("X
    neighbourhood of Y") read again near that whole, or left unresolved; every mention
    of the part's name with the same reading takes the same correction (a report means
    one place by one name). The whole is trusted when the gazetteer's reading of it is no
    weaker than the part's: a named whole is a larger, better known place than its
    village."""
    fixed: dict[tuple[str, int | None], Place | None] = {}
    by_start = sorted(places, key=lambda q: q.start)
    starts = [q.start for q in by_start]
    for p in places:
        q = _whole(p, by_start, starts, text) if p.lat is not None else None
        if (q is None or p.lat is None or p.lon is None or q.lat is None or q.lon is None
                or place_rank(p) < 4 or q.confidence < p.confidence - 0.05):
            continue
        reach = _REACH_KM[place_rank(q)]
        if _names_a_province(q, gazetteer):  # "Palmyra in Homs": the province, maybe
            far = p.country_code != q.country_code or (
                p.admin1 is not None and q.admin1 is not None and p.admin1 != q.admin1)
        else:
            far = haversine_km(p.lat, p.lon, q.lat, q.lon) > reach
        if far:
            fixed[(p.text, p.geonameid)] = _near_namesake(p, q, reach, gazetteer)
    out: list[Place] = []
    for p in places:
        key = (p.text, p.geonameid)
        f = fixed.get(key)
        if key not in fixed or p.lat is None:
            out.append(p)
        elif f is None:
            out.append(unresolved(p))
        else:
            out.append(dataclasses.replace(f, start=p.start, end=p.end, text=p.text))
    return tuple(out)
