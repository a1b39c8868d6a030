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
