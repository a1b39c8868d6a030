"""A small town placed far from a local report's home area is put at that home
(:mod:`warlog.places.stray`). Hand-built spaCy docs and a tiny index, as in
test_geocode."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.geo import haversine_km
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index
from warlog.places.points import NEARBY_METHOD

TINY = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5,
                    327_000_000), []),
    (GazetteerEntry(2, None, "Georgia", "admin1", "US", "GA", 32.75, -83.5, 10_000_000), []),
    (GazetteerEntry(3, None, "Texas", "admin1", "US", "TX", 31.25, -99.25, 29_000_000), []),
    (GazetteerEntry(4, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
    (GazetteerEntry(5, 4188985, "Chatsworth", "city", "US", "GA", 34.77, -84.77, 4_299), []),
    # the index's only namesakes of these names lie some 1,000 km from Dalton
    (GazetteerEntry(6, 4707814, "Lindale", "city", "US", "TX", 32.52, -95.41, 4_818), []),
    (GazetteerEntry(7, 4682464, "Tyler", "city", "US", "TX", 32.35, -95.30, 104_798), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _report(town: list[str], tags: list[str]) -> list[tuple[str, str]]:
    words = ["Police", "in", "Dalton", "said", "a", "fire", "in", "Chatsworth", "spread",
             "to", *town, ".", "Dalton", "crews", "helped", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", *tags, "O", "B-GPE",
            "O", "O", "O"]
    return list(zip(words, ents, strict=True))


def _find(gaz: Gazetteer, pairs: list[tuple[str, str]], name: str) -> tuple[str, float]:
    sdoc = parsed([w for w, _ in pairs], [e for _, e in pairs])
    p = next(p for p in places(sdoc, gaz) if p.text == name)
    assert p.lat is not None and p.lon is not None
    return p.method, haversine_km(p.lat, p.lon, 34.77, -84.97)


def test_a_small_town_far_from_a_local_reports_home_is_put_at_that_home(
    gaz: Gazetteer,
) -> None:
    # Dalton and Chatsworth make the report's home; a small "Lindale" 1,000 km away is
    # more likely a village of that area that the index lacks than the Texas town
    method, km = _find(gaz, _report(["Lindale"], ["B-GPE"]), "Lindale")
    assert method == NEARBY_METHOD and km < 50


def test_the_writers_qualifier_keeps_the_far_small_town(gaz: Gazetteer) -> None:
    method, km = _find(gaz, _report(["Lindale", ",", "Texas"], ["B-GPE", "O", "B-GPE"]),
                       "Lindale")
    assert method != NEARBY_METHOD and km > 500


def test_a_larger_town_far_away_keeps_its_reading(gaz: Gazetteer) -> None:
    # a town of 100,000 is one a report names for itself
    method, km = _find(gaz, _report(["Tyler"], ["B-GPE"]), "Tyler")
    assert method != NEARBY_METHOD and km > 500


def test_a_report_with_no_home_area_keeps_the_far_small_town(gaz: Gazetteer) -> None:
    # one town only: no cluster of places says which area the report is written for
    pairs = [("Police", "O"), ("in", "O"), ("Dalton", "B-GPE"), ("said", "O"),
             ("a", "O"), ("fire", "O"), ("spread", "O"), ("to", "O"),
             ("Lindale", "B-GPE"), (".", "O")]
    method, km = _find(gaz, pairs, "Lindale")
    assert method != NEARBY_METHOD and km > 500
