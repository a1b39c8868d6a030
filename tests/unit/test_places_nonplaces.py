"""Capitalised words that the words around tell are no place: a field of study after a
degree ("a BA in Theology"), an abbreviation in brackets after a name that is no place
("methylene chloroaniline (MOCA)") and a sea's bare name before a noun of a kind ("a
Mediterranean diet"). Hand-built spaCy docs and a tiny index; the
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
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.8, -98.5,
                    330_000_000), []),
    (GazetteerEntry(2, 5000101, "Brindle", "city", "US", "KY", 37.1, -84.9, 40_000), []),
    (GazetteerEntry(3, 4300101, "Moca", "city", "US", "KY", 37.2, -84.8, 61_000), []),
    (GazetteerEntry(4, 290557, "United Arab Emirates", "country", "AE", "", 24.0, 54.0,
                    9_000_000), ["UAE"]),
    (GazetteerEntry(5, None, "Mediterranean", "water", "", "", 35.0, 18.0, 0), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(rows: list[tuple[str, str]]) -> Doc:
    words, ents = (list(col) for col in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,)" and words[i] != "("
              for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, ents=ents, spaces=spaces)


def _texts(sdoc: Doc, gaz: Gazetteer) -> list[str]:
    return [p.text for p in places(sdoc, gaz)]


TOWN = [("She", "O"), ("lives", "O"), ("in", "O"), ("Brindle", "B-GPE"), (".", "O")]


@pytest.mark.parametrize("degree", [
    [("a", "O"), ("BA", "O"), ("(", "O"), ("Hons", "O"), (")", "O")],
    [("a", "O"), ("master", "O"), ("'s", "O"), ("degree", "O")],
    [("a", "O"), ("Ph.D.", "O")],
])
def test_places_nonplaces_field_of_study_after_a_degree(
    gaz: Gazetteer, degree: list[tuple[str, str]]
) -> None:
    sdoc = _doc([("She", "O"), ("holds", "O"), *degree, ("in", "O"), ("Theology", "B-GPE"),
                 (".", "O"), *TOWN])
    assert _texts(sdoc, gaz) == ["Brindle"]


@pytest.mark.parametrize("verb", ["published", "stored", "wrote"])
def test_places_nonplaces_medium_after_a_verb_of_publishing(gaz: Gazetteer, verb: str) -> None:
    # "published in Sciencia", "stored in Boxcloud": the medium, not where
    sdoc = _doc([("The", "O"), ("study", "O"), ("was", "O"), (verb, "O"), ("in", "O"),
                 ("Sciencia", "B-GPE"), (".", "O"), *TOWN])
    assert _texts(sdoc, gaz) == ["Brindle"]


def test_places_nonplaces_unknown_name_after_plain_in_stays(gaz: Gazetteer) -> None:
    # "in" with no degree before it still sets an unknown name as a place
    sdoc = _doc([("She", "O"), ("taught", "O"), ("in", "O"), ("Theologia", "B-GPE"),
                 (".", "O"), *TOWN])
    assert _texts(sdoc, gaz) == ["Theologia", "Brindle"]


def test_places_nonplaces_abbreviation_of_a_chemical_is_none(gaz: Gazetteer) -> None:
    sdoc = _doc([("Workers", "O"), ("inhaled", "O"), ("methylene", "O"),
                 ("chloroaniline", "O"), ("(", "O"), ("MOCA", "B-GPE"), (")", "O"),
                 ("at", "O"), ("a", "O"), ("plant", "O"), (".", "O"), *TOWN])
    assert _texts(sdoc, gaz) == ["Brindle"]


def test_places_nonplaces_abbreviation_of_a_place_stays(gaz: Gazetteer) -> None:
    sdoc = _doc([("Troops", "O"), ("from", "O"), ("the", "O"), ("United", "B-GPE"),
                 ("Arab", "I-GPE"), ("Emirates", "I-GPE"), ("(", "O"), ("UAE", "B-GPE"),
                 (")", "O"), ("left", "O"), (".", "O")])
    assert _texts(sdoc, gaz) == ["United Arab Emirates", "UAE"]


@pytest.mark.parametrize(("rows", "seas"), [
    ([("a", "O"), ("Mediterranean", "B-LOC"), ("diet", "O")], []),
    ([("the", "O"), ("Mediterranean", "B-LOC"), ("coast", "O")], ["Mediterranean"]),
    ([("across", "O"), ("the", "O"), ("Mediterranean", "B-LOC"), ("daily", "O")],
     ["Mediterranean"]),
    ([("warm", "O"), ("Mediterranean", "B-LOC"), ("waters", "O")], ["Mediterranean"]),
])
def test_places_nonplaces_sea_named_bare_before_a_noun_is_an_adjective(
    gaz: Gazetteer, rows: list[tuple[str, str]], seas: list[str]
) -> None:
    sdoc = _doc([("Doctors", "O"), ("praised", "O"), *rows, (".", "O"), *TOWN])
    assert _texts(sdoc, gaz) == [*seas, "Brindle"]

