"""Normalisers: turn one grammar match into a TimeML value against the reference dates.

Each normaliser takes the match and a :class:`Context` and returns a :data:`Value`
(value, precision, TimeML type) or ``None`` to reject the match. Without a publication
date, expressions that need one keep an underspecified TimeML value ("XXXX-09-18",
"XXXX-WXX-4") or ``None``; they are never resolved against today's date.
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


def _month(text: str) -> int:
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


def norm_iso(m: re.Match[str], ctx: Context) -> Value | None:
    d = D.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return (d.isoformat(), P.DAY, "DATE") if d else None


def norm_numeric(m: re.Match[str], ctx: Context) -> Value | None:
    d = D.numeric_date(int(m["a"]), int(m["b"]), int(m["y"]), ctx.published)
    return (d.isoformat(), P.DAY, "DATE") if d else None


def norm_day_slash(m: re.Match[str], ctx: Context) -> Value | None:
    """"of 15/11": day first unless impossible, the year from the publication date."""
    a, b = int(m["a"]), int(m["b"])
    day, month = (b, a) if b > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _resolve_day(month, day, None, m, ctx)


def _resolve_day(month: int, day: int, year: str | None, m: re.Match[str],
                 ctx: Context) -> Value | None:
    if year:
        d = D.safe_date(int(year), month, day)
        return (d.isoformat(), P.DAY, "DATE") if d else None
    if ctx.ref is None:
        return (f"XXXX-{month:02d}-{day:02d}", P.DAY, "DATE") if day <= 31 else None
    told = _year_told_after(m, ctx)
    if told is not None:
        d = D.safe_date(told, month, day)
        return (d.isoformat(), P.DAY, "DATE") if d else None
    ref = ctx.ref
    cands = [d for y in (ref.year - 1, ref.year, ref.year + 1)
             if (d := D.safe_date(y, month, day)) is not None]
    if m.groupdict().get("wd"):  # "Monday, September 18": the year it is a Monday
        wd = D.WEEKDAYS[m["wd"].lower()]
        cands = [d for d in cands if d.weekday() == wd] or cands
    if not cands:
        return None
    if _SINCE.search(m.string, max(0, m.start() - 8), m.start()):
        past = [d for d in cands if d <= ref]  # "since Dec. 5": always the one before
        if past:
            return max(past).isoformat(), P.DAY, "DATE"
    future = ctx.future(m.start(), m.end())
    this_year = D.safe_date(ref.year, month, day)
    # AP style names the year of a date only when it is not the current year: a past
    # month-day without one that falls earlier in the publication year is that day,
    # however far back ("was arrested Feb. 3", said in November); but across the year's
    # end a date in the coming quarter is the coming one ("Jan. 5", said in December).
    # Not in an untensed clause: a present tense often looks ahead ("the program runs
    # from Nov. 1 to Jan. 31", said in October)
    if (future is False and this_year is not None and this_year <= ref
            and not any(0 < (d - ref).days <= 90 for d in cands)):
        return this_year.isoformat(), P.DAY, "DATE"
    pick = _by_tense(cands, ref, future, lambda d: (d - ref).days, 200)
    return pick.isoformat(), P.DAY, "DATE"


def _by_tense(cands: list[T], ref: dt.date, future: bool | None,
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


def norm_month_day(m: re.Match[str], ctx: Context) -> Value | None:
    if m["mo"].startswith("May") and not m["y"] and m.string[m.end():m.end() + 1].isalpha():
        return None
    return _resolve_day(_month(m["mo"]), _day(m["d"] or m.groupdict().get("sd") or ""),
                        m["y"], m, ctx)


norm_day_month = norm_month_day
norm_day_pair = norm_month_day  # the second day; times.py adds the first


def norm_year_pair(m: re.Match[str], ctx: Context) -> Value | None:
    """"2014-2016", "2019-20": the first year; times.py adds the second."""
    y1, y2 = int(m["y1"]), m["y2"]
    second = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    if not y1 < second <= y1 + 50:
        return None
    return str(y1), P.YEAR, "DATE"


def norm_clock_day(m: re.Match[str], ctx: Context) -> Value | None:
    day = norm_weekday_core(m["wd"], None, m, ctx)
    if day is None or day[0] is None or day[0].startswith("X"):
        return day
    h = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return f"{day[0]}T{h:02d}:{m['mi'] or '00'}", P.DAY, "TIME"


_ORDINAL_DAY_BEFORE = re.compile(r"(?i:\b(?:on|by|until|till|since|from|before|after|for)\s+)$")


def norm_ordinal_day(m: re.Match[str], ctx: Context) -> Value | None:
    """"on the 15th": a day of the month last told; without one, of the publication
    month, or of the month before it if that day is still ahead in a past clause."""
    if not _ORDINAL_DAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None
    day = _day(m["d"])
    last = ctx.last_value or ""
    if re.match(r"\d{4}-\d\d(?:-\d\d)?$", last):
        d = D.safe_date(int(last[:4]), int(last[5:7]), day)
        return (d.isoformat(), P.DAY, "DATE") if d else None
    if ctx.ref is None:
        return None, P.DAY, "DATE"
    ref = ctx.ref
    y, mo = ref.year, ref.month
    if day > ref.day and not _fut(m, ctx):
        y, mo = D.add_months(y, mo, -1)
    elif day < ref.day and _fut(m, ctx):
        y, mo = D.add_months(y, mo, 1)
    d = D.safe_date(y, mo, day)
    return (d.isoformat(), P.DAY, "DATE") if d else None


def norm_month_year(m: re.Match[str], ctx: Context) -> Value | None:
    year = D.year_number(m["y"])
    return (D.month_value(year, _month(m["mo"])), P.MONTH, "DATE") if year else None


_AHEAD = re.compile(r"(?i:\b(?:through|until|till)\s+$)")
#: "since" points back from the report: its month or day is the latest before it,
#: however far ("its lowest level since December", said in October)
_SINCE = re.compile(r"(?i:\bsince\s+(?:early\s+|late\s+|mid-?)?$)")
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
    month = _month(word)
    year = _year_told_after(m, ctx) or bare_month_year(month, m, ctx)
    if year is None:
        return f"XXXX-{month:02d}", P.MONTH, "DATE"
    return D.month_value(year, month), P.MONTH, "DATE"


_REL_YEAR_AFTER = re.compile(
    r",?\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)(?![\w'’-])")


def _year_told_after(m: re.Match[str], ctx: Context) -> int | None:
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
    if _SINCE.search(before):  # "since December": the latest one before the report
        return ref.year if month <= ref.month else ref.year - 1
    ahead = _AHEAD.search(before) and not _PERIOD_TO.search(
        m.string, max(0, m.start() - 30), m.start()) and not _range_end(m)
    tense = True if ahead else ctx.future(m.start(), m.end())
    return _by_tense([ref.year - 1, ref.year, ref.year + 1], ref, tense,
                     lambda y: (y - ref.year) * 12 + month - ref.month, 9)


def norm_rel_month(m: re.Match[str], ctx: Context) -> Value | None:
    month, rel = _month(m["mo"]), m["rel"].lower().split()
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


def norm_holiday(m: re.Match[str], ctx: Context) -> Value | None:
    """A holiday's day; "Christmas week", "Thanksgiving weekend": the week holding it."""
    if m["y"]:
        pick = D.holiday_date(m["h"], int(m["y"]))
    elif ctx.ref is None:
        return None, P.WEEK if m["wk"] else P.DAY, "DATE"
    else:  # as a month-day named without a year: the side the tense points to, else nearest
        ref = ctx.ref
        days = [D.holiday_date(m["h"], y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        pick = _by_tense(days, ref, ctx.future(m.start(), m.end()), lambda d: (d - ref).days,
                         200)
    if m["wk"]:
        return D.week_holding(pick, m["wk"].strip().lower()), P.WEEK, "DATE"
    return pick.isoformat(), P.DAY, "DATE"


_PART = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _with_part(value: Value, part: str | None) -> Value:
    """A part of day ("Tuesday night") keeps the day's value: news dates events by day,
    and TimeBank itself tags most such phrases by their day. Clock times get TIME."""
    return value


def norm_day_word(m: re.Match[str], ctx: Context) -> Value | None:
    word = m["w"].lower()
    shift = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    if m["two"]:  # "the day before yesterday", "the day after tomorrow"
        shift += -1 if "before" in m["two"].lower() else 1
    if ctx.ref is None:
        return None, P.DAY, "DATE"
    value: Value = ((ctx.ref + dt.timedelta(days=shift)).isoformat(), P.DAY, "DATE")
    part = m["part"] or ("night" if word == "tonight" else None)
    return _with_part(value, part)


def norm_clock(m: re.Match[str], ctx: Context) -> Value | None:
    """"at 9:30 pm": a clock time on the day last mentioned (else the publication date)."""
    day = ctx.anchor or ctx.published
    h = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    if day is None:
        return None, P.DAY, "TIME"
    return f"{day.isoformat()}T{h:02d}:{m['mi'] or '00'}", P.DAY, "TIME"


def norm_this_part(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.ref is None:
        return None, P.DAY, "TIME"
    shift = -1 if m["rel"].lower() == "last" and m["part"].lower() == "night" else 0
    if m["rel"].lower() == "last" and m["part"].lower() != "night":
        return None
    # "that night": the night of the day last told (TimeML's anchor), else of today
    d = (ctx.anchor or ctx.ref) if m["rel"].lower() == "that" else ctx.ref + dt.timedelta(
        days=shift)
    return _with_part((d.isoformat(), P.DAY, "DATE"), m["part"])


#: A weekday set beside the date just told names that date's day ("Oct. 22, a
#: Thursday", "Oct. 18 (Sunday)"), not another week's.
_APPOSED = re.compile(r"\d(?:st|nd|rd|th)?(?:,\s+an?|\s+\(|,)\s*$")
_REL_WEEK_AFTER = re.compile(
    r",?\s+(?:of\s+)?(?P<rel>(?i:last|this|next|that|the\s+same))\s+(?i:week)(?![\w'’-])")


def norm_weekday_core(word: str, rel: str | None, m: re.Match[str],
                      ctx: Context) -> Value | None:
    wd = D.WEEKDAYS[word.lower()]
    if ctx.ref is None:
        return f"XXXX-WXX-{wd + 1}", P.DAY, "DATE"
    ref, r = ctx.ref, (rel or "").lower().split()
    if not r and ctx.anchor is not None and ctx.anchor.weekday() == wd \
            and _APPOSED.search(m.string, max(0, m.start() - 12), m.start()):
        return ctx.anchor.isoformat(), P.DAY, "DATE"  # "Oct. 22, a Thursday": that day
    week = _REL_WEEK_AFTER.match(m.string, m.end()) if not r else None
    if week is not None:  # "Tuesday of last week"; "Friday of that week": the week told
        step = {"last": -1, "next": 1}.get(week["rel"].lower(), 0)
        base = (ctx.anchor or ref) if week["rel"].lower().startswith(("that", "the")) else ref
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        return (monday + dt.timedelta(days=wd)).isoformat(), P.DAY, "DATE"
    if r[:1] == ["the"] and r[-1] in ("previous", "next", "following") and ctx.anchor:
        # anaphoric, as "the previous day" is: "(On Jan. 5 ...) the previous Saturday"
        d = D.weekday_step(ctx.anchor, wd, r[-1] != "previous")
    elif r and r[-1] in ("last", "past", "previous", "next", "coming"):
        d = D.weekday_step(ref, wd, r[-1] in ("next", "coming"))
    else:
        d = D.weekday_near(ref, wd, _fut(m, ctx))
    return d.isoformat(), P.DAY, "DATE"


def norm_weekday(m: re.Match[str], ctx: Context) -> Value | None:
    value = norm_weekday_core(m["wd"], m["rel"], m, ctx)
    return _with_part(value, m["part"]) if value else None
