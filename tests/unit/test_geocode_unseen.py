"""Geocoding rules that hold across registers (local news, health news, wire copy): which
namesake a division's name means, and which capitalised words are no places. Hand-built
spaCy docs and a tiny index, as in test_geocode."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import parsed, places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.76, -98.5, 327_000_000),
     []),
    (GazetteerEntry(2, None, "Maryland", "admin1", "US", "MD", 39.0, -76.75, 5_813_990), []),
    # a town that bears the state's name only as an alternate name
    (GazetteerEntry(3, 4361831, "Maryland City", "city", "US", "MD", 39.09, -76.82, 16_093),
     ["Maryland"]),
    (GazetteerEntry(4, 4347778, "Bowie", "city", "US", "MD", 38.94, -76.73, 58_025), []),
    (GazetteerEntry(5, 1814991, "China", "country", "CN", "", 35.0, 105.0, 1_330_044_000), []),
    (GazetteerEntry(6, 2510769, "Spain", "country", "ES", "", 40.0, -4.0, 46_723_749), []),
    (GazetteerEntry(7, 1496153, "Omsk", "city", "RU", "54", 55.0, 73.4, 1_129_281), []),
    (GazetteerEntry(8, 4763231, "Hampton", "city", "US", "VA", 37.03, -76.35, 137_148), []),
    (GazetteerEntry(9, 4407066, "St. Louis", "city", "US", "MO", 38.63, -90.2, 319_294), []),
    (GazetteerEntry(10, 4776222, "Newport News", "city", "US", "VA", 37.09, -76.47, 180_719),
     []),
    (GazetteerEntry(11, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
    (GazetteerEntry(12, None, "Georgia", "admin1", "US", "GA", 32.75, -83.5, 10_000_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)




def test_a_state_is_as_near_the_article_as_the_town_that_shares_its_name(
    gaz: Gazetteer,
) -> None:
    # Bowie lies a few km from Maryland City: that nearness speaks for the state around
    # both as much as for the town called "Maryland" only as an alternate name.
    sdoc = parsed(["He", "flew", "from", "Bowie", ",", "in", "Maryland", "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"])
    maryland = next(p for p in places(sdoc, gaz) if p.text == "Maryland")
    assert maryland.feature == "admin1"


def test_a_demonym_that_begins_a_disease_name_is_no_place(gaz: Gazetteer) -> None:
    sdoc = parsed(["The", "Spanish", "flu", "killed", "millions", "."],
                  ["O", "B-NORP", "O", "O", "O", "O"],
                  pos=["DET", "ADJ", "NOUN", "VERB", "NOUN", "PUNCT"])
    assert places(sdoc, gaz) == ()
    sdoc = parsed(["The", "Spanish", "health", "ministry", "said", "."],
                  ["O", "B-NORP", "O", "O", "O", "O"],
                  pos=["DET", "ADJ", "NOUN", "NOUN", "VERB", "PUNCT"])
    assert [p.text for p in places(sdoc, gaz)] == ["Spanish"]


def test_a_name_before_an_adjective_and_a_disease_word_is_the_disease(gaz: Gazetteer) -> None:
    sdoc = parsed(["Cases", "of", "Omsk", "hemorrhagic", "fever", "rose", "."],
                  ["O", "O", "B-GPE", "O", "O", "O", "O"],
                  pos=["NOUN", "ADP", "PROPN", "ADJ", "NOUN", "VERB", "PUNCT"])
    assert places(sdoc, gaz) == ()
    sdoc = parsed(["Fever", "cases", "rose", "in", "Omsk", "."],
                  ["O", "O", "O", "O", "B-GPE", "O"],
                  pos=["NOUN", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"])
    assert [p.text for p in places(sdoc, gaz)] == ["Omsk"]


def test_a_street_named_after_a_distant_town_lies_in_the_town_reported_from(
    gaz: Gazetteer,
) -> None:
    sdoc = parsed(["Thieves", "struck", "on", "Hampton", "Avenue", "in", "St.", "Louis", "."],
                  ["O", "O", "O", "B-FAC", "I-FAC", "O", "B-GPE", "I-GPE", "O"])
    street = places(sdoc, gaz)[0]
    assert street.text == "Hampton Avenue" and street.name == "St. Louis"
    assert street.feature == "facility"
    # named after a town near the article's other towns, it keeps that town
    sdoc = parsed(["Thieves", "struck", "on", "Hampton", "Avenue", "in", "Newport", "News",
                   "."], ["O", "O", "O", "B-FAC", "I-FAC", "O", "B-GPE", "I-GPE", "O"])
    street = places(sdoc, gaz)[0]
    assert street.text == "Hampton Avenue" and street.name == "Hampton"


def test_a_small_town_that_speaks_is_a_person(gaz: Gazetteer) -> None:
    nlp = spacy.blank("en")
    words = ["Dalton", "said", "the", "plan", "failed", "."]
    sdoc = Doc(nlp.vocab, words=words, ents=["B-GPE", "O", "O", "O", "O", "O"],
               pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PUNCT"],
               deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "punct"],
               heads=[1, 1, 3, 4, 1, 1], lemmas=["Dalton", "say", "the", "plan", "fail", "."])
    assert places(sdoc, gaz) == ()
    words = ["The", "plan", "failed", "in", "Dalton", "."]
    sdoc = Doc(nlp.vocab, words=words, ents=["O", "O", "O", "O", "B-GPE", "O"],
               pos=["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
               deps=["det", "nsubj", "ROOT", "prep", "pobj", "punct"],
               heads=[1, 2, 2, 2, 3, 2], lemmas=["the", "plan", "fail", "in", "Dalton", "."])
    assert [p.text for p in places(sdoc, gaz)] == ["Dalton"]

    # in its address form a town is a place whatever the parse makes its subject of
    words = ["Dalton", ",", "Georgia", "said", "no", "."]
    sdoc = Doc(nlp.vocab, words=words, ents=["B-GPE", "O", "B-GPE", "O", "O", "O"],
               pos=["PROPN", "PUNCT", "PROPN", "VERB", "INTJ", "PUNCT"],
               deps=["nsubj", "punct", "appos", "ROOT", "intj", "punct"],
               heads=[3, 0, 0, 3, 3, 3], lemmas=["Dalton", ",", "Georgia", "say", "no", "."])
    assert [p.text for p in places(sdoc, gaz)] == ["Dalton", "Georgia"]


def test_a_name_after_a_noun_for_a_kind_of_thing_is_that_thing(gaz: Gazetteer) -> None:
    sdoc = parsed(["The", "daily", "Dalton", "printed", "it", "."],
                  ["O", "O", "B-GPE", "O", "O", "O"],
                  pos=["DET", "NOUN", "PROPN", "VERB", "PRON", "PUNCT"])
    assert places(sdoc, gaz) == ()
    # a verb before the name sets no kind: "to play Dalton" is the town's team
    sdoc = parsed(["They", "play", "Dalton", "today", "."], ["O", "O", "B-GPE", "O", "O"],
                  pos=["PRON", "VERB", "PROPN", "NOUN", "PUNCT"])
    assert [p.text for p in places(sdoc, gaz)] == ["Dalton"]


def test_an_unknown_numbered_road_or_clock_time_is_no_place(gaz: Gazetteer) -> None:
    sdoc = parsed(["Crews", "worked", "near", "Interstate", "75", "in", "Dalton", "."],
                  ["O", "O", "O", "B-FAC", "I-FAC", "O", "B-GPE", "O"],
                  pos=["NOUN", "VERB", "ADP", "PROPN", "NUM", "ADP", "PROPN", "PUNCT"])
    assert [p.text for p in places(sdoc, gaz)] == ["Dalton"]
    sdoc = parsed(["Posted", "at", "11:11pm", "PDT", "."], ["O", "O", "B-GPE", "I-GPE", "O"],
                  pos=["VERB", "ADP", "NUM", "PROPN", "PUNCT"])
    assert places(sdoc, gaz) == ()
    # a numbered place stays, unresolved: "Brecha 109"
    sdoc = parsed(["Gunmen", "struck", "in", "Brecha", "109", "."],
                  ["O", "O", "O", "B-GPE", "I-GPE", "O"],
                  pos=["NOUN", "VERB", "ADP", "PROPN", "NUM", "PUNCT"])
    assert [(p.text, p.lat) for p in places(sdoc, gaz)] == [("Brecha 109", None)]


def test_a_town_in_its_address_form_is_placed_by_its_qualifier(
    tmp_path: Path, settings: Settings
) -> None:
    # "Residents of Dalton, Georgia": without a locative preposition, a small town must
    # lie in a country the article names, and "Georgia" alone reads first as the
    # country. The qualifier is the writer's own pointer: a candidate inside it stands.
    local = open_index(gz.write_index(tmp_path / "addr.sqlite", [
        (GazetteerEntry(1, 1, "Georgia", "country", "GE", "", 42.0, 43.5, 3_700_000), []),
        (GazetteerEntry(2, None, "Georgia", "admin1", "US", "GA", 32.75, -83.5, 10_000_000),
         []),
        (GazetteerEntry(3, 3, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_128), []),
    ]), settings)
    sdoc = parsed(["Residents", "of", "Dalton", ",", "Georgia", ",", "met", "."],
                  ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    dalton = next(p for p in places(sdoc, local) if p.text == "Dalton")
    assert (dalton.geonameid, dalton.admin1) == (3, "Georgia")


def test_every_member_of_a_listed_series_shares_its_preposition(
    tmp_path: Path, settings: Settings
) -> None:
    # "in Ringgold, Rocky Face and Tunnel Hill": the last member stands where "in" sets
    # it, as in "in Ringgold and Tunnel Hill"; a name after a comma alone proves no list.
    local = open_index(gz.write_index(tmp_path / "list.sqlite", [
        (GazetteerEntry(1, 1, "Ringgold", "city", "US", "GA", 34.92, -85.11, 3_580), []),
        (GazetteerEntry(2, 2, "Tunnel Hill", "city", "US", "GA", 34.84, -85.04, 1_210), []),
        (GazetteerEntry(3, 3, "Smith", "city", "US", "NV", 38.8, -119.3, 1_500), []),
    ]), settings)
    sdoc = parsed(["Storms", "hit", "in", "Ringgold", ",", "Rocky", "Face", "and", "Tunnel",
                   "Hill", "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O"],
                  pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ",
                       "PROPN", "PROPN", "PUNCT"])
    assert [p.text for p in places(sdoc, local)] == ["Ringgold", "Tunnel Hill"]
    sdoc = parsed(["Storms", "hit", "in", "Ringgold", ",", "Smith", "said", "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "O", "O"],
                  pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"])
    assert [p.text for p in places(sdoc, local)] == ["Ringgold"]


def test_a_middle_member_of_a_series_shares_its_preposition(
    tmp_path: Path, settings: Settings
) -> None:
    # "in Ringgold, Varnell and Tunnel Hill": Varnell stands inside the series that "in"
    # governs, which goes on to "and"; "in Ringgold, Varnell said" is no series.
    local = open_index(gz.write_index(tmp_path / "mid.sqlite", [
        (GazetteerEntry(1, 1, "Ringgold", "city", "US", "GA", 34.92, -85.11, 3_580), []),
        (GazetteerEntry(2, 2, "Varnell", "city", "US", "GA", 34.9, -84.97, 1_790), []),
        (GazetteerEntry(3, 3, "Tunnel Hill", "city", "US", "GA", 34.84, -85.04, 1_210), []),
    ]), settings)
    sdoc = parsed(["Storms", "hit", "in", "Ringgold", ",", "Varnell", "and", "Tunnel", "Hill",
                   "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"],
                  pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN",
                       "PROPN", "PUNCT"])
    assert [p.text for p in places(sdoc, local)] == ["Ringgold", "Varnell", "Tunnel Hill"]
    sdoc = parsed(["Storms", "hit", "in", "Ringgold", ",", "Varnell", "said", "."],
                  ["O", "O", "O", "B-GPE", "O", "O", "O", "O"],
                  pos=["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"])
    assert [p.text for p in places(sdoc, local)] == ["Ringgold"]


def test_a_town_after_in_is_a_town_whatever_the_tagger(tmp_path: Path,
                                                      settings: Settings) -> None:
    # a person is not where something is: "owns horses in Varnell" names the town even
    # when spaCy tagged the word PERSON; after other words ("Varnell owns horses") the
    # tag stands
    local = open_index(gz.write_index(tmp_path / "in.sqlite", [
        (GazetteerEntry(2, 2, "Varnell", "city", "US", "GA", 34.9, -84.97, 1_790), []),
    ]), settings)
    sdoc = parsed(["He", "owns", "horses", "in", "Varnell", "."],
                  ["O", "O", "O", "O", "B-PERSON", "O"])
    assert [p.geonameid for p in places(sdoc, local)] == [2]
    sdoc = parsed(["Varnell", "owns", "horses", "."], ["B-PERSON", "O", "O", "O"])
    assert places(sdoc, local) == ()


def test_two_capitals_that_only_a_town_spells_otherwise_are_a_state_code(
    tmp_path: Path, settings: Settings
) -> None:
    # "WA" standing alone in a report on Seattle is Washington, not Wa in Ghana: the
    # postal code counts without the comma of "Tacoma, WA"; a place whose own name is
    # in capitals keeps it
    local = open_index(gz.write_index(tmp_path / "wa.sqlite", [
        (GazetteerEntry(1, 1, "Wa", "city", "GH", "10", 10.06, -2.5, 78_107), []),
        (GazetteerEntry(2, None, "Washington", "admin1", "US", "WA", 47.5, -120.5, 7_000_000),
         []),
        (GazetteerEntry(3, 3, "Seattle", "city", "US", "WA", 47.6, -122.33, 608_660), []),
        (GazetteerEntry(4, 4, "PA", "city", "XX", "01", 1.0, 1.0, 5_000), []),
    ]), settings)
    sdoc = parsed(["Rain", "hit", "Seattle", "and", "WA", "roads", "."],
                  ["O", "O", "B-GPE", "O", "B-GPE", "O", "O"])
    wa = next(p for p in places(sdoc, local) if p.text == "WA")
    assert (wa.feature, wa.admin1) == ("admin1", "Washington")
    sdoc = parsed(["Rain", "hit", "PA", "."], ["O", "O", "B-GPE", "O"])
    assert [p.geonameid for p in places(sdoc, local)] == [4]


def test_an_institution_named_after_a_small_distant_town_lies_where_the_report_is(
    gaz: Gazetteer,
) -> None:
    # "Dalton University" in a report on St. Louis bears a founder's name, not the
    # Georgia town's: it is placed at the article's town, as an unknown building
    sdoc = parsed(["She", "studied", "at", "Dalton", "University", "in", "St.", "Louis", "."],
                  ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O"])
    found = {p.text: p for p in places(sdoc, gaz)}
    assert found["Dalton"].name == "St. Louis" and found["Dalton"].feature == "facility"
    sdoc = parsed(["Fans", "filled", "the", "Dalton", "Centre", "in", "St.", "Louis", "."],
                  ["O", "O", "O", "B-FAC", "I-FAC", "O", "B-GPE", "I-GPE", "O"])
    assert places(sdoc, gaz)[0].name == "St. Louis"
    # one named after a city lies in that city, far or not
    sdoc = parsed(["She", "studied", "at", "Hampton", "University", "in", "St.", "Louis", "."],
                  ["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O"])
    assert {p.text: p.name for p in places(sdoc, gaz)}["Hampton"] == "Hampton"


def test_a_credited_agency_or_a_group_of_states_is_no_place(gaz: Gazetteer) -> None:
    from warlog.places.known import credited_or_grouped

    text = "Moscow, SANA- Officials spoke."
    assert credited_or_grouped(text, "SANA-", text.index("SANA"))
    text = "the Commonwealth of Independent States met"
    assert credited_or_grouped(text, "States", text.index("States"))
    text = "He moved back to the States."
    assert not credited_or_grouped(text, "States", text.index("States"))
    sdoc = parsed(["The", "Commonwealth", "of", "Independent", "States", "met", "China", "."],
                  ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O"])
    assert [p.text for p in places(sdoc, gaz)] == ["China"]


def test_a_governor_heads_a_state_not_the_city_of_its_name(
    tmp_path: Path, settings: Settings
) -> None:
    local = open_index(gz.write_index(tmp_path / "gov.sqlite", [
        (GazetteerEntry(1, 5128581, "New York City", "city", "US", "NY", 40.71, -74.01,
                        8_175_133), ["New York"]),
        (GazetteerEntry(2, None, "New York", "admin1", "US", "NY", 43.0, -75.5, 19_000_000),
         []),
    ]), settings)
    sdoc = parsed(["New", "York", "Gov.", "Ann", "Lee", "signed", "it", "."],
                  ["B-GPE", "I-GPE", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    assert places(sdoc, local)[0].feature == "admin1"
    sdoc = parsed(["New", "York", "police", "signed", "it", "."],
                  ["B-GPE", "I-GPE", "O", "O", "O", "O"])
    assert places(sdoc, local)[0].feature == "city"
