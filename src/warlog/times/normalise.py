"""Normalisers: turn one grammar match into a TimeML value against the reference dates.

Each normaliser takes the match and a :class:`Context` and returns a :data:`Value`
(value, precision, TimeML type) or ``None`` to reject the match. Without a publication
date, expressions that need one keep an underspecified TimeML value ("XXXX-09-18",
"XXXX-WXX-4") or ``None``; they are never resolved against today's date.

This module holds the contract and what every normaliser shares: the :class:`Context`,
month and day words, and the side of the publication date the tense points to. The
normalisers live by topic: :mod:`~warlog.times.days` (calendar dates, ordinal days,
holidays), :mod:`~warlog.times.months` (months and years),
:mod:`~warlog.times.weekdays` (weekdays, today and yesterday, clock times),
:mod:`~warlog.times.periods` (seasons, quarters, decades),
:mod:`~warlog.times.relative` (counted steps: "last week", "two days later"),
:mod:`~warlog.times.units` ("the year", "the weekend", "year-end"),
:mod:`~warlog.times.lengths` (counts of units and durations) and
:mod:`~warlog.times.refs` ("now", "recently", "the future").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from warlog.models import Precision
from warlog.times import dates as D

Value = tuple[str | None, Precision, str]
T = TypeVar("T")
P = Precision


@dataclass
class Context:
    """What a normaliser may look at: the reference dates and the tense around a match."""

    published: dt.date | None
    future: Callable[[int, int], bool | None]  # tense at (start, end): True/False/unknown
    anchor: dt.date | None = None  # the last day-precision date mentioned
    last: dt.date | None = None  # first day of the last dated expression of any precision
    last_value: str | None = None  # and its value
    quarter: tuple[int, int] | None = None  # the last quarter mentioned (year, q)
    quarter_at: int = 0  # where it was named
    reported: tuple[int, int] | None = None  # the quarter the report is about
    years: list[int] = field(default_factory=list)

    @property
    def ref(self) -> dt.date | None:
        return self.published

    def name_quarter(self, quarter: tuple[int, int], pos: int) -> None:
        """Remember a quarter named at ``pos``. The one the report is about is the
        last quarter over at publication when the text names it (results are reported
        just after a quarter ends: "After a loss in the second quarter, Acme returned to
        profit in the third"), else the first one named."""
        self.quarter, self.quarter_at = quarter, pos
        last_over = None if self.published is None else D.add_quarters(
            self.published.year, D.quarter_of(self.published), -1)
        if self.reported is None or quarter == last_over:
            self.reported = quarter

    def base(self, unit: str = "day") -> dt.date | None:
        """Reference for "the next day", "two days later": the last date, else published;
        for weeks, the week last told when that came after it ("in the latest week ...
        a week earlier")."""
        if unit in ("week", "weekend") and self.last is not None and re.fullmatch(
                r"\d{4}-W\d\d", self.last_value or ""):
            return self.last
        return self.anchor or self.published


def month_number(text: str) -> int:
    return D.MONTHS[text.lower().rstrip(".")]


def _day(text: str) -> int:
    """"16", "16th", "eighth", "the twenty-third"."""
    digits = re.sub(r"\D", "", text)
    if digits:
        return int(digits)
    from warlog.numbers.words import ORDINALS

    words = re.split(r"[\s-]+", text.lower())
    words = [w for w in words if w != "the"]
    tens = {"twenty": 20, "thirty": 30}.get(words[0], 0) if len(words) > 1 else 0
    return tens + ORDINALS[words[-1]]


def _fut(m: re.Match[str], ctx: Context) -> bool:
    return bool(ctx.future(m.start(), m.end()))


def by_tense(cands: list[T], ref: dt.date, future: bool | None,
              distance: Callable[[T], int], reach: int) -> T:
    """Pick the candidate the tense points to (past: the latest not after ``ref``;
    future: the first not before it) if it lies within ``reach``; else the nearest.

    News style names the year of any date outside the current year or so, so a
    "Nov. 16" that the tense would put eleven months back is more likely the coming one."""
    if future is not None:
        sided = [c for c in cands if (distance(c) >= 0 if future else distance(c) <= 0)]
        sided = [c for c in sided if abs(distance(c)) <= (reach * 3 // 2 if future else reach)]
        if sided:
            return min(sided, key=lambda c: abs(distance(c)))
    return min(cands, key=lambda c: (abs(distance(c)), distance(c) > 0))

