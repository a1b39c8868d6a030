"""places/repeats._untagged_words reads the Doc's columns, building no Token per word."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc, Span

from warlog.places.repeats import _untagged_words


class _CountingDoc(Doc):
    """A Doc that counts the Tokens asked of it by index (``doc[i]``)."""

    tokens_built = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            type(self).tokens_built += 1
        return super().__getitem__(key)


def _doc() -> _CountingDoc:
    words = ["Voters", "in", "Brindle", "approved", "it", ",", "and", "Marlow", "said",
             "no", ".", "Then", "Ostrava", "Vale", "and", "Kessler", "voted", "."]
    pos = ["NOUN", "ADP", "PROPN", "VERB", "PRON", "PUNCT", "CCONJ", "PROPN", "VERB",
           "DET", "PUNCT", "ADV", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    doc = _CountingDoc(spacy.blank("en").vocab, words=words, pos=pos,
                       spaces=[True] * len(words))
    doc.ents = [Span(doc, 15, 16, label="PERSON")]
    return doc


def test_places_untagged_words_are_lone_proper_nouns_outside_entities() -> None:
    # "Brindle": a lone proper noun between lower-case words; not "Marlow" (before
    # "said": a town does not speak), not "Ostrava Vale" (a name of two words), not
    # "Kessler" (in an entity), not "Voters" (the first word)
    found = _untagged_words(_doc())
    assert [(s.start, s.end, s.text) for s in found] == [(2, 3, "Brindle")]


def test_places_untagged_words_build_no_token_per_word() -> None:
    # the one Span found builds a few Tokens of its own (spaCy reads its offsets off
    # them); no word that is no such name builds one (18 words here)
    doc = _doc()
    _CountingDoc.tokens_built = 0
    found = _untagged_words(doc)
    assert len(found) == 1 and _CountingDoc.tokens_built <= 3
