"""Event detection: which sentences report an event that happened or is happening.

A sentence is a candidate when its trigger score (:mod:`warlog.events.syntax`) reaches
:data:`MIN_SCORE` and its trigger's clause tells an occurrence, not a plan, threat, call,
wish, possibility, question or example (:mod:`warlog.events.mood`; then the next reading
of the sentence may still be real); "This was one of three attacks" is the series, not a
new event. A sentence may carry a second event of another type.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warlog.events.codes import CODES
from warlog.events.holds import TERRITORY_CODES, fought_for, held_briefly
from warlog.events.mood import sentence_unreal, unreal
from warlog.events.syntax import classify_span, hit_tokens
from warlog.events.types import Scored
from warlog.nlp.parse import is_parsed, span_text

if TYPE_CHECKING:
    from spacy.tokens import Span


MIN_SCORE = 3.5
# verbs whose act, said by a state to another, is itself a diplomatic event
_DIPLO_ACTS = frozenset({"urge", "call", "demand", "threaten", "warn", "vow", "pledge", "press",
                         "ask", "request"})
# cues that only qualify; an institution of diplomacy ("embassy") is a diplomatic
# event's own cue, and no other reading's
_CONTEXT = frozenset({"@IRREALIS", "@MILTARGET", "@CIVTARGET", "@INSTITUTION", "@RELIEF",
                      "@ARMED", "@CAPTURE"})
FALLBACK_SCORE = 1.5
SECOND_SCORE = 2.4
# a report of up to this many sentences (a snippet, a news brief) is written about one
# event: with no real reading, its lead's unreal one (a withdrawal decided, a truce
# pledged) is still what it reports; not an act it tells as future, conditional, asked
# about or given as an example ("inspectors will visit the capital next week" reports no
# visit), nor a word used figuratively, which tells no act of its kind
SHORT_REPORT = 3
_NOT_NEWS = frozenset({"figurative", "modal", "future", "condition", "question", "example",
                       "description"})
# a report of this many sentences or fewer is a record of one incident (a GTD or ACLED
# summary); a longer one is news, told from its lead (also :mod:`warlog.events.tolls`)
RECORD_SENTENCES = 8
# the sentences that open a news report (its headline or lead): only there may an
# unreal second reading stand as the news (:func:`_second_reading`); a short record is
# all lead
LEAD_SENTENCES = 1


_SERIES_RX = re.compile(
    r"\s*(?:this|it|the (?:attack|incident|assault|strike|bombing) )\s*(?:was|is)\s+"
    r"(?:one|part|among)\s+of\b",
    re.I,
)


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


def realis_reading(sent: Span, scored: Scored) -> Scored | None:
    """The sentence's best reading whose trigger tells an occurrence (:mod:`mood`): the
    top code unless every one of its triggers is a plan, threat, wish or possibility,
    then the next code strong enough; None when no reading is real."""
    if sentence_unreal(sent) is not None:
        return None
    floor = min(MIN_SCORE, scored.score)
    for code, value in scored.scores:
        if value < floor:
            break
        why = _why_unreal(sent, scored, code)
        if why is None and code in TERRITORY_CODES and held_briefly(
                [hit_tokens(sent, h) for h in scored.hits if h.code == "@TERRITORY"]):
            fight = fought_for(scored)  # a hold lost again: the fight (holds.py)
            if fight is not None:
                return fight
        # a call, threat or pledge between states is itself the diplomatic news ("China
        # urges the U.S. to remove sanctions"); a plan or a future visit is not
        if why is None or (
            code == "DIPLO" and why == "intent" and any(t.lemma_ in _DIPLO_ACTS for t in sent)
        ):
            if code == scored.code:
                return scored
            rest = tuple(kv for kv in scored.scores if kv[0] != code)
            return Scored(code, value, ((code, value), *rest), scored.hits)
    return None


def _why_unreal(sent: Span, scored: Scored, code: str) -> str | None:
    """Why the reading ``code`` of ``sent`` tells no occurrence (:func:`mood.unreal` of
    its triggers), or None."""
    # a condemnation the rules read as diplomatic news is a cue of that reading too
    # ("condemned the test, but said it would not allow sanctions": the sanctions are
    # only a future, the condemnation is the news)
    own = [h for h in scored.hits if h.code == code
           or (code == "DIPLO" and h.code == "@CONDEMN")] or [
        h for h in scored.hits if code == "DIPLO" and h.code == "@INSTITUTION"]
    # a code the rules derive (a protest met with force, ground taken) stands on the
    # feature cues behind it
    cues = own or [h for h in scored.hits if h.code.startswith("@") and h.code not in _CONTEXT]
    return unreal(sent, [hit_tokens(sent, h) for h in cues])


def scored_sentence(sent: Span, memo: dict[int, Scored | None] | None) -> Scored | None:
    """:func:`classify_span` of a sentence, kept in ``memo`` (by its first token) when one
    is given: a sentence's reading depends on its words and parse alone, so the passes
    over one document's sentences (strong, then weak readings) score each one once."""
    if memo is None:
        return classify_span(sent)
    if sent.start not in memo:
        memo[sent.start] = classify_span(sent)
    return memo[sent.start]


def candidates(sents: Sequence[Span], memo: dict[int, Scored | None] | None = None,
               past: Callable[[Span], bool] | None = None) -> list[Candidate]:
    """Sentences that report an event (a plan, threat, wish or possibility is none, of
    whatever type: "will reach an agreement" is no agreement), except in a short report
    that tells no real event (:data:`SHORT_REPORT`): written about one event, it reports
    its lead's unreal reading. ``memo``: see :func:`scored_sentence`. A taking told in a
    clause that describes a noun (:mod:`warlog.events.backdrop`) is a candidate when the
    sentence dates itself to history (``past``): "the town, which the army recaptured in
    December 2016" names a past incident by place and time, which CODING.md lists as
    background."""
    out: list[Candidate] = []
    fallback: Candidate | None = None
    unreal_best: Candidate | None = None
    lead = LEAD_SENTENCES if len(sents) > RECORD_SENTENCES else len(sents)
    for i, sent in enumerate(sents):
        if len(sent) < 4 or not is_parsed(sent):
            continue  # no event cue: partial parsing left it unparsed
        raw = scored_sentence(sent, memo)
        scored = realis_reading(sent, raw) if raw is not None else None
        if scored is None and raw is not None and past is not None and _described(sent, raw, past):
            out.append(Candidate(i, sent, raw, max(0.5, 1.0 - 0.08 * i)))
            continue
        if scored is None:
            # kept for a short report with no real event (SHORT_REPORT)
            if (unreal_best is None and raw is not None and raw.score >= MIN_SCORE
                    and _why_unreal(sent, raw, raw.code) not in _NOT_NEWS):
                unreal_best = Candidate(i, sent, raw, 0.5)
            continue
        if i and _SERIES_RX.match(span_text(sent)):
            continue  # "This was one of three attacks ...": the series, not a new event
        weight = max(0.5, 1.0 - 0.08 * i)  # the lead tells the news, later text background
        cand = Candidate(i, sent, scored, weight)
        if scored.score >= MIN_SCORE:
            out.append(cand)
            second = _second_reading(i, sent, scored, weight, i >= lead)
            if second is not None:
                out.append(second)
        elif fallback is None or scored.score * weight > fallback.scored.score * fallback.weight:
            fallback = cand
    if not out and fallback is not None and fallback.scored.score >= FALLBACK_SCORE:
        out.append(fallback)  # a short report whose one cue is weak: still its best reading
    if not out and fallback is None and unreal_best is not None and len(sents) <= SHORT_REPORT:
        out.append(unreal_best)  # a short report with no real event: its news, at half weight
    return out


def _described(sent: Span, raw: Scored, past: Callable[[Span], bool]) -> bool:
    """A strong reading unreal only as a description of a noun, in a sentence that
    ``past`` dates to history."""
    return (raw.score >= MIN_SCORE and _why_unreal(sent, raw, raw.code) == "description"
            and past(sent))


def weak_candidates(sents: Sequence[Span], taken: set[int],
                    memo: dict[int, Scored | None] | None = None) -> list[Candidate]:
    """Sentences below :data:`MIN_SCORE` but at :data:`SECOND_SCORE` or more whose
    trigger tells an occurrence: events only when something else anchors them (a list of
    the places where it happened: :func:`warlog.events.extract.extract_events`)."""
    out: list[Candidate] = []
    for i, sent in enumerate(sents):
        if i in taken or len(sent) < 4 or not is_parsed(sent):
            continue
        scored = scored_sentence(sent, memo)
        if scored is None or not SECOND_SCORE <= scored.score < MIN_SCORE:
            continue
        scored = realis_reading(sent, scored)
        if scored is None or (i and _SERIES_RX.match(span_text(sent))):
            continue
        out.append(Candidate(i, sent, scored, max(0.5, 1.0 - 0.08 * i)))
    return out


def _second_reading(i: int, sent: Span, scored: Scored, weight: float,
                    body: bool) -> Candidate | None:
    """A second event told in the same sentence ("surrendered ... after Tal Afar was
    captured"): the runner-up code, when it is of another event type and strong enough
    (and, in the ``body`` of a news report, past its lead, when it tells an occurrence)."""
    if len(scored.scores) < 2:
        return None
    code, value = scored.scores[1]
    if value < SECOND_SCORE or CODES[code][0] == CODES[scored.code][0]:
        return None
    why = _why_unreal(sent, scored, code)
    if why == "figurative" or (why is not None and body):
        # a word used figuratively tells no act of its kind ("gained ground against the
        # floods": no ground taken): that reading does not come back as a second event.
        # A planned or threatened act may still be the news in a report's lead (its
        # headline, "Army vows to retake X"), which a report's coder reads as its event;
        # further down a news report it is a plan, a pattern or background like any other
        # unreal reading ("announced an operation to recapture X", "militants fighting
        # the regime"), no event of its own (issue 11)
        return None
    hits = tuple(h for h in scored.hits if h.code == code or h.code.startswith("@"))
    return Candidate(i, sent, Scored(code, value, ((code, value),), hits), weight * 0.7)
