"""Event detection: which sentences report an event that happened or is happening.

A sentence is a candidate when its trigger score (:mod:`warlog.events.syntax`) reaches
:data:`MIN_SCORE`; statements of intent, threats, calls, hypotheticals, questions and
examples (:func:`irrealis`) are dropped unless their reading is itself a statement-like
code (a diplomatic event, an agreement); "This was one of three attacks" is the series,
not a new event. A sentence may carry a second event of another type.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.events.codes import CODES
from warlog.events.syntax import classify_span, effective_root
from warlog.events.types import Scored
from warlog.nlp.parse import is_parsed

if TYPE_CHECKING:
    from spacy.tokens import Span


MIN_SCORE = 3.5


FALLBACK_SCORE = 1.5


SECOND_SCORE = 2.4


_SPEECH_CODES = frozenset({"DIPLO", "AGREEMENT", "ATTRIB", "CHANGE_TO_GROUP_ACT", "OTHER"})


_MODALS = frozenset(["will", "would", "could", "may", "might", "should", "must", "shall", "can"])


_INTENT = frozenset(
    [
        "threaten",
        "vow",
        "plan",
        "urge",
        "call",
        "warn",
        "promise",
        "pledge",
        "intend",
        "aim",
        "seek",
        "want",
        "hope",
        "expect",
        "prepare",
        "encourage",
        "incite",
        "demand",
        "consider",
        "propose",
    ]
)


_SERIES_RX = re.compile(
    r"\s*(?:this|it|the (?:attack|incident|assault|strike|bombing) )\s*(?:was|is)\s+"
    r"(?:one|part|among)\s+of\b",
    re.I,
)


_EXAMPLE_RX = re.compile(r"\bfrom the streets of\b|\bsuch as\b|\bfor example\b|\bfor instance\b")


_QUESTION_RX = re.compile(r"\?\s*[\"”’']?\s*$")


@dataclass
class Candidate:
    """A sentence read as an event: its index, its best reading, and the weight of its
    position (the lead tells the news, later text background)."""

    index: int
    sent: Span
    scored: Scored
    weight: float

    @property
    def code(self) -> str:
        return self.scored.code

    @property
    def trigger(self) -> int:
        hits = [h for h in self.scored.hits if h.code == self.code] or list(self.scored.hits)
        return self.sent.start_char + (hits[0].start if hits else 0)


def irrealis(sent: Span) -> bool:
    """A threat, intention, call, hypothetical, question or example: not an event."""
    text = sent.text
    if _QUESTION_RX.search(text) or _EXAMPLE_RX.search(text.lower()):
        return True
    root = effective_root(sent)
    if root.lemma_ in _INTENT:
        return True
    for child in root.children:
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return True
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return True
        if child.dep_ == "xcomp" and child.lemma_ in _INTENT:
            return True
    return root.lemma_ == "be" and bool(re.search(r"\b(?:likely|expected|set|about) to\b", text))


def candidates(sents: Sequence[Span]) -> list[Candidate]:
    """Sentences that report an event; a threat or plan can still be a diplomatic event,
    an agreement or a change of activity, never an attack."""
    out: list[Candidate] = []
    fallback: Candidate | None = None
    for i, sent in enumerate(sents):
        if len(sent) < 4 or not is_parsed(sent):
            continue  # no event cue: partial parsing left it unparsed
        scored = classify_span(sent)
        if scored is None:
            continue
        if irrealis(sent) and scored.code not in _SPEECH_CODES:
            continue
        if i and _SERIES_RX.match(sent.text):
            continue  # "This was one of three attacks ...": the series, not a new event
        weight = max(0.5, 1.0 - 0.08 * i)  # the lead tells the news, later text background
        cand = Candidate(i, sent, scored, weight)
        if scored.score >= MIN_SCORE:
            out.append(cand)
            second = _second_reading(i, sent, scored, weight)
            if second is not None:
                out.append(second)
        elif fallback is None or scored.score * weight > fallback.scored.score * fallback.weight:
            fallback = cand
    if not out and fallback is not None and fallback.scored.score >= FALLBACK_SCORE:
        out.append(fallback)  # a short report whose one cue is weak: still its best reading
    return out


def _second_reading(i: int, sent: Span, scored: Scored, weight: float) -> Candidate | None:
    """A second event told in the same sentence ("surrendered ... after Tal Afar was
    captured"): the runner-up code, when it is of another event type and strong enough."""
    if len(scored.scores) < 2:
        return None
    code, value = scored.scores[1]
    if value < SECOND_SCORE or CODES[code][0] == CODES[scored.code][0]:
        return None
    hits = tuple(h for h in scored.hits if h.code == code or h.code.startswith("@"))
    return Candidate(i, sent, Scored(code, value, ((code, value),), hits), weight * 0.7)
