"""The residents' formula of local news ("a Dalton man", "two Dalton teens") past the
words that qualify the person ("a former Dalton resident", "a 34-year-old Dalton man"),
whatever the tagger made of the town's name, and the compounds "X-area" and "X-based",
whose first part is where a thing lies or works from. Hand-built spaCy docs and the tiny
index of test_geocode_unseen; the sentences are made up."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import places
from tests.unit.test_geocode_unseen import gaz  # noqa: F401  (the fixture)
from warlog.places.index import Gazetteer


def _doc(rows: list[tuple[str, str, str]], glued: frozenset[int] = frozenset()) -> Doc:
    """``rows`` of (word, part of speech, IOB entity tag); a word whose index is in
    ``glued`` has no space after it ("Dalton" "-" "area")."""
    words, pos, ents = (list(col) for col in zip(*rows, strict=True))
    spaces = [i not in glued and i + 1 < len(words) and words[i + 1] not in ".,"
              for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents, spaces=spaces)


def _found(sdoc: Doc, index: Gazetteer) -> list[tuple[str, str | None]]:
    return [(p.text, p.name) for p in places(sdoc, index)]


AGE = [("34", "NUM", "B-DATE"), ("-", "PUNCT", "I-DATE"), ("year", "NOUN", "I-DATE"),
       ("-", "PUNCT", "I-DATE"), ("old", "ADJ", "I-DATE")]


@pytest.mark.parametrize("modifiers", [
    [("former", "ADJ", "O")],
    [("elderly", "ADJ", "O")],
    AGE,
])
def test_places_residents_formula_reads_past_the_persons_modifiers(
    gaz: Gazetteer,  # noqa: F811
    modifiers: list[tuple[str, str, str]],
) -> None:
    # "Police said a former Dalton resident fled.": the tagger took the town for a group
    sdoc = _doc([("Police", "NOUN", "O"), ("said", "VERB", "O"), ("a", "DET", "O"),
                 *modifiers, ("Dalton", "PROPN", "B-NORP"), ("resident", "NOUN", "O"),
                 ("fled", "VERB", "O"), (".", "PUNCT", "O")], glued=frozenset({3, 4, 5, 6}))
    assert _found(sdoc, gaz) == [("Dalton", "Dalton")]


def test_places_residents_formula_still_needs_its_article_or_number(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    # "Police told old Dalton man stories.": no article opens the phrase, so no formula;
    # a number is the determiner itself ("two Dalton teens")
    sdoc = _doc([("Police", "NOUN", "O"), ("told", "VERB", "O"), ("old", "ADJ", "O"),
                 ("Dalton", "PROPN", "B-NORP"), ("man", "NOUN", "O"),
                 ("stories", "NOUN", "O"), (".", "PUNCT", "O")])
    assert _found(sdoc, gaz) == []
    sdoc = _doc([("Police", "NOUN", "O"), ("said", "VERB", "O"), ("two", "NUM", "O"),
                 ("Dalton", "PROPN", "B-NORP"), ("teens", "NOUN", "O"),
                 ("fled", "VERB", "O"), (".", "PUNCT", "O")])
    assert _found(sdoc, gaz) == [("Dalton", "Dalton")]


def test_places_residents_formula_reads_a_town_tagged_as_an_adjective(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    # "An elderly Dalton couple was found.": the word in no entity, tagged ADJ
    sdoc = _doc([("Police", "NOUN", "O"), ("said", "VERB", "O"), ("an", "DET", "O"),
                 ("elderly", "ADJ", "O"), ("Dalton", "ADJ", "O"), ("couple", "NOUN", "O"),
                 ("left", "VERB", "O"), (".", "PUNCT", "O")])
    assert _found(sdoc, gaz) == [("Dalton", "Dalton")]
    # without the formula the adjective stays a word ("the Dalton plan")
    sdoc = _doc([("Police", "NOUN", "O"), ("said", "VERB", "O"), ("the", "DET", "O"),
                 ("Dalton", "ADJ", "O"), ("plan", "NOUN", "O"), ("failed", "VERB", "O"),
                 (".", "PUNCT", "O")])
    assert _found(sdoc, gaz) == []


@pytest.mark.parametrize(("second", "label"), [("area", "ORG"), ("based", "PRODUCT")])
def test_places_area_and_based_compounds_set_the_town(
    gaz: Gazetteer,  # noqa: F811
    second: str,
    label: str,
) -> None:
    # "A Dalton-area man was held.", "A Dalton-based firm was held."
    sdoc = _doc([("A", "DET", "O"), ("Dalton", "PROPN", f"B-{label}"), ("-", "PUNCT", "O"),
                 (second, "VERB", "O"), ("firm", "NOUN", "O"), ("closed", "VERB", "O"),
                 (".", "PUNCT", "O")], glued=frozenset({1, 2}))
    assert _found(sdoc, gaz) == [("Dalton", "Dalton")]


def test_places_led_compound_sets_no_town(gaz: Gazetteer) -> None:  # noqa: F811
    # "a Dalton-led group": "-led" takes an agent (a person, a team), not a place
    sdoc = _doc([("A", "DET", "O"), ("Dalton", "PROPN", "B-ORG"), ("-", "PUNCT", "O"),
                 ("led", "VERB", "O"), ("group", "NOUN", "O"), ("won", "VERB", "O"),
                 (".", "PUNCT", "O")], glued=frozenset({1, 2}))
    assert _found(sdoc, gaz) == []
