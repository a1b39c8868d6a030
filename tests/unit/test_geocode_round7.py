"""Geocoding rules of round 7 of issue 15 (local news): a town named by a common word
that the text sets as a place, and a country's name that a state of the article's own
country shares, read once the article's towns are placed. Hand-built spaCy docs and a
tiny index, as in test_geocode; the sentences are made up."""

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
    (GazetteerEntry(2, None, "Michigan", "admin1", "US", "MI", 44.25, -85.5, 9_900_000), []),
    # "flint" and "auburn" are common English words (data/common_words.txt)
    (GazetteerEntry(3, 4992982, "Flint", "city", "US", "MI", 43.01, -83.69, 95_538), []),
    (GazetteerEntry(4, 2649298, "Flint", "city", "GB", "WLS", 53.24, -3.13, 12_953), []),
    (GazetteerEntry(5, 4990729, "Detroit", "city", "US", "MI", 42.33, -83.05, 677_116), []),
    (GazetteerEntry(6, None, "Alabama", "admin1", "US", "AL", 32.75, -86.75, 4_900_000), []),
    (GazetteerEntry(7, 4830198, "Auburn", "city", "US", "AL", 32.61, -85.48, 63_973), []),
    (GazetteerEntry(8, 5107152, "Auburn", "city", "US", "NY", 42.93, -76.57, 26_865), []),
    (GazetteerEntry(9, 4081644, "Opelika", "city", "US", "AL", 32.65, -85.38, 30_995), []),
    (GazetteerEntry(10, 614540, "Georgia", "country", "GE", "", 42.0, 43.5, 3_731_000), []),
    (GazetteerEntry(11, None, "Georgia", "admin1", "US", "GA", 32.75, -83.5, 10_000_000), []),
    (GazetteerEntry(12, 390903, "Greece", "country", "GR", "", 39.0, 22.0, 10_700_000), []),
    (GazetteerEntry(13, 264371, "Athens", "city", "GR", "ESYE31", 37.98, 23.72, 664_046), []),
    (GazetteerEntry(14, 4180386, "Athens", "city", "US", "GA", 33.96, -83.38, 115_452), []),
    (GazetteerEntry(15, 4228147, "Watkinsville", "city", "US", "GA", 33.86, -83.41, 2_832),
     []),
    # a namesake makes Watkinsville a small ambiguous town, a weak pointer to its state
    (GazetteerEntry(16, 9000001, "Watkinsville", "city", "US", "AL", 33.1, -86.1, 600), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def test_geocode_a_common_word_that_the_text_sets_as_a_place_is_the_town(
    gaz: Gazetteer,
) -> None:
    # "flint" is a common word, but "in Flint" sets the name as a place: the town of
    # the article's country, not left unknown
    sdoc = parsed(["The", "water", "crisis", "in", "Flint", "worried", "Detroit", "officials",
                   "."],
                  ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"],
                  pos=["DET", "NOUN", "NOUN", "ADP", "PROPN", "VERB", "PROPN", "NOUN", "PUNCT"])
    flint = next(p for p in places(sdoc, gaz) if p.text == "Flint")
    assert (flint.name, flint.admin1) == ("Flint", "Michigan")


def test_geocode_a_common_word_with_no_sign_of_a_place_stays_a_word(gaz: Gazetteer) -> None:
    sdoc = parsed(["Flint", "tools", "were", "sold", "in", "Detroit", "."],
                  ["O", "O", "O", "O", "O", "B-GPE", "O"],
                  pos=["PROPN", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"])
    assert [p.text for p in places(sdoc, gaz)] == ["Detroit"]


def test_geocode_an_untagged_common_word_after_in_names_a_neighbouring_town(
    gaz: Gazetteer,
) -> None:
    # spaCy put "Auburn" in no entity; "in" sets it as a place and an Auburn lies a few
    # km from Opelika, the article's other town
    sdoc = parsed(["Police", "in", "Auburn", "arrested", "a", "man", "from", "Opelika", "."],
                  ["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
                  pos=["NOUN", "ADP", "PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    auburn = next(p for p in places(sdoc, gaz) if p.text == "Auburn")
    assert (auburn.name, auburn.admin1) == ("Auburn", "Alabama")


def test_geocode_a_country_named_like_a_state_of_the_articles_towns_is_the_state(
    gaz: Gazetteer,
) -> None:
    # read first by size alone, Athens is the Greek city and the article seems to point
    # to no US state; once the towns are placed (Athens and Watkinsville, Georgia), the
    # "Georgia" named once is the state, not the country
    sdoc = parsed(["Athens", "police", "said", "the", "man", "fled", "toward", "Watkinsville",
                   ".", "He", "studied", "in", "Georgia", "."],
                  ["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O",
                   "B-GPE", "O"],
                  pos=["PROPN", "NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "PROPN",
                       "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT"])
    found = {p.text: p for p in places(sdoc, gaz)}
    assert found["Athens"].admin1 == "Georgia"
    assert (found["Georgia"].feature, found["Georgia"].country_code) == ("admin1", "US")
