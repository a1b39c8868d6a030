"""A town's institutions bear its name before "City" ("the Dalton City Council",
"Dalton City Hall"): where the article names the town alone, "X City" before a
capitalised word is that town's, not a town named "X City" elsewhere. A tiny index with
invented points and sizes; the sentences are made up."""

from __future__ import annotations

from pathlib import Path

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import GazetteerEntry
from warlog.places.load import open_index

US = (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.8, -98.5,
                     330_000_000), [])


CITY = [US,
        (GazetteerEntry(2, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_000), []),
        (GazetteerEntry(3, 4000003, "Dalton City", "city", "US", "IL", 39.72, -88.80, 500),
         []),
        (GazetteerEntry(4, None, "Kansas", "admin1", "US", "KS", 38.5, -98.0, 2_900_000), []),
        (GazetteerEntry(5, 4000005, "Kansas City", "city", "US", "MO", 39.10, -94.58,
                        480_000), [])]


def test_places_city_before_an_institution_is_the_town_s_own(tmp_path: Path,
                                                              settings: Settings) -> None:
    # "City Council" is Dalton's council in a report on Dalton: not Dalton City, Illinois
    gaz = open_index(gz.write_index(tmp_path / "c.sqlite", CITY), settings)
    words = ["Crews", "in", "Dalton", "cleared", "the", "road", ".", "The", "Dalton", "City",
             "Council", "met", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "O"]
    found = [(p.text, p.lon) for p in places(parsed(words, ents), gaz)]
    assert found == [("Dalton", -84.97), ("Dalton", -84.97)]


def test_places_city_after_a_division_s_name_stays_the_city(tmp_path: Path,
                                                              settings: Settings) -> None:
    # Kansas alone is the state, no town: "Kansas City Council" is Kansas City's
    gaz = open_index(gz.write_index(tmp_path / "k.sqlite", CITY), settings)
    words = ["The", "Kansas", "City", "Council", "met", "in", "Kansas", "."]
    ents = ["O", "B-GPE", "I-GPE", "O", "O", "O", "B-GPE", "O"]
    found = [(p.text, p.feature) for p in places(parsed(words, ents), gaz)]
    assert found == [("Kansas City", "city"), ("Kansas", "admin1")]
