"""A first-level division of fewer than 10,000 people named by one word (a parish of a
microstate) is no better known than a village: its name alone does not make a word a
place ("robbing Peter to pay Paul", Paul being a division of Cape Verde). A populous
division, or a tiny one named by several words, still is. A tiny invented index; the
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
from warlog.places.known import strong
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, None, "Paul", "admin1", "CV", "13", 17.1, -25.0, 3_900), []),
    (GazetteerEntry(2, None, "Harbour Isle", "admin1", "BS", "22", 25.5, -76.6, 1_500), []),
    (GazetteerEntry(3, None, "Ossmark", "admin1", "VT", "01", 10.0, 20.0, 2_500_000), []),
    (GazetteerEntry(4, 5000101, "Brindle", "city", "US", "KY", 37.1, -84.9, 40_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def test_places_tiny_division_named_by_one_word_is_not_strong(gaz: Gazetteer) -> None:
    assert [strong(gaz, n) for n in ("Paul", "Harbour Isle", "Ossmark")] == [
        False, True, True]


def test_places_tiny_division_word_left_untagged_is_no_place(gaz: Gazetteer) -> None:
    words = ["Voters", "in", "Brindle", "saw", "robbing", "Peter", "to", "pay", "Paul", "."]
    ents = ["O", "O", "B-GPE", "O", "O", "B-PERSON", "O", "O", "O", "O"]
    pos = ["PROPN" if w[:1].isupper() else "PUNCT" if w == "." else "VERB" for w in words]
    sdoc = Doc(spacy.blank("en").vocab, words=words, ents=ents, pos=pos,
               spaces=[w != "." and i + 1 < len(words) and words[i + 1] != "."
                       for i, w in enumerate(words)])
    assert [p.text for p in places(sdoc, gaz)] == ["Brindle"]
