"""Words that ask for a county: a sheriff and his deputies serve a US county
("Whitfield deputies", "Murray sheriff" name the county where the writer leaves "County"
out), and a lower-case "county" or "counties" after names sets them as places ("Whitfield
and Murray counties"). A tiny index with invented points, as in test_geocode."""

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
    # a town in Pennsylvania, which by size alone outranks Georgia's county
    (GazetteerEntry(2, 5218001, "Whitfield", "city", "US", "PA", 40.3, -75.9, 4_733), []),
    (GazetteerEntry(3, None, "Whitfield County", "admin2", "US", "GA", 34.8, -84.97, 35_643),
     ["Whitfield"]),
    # a larger second-level division of that name abroad, where no sheriff serves
    (GazetteerEntry(4, None, "Murray", "admin2", "AU", "08", -35.0, 146.0, 7_695), []),
    (GazetteerEntry(5, None, "Murray County", "admin2", "US", "GA", 34.8, -84.7, 4_351),
     ["Murray"]),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def test_deputies_after_a_name_ask_for_its_county(gaz: Gazetteer) -> None:
    sdoc = parsed(["Whitfield", "deputies", "arrested", "a", "man", "."],
                  ["B-GPE", "O", "O", "O", "O", "O"])
    [found] = places(sdoc, gaz)
    assert (found.feature, found.lon) == ("admin2", -84.97)  # the county, not the town


def test_a_sheriff_asks_for_a_us_county_not_a_division_abroad(gaz: Gazetteer) -> None:
    sdoc = parsed(["Murray", "sheriff", "Gary", "Smith", "spoke", "."],
                  ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"])
    [found] = places(sdoc, gaz)
    assert (found.country_code, found.lon) == ("US", -84.7)


def test_a_lower_case_county_after_a_name_sets_it_as_a_county(gaz: Gazetteer) -> None:
    # "Whitfield and Murray counties": the lower-case word is a place word for both
    # names of the series, though spaCy took them for persons
    sdoc = parsed(["Crews", "cleared", "Whitfield", "and", "Murray", "counties", "."],
                  ["O", "O", "B-PERSON", "O", "B-PERSON", "O", "O"])
    found = {p.text: p.feature for p in places(sdoc, gaz)}
    assert set(found) == {"Whitfield", "Murray"} and found["Murray"] == "admin2"
