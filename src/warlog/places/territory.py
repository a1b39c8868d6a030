"""Where a country's territory lies, from the country outlines the web map draws
(``world-atlas`` ``countries-50m.json``, vendored under ``warlog/serve/static/vendor``).

For each country (ISO 3166 alpha-2 code) two points of its *mainland*, the largest of
its polygons: the area-weighted centre of that polygon and the centre of its bounding
box. The mainland, not all the polygons, because a country's far-off parts pull a centre
of the whole off the country (France's overseas departments put the centre of all its
polygons in Spain, Alaska puts the United States' in Wyoming): a map user looks for a
country where most of its land is. Longitudes are unwrapped along each ring, so a
territory across the antimeridian (Fiji, Kiribati, Russia's far east) keeps its side.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["Territory", "territories"]

TOPOJSON = ("warlog.serve", "static/vendor/countries-50m.json")
Ring = list[tuple[float, float]]


@dataclass(frozen=True)
class Territory:
    """A country's mainland: its area-weighted centre and the centre of its box."""

    cc: str
    centre: tuple[float, float]  # (lat, lon)
    box_centre: tuple[float, float]
    area: float  # of all its polygons, in square degrees scaled by cos(latitude)


def _wrap(lon: float) -> float:
    return (lon + 180.0) % 360.0 - 180.0


def _arcs(topo: dict[str, Any]) -> list[Ring]:
    """The shared arcs, delta-decoded and dequantised to (lon, lat)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def _ring(arcs: list[Ring], ids: list[int]) -> Ring:
    """A ring from its arc indices (``~i`` is arc ``i`` reversed), longitudes unwrapped
    so that no step jumps across the antimeridian."""
    pts: Ring = []
    for i in ids:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc if not pts else arc[1:])
    out: Ring = pts[:1]
    for lon, lat in pts[1:]:
        prev = out[-1][0]
        lon += 360.0 * round((prev - lon) / 360.0)
        out.append((lon, lat))
    return out


def _ring_centre(ring: Ring) -> tuple[float, float, float]:
    """Area (cos-latitude weighted, unsigned) and centroid (lon, lat) of a ring."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return 0.0, 0.0, 0.0
    lon, lat = cx / (3 * a), cy / (3 * a)
    return abs(a) / 2 * math.cos(math.radians(lat)), lon, lat


def _polygon(arcs: list[Ring], rings: list[list[int]]) -> tuple[float, float, float, Ring]:
    """Area and centre (lon, lat) of a polygon, its holes taken out, and its outer ring."""
    outer = _ring(arcs, rings[0])
    area, lon, lat = _ring_centre(outer)
    mx, my = area * lon, area * lat
    for hole in rings[1:]:
        ha, hx, hy = _ring_centre(_ring(arcs, hole))
        hx += 360.0 * round((lon - hx) / 360.0)
        area, mx, my = area - ha, mx - ha * hx, my - ha * hy
    if area <= 0:
        return 0.0, lon, lat, outer
    return area, mx / area, my / area, outer


def _territory(cc: str, arcs: list[Ring], geom: dict[str, Any]) -> Territory | None:
    polys = [geom["arcs"]] if geom["type"] == "Polygon" else geom.get("arcs") or []
    parts = [_polygon(arcs, p) for p in polys]
    parts = [p for p in parts if p[0] > 0]
    if not parts:
        return None
    _, lon, lat, outer = max(parts, key=lambda p: p[0])
    lons, lats = [p[0] for p in outer], [p[1] for p in outer]
    box = ((min(lats) + max(lats)) / 2, _wrap((min(lons) + max(lons)) / 2))
    return Territory(cc, (lat, _wrap(lon)), box, sum(p[0] for p in parts))


def parse(topo: dict[str, Any]) -> dict[str, Territory]:
    """Territories of a world-atlas TopoJSON object, keyed by alpha-2 code (a code drawn
    twice keeps its larger shape; shapes with no ISO number are left out)."""
    import pycountry

    arcs = _arcs(topo)
    out: dict[str, Territory] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        country = pycountry.countries.get(numeric=str(geom.get("id") or "")) \
            if geom.get("id") else None
        if country is None:
            continue
        t = _territory(country.alpha_2, arcs, geom)
        if t is not None and (t.cc not in out or out[t.cc].area < t.area):
            out[t.cc] = t
    return out


@functools.cache
def territories() -> dict[str, Territory]:
    """The territories of the vendored outlines (empty when the file is missing)."""
    try:
        text = resources.files(TOPOJSON[0]).joinpath(TOPOJSON[1]).read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        return {}
    return parse(json.loads(text))
