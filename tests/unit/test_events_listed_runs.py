"""Runs of name-like words (events/listed.py), read from the Doc's columns and text."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warlog.events.listed import _runs


def test_runs_group_words_by_spaces_and_keep_proper_nouns_only() -> None:
    # "al-Bab" is one word of three tokens (no spaces between them); "Monday" is a proper
    # noun that names a day, "bombed" is no name
    words = ["Jets", "bombed", "al", "-", "Bab", "and", "Tadef", "on", "Monday", "."]
    spaces = [True, True, False, False, True, True, True, True, False, False]
    pos = ["NOUN", "VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos,
              sent_starts=[True] + [False] * 9)
    runs = _runs(doc[:])
    assert [[[t.text for t in word] for word in run] for run in runs] == [
        [["al", "-", "Bab"]], [["Tadef"]]]
    assert all(t.doc is doc for run in runs for word in run for t in word)
