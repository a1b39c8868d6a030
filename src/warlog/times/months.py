"""Normalisers for months and years: a month alone or with its year ("in May", "March
last year", "the following March") and a pair of years ("2014-2016"). Same contract as
:mod:`warlog.times.normalise`."""

from __future__ import annotations

import re

from warlog.models import Precision
from warlog.times import dates as D
from warlog.times.normalise import Context, Value, by_tense, month_number

P = Precision


def norm_year_pair(m: re.Match[str], ctx: Context) -> Value | None:
    """"2014-2016", "2019-20": the first year; times.py adds the second."""
    y1, y2 = int(m["y1"]), m["y2"]
    second = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if not y1 < second <= y1 + 50:
        return None
    return str(y1), P.YEAR, "DATE"



def norm_month_year(m: re.Match[str], ctx: Context) -> Value | None:
    year = D.year_number(m["y"])
    return (D.month_value(year, month_number(m["mo"])), P.MONTH, "DATE") if year else None


_AHEAD = re.compile(r"(?i:\b(?:through|until|till)\s+$)")
#: a past verb of lasting before "through" or "until": the span told is over ("the
#: strike lasted through January", "fighting continued until March"), unlike a date an
#: act sets ("extended the loans through January", "adjourned until March")
_LASTED = re.compile(r"(?i:\b(?:lasted|ran|continued|remained|stayed|persisted|raged"
                     r"|dragged\s+on|went\s+on)\b[^.;:!?]{0,40}\b(?:through|until|till)\s+$)")
#: "since" points back from the report: its month or day is the latest before it,
#: however far ("its lowest level since December", said in October)
SINCE = re.compile(r"(?i:\bsince\s+(?:early\s+|late\s+|mid-?)?$)")
_PERIOD_TO = re.compile(r"(?i:\b(?:months|weeks|quarter|period|year)\s+(?:through|to)\s+$)")
# "May" is the month after a word the modal never follows: a preposition, a determiner
# ("at May peace talks", "the May offensive"); the modal follows its subject
_MAY_OK = re.compile(
    r"(?i:\b(?:in|since|until|till|by|of|early|late|mid|last|next|this|during|before|after"
    r"|through|its|their|his|her|from|to|between|and|or|end|beginning|start|middle"
    r"|at|the)[\s-]*)$"
)


def norm_month(m: re.Match[str], ctx: Context) -> Value | None:
    word = m["mo"]
    before = m.string[max(0, m.start() - 20):m.start()]
    if word == "May" and not m["mod"] and not _MAY_OK.search(before):
        return None
    if word.rstrip(".") in ("Mar", "Jan", "Jun", "Jul", "Sep", "Dec", "Oct", "Nov", "Aug",
                            "Feb", "Apr", "Sept") and not word.endswith("."):
        return None  # bare abbreviations without a day are usually not months
    month = month_number(word)
    year = year_told_after(m, ctx) or bare_month_year(month, m, ctx)
    if year is None:
        return f"XXXX-{month:02d}", P.MONTH, "DATE"
    return D.month_value(year, month), P.MONTH, "DATE"


_REL_YEAR_AFTER = re.compile(
    r",?\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)(?![\w'’-])")


def year_told_after(m: re.Match[str], ctx: Context) -> int | None:
    """"March last year", "Dec. 5 of next year": the year told after a month or day
    (from the publication date)."""
    after = _REL_YEAR_AFTER.match(m.string, m.end())
    if after is None or ctx.ref is None:
        return None
    return ctx.ref.year + {"last": -1, "next": 1}.get(after["rel"].lower(), 0)


_RANGE_FROM = re.compile(r"\b[Ff]rom\s+(?P<mo>[A-Z][a-z]+)\.?(?:\s+\d{1,2})?,?\s+"
                         r"(?:through|to|until|till)\s+$")


def _range_end(m: re.Match[str]) -> bool:
    """"from January through September": the end of a range that opens with a month,
    which takes its clause's tense like the range's start."""
    rng = _RANGE_FROM.search(m.string, max(0, m.start() - 30), m.start())
    return rng is not None and rng["mo"].lower() in D.MONTHS


def bare_month_year(month: int, m: re.Match[str], ctx: Context) -> int | None:
    """The year of a month named without one: the side of the publication date the
    tense points to, within nine months, else the nearest (None without a date)."""
    if ctx.ref is None:
        return None
    ref = ctx.ref
    before = m.string[max(0, m.start() - 12):m.start()]
    # "loans through January", "until March": a span running ahead of the report; but a
    # reporting period named by its end ("the three months through September") is one
    # over, like "the quarter ended Sept. 30", and takes its clause's tense
    if SINCE.search(before):  # "since December": the latest one before the report
        return ref.year if month <= ref.month else ref.year - 1
    ahead = _AHEAD.search(before) and not _PERIOD_TO.search(
        m.string, max(0, m.start() - 30), m.start()) and not _range_end(m) and not (
        _LASTED.search(m.string, max(0, m.start() - 60), m.start()))
    tense = True if ahead else ctx.future(m.start(), m.end())
    return by_tense([ref.year - 1, ref.year, ref.year + 1], ref, tense,
                     lambda y: (y - ref.year) * 12 + month - ref.month, 9)


def norm_rel_month(m: re.Match[str], ctx: Context) -> Value | None:
    month, rel = month_number(m["mo"]), m["rel"].lower().split()
    if ctx.ref is None:
        return f"XXXX-{month:02d}", P.MONTH, "DATE"
    told = D.anaphoric_ref(rel, ctx.last_value)  # "(in 1995 ...) the following March"
    if told is not None:
        return D.month_value(D.month_from(told[0], month, told[1]), month), P.MONTH, "DATE"
    ref = ctx.ref
    if rel[-1] in ("last", "past", "previous", "prior"):
        year = ref.year if month < ref.month else ref.year - 1
    elif rel[-1] in ("next", "coming", "following"):
        year = ref.year if month > ref.month else ref.year + 1
    elif rel[0] == "that" or rel[-1] == "same":
        return None
    else:
        year = ref.year
    return D.month_value(year, month), P.MONTH, "DATE"
