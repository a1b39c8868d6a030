"""Normalisers for counted and stepped expressions: "last week", "six years ago", "two
days later", "the previous day", "a year ago", "in five years". Same contract as
:mod:`warlog.times.normalise`."""

from __future__ import annotations

import datetime as dt
import re

from warlog.models import Precision
from warlog.times import dates as D
from warlog.times.lengths import count_of, duration_value, unit_of
from warlog.times.normalise import Context, Value
from warlog.times.periods import LONGER_PERIOD, final_of, quarter_told

P = Precision


def norm_ago(m: re.Match[str], ctx: Context) -> Value | None:
    unit, n, direction = unit_of(m["u"]), count_of(m["n"]), m["dir"].lower()
    backwards = direction in ("ago", "earlier", "before", "previously")
    relative_to_now = direction in ("ago", "hence", "from now")
    base = ctx.published if relative_to_now else ctx.base(unit)
    if not relative_to_now and unit in ("month", "quarter", "year", "decade", "century"):
        base = ctx.last or ctx.published  # "in 1991 ... two years later": from 1991
    if unit == "quarter" and ctx.quarter is not None and n is not None:
        # "a quarter earlier" in a results report: from the quarter reported
        y, q = D.add_quarters(*ctx.quarter, -n if backwards else n)
        return f"{y}-Q{q}", P.QUARTER, "DATE"
    if n is None:
        ref = "PAST_REF" if backwards else "FUTURE_REF"
        return ref, P.UNKNOWN, "DATE"
    if base is None or (unit in ("second", "minute", "hour") and not relative_to_now):
        return None, D.PRECISION_OF_UNIT.get(unit, P.DAY), "DATE"
    value, precision = D.ago_value(base, unit, n if backwards else -n)
    if precision is P.DAY and not relative_to_now:
        ctx.anchor = dt.date.fromisoformat(value)
    return value, precision, "DATE"


def norm_half_ago(m: re.Match[str], ctx: Context) -> Value | None:
    """"a year and a half ago" is 18 months back, "two and a half years ago" 30, "half a
    year ago" six, "a month and a half ago" six weeks: a count of half units is a count
    of the next smaller unit, and the value has that unit's precision (the month, the
    week), as "18 months ago" has."""
    n = 0 if m["u4"] else count_of(m["n"] or m["n2"] or m["n3"])
    if n is None or ctx.published is None:
        return None
    unit = unit_of(m["u"] or m["u2"] or m["u3"] or m["u4"])
    if unit == "year":
        y, mo = D.add_months(ctx.published.year, ctx.published.month, -(12 * n + 6))
        return D.month_value(y, mo), P.MONTH, "DATE"
    y, mo = D.add_months(ctx.published.year, ctx.published.month, -n)
    day = (D.safe_date(y, mo, ctx.published.day) or dt.date(y, mo, 28)) - dt.timedelta(days=15)
    return D.week_value(day), P.WEEK, "DATE"


#: the word before a comparison's second term: "up from a year ago", "than a year ago"
_COMPARED_TO = re.compile(r"(?i:\b(?:from|than|with|to|over|versus|vs\.?)\s+$)")


def norm_weeks_weekday(m: re.Match[str], ctx: Context) -> Value | None:
    """"a week ago Saturday" (and "the Saturday before last") is the Saturday a week
    before the latest Saturday; "two weeks from Monday" the second Monday after the
    coming one: a count of weeks moves the weekday, told as usual from the report's
    date, by whole weeks. So "a year ago today" is today's date a year back, and "a year
    ago this month" this month a year back: the unit named, moved by the count."""
    n = count_of(m["n"] or m["n2"]) if m["n"] or m["n2"] else 1
    if n is None or ctx.published is None:
        return None
    if m["tu"] and _COMPARED_TO.search(m.string, max(0, m.start() - 20), m.start()):
        return None  # "rose 5% from a year ago this week": a comparison, then the time
    if m["w"]:  # "a year ago today", "two weeks from today": the day named, moved
        n = -n if m["fw"] else n  # back (ahead after "from") by the count of units
        shift = 0 if m["tu"] else {"today": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()]
        day, unit = ctx.published + dt.timedelta(days=shift), unit_of(m["u"])
        if unit in ("day", "week"):
            then = day - dt.timedelta(days=n * (7 if unit == "week" else 1))
        else:
            y, mo = D.add_months(day.year, day.month, -n * (12 if unit == "year" else 1))
            then = D.safe_date(y, mo, day.day) or dt.date(y, mo, 28)
        if m["tu"]:  # "a year ago this month": the month that holds the day moved back
            value, precision = D.shift_value(then, m["tu"].lower(), 0)
            return value, precision, "DATE"
        return then.isoformat(), P.DAY, "DATE"
    back = not m["dir"] or m["dir"].lower() == "ago"  # "the Tuesday before last": back
    day = D.weekday_near(ctx.published, D.WEEKDAYS[(m["wd"] or m["wd2"]).lower()], not back)
    return (day + dt.timedelta(weeks=-n if back else n)).isoformat(), P.DAY, "DATE"


def norm_weekday_nth(m: re.Match[str], ctx: Context) -> Value | None:
    """"Friday the 13th": the nearest month, on the side the tense points to (past by
    default), whose 13th is a Friday; "the 13th" alone is the 13th of the month told."""
    if ctx.published is None:
        return None
    wd, day = D.WEEKDAYS[m["wd"].lower()], int(re.sub(r"\D", "", m["d"]))
    ahead = ctx.future(m.start(), m.end()) is True
    ref = ctx.published
    for k in range(14):
        y, mo = D.add_months(ref.year, ref.month, k if ahead else -k)
        d = D.safe_date(y, mo, day)
        if d is not None and d.weekday() == wd and (d >= ref if ahead else d <= ref):
            return d.isoformat(), P.DAY, "DATE"
    return None


_BACK = ("last", "past", "previous", "prior", "preceding")
_FORWARD = ("next", "coming", "following")


def _shift(rel: list[str]) -> int | None:
    """Units to move for "last"/"next"/"this" (None: relative to the last mentioned date)."""
    if rel[0] in ("that", "same") or rel[-1] in ("same", "following", "previous", "prior",
                                                  "preceding"):
        return None
    if rel[-1] in _BACK or rel[:2] == ["this", "past"]:
        return -1
    if rel[-1] in _FORWARD:
        return 1
    return 0


def weekend_step(published: dt.date, future: bool | None) -> int:
    """"the weekend": told Monday to Thursday, the one just past unless the clause looks
    ahead; told on a Friday, the coming one unless the clause is in the past; told on the
    weekend, that weekend."""
    if published.weekday() < 4:
        return 0 if future else -1
    return -1 if published.weekday() == 4 and future is False else 0


def norm_rel_unit(m: re.Match[str], ctx: Context) -> Value | None:
    rel = m["rel"].lower().split()
    rel = [w for w in rel if w != "the"] or ["the"]
    unit, n = unit_of(m["u"]), count_of(m["n"])
    if final_of(m["rel"], m["n"], m.string, m.end()):
        return None  # "the last week of January", "the last days of the regime"
    plural = m["u"].lower().endswith("s")
    if m["n"] is not None and n is not None:  # "the past three weeks": a duration
        return duration_value(n, unit, m["u"])
    if m["n"] is not None or plural:  # "the last few months", "coming weeks"
        forward = any(w in _FORWARD for w in rel)
        return ("FUTURE_REF" if forward else "PAST_REF"), P.UNKNOWN, "DATE"
    if rel[0] in ("earlier", "later", "early", "late"):
        rel = rel[1:]
    k = _shift(rel)
    if m["rel"].lower().startswith("the") and rel[-1] == "next":
        k = None  # "the next day/year" counts from the time last told; "next year" from now
    if unit == "weekend" and k == 0 and rel[0] in ("the", "this") and ctx.published:
        # "the weekend" in a weekday report is the one just past
        k = weekend_step(ctx.published, ctx.future(m.start(), m.end()))
    if k is None:
        last = ctx.last_value or ""
        if unit == "day" and re.fullmatch(r"\d{4}-\d\d", last) and rel[-1] in ("same", "that"):
            return f"{last}-XX", P.MONTH, "DATE"  # "last October ... that same day"
        base = ctx.base(unit) if unit in ("day", "week", "weekend") else (
            ctx.last or ctx.published)
        if base is None:
            return None, D.PRECISION_OF_UNIT.get(unit, P.UNKNOWN), "DATE"
        step = 0 if rel[0] in ("that", "same") or rel[-1] == "same" else (
            1 if rel[-1] in ("following", "next") else -1)
        if unit == "quarter" and ctx.quarter is not None:  # "the previous quarter"
            y, q = D.add_quarters(*ctx.quarter, step)
            return f"{y}-Q{q}", P.QUARTER, "DATE"
        value, precision = D.shift_value(base, unit, step)
        return value, precision, "DATE"
    if ctx.published is None:
        return None, D.PRECISION_OF_UNIT.get(unit, P.UNKNOWN), "DATE"
    # "this quarter's loss" in a results report is the quarter reported; "expects a loss
    # this quarter" (ahead) the current one
    if unit == "quarter" and k == 0 and ctx.quarter is not None and (
            rel[0] == "the" or (rel[0] == "this" and not ctx.future(m.start(), m.end()))):
        return f"{ctx.quarter[0]}-Q{ctx.quarter[1]}", P.QUARTER, "DATE"
    if unit == "day" and rel[0] == "the":
        return None
    value, precision = D.shift_value(ctx.published, unit, k)
    return value, precision, "DATE"


def norm_nth_day(m: re.Match[str], ctx: Context) -> Value | None:
    """"It is the third day of talks": the day the story stands on (the day last told,
    else the publication date)."""
    base = ctx.base()
    return (base.isoformat(), P.DAY, "DATE") if base else (None, P.DAY, "DATE")


_PARTS = ("morning", "afternoon", "evening")


def norm_anchor_day(m: re.Match[str], ctx: Context) -> Value | None:
    # a part of day is its day: "the next morning" is the day after
    words = [("day" if w in _PARTS else w) for w in m.group(0).lower().split()]
    unit = unit_of(next(w for w in words if unit_of(w) in ("day", "week", "month", "year")))
    back = any(w in ("before", "previous", "prior", "earlier", "preceding") for w in words)
    same = "same" in words
    if words[-1] == "last" and ctx.published is not None:
        # "the year before last", "the week before last": two units back from the
        # report (deictic, as "last year" is), not from the time last told
        value, precision = D.shift_value(ctx.published, unit, -2)
        return value, precision, "DATE"
    # anaphoric, like "the previous year": days and weeks count from the day last told,
    # months and years from the last time told ("in 1991 ... the year before" is 1990)
    base = ctx.base(unit) if unit in ("day", "week") else (ctx.last or ctx.published)
    if base is None:
        return None, D.PRECISION_OF_UNIT[unit], "DATE"
    value, precision = D.shift_value(base, unit, 0 if same else (-1 if back else 1))
    if precision is P.DAY:
        ctx.anchor = dt.date.fromisoformat(value)
    return value, precision, "DATE"



def norm_year_ago(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.published is None:
        return None, P.YEAR, "DATE"
    # financial news: "a year ago" is the same period a year back: the quarter last
    # named, unless the sentence speaks of a longer period ("For the nine months, ...
    # compared with year-earlier net income")
    sentence = m.string[max(0, m.string.rfind(". ", 0, m.start()) + 1):m.start()]
    quarter = quarter_told(ctx, m.string, m.start())
    if quarter is not None and not LONGER_PERIOD.search(sentence):
        return f"{quarter[0] - 1}-Q{quarter[1]}", P.QUARTER, "DATE"
    # "a year earlier" counts from the time last told ("in 1995 ... a year earlier":
    # 1994), "a year ago" from the publication date (TimeML's anaphoric and deictic)
    # (a results report compares with its own period, so there it is the year before it)
    anaphoric = bool(m["w"]) and quarter is None and not m.group(0).lower().endswith("ago")
    base = (ctx.last if anaphoric else None) or ctx.published
    return str(base.year - 1), P.YEAR, "DATE"



def norm_in_units(m: re.Match[str], ctx: Context) -> Value | None:
    """"(will be redeemed) in five years": the year five years after the report (TimeML
    dates a point told as a span from now); in a clause that does not look ahead, or for
    units below a day, None, and the phrase is read as a duration."""
    unit, n = unit_of(m["u"]), count_of(m["n"])
    if n is None or ctx.published is None or unit in ("second", "minute", "hour"):
        return None
    if ctx.future(m.start(), m.end()) is not True:
        return None
    value, precision = D.shift_value(ctx.published, unit, n)
    return value, precision, "DATE"
