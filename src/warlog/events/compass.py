"""A compass part of a country: "south-western Syria", "northern Iraq", "eastern
Afghanistan". A writer who puts a compass word before a country says which part of it an
act happened in: the event lies there, not at the country's middle. The part is the
country's first-level divisions on that side (their points within 45 degrees of the
compass bearing, seen from the middle of all of them), and the event is placed at the
middle of those, as a region.

Where the country is the best place that an event's own sentences give it, or that the
sentence it refers back to gives ("A ceasefire for south-western Syria ... Shortly after
the deal was agreed in July"), the part is its place instead (:func:`part_of`); a part
named in a later sentence's aside ("attacks in southern Iraq are rare") is no reading of
where. As a country is, a part said in the event's own sentences is refined to the town
or province the report names for the event (:mod:`warlog.events.focus`); a part said in
the sentence the event refers back to ("the deal") stands: the sentences after tell
what followed, not where that act was.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from warlog.events.located import is_demonym
from warlog.models import Place

if TYPE_CHECKING:
    from warlog.events.detect import Candidate
    from warlog.places.geocode import Gazetteer

METHOD = "events.compass.v1"
# (north-south, east-west) of each compass word
_AXES = {"north": (1, 0), "south": (-1, 0), "east": (0, 1), "west": (0, -1)}
# "northern", "north-western", "south western", "southwestern", "north-east", "eastern"
_WORD_RX = re.compile(
    r"\b((?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?\s+$", re.I)
# the country as the address of a place after it ("western Syria's Idlib province", its
# apostrophe lost: "western Syrias Idlib"): the place named is where, not the part
_POSSESSIVE_RX = re.compile(r"(?:[’']s|s)\b")
_SECTOR = math.cos(math.radians(45))


def _direction(text: str, start: int) -> tuple[str, tuple[float, float], int] | None:
    """The compass word right before ``start``: its text, unit vector and start."""
    head = text[max(0, start - 20) : start]
    m = _WORD_RX.search(head)
    if m is None:
        return None
    word = m.group(1).lower()
    dy = sum(_AXES[w][0] for w in _AXES if w in word)
    dx = sum(_AXES[w][1] for w in _AXES if w in word)
    n = math.hypot(dy, dx)
    return m.group(0).rstrip(), (dy / n, dx / n), start - len(head) + m.start()


@lru_cache(maxsize=256)
def _provinces(gazetteer: Gazetteer, cc: str) -> tuple[tuple[float, float], ...]:
    """The points of the country's first-level divisions."""
    entries = (gazetteer.admin1(cc, code) for code in gazetteer.admin1_codes(cc))
    return tuple((e.lat, e.lon) for e in entries if e is not None)


def part_point(gazetteer: Gazetteer, cc: str, unit: tuple[float, float]
               ) -> tuple[float, float] | None:
    """The middle of the country's divisions on the side ``unit`` points to (within 45
    degrees of it, seen from the middle of all of them); None for a country with fewer
    than three divisions, whose parts its divisions do not tell."""
    pts = _provinces(gazetteer, cc)
    if len(pts) < 3:
        return None
    mid_lat = sum(p[0] for p in pts) / len(pts)
    mid_lon = sum(p[1] for p in pts) / len(pts)
    k = math.cos(math.radians(mid_lat))
    side = []
    for lat, lon in pts:
        y, x = lat - mid_lat, (lon - mid_lon) * k
        r = math.hypot(y, x)
        if r > 0 and (y * unit[0] + x * unit[1]) / r >= _SECTOR:
            side.append((lat, lon))
    if not side:
        return None
    return (sum(p[0] for p in side) / len(side), sum(p[1] for p in side) / len(side))


def _a_name(phrase: str, gazetteer: Gazetteer) -> bool:
    """Whether the compass word and the country's name together name a place of their own."""
    return bool(gazetteer.lookup(phrase) or gazetteer.alias_targets(phrase))


def compass_parts(places: Sequence[Place], text: str, gazetteer: Gazetteer
                  ) -> tuple[Place, ...]:
    """Each country of ``places`` named after a compass word ("south-western Syria") read
    as that part of it: a region at the middle of its divisions there, spanning the word
    and the country's name (the country's own mention stays among the places)."""
    out = []
    for p in places:
        if (p.feature != "country" or not p.country_code or p.lat is None
                or is_demonym(p)  # the adjective: "the northern Syrian city of Aleppo"
                or _POSSESSIVE_RX.match(text, p.end)):
            continue
        found = _direction(text, p.start)
        if found is None or _a_name(text[found[2] : p.end], gazetteer):
            continue  # "South Sudan", "North Korea", "Northern Ireland": a name, no part
        point = part_point(gazetteer, p.country_code, found[1])
        if point is None:
            continue
        word, _, start = found
        out.append(Place(start, p.end, text[start : p.end], f"{word} {p.name or p.text}",
                         round(point[0], 5), round(point[1], 5), None, "region",
                         p.country_code, None, p.confidence, METHOD))
    return tuple(out)


def part_of(place: Place | None, parts: Sequence[Place]) -> Place | None:
    """The compass part that ``place``, a country's mention, names ("south-western
    Syria"), else ``place`` itself: where the country is the best place a sentence gives an
    event, the part is, and a town or province named for it still wins."""
    if place is None or place.feature != "country":
        return place
    return next((q for q in parts if q.end == place.end), place)


def is_part(place: Place | None) -> bool:
    """Whether ``place`` is a compass part of a country (:func:`compass_parts`)."""
    return place is not None and place.method == METHOD


def _whole(part: Place, places: Sequence[Place]) -> Place | None:
    """The mention of the country a part names."""
    return next((q for q in places if q.end == part.end and q.feature == "country"), None)


def within_part(part: Place, places: Sequence[Place], head: Candidate
                ) -> tuple[Place | None, Sequence[Place]]:
    """The whole country a part names, and the places that can refine the part as they
    would the country: none when the part was said before the event's first sentence,
    in the sentence it refers back to (see the module)."""
    whole = _whole(part, places)
    if whole is None or part.start < head.sent.start_char:
        return whole, ()
    return whole, places
