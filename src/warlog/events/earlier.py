"""Background told as earlier: an act the report places before its news without a day.

CODING.md flags as history what happened more than about 30 days before publication "or
that the article tells only as background". Besides a calendar date (:func:`warlog.events.
fields.is_historical`), a report tells an act as background with a time that looks back
from its own day and names none: "months ago", "years ago", "previously", "formerly",
"in the past", "earlier this year". Such a time, said of the act itself (it hangs in the
clause of the act's trigger, not in a clause about a noun beside it: "rebels who
previously held the town attacked it on Sunday" tells today's attack), makes the act
history, and its date says only what the text knows: the year of "earlier this year",
else none ("null when the text gives no clue"), never the narrative's day that a
sentence before it set.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING

from warlog.events.concluded import won_campaign, won_dated
from warlog.events.detect import RECORD_SENTENCES
from warlog.events.fields import is_historical, sentence_date
from warlog.models import Precision, TimeExpr
from warlog.nlp.parse import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from warlog.events.detect import Candidate

# looking back from the report's day, by more than weeks and without naming a day: "two
# months ago", "years ago", "previously", "earlier this year" ("weeks ago", "recently",
# "earlier this month" may still be the news)
_EARLIER_RX = re.compile(
    r"^(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"some|many|a few|few|\d+)\s+)?(?:months?|years?|decades?)\s+(?:ago|earlier|before)\b|"
    r"^(?:previously|formerly|in the past|earlier (?:this|that|in the) year)\b",
    re.I,
)
_VERBS = ("VERB", "AUX")


def _earlier(t: TimeExpr, text: str) -> bool:
    """Whether the time looks back from the report's day without naming a day; the
    times stage may leave "ago" outside the expression ("months" + "ago")."""
    if t.type not in ("DATE", "DURATION"):
        return False
    words = re.sub(r"^(?:that|the|and|but)\s+", "", text[t.start : t.end + 8].strip(), flags=re.I)
    return _EARLIER_RX.match(words) is not None


def _clause_verb(span: Span) -> Token | None:
    """The verb the time ``span`` modifies, through a preposition or "ago" at most ("in
    the past", "months ago"); None when it modifies a word ("a previously unknown group"
    says who the group is, not when the act was)."""
    tok = span.root
    for _ in range(4):
        if tok.pos_ in _VERBS:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if not (span.start <= tok.i < span.end or tok.pos_ in ("ADP", "ADV", *_VERBS)):
            return None
    return None


def in_news(sent: Span) -> bool:
    """Whether ``sent`` is part of a news report, longer than a record of one incident
    (:data:`warlog.events.detect.RECORD_SENTENCES`): only news tells acts as background
    to itself; a record or a brief is about its one act, however long ago it was ("was
    attacked five months ago, her father says" is that report's event)."""
    # whether there is a sentence past the first RECORD_SENTENCES: no need to count them all
    return next(islice(sent.doc.sents, RECORD_SENTENCES, None), None) is not None


def told_earlier(sent: Span, trigger: int, times: Sequence[TimeExpr]) -> TimeExpr | None:
    """The time in ``sent`` that tells the act at character ``trigger`` as earlier than
    the report's news (see the module docstring), or None: it must hang in the clause of
    the act's trigger, or in one that holds it ("Months ago, forces recaptured the town,
    killing ten")."""
    text = doc_text(sent.doc)
    doc = sent.doc
    act = doc.char_span(trigger, min(trigger + 1, sent.end_char), alignment_mode="expand")
    if act is None:
        return None
    for t in times:
        if not sent.start_char <= t.start < sent.end_char or not _earlier(t, text):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        verb = _clause_verb(span) if span is not None else None
        if verb is not None and any(tok.i == act.root.i for tok in verb.subtree):
            return t
    return None


def dated(head: Candidate, times: Sequence[TimeExpr], published: dt.date | None,
          date: str | None, precision: Precision) -> tuple[str | None, Precision, bool]:
    """(date, precision, historical) of the act an incident's ``head`` tells, picked as
    ``date``: history by its date (:func:`warlog.events.fields.is_historical`), or by a
    time that tells it as earlier, with no recent day of its own; then dated by what that
    time names, a calendar year or month ("earlier this year"), else by nothing; a
    campaign told won is dated as :func:`warlog.events.concluded.won_dated` says."""
    won = won_campaign(head) if in_news(head.sent) else None
    if won is not None:
        return won_dated(won, times, published)
    if is_historical(date, published):
        return date, precision, True
    t = told_earlier(head.sent, head.trigger, times) if in_news(head.sent) else None
    own = sentence_date(head.sent, times)
    if t is None or (own is not None and own[1] == Precision.DAY):
        return date, precision, False
    if t.value and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value):
        return t.value, t.precision, True
    return None, Precision.UNKNOWN, True
