"""Speed round 11 (issue 11): the words-around checks asked of every place of a report
(`places/nonplaces.named_otherwise`) read the Doc's kept text, never spaCy's
``Doc.text``, which joins every token of the report again on each access. Same answers;
hand-built Docs and a tiny index, sentences made up for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from tests.unit.test_places_nonplaces import TINY
from warlog.config import Settings
from warlog.nlp.parse import doc_text
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer
from warlog.places.load import open_index
from warlog.places.nonplaces import named_otherwise, sea_as_modifier


class _JoinCountingDoc(Doc):
    """A Doc that counts how often its text is joined from its tokens."""

    joins = 0

    @property
    def text(self) -> str:  # type: ignore[override]
        type(self).joins += 1
        return str(super().text)


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def _doc(words: list[str]) -> _JoinCountingDoc:
    spaces = [i + 1 < len(words) and words[i + 1] not in ".,)" and words[i] != "("
              for i in range(len(words))]
    doc = _JoinCountingDoc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc_text(doc)  # kept once, as `nlp.parse` keeps the text each Doc was made from
    _JoinCountingDoc.joins = 0
    return doc


@pytest.mark.parametrize(("words", "name", "expected"), [
    (["She", "keeps", "a", "Mediterranean", "diet", "."], "Mediterranean", True),
    (["They", "sailed", "the", "Mediterranean", "coast", "."], "Mediterranean", False),
    (["The", "Bureau", "of", "Soil", "Tests", "(", "BST", ")", "met", "."], "BST", True),
    (["They", "met", "in", "United", "Arab", "Emirates", "(", "UAE", ")", "."], "UAE", False),
])
def test_places_kept_text_named_otherwise_joins_no_text(
    gaz: Gazetteer, words: list[str], name: str, expected: bool
) -> None:
    sdoc = _doc(words)
    text = doc_text(sdoc)
    start = text.index(name)
    end = start + len(name)
    # the end of the last place mention before the name (the Emirates, where told)
    place_end = text.index("Emirates") + len("Emirates") if "Emirates" in text else 0
    assert named_otherwise(sdoc, gaz, start, end, place_end) is expected
    assert sea_as_modifier(sdoc, gaz, start, end) is (expected and name != "BST")
    assert _JoinCountingDoc.joins == 0
