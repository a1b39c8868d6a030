"""Which representative point a corpus takes for a large area, for the ``by_area``
breakdown of ``eval geoparse``: for each gold place the geoparser resolved to a country,
a continent or a first-level division, how far the gold point lies from the point
stored for it, and, for a country, whether the gold point lies within 161 km of two
other conventions for a country's point: the area-weighted centre of its mainland and
the centre of its mainland's bounding box (``places.territory``), each against the
stored point. A corpus whose countries are right at another convention's point and
wrong at the stored one says which convention its annotators followed. Aggregate keys
only, so that the breakdown can be run on files read for scores only."""

from __future__ import annotations

from typing import Any

from warlog.geo import haversine_km
from warlog.places.territory import territories

KM = 161.0
AREAS = ("country", "continent", "admin1")
BINS = ((KM, "within 161 km"), (500.0, "161-500 km"), (2000.0, "500-2000 km"))


def _bin(km: float) -> str:
    return next((name for top, name in BINS if km <= top), "> 2000 km")


def area_keys(corpus: str, g: dict[str, Any], hits: list[dict[str, Any]]) -> list[str]:
    """Keys for a gold place whose (first placed) overlapping prediction is a large area:
    the distance bin of the stored point, and for a country which of the stored point and
    each other convention lies within 161 km of the gold point."""
    placed = [p for p in hits if p.get("lat") is not None and p.get("lon") is not None]
    if not placed or placed[0].get("feature") not in AREAS:
        return []
    p = placed[0]
    lat, lon = float(g["lat"]), float(g["lon"])
    stored = haversine_km(lat, lon, float(p["lat"]), float(p["lon"]))
    keys = [f"area:{corpus}: {p['feature']}, stored point {_bin(stored)}"]
    t = territories().get(str(p.get("country_code") or "")) if p["feature"] == "country" \
        else None
    if t is None:
        return keys
    now = "stored right" if stored <= KM else "stored wrong"
    for name, (a, b) in (("mainland centre", t.centre), ("mainland box centre", t.box_centre)):
        alt = "right" if haversine_km(lat, lon, a, b) <= KM else "wrong"
        keys.append(f"area:{corpus}: country, {now}, {name} {alt}")
    return keys
