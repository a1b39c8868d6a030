"""A state's or province's abbreviation after a town keeps its full stop where spaCy split
it off as a sentence end ("Kingston, Ont." is "Ont" + "."): the qualifier is the dotted
abbreviation, and the abbreviation's own mention is the division, not a town named like
its dotless form; and the division of an address is a place mention of its own, also
where spaCy put it in no place entity; a series of towns that spaCy joined into one
entity across a comma is split. Hand-built spaCy docs and a tiny index; the sentences
are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.known import qualifier_text
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, 6251999, "Canada", "country", "CA", "", 60.1, -113.6, 37_000_000), []),
    (GazetteerEntry(2, None, "Alberta", "admin1", "CA", "01", 52.3, -117.5, 4_000_000), []),
    (GazetteerEntry(3, None, "Ontario", "admin1", "CA", "08", 50.0, -86.0, 13_000_000), []),
    (GazetteerEntry(4, 5000001, "Brookfield", "city", "CA", "01", 50.1, -112.9, 9_000), []),
    # a larger namesake abroad, and a Norwegian town named like Alberta's dotless form
    (GazetteerEntry(5, 5000002, "Brookfield", "city", "US", "WI", 43.06, -88.1, 90_000), []),
    (GazetteerEntry(6, 5000003, "Alta", "city", "NO", "05", 69.97, 23.27, 15_000), []),
    (GazetteerEntry(7, 5000004, "Harwick", "city", "CA", "08", 43.2, -80.1, 5_000), []),
    (GazetteerEntry(8, 5000005, "Harwick", "city", "GB", "ENG", 51.5, -0.7, 60_000), []),
    (GazetteerEntry(9, None, "Idaho", "admin1", "US", "ID", 44.5, -114.25, 1_800_000), []),
    (GazetteerEntry(10, None, "Ida County", "admin2", "US", "IA", 42.4, -95.5, 7_000), []),
    (GazetteerEntry(11, 5000006, "Moscow", "city", "US", "ID", 46.73, -117.0, 25_000), []),
    (GazetteerEntry(12, 5000007, "Moscow", "city", "US", "IA", 41.6, -91.1, 300), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(rows: list[tuple[str, str, bool]]) -> Doc:
    words, ents, spaces = (list(col) for col in zip(*rows, strict=True))
    return Doc(spacy.blank("en").vocab, words=words, ents=ents, spaces=spaces)


def test_places_split_stop_of_a_province_joins_its_qualifier(gaz: Gazetteer) -> None:
    # "Trucks left Brookfield, Alta., on Monday.": "Alta" alone is a Norwegian town,
    # "Alta." is Alberta; the town lies inside it and the abbreviation is the province
    sdoc = _doc([("Trucks", "O", True), ("left", "O", True), ("Brookfield", "B-GPE", False),
                 (",", "O", True), ("Alta", "B-GPE", False), (".", "O", False),
                 (",", "O", True), ("on", "O", True), ("Monday", "O", False),
                 (".", "O", False)])
    assert qualifier_text(sdoc, 4, gaz) == "Alta."
    found = places(sdoc, gaz)
    assert [(p.text, p.feature, p.country_code) for p in found] == [
        ("Brookfield", "city", "CA"), ("Alta.", "admin1", "CA")]


def test_places_abbreviation_at_a_sentence_end_still_qualifies(gaz: Gazetteer) -> None:
    # "A band from Harwick, Ont. The hall was full.": the stop ends the sentence too
    sdoc = _doc([("A", "O", True), ("band", "O", True), ("from", "O", True),
                 ("Harwick", "B-GPE", False), (",", "O", True), ("Ont", "B-PERSON", False),
                 (".", "O", True), ("The", "O", True), ("hall", "O", True),
                 ("was", "O", True), ("full", "O", False), (".", "O", False)])
    assert qualifier_text(sdoc, 5, gaz) == "Ont."
    harwick = [p for p in places(sdoc, gaz) if p.text == "Harwick"]
    assert [(p.country_code, p.admin1) for p in harwick] == [("CA", "Ontario")]


def test_places_a_stop_that_makes_no_abbreviation_stays_apart(gaz: Gazetteer) -> None:
    # "Brookfield, Canada." names the country; a stop after a spaced word is no part of it
    sdoc = _doc([("Brookfield", "B-GPE", False), (",", "O", True), ("Canada", "B-GPE", False),
                 (".", "O", False)])
    assert qualifier_text(sdoc, 2, gaz) == "Canada"
    spaced = _doc([("Brookfield", "B-GPE", False), (",", "O", True), ("Alta", "B-GPE", True),
                   (".", "O", False)])
    assert qualifier_text(spaced, 2, gaz) == "Alta"


def test_places_dateline_reads_past_a_split_abbreviation(gaz: Gazetteer) -> None:
    # "HARWICK, Ont. — The council met.": a dateline in capitals, its province's point
    # split off; capitals alone are no sign of a place, the dateline is
    sdoc = _doc([("HARWICK", "B-ORG", False), (",", "O", True), ("Ont", "B-PERSON", False),
                 (".", "O", True), ("—", "O", True), ("The", "O", True),
                 ("council", "O", True), ("met", "O", False), (".", "O", False)])
    found = places(sdoc, gaz)
    assert [(p.text, p.country_code, p.admin1) for p in found if p.text == "HARWICK"] == [
        ("HARWICK", "CA", "Ontario")]


def test_places_address_division_untagged_is_a_place(gaz: Gazetteer) -> None:
    # "The choir of Harwick, Ont. sang.": "Ont" tagged a person, the division is a place
    sdoc = _doc([("The", "O", True), ("choir", "O", True), ("of", "O", True),
                 ("Harwick", "B-GPE", False), (",", "O", True), ("Ont", "B-PERSON", False),
                 (".", "O", True), ("It", "O", True), ("sang", "O", False), (".", "O", False)])
    found = places(sdoc, gaz)
    assert [(p.text, p.feature, p.admin1) for p in found] == [
        ("Harwick", "city", "Ontario"), ("Ont.", "admin1", "Ontario")]


def test_places_address_needs_a_namesake_inside(gaz: Gazetteer) -> None:
    # no Harwick lies in Alberta: "Harwick, Alta." reads no division from the address
    sdoc = _doc([("Harwick", "B-GPE", False), (",", "O", True), ("Alta", "O", False),
                 (".", "O", True), ("It", "O", True), ("sang", "O", False), (".", "O", False)])
    assert [p.text for p in places(sdoc, gaz)] == ["Harwick"]


def test_places_canada_post_code_after_a_town(gaz: Gazetteer) -> None:
    # "Crews from Harwick, ON arrived.": Canada Post's code, written as a US state's is;
    # the English town of that name is not meant
    sdoc = _doc([("Crews", "O", True), ("from", "O", True), ("Harwick", "B-GPE", False),
                 (",", "O", True), ("ON", "O", True), ("arrived", "O", False),
                 (".", "O", False)])
    found = places(sdoc, gaz)
    assert [(p.text, p.country_code, p.admin1) for p in found] == [
        ("Harwick", "CA", "Ontario"), ("ON", "CA", "Ontario")]


def test_places_wordlike_abbreviation_names_the_state_only_as_a_qualifier(
        gaz: Gazetteer) -> None:
    # "Ida." is also a name: alone it is no state; "Fans in Moscow, Ida., cheered." is
    # Idaho, both for the town and for the qualifier's own mention (not Ida County)
    assert not gaz.candidates("Ida.") or all(c.name != "Idaho" for c in gaz.candidates("Ida."))
    sdoc = _doc([("Fans", "O", True), ("in", "O", True), ("Moscow", "B-GPE", False),
                 (",", "O", True), ("Ida.", "B-GPE", False), (",", "O", True),
                 ("cheered", "O", False), (".", "O", False)])
    found = places(sdoc, gaz)
    assert [(p.text, p.feature, p.admin1) for p in found] == [
        ("Moscow", "city", "Idaho"), ("Ida.", "admin1", "Idaho")]


def test_places_wire_dash_glued_to_the_state_ends_it(gaz: Gazetteer) -> None:
    # a press release's dateline "BROOKFIELD, Alta.--(NEWSWIRE)--Acme said ...": spaCy
    # leaves the dash glued to the province; the province is "Alta." and a place
    sdoc = _doc([("BROOKFIELD", "B-GPE", False), (",", "O", True),
                 ("Alta.--(NEWSWIRE", "O", False), (")--Acme", "O", True), ("said", "O", True),
                 ("sales", "O", True), ("rose", "O", False), (".", "O", False)])
    assert qualifier_text(sdoc, 2, gaz) == "Alta."
    found = places(sdoc, gaz)
    assert [(p.text, p.feature, p.admin1) for p in found] == [
        ("BROOKFIELD", "city", "Alberta"), ("Alta.", "admin1", "Alberta")]


def test_places_series_joined_across_a_comma_is_split(gaz: Gazetteer) -> None:
    # "Crews came from Harwick, Brookfield, Elmvale and Moscow.": spaCy made one
    # organisation of "Brookfield, Elmvale"; a list of towns, not one name
    sdoc = _doc([("Crews", "O", True), ("came", "O", True), ("from", "O", True),
                 ("Harwick", "B-GPE", False), (",", "O", True), ("Brookfield", "B-ORG", False),
                 (",", "I-ORG", True), ("Elmvale", "I-ORG", True), ("and", "O", True),
                 ("Moscow", "B-GPE", False), (".", "O", False)])
    found = [p.text for p in places(sdoc, gaz)]
    assert "Brookfield" in found
    assert "Brookfield, Elmvale" not in found


def test_places_series_joined_with_its_conjunction_is_split(gaz: Gazetteer) -> None:
    # "Crowds came from Harwick, Brookfield and Moscow.": ORG "Harwick, Brookfield and"
    sdoc = _doc([("Crowds", "O", True), ("came", "O", True), ("from", "O", True),
                 ("Harwick", "B-ORG", False), (",", "I-ORG", True), ("Brookfield", "I-ORG", True),
                 ("and", "I-ORG", True), ("Moscow", "B-GPE", False), (".", "O", False)])
    found = [p.text for p in places(sdoc, gaz)]
    assert found[:2] == ["Harwick", "Brookfield"]
