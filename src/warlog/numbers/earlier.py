"""Tolls of earlier events: a figure named as the reason for an attack, commemorated, or
dated months back in its own clause belongs to another, earlier event (``about`` becomes
"killed earlier"), so the events stage never gives it to the event being reported."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from warlog.models import Quantity

_EARLIER = re.compile(
    r"(?:in\s+(?:retaliation|revenge|response)\s+for|to\s+avenge|avenging|"
    r"anniversary\s+of|commemorat\w+|mourn\w*)\s+(?:the\s+)?"
    r"(?:deaths?|killings?|murders?|assassinations?)\s+of\s+(?:some\s+|at\s+least\s+)?$",
    re.I)


# a past date in the toll's own clause: "the strike that killed X in January 2020"
_DATED_AFTER = re.compile(
    r"^[^.;]{0,50}?\b(?:in|on|since)\s+(?:(?:early|mid|late)[- ])?"
    r"(?:(?P<mo>[A-Z][a-z]{2,8})\.?\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b", re.S)


_MONTH_NUM = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _dated_earlier(text: str, q: Quantity, published: dt.date | None) -> bool:
    """Does the toll's clause date it two months or more before the report?"""
    if published is None:
        return False
    m = _DATED_AFTER.search(text[q.end:q.end + 90])
    if m is None:
        return False
    month = _MONTH_NUM.get((m["mo"] or "").lower()[:3]) if m["mo"] else 12
    if month is None:
        return False
    return (published.year - int(m["y"])) * 12 + published.month - month >= 2


def mark_earlier(text: str, q: Quantity, published: dt.date | None = None) -> Quantity:
    """A toll named as the reason for an attack ("in retaliation for the death of five"),
    one commemorated ("the anniversary of the killing of ...") or one whose own clause
    dates it months back ("the strike that killed X in January 2020") belongs to an
    earlier event: ``about`` becomes "killed earlier"."""
    if q.about == "killed" and (
        _EARLIER.search(text, max(0, q.start - 60), q.start)
        or _dated_earlier(text, q, published)
    ):
        return dataclasses.replace(q, about="killed earlier")
    return q
