"""Docs parsed by hand for unit tests of parse-reading rules: each row gives a word, its
lemma, part of speech, head index and dependency, so a test fixes the parse it reads
instead of depending on the model's."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

Row = tuple[str, str, str, int, str]  # word, lemma, pos, head, dep


def hand_doc(rows: list[Row]) -> Doc:
    """One sentence, spaced as written (no space before the full stop)."""
    words = [r[0] for r in rows]
    return Doc(spacy.blank("en").vocab, words=words,
               spaces=[i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               heads=[r[3] for r in rows], deps=[r[4] for r in rows],
               sent_starts=[i == 0 for i in range(len(words))])
