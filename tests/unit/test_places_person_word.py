"""A word of a person's full name is the person, unless a preposition of location sets
it as a place ("Mayor Tom Brindle spoke ... the fair in Brindle"): there spaCy's place
label and the words around agree. Such a name bears both senses in the article, so it is
a place only where so set, not wherever it recurs. A dateline in capitals after a
headline that lost its line break is still a dateline. Hand-built spaCy docs and a tiny
index; the sentences are made up."""

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
    (GazetteerEntry(2, 5000101, "Brindle", "city", "US", "KY", 37.1, -84.9, 4_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(rows: list[tuple[str, str]]) -> Doc:
    words, ents = (list(col) for col in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, ents=ents, spaces=spaces)


PERSON = [("Mayor", "O"), ("Tom", "B-PERSON"), ("Brindle", "I-PERSON"), ("spoke", "O"),
          (".", "O")]


def test_places_person_word_set_by_in_is_the_place(gaz: Gazetteer) -> None:
    sdoc = _doc([*PERSON, ("The", "O"), ("fair", "O"), ("in", "O"), ("Brindle", "B-GPE"),
                 ("opened", "O"), (".", "O")])
    assert [(p.text, p.feature, p.country_code) for p in places(sdoc, gaz)] == [
        ("Brindle", "city", "US")]


def test_places_person_word_after_to_stays_the_person(gaz: Gazetteer) -> None:
    # "to" takes persons too: "letters to Brindle" are the mayor's
    sdoc = _doc([*PERSON, ("Letters", "O"), ("to", "O"), ("Brindle", "B-GPE"),
                 ("arrived", "O"), (".", "O")])
    assert places(sdoc, gaz) == ()


def test_places_person_word_set_once_does_not_recur(gaz: Gazetteer) -> None:
    # the firm named after the mayor's family is no second mention of the town
    sdoc = _doc([*PERSON, ("The", "O"), ("fair", "O"), ("in", "O"), ("Brindle", "B-GPE"),
                 ("opened", "O"), (".", "O"), ("Brindle", "B-ORG"), ("Hardware", "I-ORG"),
                 ("closed", "O"), (".", "O")])
    assert [p.start for p in places(sdoc, gaz)] == [sdoc[8].idx]


def test_places_dateline_after_a_headline_on_the_same_line(gaz: Gazetteer) -> None:
    # "Barn fire out. BRINDLE — Crews ...": the page lost the headline's line break; a
    # name in capitals before a dash after a sentence's end is still the dateline
    sdoc = _doc([("Barn", "O"), ("fire", "O"), ("out", "O"), (".", "O"),
                 ("BRINDLE", "B-ORG"), ("—", "O"), ("Crews", "O"), ("left", "O"),
                 (".", "O")])
    assert [(p.text, p.country_code) for p in places(sdoc, gaz)] == [("BRINDLE", "US")]
    # in running text a capitalised word after a stop is no dateline
    cased = _doc([("Barn", "O"), ("fire", "O"), ("out", "O"), (".", "O"),
                  ("Brindle", "B-ORG"), ("—", "O"), ("the", "O"), ("chief", "O"),
                  ("—", "O"), ("left", "O"), (".", "O")])
    assert places(cased, gaz) == ()
