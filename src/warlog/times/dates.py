"""Calendar arithmetic and TimeML values for the times stage.

Everything here is a pure function of dates and small integers. A TimeML value names a
calendar unit: ``2017-09-14`` (day), ``2017-W37`` (ISO week), ``2017-08`` (month),
``2017-Q3`` (quarter), ``2017-SU`` (season), ``2017-H2`` (half year), ``2017`` (year),
``201`` (decade), ``20`` (century), or a reference: ``PAST_REF``, ``PRESENT_REF``,
``FUTURE_REF``.
"""

from __future__ import annotations

import datetime as dt
import re

from warlog.models import Precision
from warlog.numbers.words import parse_words

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
#: First month of each season (northern hemisphere, as TimeML assumes); winter spans
#: the turn of the year and is named after the year it starts in.
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PRECISION_OF_UNIT: dict[str, Precision] = {
    "day": Precision.DAY, "week": Precision.WEEK, "weekend": Precision.WEEK,
    "month": Precision.MONTH, "quarter": Precision.QUARTER, "season": Precision.QUARTER,
    "half": Precision.YEAR, "year": Precision.YEAR, "decade": Precision.DECADE,
    "century": Precision.DECADE,
}


def full_names(table: dict[str, int]) -> list[str]:
    """The full names of :data:`MONTHS` or :data:`WEEKDAYS` (the longest key per value),
    in calendar order: "January", ..., "Monday", ..."""
    return [max((k for k, n in table.items() if n == v), key=len)
            for v in sorted(set(table.values()))]


_YEAR_RX = re.compile(r"\b(?:19|20)\d\d\b")


def years_in(text: str) -> set[str]:
    """The four-digit years 1900-2099 a text names ("In 2017 a truck bomb ...")."""
    return set(_YEAR_RX.findall(text))


def year_number(text: str) -> int | None:
    """A year in digits or read aloud: "1994", "nineteen ninety-four", "nineteen oh
    five", "eighteen hundred", "two thousand and one" (None if it is not one)."""
    if text.isdigit():
        return int(text)
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if words[:2] == ["two", "thousand"]:
        rest = parse_words(" ".join(words[2:])) if words[2:] else 0
        return None if rest is None else 2000 + rest
    century = {"nineteen": 1900, "eighteen": 1800}.get(words[0])
    if century is None or len(words) < 2:
        return None
    if words[1:] == ["hundred"]:
        return century
    tail = parse_words(" ".join(w for w in words[1:] if w != "oh"))
    return None if tail is None or tail > 99 else century + tail


def easter(year: int) -> dt.date:
    """Easter Sunday (Western), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * mm + 114, 31)
    return dt.date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last one)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    ny, nm = add_months(year, month, 1)
    last = dt.date(ny, nm, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


#: Holidays on a fixed day, by name without apostrophes or full stops.
_FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new years": (1, 1), "new years day": (1, 1), "new years eve": (12, 31),
    "valentines day": (2, 14), "halloween": (10, 31), "st patricks day": (3, 17),
    "boxing day": (12, 26), "armistice day": (11, 11), "veterans day": (11, 11),
    "bastille day": (7, 14), "may day": (5, 1), "womens day": (3, 8),
    "international womens day": (3, 8), "independence day": (7, 4),
}
#: Holidays on the n-th weekday of a month (US federal calendar): (month, weekday, n).
_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "labour day": (9, 0, 1), "memorial day": (5, 0, -1), "columbus day": (10, 0, 2),
    "presidents day": (2, 0, 3), "martin luther king day": (1, 0, 3),
    "martin luther king jr day": (1, 0, 3), "mlk day": (1, 0, 3),
    "mothers day": (5, 6, 2), "fathers day": (6, 6, 3),
}
_EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}


def holiday_date(name: str, year: int) -> dt.date:
    """The day of a named holiday in a year ("Christmas Eve", "Labor Day", "Good
    Friday", "Election Day": the Tuesday after the first Monday of November)."""
    key = " ".join(re.sub(r"['’.]", "", name.lower()).split())
    if key in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[key])
    if key in _WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *_WEEKDAY_HOLIDAYS[key])
    if key in _EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=_EASTER_HOLIDAYS[key])
    if key == "election day":
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    raise ValueError(f"unknown holiday {name!r}")


def day_value(d: dt.date) -> str:
    return d.isoformat()


def week_value(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) shifted by k months."""
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def add_quarters(year: int, q: int, k: int) -> tuple[int, int]:
    n = year * 4 + (q - 1) + k
    return n // 4, n % 4 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None if it does not exist (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _just_before(d: dt.date | None, published: dt.date) -> bool:
    return d is not None and -1 <= (published - d).days <= 31


def numeric_date(a: int, b: int, year: int, published: dt.date | None) -> dt.date | None:
    """"04/02/2024": day first unless impossible, as most of the world writes it; but
    when only the month-first reading lies in the month up to the report's date (April
    2 in a report of April 3), that one: news tells of recent days, and US copy writes
    the month first ("11/8/2008" in a report of November 8)."""
    day, month = (b, a) if b > 12 else (a, b)
    first = safe_date(year, month, day)
    other = safe_date(year, day, month) if day != month else None
    if published is not None and _just_before(other, published) and not _just_before(
            first, published):
        return other
    return first


def weekday_near(ref: dt.date, weekday: int, future: bool) -> dt.date:
    """The given weekday nearest ``ref`` in the given direction.

    Past (the default for news): the most recent such day on or before ``ref``.
    Future: the next such day after ``ref`` (on ``ref`` itself if it is that day).
    """
    if future:
        return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_step(day: dt.date, weekday: int, ahead: bool) -> dt.date:
    """The first given weekday strictly after ``day`` (strictly before it if not
    ``ahead``): "next Tuesday" from the report, "the previous Saturday" from a date."""
    if ahead:
        return day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)
    return day - dt.timedelta(days=(day.weekday() - weekday - 1) % 7 + 1)


def month_near(ref: dt.date, month: int, future: bool) -> tuple[int, int]:
    """(year, month) of a month named without a year: the latest one not after the
    reference month, or with ``future`` the first one not before it."""
    if future:
        return (ref.year if month >= ref.month else ref.year + 1), month
    return (ref.year if month <= ref.month else ref.year - 1), month


def season_near(ref: dt.date, season: str, mode: str) -> str:
    """TimeML value of a season named without a year, relative to ``ref``.

    ``mode``: "last" (the latest one over before ref), "next" (the first one starting
    after ref), "this" (the one containing ref, else this year's), "past" (the latest
    one started on or before ref), "future" (the one containing ref, else the next).
    """
    start = _SEASON_START[season]
    spans = []
    for y in range(ref.year - 2, ref.year + 2):
        ny, nm = add_months(y, start, 3)
        spans.append((y, dt.date(y, start, 1), dt.date(ny, nm, 1)))
    containing = [y for y, s, e in spans if s <= ref < e]
    if mode == "last":
        year = max(y for y, _, e in spans if e <= ref)
    elif mode == "next":
        year = min(y for y, s, _ in spans if s > ref)
    elif mode == "this":
        year = containing[0] if containing else ref.year
    elif mode == "future":
        year = containing[0] if containing else min(y for y, s, _ in spans if s > ref)
    else:
        year = max(y for y, s, _ in spans if s <= ref)
    return f"{year}-{season}"


def shift_value(ref: dt.date, unit: str, k: int) -> tuple[str, Precision]:
    """The calendar unit containing ``ref`` shifted by ``k`` units (k=-1: "last week")."""
    if unit == "day":
        return day_value(ref + dt.timedelta(days=k)), Precision.DAY
    if unit == "week":
        return week_value(ref + dt.timedelta(weeks=k)), Precision.WEEK
    if unit == "weekend":
        return week_value(ref + dt.timedelta(weeks=k)) + "-WE", Precision.WEEK
    if unit == "month":
        y, m = add_months(ref.year, ref.month, k)
        return month_value(y, m), Precision.MONTH
    if unit == "quarter":
        y, q = add_quarters(ref.year, quarter_of(ref), k)
        return f"{y}-Q{q}", Precision.QUARTER
    if unit == "half":
        n = ref.year * 2 + (ref.month - 1) // 6 + k
        return f"{n // 2}-H{n % 2 + 1}", Precision.YEAR
    if unit == "year":
        return str(ref.year + k), Precision.YEAR
    if unit == "decade":
        return str(ref.year // 10 + k), Precision.DECADE
    if unit == "century":
        return str(ref.year // 100 + k), Precision.DECADE
    raise ValueError(f"unknown calendar unit {unit!r}")


def week_holding(day: dt.date, unit: str) -> str:
    """The week ("Christmas week") or weekend ("Thanksgiving weekend") that holds a day;
    a Monday's weekend is the one just before it ("the Labor Day weekend")."""
    if unit == "weekend" and day.weekday() == 0:
        day -= dt.timedelta(days=1)
    return week_value(day) + ("-WE" if unit == "weekend" else "")


def ago_value(ref: dt.date, unit: str, n: int) -> tuple[str, Precision]:
    """"six years ago" -> the year six years before ``ref``, at the unit's precision;
    hours and minutes give the day they reach back to ("48 hours ago" is two days back,
    "a few hours ago" today)."""
    if unit == "hour":
        return day_value(ref - dt.timedelta(days=int(n / 24))), Precision.DAY
    if unit == "minute":
        return day_value(ref), Precision.DAY
    return shift_value(ref, unit, -n)


def parse_value(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a TimeML value (None for *_REF and odd forms)."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            d = dt.date.fromisoformat(value[:10])
            return d, d
        if len(value) == 8 and value[5] == "W":
            monday = dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday, monday + dt.timedelta(days=6)
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            y, m = int(value[:4]), int(value[5:])
            ny, nm = add_months(y, m, 1)
            return dt.date(y, m, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if len(value) == 7 and value[5] == "Q":
            y, q = int(value[:4]), int(value[6])
            ny, nm = add_months(y, 3 * q - 2, 3)
            return dt.date(y, 3 * q - 2, 1), dt.date(ny, nm, 1) - dt.timedelta(days=1)
        if len(value) == 4 and value.isdigit():
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        if len(value) == 3 and value.isdigit():
            return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    except ValueError:
        return None
    return None


#: "the following March", "the previous summer", "that December": words that count a
#: month or a season from the time the text last told, not from the report
_ANAPHORIC = {"following": "next", "next": "next", "previous": "last", "prior": "last",
              "preceding": "last", "that": "this", "same": "this"}


def anaphoric_ref(rel: list[str], last_value: str | None) -> tuple[dt.date, str] | None:
    """(reference day, "next" / "last" / "this") for a month or season after "the
    following", "the previous", "that", "the same": the end of the time last told going
    forward ("in 1995 ... the following March" is March 1996), its start going back or
    staying; None for other words, or when no time was told."""
    if not rel or rel[0] not in ("the", "that") or rel[-1] not in _ANAPHORIC:
        return None
    span = parse_value((last_value or "").split("T")[0])
    if span is None:
        return None
    mode = _ANAPHORIC[rel[-1]]
    return (span[1] if mode == "next" else span[0]), mode


def month_from(day: dt.date, month: int, mode: str) -> int:
    """The year of a month counted from ``day``: the first after its month ("next"), the
    last before it ("last"), or its own year ("this")."""
    if mode == "next":
        return day.year if month > day.month else day.year + 1
    if mode == "last":
        return day.year if month < day.month else day.year - 1
    return day.year
