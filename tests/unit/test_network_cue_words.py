"""network/relations reads the words that may start a relation rule off the Doc's
columns (lower-case form, lemma), so that no Token is built for the other words of a
sentence. Sentences written for the test."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from warlog.network.relations import _cue_words


class _CountingDoc(Doc):
    """A Doc that counts the Tokens asked of it by index (``doc[i]``)."""

    tokens_built = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            type(self).tokens_built += 1
        return super().__getitem__(key)


def _doc(words: list[str], lemmas: list[str]) -> _CountingDoc:
    return _CountingDoc(spacy.blank("en").vocab, words=words, lemmas=lemmas,
                        spaces=[True] * (len(words) - 1) + [False])


def test_network_cue_words_by_form_and_by_lemma() -> None:
    words = ["Rebels", "Backed", "by", "two", "states", "Joined", "the", "front", "and",
             "stormed", "a", "hill"]
    lemmas = ["rebel", "back", "by", "two", "state", "Join", "the", "front", "and",
              "storm", "a", "hill"]
    doc = _doc(words, lemmas)
    sent = doc[0 : len(doc)]
    _CountingDoc.tokens_built = 0
    # "Backed" by its form, "Joined" by its lemma lower-cased, "stormed" by its lemma
    assert _cue_words(sent) == [1, 5, 9]
    assert _CountingDoc.tokens_built == 0


def test_network_cue_words_none_in_a_sentence_of_no_relation() -> None:
    words = ["Farmers", "sold", "olives", "at", "the", "market", "on", "Monday"]
    doc = _doc(words, [w.lower() for w in words])
    assert _cue_words(doc[0 : len(doc)]) == []
