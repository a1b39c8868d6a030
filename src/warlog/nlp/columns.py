"""Token columns read once per Doc as integers: part of speech, lemma and lower-case form.

A scan that asks every word of a sentence one question ("is it a verb of killing?")
builds a Python ``Token`` per word; most words fail at once. The same question asked of
the Doc's columns (``Doc.to_array``: symbol ids and string hashes) needs no Token, and a
Token is built only for the few words that pass, so that the full test, unchanged, runs
on exactly the words it ran on before.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

Columns = tuple[list[int], list[int], list[int]]  # POS ids, LEMMA hashes, LOWER hashes


def columns(doc: Doc) -> Columns:
    """The Doc's part-of-speech ids, lemma hashes and lower-case hashes, read once and
    kept (the stages run after the tagger and lemmatizer, which alone set them)."""
    got = doc.user_data.get("warlog.columns")
    if not isinstance(got, tuple) or len(got) != 3 or len(got[0]) != len(doc):
        from spacy.attrs import LEMMA, LOWER, POS

        arr = doc.to_array([POS, LEMMA, LOWER])
        got = (arr[:, 0].tolist(), arr[:, 1].tolist(), arr[:, 2].tolist())
        doc.user_data["warlog.columns"] = got
    return got


@functools.cache
def pos_ids(names: tuple[str, ...]) -> frozenset[int]:
    """Symbol ids of coarse part-of-speech names ("VERB", "AUX")."""
    from spacy.parts_of_speech import IDS

    return frozenset(IDS[n] for n in names)


@functools.cache
def hashes(words: frozenset[str]) -> frozenset[int]:
    """String-store hashes of words, as the LEMMA and LOWER columns hold them."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return frozenset(int(hash_string(w)) for w in words)
