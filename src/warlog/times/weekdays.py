"""Normalisers for days told by their place in the week or from today: weekdays
("Tuesday", "last Friday", "Tuesday of last week"), "yesterday", "tonight", parts of a
day and clock times. Same contract as :mod:`warlog.times.normalise`."""

from __future__ import annotations

import datetime as dt
import re

from warlog.models import Precision
from warlog.times import dates as D
from warlog.times.normalise import Context, Value, _fut

P = Precision


def norm_clock_day(m: re.Match[str], ctx: Context) -> Value | None:
    day = norm_weekday_core(m["wd"], None, m, ctx)
    if day is None or day[0] is None or day[0].startswith("X"):
        return day
    h = int(m["h"]) % 12 + (12 if m["ap"].lower() == "p" else 0)
    return f"{day[0]}T{h:02d}:{m['mi'] or '00'}", P.DAY, "TIME"



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
