"""Geocoding rules of round 8 of issue 15 (local news): a US county's bare name that the
tagger takes for an organisation, and a town's secondary name repeated on a word taken
for an organisation. Hand-built spaCy docs and a tiny index, as in test_geocode; the
sentences are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_000_000),
     []),
    (GazetteerEntry(2, None, "Georgia", "admin1", "US", "GA", 32.75, -83.5, 10_000_000), []),
    (GazetteerEntry(3, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
    (GazetteerEntry(4, 4188985, "Chatsworth", "city", "US", "GA", 34.77, -84.77, 4_299), []),
    # GeoNames calls a US county "Murray County" (the index files it under "Murray" too);
    # a district abroad is "Murray" itself, which makes the bare word a strong name
    (GazetteerEntry(5, 4212573, "Murray County", "admin2", "US", "GA", 34.79, -84.75, 39_600),
     ["Murray"]),
    (GazetteerEntry(6, 9000002, "Murray", "admin2", "AU", "08", -35.5, 145.5, 7_695), []),
    # a town that bears "Emory" only as an alternate name, near Decatur; a small town
    # elsewhere whose own name it is
    (GazetteerEntry(7, 4190000, "Druid Hills", "city", "US", "GA", 33.78, -84.33, 14_568),
     ["Emory"]),
    (GazetteerEntry(8, 4690000, "Emory", "city", "US", "TX", 32.87, -95.77, 1_239), []),
    (GazetteerEntry(9, 4191124, "Decatur", "city", "US", "GA", 33.77, -84.3, 19_335), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(rows: list[tuple[str, str, str, str, int]]) -> Doc:
    """A hand-built parse from rows of (word, entity tag, part of speech, dependency,
    head index)."""
    words, ents, pos, deps, heads = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, ents=ents, pos=pos, deps=deps,
               heads=heads)


def test_geocode_a_bare_county_name_taken_for_an_organisation_is_no_place(
    gaz: Gazetteer,
) -> None:
    # a county is "Murray County" in the news: "Murray" alone, taken for an organisation,
    # beating a town's team, is the county's school or team
    sdoc = _doc([("Murray", "B-ORG", "PROPN", "nsubj", 1), ("beat", "O", "VERB", "ROOT", 1),
                 ("Dalton", "B-GPE", "PROPN", "dobj", 1), ("in", "O", "ADP", "prep", 1),
                 ("Chatsworth", "B-GPE", "PROPN", "pobj", 3), (".", "O", "PUNCT", "punct", 1)])
    assert [p.text for p in places(sdoc, gaz)] == ["Dalton", "Chatsworth"]
    # after a preposition of place the bare name is a place
    sdoc = _doc([("Georgia", "B-GPE", "PROPN", "compound", 1), ("storms", "O", "NOUN", "nsubj", 2),
                 ("hit", "O", "VERB", "ROOT", 2), ("homes", "O", "NOUN", "dobj", 2),
                 ("in", "O", "ADP", "prep", 3), ("Murray", "B-ORG", "PROPN", "pobj", 4),
                 (".", "O", "PUNCT", "punct", 2)])
    murray = [p for p in places(sdoc, gaz) if p.text == "Murray"]
    assert [(p.feature, p.country_code) for p in murray] == [("admin2", "US")]
    # listed with other places, it is one of them
    sdoc = _doc([("Dalton", "B-GPE", "PROPN", "nsubj", 3), ("and", "O", "CCONJ", "cc", 0),
                 ("Murray", "B-ORG", "PROPN", "conj", 0), ("voted", "O", "VERB", "ROOT", 3),
                 (".", "O", "PUNCT", "punct", 3)])
    assert [p.text for p in places(sdoc, gaz)] == ["Dalton", "Murray"]
    # heading a title, it is the county the title is of
    sdoc = _doc([("Murray", "B-ORG", "PROPN", "compound", 2),
                 ("Sheriff", "O", "PROPN", "compound", 2), ("Langford", "B-PERSON", "PROPN",
                                                            "nsubj", 3),
                 ("spoke", "O", "VERB", "ROOT", 3), ("in", "O", "ADP", "prep", 3),
                 ("Dalton", "B-GPE", "PROPN", "pobj", 4), (".", "O", "PUNCT", "punct", 3)])
    assert [p.text for p in places(sdoc, gaz)] == ["Murray", "Dalton"]


def test_geocode_a_town_s_secondary_name_does_not_carry_to_an_organisation(
    gaz: Gazetteer,
) -> None:
    # "Emory" is placed at Druid Hills, near Decatur, by an alternate name of the town;
    # repeated where the tagger reads an organisation ("Emory won"), it is that
    sdoc = _doc([("Students", "O", "NOUN", "nsubj", 1), ("marched", "O", "VERB", "ROOT", 1),
                 ("in", "O", "ADP", "prep", 1), ("Emory", "B-GPE", "PROPN", "pobj", 2),
                 ("and", "O", "CCONJ", "cc", 3), ("Decatur", "B-GPE", "PROPN", "conj", 3),
                 (".", "O", "PUNCT", "punct", 1), ("Emory", "B-ORG", "PROPN", "nsubj", 8),
                 ("won", "O", "VERB", "ROOT", 8), ("the", "O", "DET", "det", 10),
                 ("title", "O", "NOUN", "dobj", 8), (".", "O", "PUNCT", "punct", 8)])
    found = places(sdoc, gaz)
    assert [(p.text, p.start) for p in found] == [("Emory", 20), ("Decatur", 30)]
    assert found[0].name == "Druid Hills"
    # a town's own name still carries over ("Decatur won" names the town again)
    sdoc = _doc([("Students", "O", "NOUN", "nsubj", 1), ("marched", "O", "VERB", "ROOT", 1),
                 ("in", "O", "ADP", "prep", 1), ("Decatur", "B-GPE", "PROPN", "pobj", 2),
                 (".", "O", "PUNCT", "punct", 1), ("Decatur", "B-ORG", "PROPN", "nsubj", 6),
                 ("won", "O", "VERB", "ROOT", 6), (".", "O", "PUNCT", "punct", 6)])
    assert [p.text for p in places(sdoc, gaz)] == ["Decatur", "Decatur"]


POSSESSED = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_000_000),
     []),
    (GazetteerEntry(2, None, "Texas", "admin1", "US", "TX", 31.25, -99.25, 29_000_000), []),
    (GazetteerEntry(7, 3017382, "France", "country", "FR", "", 46.0, 2.0, 64_768_389), []),
    (GazetteerEntry(3, 2988507, "Paris", "city", "FR", "11", 48.85, 2.35, 2_138_551), []),
    (GazetteerEntry(4, 4717560, "Paris", "city", "US", "TX", 33.66, -95.56, 24_782), []),
    (GazetteerEntry(5, 2643743, "London", "city", "GB", "ENG", 51.51, -0.13, 8_961_989), []),
    # a small Florida town is the index's only Heathrow (the airport is no town)
    (GazetteerEntry(6, 4157827, "Heathrow", "city", "US", "FL", 28.76, -81.37, 5_896), []),
]


def test_geocode_a_place_in_the_possessive_holds_the_name_after_it(
    tmp_path: Path, settings: Settings,
) -> None:
    gaz = open_index(gz.write_index(tmp_path / "possessed.sqlite", POSSESSED), settings)
    nlp = spacy.blank("en")
    # "Texas's Paris" is the Paris in Texas, however large the one in France the article
    # also names
    sdoc = Doc(nlp.vocab, words=["Fans", "from", "France", "filled", "Texas", "'s", "Paris"],
               spaces=[True, True, True, True, False, True, False],
               ents=["O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE"],
               pos=["NOUN", "ADP", "PROPN", "VERB", "PROPN", "PART", "PROPN"])
    paris = next(p for p in places(sdoc, gaz) if p.text == "Paris")
    assert paris.admin1 == "Texas"
    # with no namesake inside the possessor, the name is a local place the index lacks:
    # placed beside the town that holds it, not dropped, nor put at a Heathrow abroad
    sdoc = Doc(nlp.vocab, words=["Dogs", "pass", "through", "London", "’s", "Heathrow", "on",
                                 "Monday", "."],
               spaces=[True, True, True, False, True, True, True, False, False],
               ents=["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"],
               pos=["NOUN", "VERB", "ADP", "PROPN", "PART", "PROPN", "ADP", "PROPN", "PUNCT"])
    heathrow = next(p for p in places(sdoc, gaz) if p.text == "Heathrow")
    assert heathrow.name is None and (heathrow.lat, heathrow.lon) == (51.51, -0.13)


def test_geocode_a_building_told_as_in_a_town_lies_there(
    tmp_path: Path, settings: Settings,
) -> None:
    gaz = open_index(gz.write_index(tmp_path / "possessed.sqlite", POSSESSED), settings)
    # "Paris Hospital in London": named after Paris, it stands in London
    sdoc = Doc(spacy.blank("en").vocab,
               words=["She", "works", "at", "Paris", "Hospital", "in", "London", "."],
               spaces=[True, True, True, True, True, True, False, False],
               ents=["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE", "O"],
               pos=["PRON", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"])
    hospital = next(p for p in places(sdoc, gaz) if p.text.startswith("Paris"))
    assert hospital.feature == "facility" and hospital.name == "London"
