"""A metropolis names itself, not its region: the division of a city of a million
people does not rank the namesakes of the article's other names. Hand-built spaCy docs
and a tiny index, as in test_geocode."""

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
    (GazetteerEntry(2, 5128581, "New York City", "city", "US", "NY", 40.71, -74.01, 8_175_133),
     []),
    (GazetteerEntry(3, 4930956, "Boston", "city", "US", "MA", 42.36, -71.06, 617_594), []),
    (GazetteerEntry(4, 5110077, "Boston", "city", "US", "NY", 42.63, -78.74, 8_023), []),
    (GazetteerEntry(5, 5117949, "Fredonia", "city", "US", "NY", 42.44, -79.33, 10_706), []),
    (GazetteerEntry(6, 2988507, "Paris", "city", "FR", "11", 48.85, 2.35, 2_138_551), []),
    (GazetteerEntry(7, 4717560, "Paris", "city", "US", "TX", 33.66, -95.56, 25_171), []),
    (GazetteerEntry(8, 4705349, "Honey Grove", "city", "US", "TX", 33.58, -95.91, 1_668), []),
    (GazetteerEntry(9, 3017382, "France", "country", "FR", "", 46.0, 2.0, 64_768_389), []),
    (GazetteerEntry(10, None, "Texas", "admin1", "US", "TX", 31.25, -99.25, 25_000_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def test_a_metropolis_does_not_pull_a_small_namesake_into_its_state(gaz: Gazetteer) -> None:
    sdoc = parsed(["He", "is", "a", "Boston", "native", "who", "works", "in", "New", "York",
                   "City", "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O"])
    boston = next(p for p in places(sdoc, gaz) if p.text == "Boston")
    assert boston.lon == -71.06  # Boston, Massachusetts


def test_a_smaller_town_still_points_to_its_state(gaz: Gazetteer) -> None:
    # Fredonia, a town of 10,000, lies 50 km from Boston, New York: a local report
    sdoc = parsed(["Boston", "voters", "and", "Fredonia", "voters", "met", "in", "Fredonia",
                   "."], ["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"])
    boston = next(p for p in places(sdoc, gaz) if p.text == "Boston")
    assert boston.lon == -78.74  # Boston, New York


def test_a_metropolis_abroad_named_bare_is_the_metropolis(gaz: Gazetteer) -> None:
    # the article's country alone does not make "Paris" the Texan town of 25,000
    sdoc = parsed(["He", "flew", "to", "Paris", "after", "a", "visit", "to", "Boston", "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    paris = next(p for p in places(sdoc, gaz) if p.text == "Paris")
    assert paris.country_code == "FR"
    # a town near it, in the report, does
    sdoc = parsed(["He", "drove", "to", "Paris", "from", "Honey", "Grove", "."],
                  ["O", "O", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O"])
    paris = next(p for p in places(sdoc, gaz) if p.text == "Paris")
    assert paris.country_code == "US"


def test_a_name_qualified_once_keeps_that_sense_when_written_bare(gaz: Gazetteer) -> None:
    words = ["Paris", ",", "Texas", ",", "copied", "France", "'s", "tower", ".", "France",
             "approved", ".", "Paris", "is", "proud", "."]
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O", "O",
            "B-GPE", "O", "O", "O"]
    found = [p for p in places(parsed(words, ents), gaz) if p.text == "Paris"]
    assert [p.country_code for p in found] == ["US", "US"]
