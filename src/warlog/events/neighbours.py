"""A town resolved far from the place it is said to be close to (or part of) is a namesake.

A report sets a village by a town it lies near ("in Volna, close to the port of Taman").
Places said to be near each other lie tens of kilometres apart at most; when the name was
resolved to a town hundreds of kilometres from the town it is close to (a namesake, or
another town found by an alternate spelling), that reading is wrong, and the name is
left unresolved, so that the event takes the town it is near, as ACLED codes a village
the gazetteer lacks by the nearest known town.

Not the bracketed address after a village ("Ye township (Mawlamyine district, Mon
state)", "Eilat (Beer Sheva, HaDarom)"): it names districts, which the gazetteer reads
as their chief towns, and a district's villages may lie well over 100 km from those.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from warlog.geo import haversine_km
from warlog.models import Place

# farther than this from the town it is said to be close to, a town is not the one meant
APART_KM = 100.0

# places a town can be close to: towns, districts and spots; not a province or a country,
# whose points lie far from most of their towns
_NEIGHBOURS = frozenset({"city", "admin2", "spot", "landmark"})
_NOT_A_TOWN = frozenset({"country", "admin1", "continent", "region", "water"})

# "close to", "near", "not far from", "outside" at the end of what stands between; a
# part of a town lies in it ("the Shahba neighbourhood of Aleppo", "the X suburb of Y")
_NEAR_RX = re.compile(
    r"\b(?:near|close\s+to|not\s+far\s+from|outside|(?:neighbou?rhoods?|quarters?|"
    r"suburbs?|districts?|outskirts)\s+of)\b[^,;()]*$", re.I)


def _close_to(text: str, p: Place, q: Place) -> bool:
    """Whether ``q``, named after ``p`` in the same sentence, is what ``p`` is close to."""
    between = text[p.end : q.start]
    if not 0 < len(between) <= 60 or re.search(r"[.;:!?()\n]", between):
        return False
    return _NEAR_RX.search(between) is not None


def _neighbour(p: Place, places: Sequence[Place], text: str) -> Place | None:
    return next((q for q in sorted(places, key=lambda q: q.start)
                 if q.start > p.end and q.lat is not None and (q.feature or "") in _NEIGHBOURS
                 and q.country_code == p.country_code and _close_to(text, p, q)), None)


def far_from_neighbour(places: Sequence[Place], text: str) -> tuple[Place, ...]:
    """``places`` with every town resolved over :data:`APART_KM` from the town it is said
    to be close to left unresolved, in each of its mentions."""
    wrong: set[str] = set()
    for p in places:
        if p.lat is None or p.lon is None or (p.feature or "") in _NOT_A_TOWN:
            continue
        q = _neighbour(p, places, text)
        if q is not None and q.lat is not None and q.lon is not None and haversine_km(
                p.lat, p.lon, q.lat, q.lon) > APART_KM:
            wrong.add(p.text)
    if not wrong:
        return tuple(places)
    return tuple(
        Place(p.start, p.end, p.text, None, None, None, None, None, None, None,
              p.confidence, p.method)
        if p.text in wrong and (p.feature or "") not in _NOT_A_TOWN else p
        for p in places
    )
