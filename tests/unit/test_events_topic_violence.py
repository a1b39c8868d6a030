"""The word "violence" inside what a protest objects to is its grievance, no violence of
the crowd (events/topic.py). Parses given by hand; sentences written for the test."""

from __future__ import annotations

from spacy.tokens import Span, Token

from tests.unit.handparse import hand_doc
from warlog.events.topic import grievance_only
from warlog.events.triggers import Hit


def _tokens(sent: Span, hit: Hit) -> list[Token]:
    span = sent.char_span(hit.start, hit.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _marched_against(noun: str) -> tuple[Span, list[Hit]]:
    doc = hand_doc([
        ("Residents", "resident", "NOUN", 1, "nsubj"),
        ("marched", "march", "VERB", 1, "ROOT"),
        ("against", "against", "ADP", 1, "prep"),
        ("the", "the", "DET", 4, "det"),
        (noun, noun, "NOUN", 2, "pobj"),
        ("in", "in", "ADP", 4, "prep"),
        ("Osso", "Osso", "PROPN", 5, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ])
    sent = doc[:]
    text = sent.text
    at = text.index(noun)
    return sent, [Hit("@PROTEST", 4.0, text.index("marched"), text.index("marched") + 7),
                  Hit("@CLASH", 4.0, at, at + len(noun))]


def test_events_topic_violence_objected_to_is_the_grievance() -> None:
    """"Residents marched against the violence": the violence is what they object to."""
    sent, hits = _marched_against("violence")
    assert [h.code for h in grievance_only(sent, hits, _tokens)] == ["@PROTEST"]


def test_events_topic_named_clashes_stay_for_the_riot_rules() -> None:
    """"the clashes" names acts that may be this crowd's own: the cue stays."""
    sent, hits = _marched_against("clashes")
    assert [h.code for h in grievance_only(sent, hits, _tokens)] == ["@PROTEST", "@CLASH"]
