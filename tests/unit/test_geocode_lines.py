"""Headlines and datelines: a line's opening words written without the articles of
running prose ("Dalton man charged"), and the place a report is filed from ("DALTON —").
Hand-built spaCy docs and the tiny index of test_geocode_unseen."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import places
from tests.unit.test_geocode_unseen import gaz  # noqa: F401  (the fixture)
from warlog.places.index import Gazetteer


def _doc(words: list[str], ents: list[str]) -> Doc:
    nlp = spacy.blank("en")
    pos = ["SPACE" if w.isspace() else "PROPN" if w[:1].isupper() else "NOUN" for w in words]
    spaces = [not w.isspace() for w in words]
    return Doc(nlp.vocab, words=words, spaces=spaces, ents=ents, pos=pos)


def test_a_town_before_a_word_for_residents_opening_a_headline_is_the_town(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    sdoc = _doc(["Dalton", "man", "charged", "\n", "Police", "said", "so", "."],
                ["B-PERSON", "O", "O", "O", "O", "O", "O", "O"])
    assert [(p.text, p.name) for p in places(sdoc, gaz)] == [("Dalton", "Dalton")]
    # inside running prose the article stays the cue ("a Dalton man")
    sdoc = _doc(["Police", "told", "Dalton", "man", "stories", "."],
                ["O", "O", "B-PERSON", "O", "O", "O"])
    assert places(sdoc, gaz) == ()


def test_a_known_town_in_capitals_before_a_dash_opening_a_line_is_a_dateline(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    sdoc = _doc(["Storm", "hits", "\n", "DALTON", "—", "Rain", "fell", "."],
                ["O", "O", "O", "O", "O", "O", "O", "O"])
    assert [(p.text, p.name) for p in places(sdoc, gaz)] == [("DALTON", "Dalton")]
    # capitals elsewhere are no sign of a place ("DALTON" is also a surname)
    sdoc = _doc(["He", "met", "DALTON", "—", "then", "left", "."],
                ["O", "O", "O", "O", "O", "O", "O"])
    assert places(sdoc, gaz) == ()


def test_a_dateline_may_carry_its_state_and_agency_before_the_dash(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    sdoc = _doc(["DALTON", ",", "Georgia", "(", "AP", ")", "—", "Rain", "fell", "."],
                ["O", "O", "B-GPE", "O", "B-ORG", "O", "O", "O", "O", "O"])
    assert next((p.text, p.name) for p in places(sdoc, gaz)) == ("DALTON", "Dalton")


def test_a_wire_dateline_s_dash_may_be_glued_to_the_state_or_the_next_word(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    # "DALTON, Ga.--(BUSINESS WIRE)--Acme": a press release, as spaCy splits it
    sdoc = _doc(["DALTON", ",", "Ga.--", "(", "BUSINESS", "WIRE", ")", "--Acme", "grew", "."],
                ["O", "O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "O"])
    assert next((p.text, p.name) for p in places(sdoc, gaz)) == ("DALTON", "Dalton")
    sdoc = _doc(["DALTON", ",", "Ga.--(BUSINESS", "WIRE)--Acme", "grew", "."],
                ["O", "O", "O", "O", "O", "O"])
    assert next((p.text, p.name) for p in places(sdoc, gaz)) == ("DALTON", "Dalton")
