"""places/mention.extend reads capitals from the Doc's text, building no Token per word."""

from __future__ import annotations

from typing import Any, cast

import spacy
from spacy.tokens import Doc

from warlog.places.index import Gazetteer
from warlog.places.mention import extend


class _CountingDoc(Doc):
    """A Doc that counts the Tokens asked of it by index (``doc[i]``)."""

    tokens_built = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            type(self).tokens_built += 1
        return super().__getitem__(key)


def test_extend_builds_no_token_for_lower_case_words_after_a_name() -> None:
    # no longer name can end on "city", "on" or "foot": none of them starts with a
    # capital, which the text tells without a Token (the gazetteer is never asked)
    words = ["Troops", "entered", "Raqqa", "city", "on", "foot", "today", "."]
    spaces = [True, True, True, True, True, True, False, False]
    sdoc = _CountingDoc(spacy.blank("en").vocab, words=words, spaces=spaces)
    _CountingDoc.tokens_built = 0
    assert extend(sdoc, 2, 3, cast(Gazetteer, None)) == 3
    assert _CountingDoc.tokens_built == 0
