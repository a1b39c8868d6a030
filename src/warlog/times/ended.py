"""A period named by the date it ends on: "the quarter ended Sept. 30", "the week ended
Friday", "the fiscal year ending in 1990", "the year ending next June".

A period followed by its end date is the calendar unit that holds that date (TimeML
values are calendar units: "its fiscal first quarter ended Sept. 30" is the third
quarter). The end date may be a day, a month, a weekday, a month counted from the
report ("next June", "last March") or, for a year, the year alone ("the fiscal year
that ended in 1988" is 1988, as "fiscal 1988" is: a fiscal year is named by the year it
ends in). Used by :mod:`warlog.times.periods` and :mod:`warlog.times.units`.
"""

from __future__ import annotations

import datetime as dt
import re

from warlog.times import dates as D
from warlog.times.grammar import MONTH, WEEKDAY

_ENDED = re.compile(
    r",?\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends|closed|through)\s+(?:on\s+)?"
    rf"(?:(?P<mo>{MONTH})\s+(?P<d>\d{{1,2}})(?!\d)|in\s+(?P<mo2>{MONTH})|(?P<wd>{WEEKDAY})"
    rf"|(?:in\s+)?(?P<rel>(?i:next|last|this))\s+(?P<mo3>{MONTH})(?![\w-])"
    r"|in\s+(?P<yo>(?:19|20)\d\d)(?![\d,.]\d))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?")


def _month_counted(rel: str, month: int, ref: dt.date) -> int:
    """The year of "next June", "last March", "this June" told from ``ref``: the first
    such month after the report's month, the latest before it, or the report's year."""
    if rel == "next":
        return ref.year if month > ref.month else ref.year + 1
    if rel == "last":
        return ref.year if month < ref.month else ref.year - 1
    return ref.year


def ended_on(text: str, end: int, ref: dt.date, ahead: bool = False,
             year_alone: bool = False) -> dt.date | None:
    """The end date told after a period ("the quarter ended Sept. 30", "the week ended
    Oct. 20"): its year is the date's, else the latest not after the report (a period
    may be told a few months ahead). A period still "ending" in a clause that looks
    ahead ("expects a profit for the year ending June 30") ends on the next such date,
    the one its end date names alone: the period is the one that holds that day. A
    month counted from the report ("ending next June") is that month. A year alone
    ("ending in 1990") says which year only: ``year_alone`` says the period is a year,
    which it then names (its last day is returned); for a shorter period it tells
    nothing and None is returned."""
    ended = _ENDED.match(text, end)
    if ended is None:
        return None
    if ended["yo"]:
        return dt.date(int(ended["yo"]), 12, 31) if year_alone and not ended["y"] else None
    if ended["wd"]:  # "the week ended Friday": the latest such day
        return ref - dt.timedelta(days=(ref.weekday() - D.WEEKDAYS[ended["wd"].lower()]) % 7)
    month = D.MONTHS[(ended["mo"] or ended["mo2"] or ended["mo3"]).lower().rstrip(".")]
    day = int(ended["d"]) if ended["d"] else 1  # "ended in September": that month
    if ended["rel"]:
        if ended["y"]:
            return None  # "ending next June 1990": contradictory, no reading
        year = _month_counted(ended["rel"].lower(), month, ref)
    elif ended["y"]:
        year = int(ended["y"])
    elif ahead and ended["verb"].lower() in ("ending", "ends"):
        year = ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1
    else:
        year = ref.year if (month, day) <= (ref.month + 3, ref.day) else ref.year - 1
    return D.safe_date(year, month, day)


def quarter_ended(text: str, end: int, ref: dt.date,
                  ahead: bool = False) -> tuple[int, int] | None:
    """The calendar quarter named by an end date that follows a quarter ("the quarter
    ended Sept. 30", "its fiscal first quarter ended Sept. 30": the third, as TimeML
    values are calendar quarters)."""
    day = ended_on(text, end, ref, ahead)
    return (day.year, D.quarter_of(day)) if day is not None else None
