"""events/seized reads the sentence's verbs off the Doc's part-of-speech column and
builds a Token only for a verb (the same taking cues as a walk over every word)."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Doc

from warlog.events.seized import _verbs, ground_taken


class _CountingDoc(Doc):
    """A Doc that counts the Tokens asked of it by index (``doc[i]``)."""

    tokens_built = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            type(self).tokens_built += 1
        return super().__getitem__(key)


def _doc() -> _CountingDoc:
    # "Rebel fighters took the hilltop near the old mill on Tuesday ."
    words = ["Rebel", "fighters", "took", "the", "hilltop", "near", "the", "old", "mill",
             "on", "Tuesday", "."]
    pos = ["ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "ADP",
           "PROPN", "PUNCT"]
    lemmas = ["rebel", "fighter", "take", "the", "hilltop", "near", "the", "old", "mill",
              "on", "Tuesday", "."]
    heads = [1, 2, 2, 4, 2, 2, 8, 8, 5, 2, 9, 2]
    deps = ["amod", "nsubj", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "prep",
            "pobj", "punct"]
    return _CountingDoc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=lemmas,
                        heads=heads, deps=deps, spaces=[True] * 10 + [False, False])


def test_events_seized_take_with_ground_object_found_from_columns() -> None:
    doc = _doc()
    sent = doc[0:len(doc)]
    hits = ground_taken(sent, [])
    assert [(h.code, sent.text[h.start:h.end]) for h in hits] == [
        ("@TERRITORY", "took the hilltop")]


def test_events_seized_verbs_build_a_token_for_a_verb_only() -> None:
    doc = _doc()
    sent = doc[0:len(doc)]
    _CountingDoc.tokens_built = 0
    assert [t.text for t in _verbs(sent)] == ["took"]
    assert _CountingDoc.tokens_built == 1  # twelve words, one verb
