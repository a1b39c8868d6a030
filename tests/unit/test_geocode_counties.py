"""County names repeat from state to state: an ambiguous county chosen before the
article's context is known says little of where the article is. A tiny index with
invented counties and points, as in test_geocode."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_000_000),
     []),
    (GazetteerEntry(2, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
    # two county names, each borne by a county of 120,000 people in Nevada and a smaller
    # one in Georgia, all far from Dalton and from each other
    (GazetteerEntry(3, None, "Pike County", "admin2", "US", "NV", 39.0, -117.0, 120_000), []),
    (GazetteerEntry(4, None, "Pike County", "admin2", "US", "GA", 31.0, -82.0, 20_000), []),
    (GazetteerEntry(5, None, "Lee County", "admin2", "US", "NV", 36.0, -114.0, 120_000), []),
    (GazetteerEntry(6, None, "Lee County", "admin2", "US", "GA", 33.5, -80.5, 20_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def test_an_ambiguous_county_weighs_little_in_the_article_s_context(gaz: Gazetteer) -> None:
    # the first reading of "Lee County" (Nevada's, the larger) must not outweigh Dalton
    # when "Pike County" is ranked, nor the other way round
    sdoc = parsed(["Officials", "in", "Dalton", "said", "Pike", "County", "and", "Lee",
                   "County", "deputies", "met", "."],
                  ["O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O", "B-GPE", "I-GPE", "O",
                   "O", "O"])
    counties = [p for p in places(sdoc, gaz) if p.feature == "admin2"]
    assert [p.lon for p in counties] == [-82.0, -80.5]  # both Georgia's


READ_AGAIN = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_000_000),
     []),
    (GazetteerEntry(2, None, "Georgia", "admin1", "US", "GA", 32.75, -83.5, 10_000_000), []),
    # each town has a larger namesake in Kentucky, which a first reading by size takes
    (GazetteerEntry(3, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
    (GazetteerEntry(4, 4290001, "Dalton", "city", "US", "KY", 37.0, -86.0, 50_000), []),
    (GazetteerEntry(5, 4190582, "Calhoun", "city", "US", "GA", 34.50, -84.95, 16_000), []),
    (GazetteerEntry(6, 4290002, "Calhoun", "city", "US", "KY", 37.5, -83.0, 40_000), []),
    (GazetteerEntry(7, None, "Murray County", "admin2", "US", "GA", 34.8, -84.7, 40_000), []),
    (GazetteerEntry(8, None, "Murray County", "admin2", "US", "KY", 36.6, -88.3, 120_000), []),
]


def test_a_county_is_read_again_once_the_towns_are_placed(tmp_path: Path,
                                                          settings: Settings) -> None:
    gaz = open_index(gz.write_index(tmp_path / "again.sqlite", READ_AGAIN), settings)
    words = ["Officials", "in", "Dalton", "and", "Calhoun", "said", "Murray", "County",
             "deputies", "met", ".", "Georgia", "agreed", "."]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O", "O", "O", "B-GPE",
            "O", "O"]
    found = {p.text: p.lon for p in places(parsed(words, ents), gaz)}
    assert found["Dalton"] == -84.97 and found["Calhoun"] == -84.95  # Georgia's towns
    assert found["Murray County"] == -84.7  # so Georgia's county, not Kentucky's


def test_a_district_at_a_curated_point_keeps_it_when_counties_are_read_again(
    tmp_path: Path, settings: Settings,
) -> None:
    # "North Waziristan" is no place of this index: the alias table's point places it
    rows = [(GazetteerEntry(1, 1168579, "Pakistan", "country", "PK", "", 30.0, 70.0,
                            184_404_791), [])]
    gaz = open_index(gz.write_index(tmp_path / "pk.sqlite", rows), settings)
    words = ["Drones", "struck", "North", "Waziristan", "in", "Pakistan", "."]
    ents = ["O", "O", "B-GPE", "I-GPE", "O", "B-GPE", "O"]
    found = {p.text: p for p in places(parsed(words, ents), gaz)}
    assert found["North Waziristan"].lat is not None
