"""Normalisers for a calendar unit named without a count: "the year", "the weekend",
"the quarter" (of a results report), "said over the weekend that", "year-end", and
"last" standing for "last year" in a comparison ("as high this year as last"). Same
contract as :mod:`warlog.times.normalise`."""

from __future__ import annotations

import datetime as dt
import re

from warlog.models import Precision
from warlog.times import dates as D
from warlog.times.ended import ended_on, quarter_ended
from warlog.times.normalise import Context, Value
from warlog.times.periods import quarter_told
from warlog.times.relative import weekend_step

P = Precision


def _the_quarter(m: re.Match[str], ctx: Context, ref: dt.date) -> Value:
    """"the quarter": the one whose end date follows ("the quarter ended Sept. 30" is
    the third), else the last quarter named; failing both, in a past clause the last
    quarter over (results are reported after a quarter ends), else the current one.
    It becomes the quarter that "a year ago" and "the year-earlier period" refer to."""
    ended = quarter_ended(m.string, m.end(), ref, ctx.future(m.start(), m.end()) is True)
    if ended is not None:
        ctx.name_quarter(ended, m.start())
    elif ctx.quarter is not None:  # the quarter of its sentence, else the one reported
        told = quarter_told(ctx, m.string, m.start()) or ctx.quarter
        return f"{told[0]}-Q{told[1]}", P.QUARTER, "DATE"
    else:
        back = ctx.future(m.start(), m.end()) is False
        ctx.name_quarter(D.add_quarters(ref.year, D.quarter_of(ref), -1 if back else 0),
                         m.start())
    year, q = ctx.quarter or (ref.year, D.quarter_of(ref))
    return f"{year}-Q{q}", P.QUARTER, "DATE"


#: a relative clause of ending after the unit ("the week that ended in 1988")
_THAT_ENDED = re.compile(r"\s+that\s+ended\b")


def norm_the_unit(m: re.Match[str], ctx: Context) -> Value | None:
    """"the year", "the weekend", "the quarter": the unit of the publication date (the
    last quarter mentioned, for quarters; the weekend just past, in a weekday report)."""
    unit = m["u"].lower()
    if m["full"] and unit != "year":
        return None  # "the whole day": how long, not which day
    if ctx.published is None:
        return None, D.PRECISION_OF_UNIT[unit], "DATE"
    if unit == "quarter":
        return _the_quarter(m, ctx, ctx.published)
    ahead = ctx.future(m.start(), m.end()) is True
    ended = ended_on(m.string, m.end(), ctx.published, ahead,
                     year_alone=unit == "year") if unit in ("week", "month", "year") else None
    if ended is not None:
        # "the week ended Oct. 20", "the fiscal year ended June 30": a period followed
        # by its end date is the calendar unit that holds that date, as for quarters
        value, precision = D.shift_value(ended, unit, 0)
        return value, precision, "DATE"
    if _THAT_ENDED.match(m.string, m.end()):
        return None  # "the week that ended in 1988": a clause that says no one week
    k = 0
    if unit == "weekend":
        k = weekend_step(ctx.published, ctx.future(m.start(), m.end()))
    # "earlier in the day", "the day": the day last told (TimeML's anchor), else today
    base = (ctx.anchor or ctx.published) if unit == "day" else ctx.published
    value, precision = D.shift_value(base, unit, k)
    return value, precision, "DATE"


#: A verb of saying just before a unit's phrase: "said over the weekend that ...".
_SAID_BEFORE = re.compile(
    r"(?i:\b(?:said|says|told\s+\w+|announced|reported|stated|warned|added|confirmed"
    r"|denied|insisted|declared)\s+(?:(?:over|on|during|at|in)\s+)?$)")


def norm_said_unit(m: re.Match[str], ctx: Context) -> Value | None:
    """"said over the weekend that ...": after a verb of saying, "that" opens the thing
    said, so the unit is the statement's time, as "the weekend" alone would be."""
    if not _SAID_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        return None  # "the week that the war began": a relative clause picks the week
    return norm_the_unit(m, ctx)


#: A lower-case word after "year-end" that the noun "year-end" may stand before; any
#: other makes it a modifier of that word ("the year-end rally", "year-end bonuses").
_AFTER_NOUN = re.compile(
    r"\s+(?:to|and|or|of|in|on|from|for|with|when|while|as|than|compared|versus|vs\.?"
    r"|was|were|had|is|are|has|have|rose|fell|stood|totaled|totalled)\b|\s*(?:[^\w\s]|$)"
    r"|\s+[A-Z0-9$]")


def norm_year_end(m: re.Match[str], ctx: Context) -> Value | None:
    """"year-end", "by year's end": December of the year (the publication year, or the
    one "last"/"next" names); told in a past clause before December, the year-end over
    ("rose from $4 billion at year-end", said in October, is last December), as a bare
    month takes the side its tense points to. Told in a past clause, the noun is the
    closing day, December 31: the date of a year's accounts, at which a figure stood
    ("deposits were $4 billion at year-end"); ahead ("is expected to close around year
    end") and as a modifier ("the year-end rally") it stays the month. A year told after
    it is its year ("at year-end 1997"), as a year after a month is ("December 1997")."""
    past = ctx.future(m.start(), m.end()) is False
    if m["year"]:
        year = int(m["year"])
    elif ctx.published is None:
        return None, P.MONTH, "DATE"
    else:
        rel = (m["rel"] or "").lower()
        year = ctx.published.year + {"last": -1, "next": 1}.get(rel, 0)
        if not rel and ctx.published.month < 12 and past:
            year -= 1
    if past and _AFTER_NOUN.match(m.string, m.end()):
        return f"{year}-12-31", P.DAY, "DATE"
    return f"{year}-12", P.MONTH, "DATE"


_THIS_UNIT = re.compile(r"(?i:\bthis\s+(?:fiscal\s+)?(?P<u>year|month|week|quarter)\b)")


#: What stands before the second term of a comparison: "as", "than", "from", "over",
#: "compared with/to", "similar to", and verbs that compare ("exceed", "top", "match").
_COMPARED = re.compile(
    r"\b(?:as|than|and|or|from|over|versus|vs\.|(?:compared|comparable|similar|equal|close"
    r"|identical)\s+(?:with|to)|exceed(?:s|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?"
    r"|match(?:es|ed|ing)?|beat(?:s|ing)?|trail(?:s|ed|ing)?)\s+$")


def norm_elided(m: re.Match[str], ctx: Context) -> Value | None:
    """"twice as high a dividend this year as last": "last" stands for "last year" when
    a "this <unit>" comes just before it in the sentence."""
    before = m.string[max(0, m.start() - 80):m.start()]
    if not _COMPARED.search(before):
        return None
    if "." in before:
        before = before[before.rfind(".") + 1:]
    units = list(_THIS_UNIT.finditer(before))
    if not units or ctx.published is None:
        return None
    unit = units[-1]["u"].lower()
    value, precision = D.shift_value(ctx.published, unit, -1 if m["rel"] == "last" else 1)
    return value, precision, "DATE"
