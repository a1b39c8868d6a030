"""The rule lemmatizer's word lists as hashed sets.

spaCy's rule lemmatizer keeps, for each part of speech, the list of known base forms
("lemma_index") and asks ``form in index`` for every form a suffix rule gives: a linear
scan of a list of up to 57,528 words, the bulk of its cost each time a run meets a new
(word, tag, morphology). Membership of a string in a list and in a set of the same
strings is the same answer (equality of strings), so each list is given a set-backed
``__contains__``; the list itself, its order and everything else read from it stay.
"""

from __future__ import annotations

from typing import Any


class IndexedWords(list[str]):
    """A list of words whose membership test is a set look-up (same answers: the set
    holds exactly the list's items, and the list is not changed after it is built)."""

    __slots__ = ("_set",)

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._set = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def index_as_sets(lookups: Any) -> int:
    """Give each part of speech's list of base forms in ``lookups``' "lemma_index" table
    a set look-up; returns how many lists were swapped (0: no such table)."""
    if not lookups.has_table("lemma_index"):
        return 0
    table = lookups.get_table("lemma_index")
    swapped = 0
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexedWords):
            table[key] = IndexedWords(words)
            swapped += 1
    return swapped
