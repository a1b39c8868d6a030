"""Normalisers for calendar days: ISO and numeric dates, a month and its day ("Jan. 6",
"4 January 2022"), a day of the month told alone ("on the 15th") and holidays. Same
contract as :mod:`warlog.times.normalise`."""

from __future__ import annotations

import re

from warlog.models import Precision
from warlog.times import dates as D
from warlog.times.months import SINCE, year_told_after
from warlog.times.normalise import Context, Value, _day, _fut, by_tense, month_number

P = Precision


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
    told = year_told_after(m, ctx)
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
    if SINCE.search(m.string, max(0, m.start() - 8), m.start()):
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
    pick = by_tense(cands, ref, future, lambda d: (d - ref).days, 200)
    return pick.isoformat(), P.DAY, "DATE"



def norm_month_day(m: re.Match[str], ctx: Context) -> Value | None:
    if m["mo"].startswith("May") and not m["y"] and m.string[m.end():m.end() + 1].isalpha():
        return None
    return _resolve_day(month_number(m["mo"]), _day(m["d"] or m.groupdict().get("sd") or ""),
                        m["y"], m, ctx)


norm_day_month = norm_month_day
norm_day_pair = norm_month_day  # the second day; times.py adds the first


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



def norm_holiday(m: re.Match[str], ctx: Context) -> Value | None:
    """A holiday's day; "Christmas week", "Thanksgiving weekend": the week holding it."""
    if m["y"]:
        pick = D.holiday_date(m["h"], int(m["y"]))
    elif ctx.ref is None:
        return None, P.WEEK if m["wk"] else P.DAY, "DATE"
    else:  # as a month-day named without a year: the side the tense points to, else nearest
        ref = ctx.ref
        days = [D.holiday_date(m["h"], y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        future = ctx.future(m.start(), m.end())
        # a holiday comes once a year, so a clause that looks ahead means the next one
        # however far ("will leave before Christmas", said in February); the reach of a
        # month-day guards against a year the text left out, which a holiday never needs
        pick = min(d for d in days if d >= ref) if future else by_tense(
            days, ref, future, lambda d: (d - ref).days, 200)
    if m["wk"]:
        return D.week_holding(pick, m["wk"].strip().lower()), P.WEEK, "DATE"
    return pick.isoformat(), P.DAY, "DATE"
