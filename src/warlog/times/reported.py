"""A future told in the past: "said Monday that the talks would resume Wednesday".

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
