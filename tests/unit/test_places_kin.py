"""A name set off by commas right after a noun for a relative is that person's, an
appositive ("holding her baby, Marlow, in one hand"), not the town of that name; the
same name after a preposition, or opening a longer phrase after the comma, stays the
town. Hand-built spaCy docs and a tiny index; the sentences are made up."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_geocode import places
from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.borrowed import kin_before
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, 6252001, "United States", "country", "US", "", 39.8, -98.5,
                    330_000_000), []),
    (GazetteerEntry(2, 5000201, "Marlow", "city", "US", "OK", 34.6, -97.9, 250_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(rows: list[tuple[str, str]]) -> Doc:
    words, ents = (list(col) for col in zip(*rows, strict=True))
    spaces = [i + 1 < len(words) and words[i + 1] not in ".," for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, ents=ents, spaces=spaces)


def _sentence(*words: str) -> Doc:
    return _doc([(w, "B-GPE" if w == "Marlow" else "O") for w in words])


@pytest.mark.parametrize("words", [
    ("She", "held", "her", "baby", ",", "Marlow", ",", "in", "one", "hand", "."),
    ("They", "thanked", "their", "son", ",", "Marlow", "."),
    ("He", "called", "his", "sister", ",", "Marlow", ",", "twice", "."),
])
def test_places_kin_appositive_is_the_person(gaz: Gazetteer, words: tuple[str, ...]) -> None:
    assert places(_sentence(*words), gaz) == ()


@pytest.mark.parametrize("words", [
    # no comma after the noun: a place the relative is in
    ("She", "visited", "her", "son", "in", "Marlow", "."),
    # the name opens a longer phrase: no appositive of the relative
    ("Her", "son", ",", "Marlow", "firefighters", "said", ",", "was", "safe", "."),
    # a noun for no person: the name after the comma is the town
    ("She", "sold", "the", "farm", ",", "Marlow", ",", "in", "May", "."),
])
def test_places_kin_other_shapes_stay_the_town(gaz: Gazetteer, words: tuple[str, ...]) -> None:
    assert [p.text for p in places(_sentence(*words), gaz)] == ["Marlow"]


def test_places_kin_before_reads_the_words_around() -> None:
    text = "holding her baby, Marlow, in one hand; her son in Marlow; a farm, Marlow."
    at = [i for i in range(len(text)) if text.startswith("Marlow", i)]
    assert [kin_before(text, i, i + len("Marlow")) for i in at] == [True, False, False]
