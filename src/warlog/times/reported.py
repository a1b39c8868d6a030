"""Statements and their dates: a date right after a verb of saying dates the statement
(:func:`said_on`), and a future told in the past ("said Monday that the talks would
resume Wednesday") counts from it (:func:`told_before_report`).

The "would" of reported speech puts the day after the statement, not after the report:
when the statement is dated by its own weekday, the day named lies in the first week
after that statement, which may be before the publication date (a Friday report:
that Wednesday is two days back, not five ahead).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WOULD = frozenset({"would", "'d"})


def _weekday(tok: Token) -> int | None:
    low = tok.lower_
    return _WEEKDAYS.index(low) if low in _WEEKDAYS else None


def _statement_day(verb: Token, not_this: Token) -> int | None:
    """The weekday that dates a verb of saying ("said Monday", "said on Monday")."""
    for child in verb.children:
        tok = next(iter(child.children), None) if child.lower_ == "on" else child
        if tok is not None and tok is not not_this and _weekday(tok) is not None:
            return _weekday(tok)
    return None


def told_before_report(span: Span, published: dt.date | None,
                       saying: frozenset[str]) -> bool:
    """The bare weekday hangs on a verb with "would" in a clause reported by a past
    verb of saying that has its own weekday, and the first such day after the
    statement is not after the publication date: it is past."""
    if published is None or len(span) != 1 or _weekday(span[0]) is None:
        return False
    target = _weekday(span[0])
    verb = span.root.head
    if verb is span.root or not any(c.lower_ in _WOULD for c in verb.children):
        return False
    say = verb.head
    if say is verb or say.lemma_ not in saying or say.tag_ != "VBD":
        return False
    said = _statement_day(say, span[0])
    if said is None or target is None:
        return False
    back = (published.weekday() - said) % 7 or 7  # the statement lies before the report
    ahead = (target - said) % 7 or 7  # the day named lies after the statement
    return ahead - back <= 0


#: Verbs of saying and reporting. News style puts the date of a statement right after
#: its verb ("said Monday the talks would resume", "announced on Tuesday that ..."), before
#: the reported clause; the parser often hangs the date on the reported clause's verb
#: instead, whose "would"/"will" then sends a past statement's day a week ahead.
SAYING = frozenset({
    "say", "tell", "announce", "state", "add", "report", "confirm", "deny", "warn", "claim",
    "insist", "declare", "acknowledge", "disclose", "reveal", "indicate", "predict",
    "promise", "pledge", "vow", "threaten", "signal", "write", "explain", "argue", "note",
    "assert", "allege", "admit", "concede", "estimate", "suggest", "decide", "agree",
})
_BEFORE_DATE = frozenset({"on", "late", "early", "earlier", "this"})


def said_on(span: Span) -> bool:
    """The date follows a finite verb of saying ("said Monday", "told reporters on
    Tuesday", "has said late Monday"), so it dates the statement, which is past."""
    doc, j = span.doc, span.start - 1
    while j >= span.sent.start and doc[j].lower_ in _BEFORE_DATE:
        j -= 1
    if j > span.sent.start and doc[j].dep_ in ("dobj", "dative") \
            and doc[j].head.i == j - 1 and doc[j].tag_ in ("PRP", "NNS", "NN"):
        j -= 1  # "told reporters Monday", "told him Monday"
    if j < span.sent.start:
        return False
    verb = doc[j]
    return verb.lemma_ in SAYING and (verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and j > span.sent.start
        and doc[j - 1].lower_ in ("has", "have", "had", "was", "were")))
