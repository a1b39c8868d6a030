"""Points of large areas: a division's extent measured the short way round the globe,
country outlines' mainland centres, and the ``by_area`` breakdown of ``eval geoparse``."""

from __future__ import annotations

from typing import Any

import pytest

from warlog.evaluate.georegion import area_keys
from warlog.places import gazetteer as gz
from warlog.places.territory import parse, territories


def test_extent_middle_spans_the_antimeridian_the_short_way() -> None:
    # islands on both sides of 180 degrees: the middle lies among them, in the Pacific
    lat, lon = gz._extent_middle([(-17.6, 177.5), (-18.1, 178.4), (-16.8, 179.6),
                                  (-18.3, -178.9), (-17.2, -179.8)])
    assert -18.5 < lat < -16.5
    assert abs(lon) > 175


def test_extent_middle_of_an_ordinary_extent_is_unchanged() -> None:
    assert gz._extent_middle([(40.0, -10.0), (50.0, 20.0)]) == (45.0, 5.0)
    assert gz._extent_middle([(10.0, -100.0), (20.0, 60.0)]) == (15.0, -20.0)


def test_a_change_of_point_rules_makes_an_index_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    before = gz.source_stamp()
    monkeypatch.setattr(gz, "BUILD_RULES", gz.BUILD_RULES + 1)
    assert gz.source_stamp() != before


def _square(x0: int, y0: int, n: int) -> list[list[int]]:
    """A quantised square ring as delta-encoded arc points (counter-clockwise)."""
    return [[x0, y0], [n, 0], [0, n], [-n, 0], [0, -n]]


def _topo(geoms: list[dict[str, Any]], arcs: list[list[list[int]]]) -> dict[str, Any]:
    return {"type": "Topology", "transform": {"scale": [1.0, 1.0], "translate": [0.0, 0.0]},
            "arcs": arcs, "objects": {"countries": {"type": "GeometryCollection",
                                                    "geometries": geoms}}}


def test_a_territory_is_placed_on_its_mainland_not_among_far_parts() -> None:
    # a large mainland square and a small far island: the island does not move the point
    topo = _topo([{"type": "MultiPolygon", "id": "250", "properties": {"name": "France"},
                   "arcs": [[[0]], [[1]]]}],
                 [_square(0, 40, 10), _square(-60, 4, 2)])
    t = parse(topo)["FR"]
    assert t.centre == pytest.approx((45.0, 5.0), abs=0.05)
    assert t.box_centre == pytest.approx((45.0, 5.0))


def test_a_territory_across_the_antimeridian_keeps_its_side() -> None:
    ring = [[178, -18], [4, 0], [0, 2], [-4, 0], [0, -2]]  # 178 E to 182 E, i.e. 178 W
    t = parse(_topo([{"type": "Polygon", "id": "242", "properties": {"name": "Fiji"},
                      "arcs": [[0]]}], [ring]))["FJ"]
    assert t.centre[1] == pytest.approx(-180.0, abs=0.05) or \
        t.centre[1] == pytest.approx(180.0, abs=0.05)
    assert t.centre[0] == pytest.approx(-17.0, abs=0.05)


def test_vendored_outlines_put_countries_on_their_land() -> None:
    land = territories()
    assert 30 < land["US"].centre[0] < 45 and -110 < land["US"].centre[1] < -85
    assert 42 < land["FR"].centre[0] < 50 and -2 < land["FR"].centre[1] < 7


def test_area_breakdown_counts_points_not_items() -> None:
    gold = {"lat": 39.8, "lon": -98.6, "start": 0, "end": 2}
    pred = {"start": 0, "end": 2, "lat": 39.76, "lon": -98.5, "feature": "country",
            "country_code": "US"}
    keys = area_keys("C", gold, [pred])
    assert "area:C: country, stored point within 161 km" in keys
    assert "area:C: country, stored right, mainland centre right" in keys
    town = {**pred, "feature": "city"}
    assert area_keys("C", gold, [town]) == []
    far = area_keys("C", {**gold, "lat": 38.9, "lon": -77.0}, [pred])
    assert "area:C: country, stored point 500-2000 km" in far
    assert "area:C: country, stored wrong, mainland box centre wrong" in far
