"""Curated points: alias rows that carry coordinates (``place_aliases.tsv`` columns 5
and 6), for conflict places GeoNames' population-500 list lacks. Geocoding uses them for
names it cannot resolve, the events stage for an event's unresolved town.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from warlog.models import Place
from warlog.places.index import GazetteerEntry
from warlog.places.names import name_key

if TYPE_CHECKING:
    from warlog.places.context import Context
    from warlog.places.detect import Mention

UNRESOLVED_METHOD = "geocode.unresolved.v1"
# an unknown name, put at the point of the report's main town: a village, a quarter or a
# venue that the index lacks lies most often near the town the report is from
NEARBY_METHOD = "geocode.nearby.v1"


def unplaced(found: tuple[Place, ...]) -> tuple[Place, ...]:
    """The places with every unknown name unresolved again, as the events stage reads
    them: it weighs an unknown name itself (curated points, spelling skeletons) and must
    not take the main town's point for the name's own."""
    return tuple(
        dataclasses.replace(p, lat=None, lon=None, method=UNRESOLVED_METHOD)
        if p.method == NEARBY_METHOD else p
        for p in found
    )


SUFFIX_RX = re.compile(
    r"\s+(?:district|province|governorate|area|town|city|village|"
    r"region|county|state|municipality|neighbou?rhood|"
    r"air\s*base|air\s*field|airport|military\s+base|base)$",
    re.I,
)



@functools.cache
def _points() -> dict[str, tuple[tuple[str, str, str, float, float], ...]]:
    """Alias rows that carry coordinates (columns 5 and 6): places GeoNames' population-500
    list lacks, keyed by the alias's name key."""
    from warlog.places.data import data_file, tsv_rows

    out: dict[str, list[tuple[str, str, str, float, float]]] = {}
    for rec in tsv_rows(data_file("place_aliases.tsv")):
        if len(rec) < 6:
            continue
        try:
            lat, lon = float(rec[4]), float(rec[5])
        except ValueError:
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0):
            out.setdefault(name_key(rec[0]), []).append(
                (rec[1], rec[2].upper(), rec[3] or "city", lat, lon)
            )
    return {k: tuple(v) for k, v in out.items()}


def point_for(name: str, country: str | None) -> tuple[str, str, str, float, float] | None:
    """The curated point for ``name`` (a feature word such as "village" or "district"
    dropped), inside ``country`` when given; None when unknown or ambiguous."""
    table = _points()
    for form in dict.fromkeys(
        (name, SUFFIX_RX.sub("", name), re.sub(r"^(?:the|al|el)[\s-]", "", name, flags=re.I))
    ):
        hits = [h for h in table.get(name_key(form), ()) if country is None or h[1] == country]
        if len({h[1] for h in hits}) == 1:
            return hits[0]
    return None


def at_point(m: Mention, ctx: Context) -> None:
    """An unresolved name with a curated point (an alias row with coordinates: a
    conflict village GeoNames lacks) in a country the article points to, placed there
    ("Sakow district" in a report on Middle Shabelle)."""
    for cc, _ in ctx.countries.most_common():
        hit = point_for(m.text, cc)
        if hit is not None:
            name, cc, feature, lat, lon = hit
            pid = -1 - int(abs(lat * 1e4) * 1e5 + abs(lon * 1e4))  # not an index id
            m.best = GazetteerEntry(pid, None, name, feature, cc, "", lat, lon, 0)
            m.confidence = 0.5
            return


def place_at_point(p: Place, country: str | None) -> Place | None:
    """``p`` placed at its curated point, or None."""
    hit = point_for(p.text, country)
    if hit is None:
        return None
    name, cc, feature, lat, lon = hit
    return Place(
        p.start,
        p.end,
        p.text,
        name,
        lat,
        lon,
        None,
        feature,
        cc,
        None,
        0.7,
        "events.point.v1",
    )
