"""A day named by its place in a month the text names another way: "the 3rd of this
month", "the 28th of last month", "the fifth of the month", "the last day of January",
"the first day of next month", "the last Sunday of January"; and a month by its place
in a year: "the last month of 1997", "the first month of next year".

The month phrase is normalised by its own rule ("last month", "January", "the month");
this module only narrows it to the day the ordinal before it picks, as TimeML values
the whole phrase (``1998-01-28``): a day of a month is a day.
"""

from __future__ import annotations

import calendar
import dataclasses
import re

from warlog.models import Precision, TimeExpr
from warlog.times import dates as D
from warlog.times.grammar import SPOKEN_DAY, WEEKDAY
from warlog.times.normalise import _day

#: "the 3rd of ", "the twenty-eighth of ", "the first day of ", "the last day of " right
#: before the month phrase ("the last" needs "day": "the last of January" is rare and
#: may be a thing's last)
_ORDINAL_OF = re.compile(
    r"(?i:\bthe\s+(?:(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|" + SPOKEN_DAY + r")"
    r"(?:\s+day)?|(?P<last>last|final)\s+day)\s+of\s+)$")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
#: "the first Sunday of ", "the last Friday in " right before the month phrase: the
#: n-th such weekday of that month, as holidays are counted ("the fourth Thursday")
_NTH_WEEKDAY_OF = re.compile(
    r"(?i:\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+)"
    rf"(?P<wd>{WEEKDAY})(?i:\s+(?:of|in)\s+)$")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def day_of_month(text: str, month: TimeExpr) -> TimeExpr | None:
    """The day that an ordinal before a month phrase names, spanning both; None when
    no ordinal stands there (or the month is not a calendar month, or a noun follows
    it: "the first of last month's attacks")."""
    value = month.value or ""
    if month.type != "DATE" or month.precision is not Precision.MONTH:
        return None
    ym = _MONTH_VALUE.fullmatch(value)
    if ym is None or re.match(r"['’]s\b", text[month.end:month.end + 3]):
        return None
    year, mo = int(ym.group(1)), int(ym.group(2))
    last_day = calendar.monthrange(year, mo)[1]
    m = _NTH_WEEKDAY_OF.search(text, max(0, month.start - 40), month.start)
    if m is not None and m.end() == month.start:
        nth = D.nth_weekday(year, mo, D.WEEKDAYS[m["wd"].lower()], _NTH[m["nth"].lower()])
        day = nth.day
    else:
        m = _ORDINAL_OF.search(text, max(0, month.start - 40), month.start)
        if m is None or m.end() != month.start:
            return None
        day = last_day if m["last"] else _day(m["d"])
    if not 1 <= day <= last_day:
        return None
    return dataclasses.replace(month, start=m.start(), text=text[m.start():month.end],
                               value=f"{year:04d}-{mo:02d}-{day:02d}",
                               precision=Precision.DAY)


#: "the first month of ", "the last month of ", "the final month of " right before a year
_MONTH_OF = re.compile(r"(?i:\bthe\s+(?:(?P<first>first)|last|final)\s+month\s+of\s+)$")


def month_of_year(text: str, year: TimeExpr) -> TimeExpr | None:
    """The month that "the first/last month of" before a year phrase names ("the last
    month of 1997" is ``1997-12``), spanning both, as a day of a month is that day; None
    when no such phrase stands there or the year is not a calendar year."""
    if year.type != "DATE" or year.precision is not Precision.YEAR:
        return None
    if not re.fullmatch(r"\d{4}", year.value or ""):
        return None
    m = _MONTH_OF.search(text, max(0, year.start - 30), year.start)
    if m is None or m.end() != year.start:
        return None
    return dataclasses.replace(year, start=m.start(), text=text[m.start():year.end],
                               value=f"{year.value}-{'01' if m['first'] else '12'}",
                               precision=Precision.MONTH)
