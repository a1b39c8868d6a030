"""The rule lemmatizer's base-form lists as sets (warlog.nlp.lemmas): the same lemmas,
each membership test a set look-up."""

from __future__ import annotations

import spacy
from spacy.lookups import Lookups
from spacy.tokens import Doc

from warlog.nlp.lemmas import IndexedWords, index_as_sets


def _lookups() -> Lookups:
    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": ["shell", "town"], "verb": ["shell", "flee"]})
    lookups.add_table("lemma_exc", {"verb": {"fled": ["flee"]}})
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["es", "e"]],
                                      "verb": [["ed", ""], ["ed", "e"], ["s", ""]]})
    return lookups


def _lemmas(lookups: Lookups) -> list[str]:
    nlp = spacy.blank("en")
    lem = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lem.initialize(lookups=lookups)  # type: ignore[attr-defined]
    words = ["shells", "towns", "shelled", "fled", "shelves", "marched"]
    pos = ["NOUN", "NOUN", "VERB", "VERB", "NOUN", "VERB"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    return [t.lemma_ for t in lem(doc)]


def test_indexed_words_answer_membership_as_the_list_does() -> None:
    words = IndexedWords(["shell", "town"])
    assert list(words) == ["shell", "town"]
    assert "town" in words and "shel" not in words
    assert isinstance(words, list)


def test_index_as_sets_swaps_every_list_and_keeps_the_lemmas() -> None:
    before = _lemmas(_lookups())
    lookups = _lookups()
    assert index_as_sets(lookups) == 2
    table = lookups.get_table("lemma_index")
    assert all(isinstance(v, IndexedWords) for v in table.values())
    assert index_as_sets(lookups) == 0  # already swapped
    assert _lemmas(lookups) == before == ["shell", "town", "shell", "flee", "shelve", "march"]


def test_index_as_sets_without_an_index_table() -> None:
    assert index_as_sets(Lookups()) == 0
