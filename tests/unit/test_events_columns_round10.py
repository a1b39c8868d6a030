"""Speed round 10 of the events stage: scans that ask every word of a sentence one
question read the Doc's columns, and build a Token only for the words that pass (or
none), with the same answers as a walk over every word. Sentences written for the test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import spacy
from spacy.tokens import Doc, Span

from warlog.events.earlier import in_news
from warlog.events.regime import regime_flyers
from warlog.events.titles import _headline
from warlog.events.trailer import is_caption
from warlog.nlp.parse import doc_text


class _CountingDoc(Doc):
    """A Doc that counts the Tokens asked of it (``doc[i]`` and iteration) and the
    sentences it yields."""

    tokens_built = 0
    sents_read = 0

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, int):
            type(self).tokens_built += 1
        return super().__getitem__(key)

    def __iter__(self) -> Iterator[Any]:
        for tok in super().__iter__():
            type(self).tokens_built += 1
            yield tok

    @property
    def sents(self) -> Iterator[Span]:  # type: ignore[override]
        for sent in super().sents:
            type(self).sents_read += 1
            yield sent


_NLP = spacy.blank("en")


def _doc(text: str) -> _CountingDoc:
    """One sentence per line of ``text``, tokenized as spaCy does; lemma = lower case."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []
    for line in text.strip().splitlines():
        made = _NLP.make_doc(line)
        words += [t.text for t in made]
        spaces += [bool(t.whitespace_) for t in made[:-1]] + [True]  # lines end in a space
        starts += [t.i == 0 for t in made]
    doc = _CountingDoc(_NLP.vocab, words=words, spaces=spaces, pos=["NOUN"] * len(words),
                       lemmas=[w.lower() for w in words], sent_starts=starts)
    doc_text(doc)  # the text kept, as the pipeline keeps it (nlp/parse.py)
    _CountingDoc.tokens_built = 0
    _CountingDoc.sents_read = 0
    return doc


def _whole(doc: _CountingDoc) -> Span:
    """The Doc as one Span, the counts started after it is made."""
    span = doc[0 : len(doc)]
    _CountingDoc.tokens_built = 0
    return span


def test_events_regime_builds_no_token_without_regime_or_government() -> None:
    doc = _doc("Rebel fighters took the hilltop near the old mill on Tuesday .")
    assert regime_flyers(doc, "SY", []) == []
    assert _CountingDoc.tokens_built == 0  # twelve words, none "regime" or "government"


def test_events_regime_builds_a_token_for_the_state_word_only() -> None:
    doc = _doc("The regime denied everything about the old mill on Tuesday .")
    assert regime_flyers(doc, "SY", []) == []  # no aircraft owned
    assert _CountingDoc.tokens_built <= 3  # "regime" and what it hangs on


def test_events_in_news_stops_past_the_record_length() -> None:
    doc = _doc("\n".join(f"Line {n} says little ." for n in range(30)))
    assert in_news(doc[0:4])
    assert _CountingDoc.sents_read <= 9  # eight sentences make a record; a ninth is news


def test_events_in_news_a_record_of_eight_sentences() -> None:
    doc = _doc("\n".join(f"Line {n} says little ." for n in range(8)))
    assert not in_news(doc[0:4])


def test_events_caption_read_from_the_kept_text() -> None:
    doc = _doc("Fighters rest near the old mill (Local Press Photo)")
    assert is_caption(_whole(doc))
    assert _CountingDoc.tokens_built == 0
    doc = _doc("Fighters rest near the old mill on Tuesday .")
    assert not is_caption(_whole(doc))


def test_events_headline_from_columns() -> None:
    doc = _doc("Twelve Fighters Killed in Rocket Attack on Northern Village")
    assert _headline(_whole(doc))
    assert _CountingDoc.tokens_built == 0
    doc = _doc("Twelve fighters were killed when rockets struck a northern village")
    assert not _headline(_whole(doc))
    assert _CountingDoc.tokens_built == 0
