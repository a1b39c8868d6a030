"""Times: find time expressions and normalise them against the publication date.

A rule grammar (:mod:`warlog.times.grammar`) finds candidate phrases; the
leftmost-longest ones that a normaliser accepts are kept, in text order, so that
"two days later" and "the same day" can lean on the last date mentioned. Values follow
TimeML (``2017-09-14``, ``2017-W37``, ``2017-08``, ``2017-Q3``, ``2015``, ``201``,
``PAST_REF``...). The tense around an expression decides whether a bare weekday or month
lies before or after the publication date (:mod:`warlog.times.tense`).

Also here: :func:`event_date`, which picks the date of an event from the times in or
near its sentence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from warlog.models import Document, Precision, TimeExpr
from warlog.times import dates as D
from warlog.times import days, lengths, months, periods, refs, relative, units, weekdays
from warlog.times.dates import parse_value
from warlog.times.filed import filed_on
from warlog.times.grammar import COUNTED, RULES, keyword_class
from warlog.times.monthday import day_of_month, month_of_year
from warlog.times.names import in_name
from warlog.times.normalise import Context, Value
from warlog.times.tense import tense_finder

if TYPE_CHECKING:
    from spacy.tokens import Doc

METHOD = "times.rules.v1"
Normaliser = Callable[[re.Match[str], Context], "Value | None"]
NORMALISERS: dict[str, Normaliser] = {
    name[5:]: fn
    for mod in (days, months, weekdays, periods, relative, units, lengths, refs)
    for name, fn in vars(mod).items()
    if name.startswith("norm_") and callable(fn)
}

#: the second day of "April 24 and 25", "Oct. 5-6", "October 5th and 6th", "May 3 to 7"
#: (not an amount or a clock time: "rose on Oct. 5 to 7.5%", "on Oct. 5 to 4 million")
_SECOND_DAY = re.compile(
    r"\s*(?:and|&|or|-|–|to|through|until)\s*(\d{1,2}(?:st|nd|rd|th)\b"
    r"|\d{1,2}(?!\d|:|[.,]\d|\s*(?:%|[ap]\.?m))\b"
    rf"(?!\s+(?i:{COUNTED}|[a-z]+s\b|million|billion|thousand|hundred|percent|per\b)))"
    r"(?:,?\s+((?:1[6-9]|20)\d\d)\b)?")
#: "the previous year", "the prior month": a text steps back from its time to compare
#: and keeps that time, so a second "the previous year" is the same year, not one more
#: step back (a step forward, "the following year", does move the narrative on; so do
#: days, which narrate: "the previous day" is where the story now stands).
_STEP_BACK = re.compile(r"(?i:the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+)?"
                        r"(?:week|month|quarter|year)\b)")
_WORD = re.compile(r"[\w'’-]+")
_REACH = 45  # characters a phrase may extend either side of its keyword


def _windows(text: str) -> list[tuple[int, int, set[str]]]:
    """Stretches of text around time keywords, with the keyword classes in each: the
    grammar runs only there, which keeps the stage cheap next to spaCy."""
    spans: list[tuple[int, int, set[str]]] = []
    for k in _WORD.finditer(text):
        kind = keyword_class(k.group())
        if kind is None:
            continue
        lo, hi = max(0, k.start() - _REACH), min(len(text), k.end() + _REACH)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi, spans[-1][2] | {kind})
        else:
            spans.append((lo, hi, {kind}))
    return spans


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    found: dict[tuple[int, int, int], re.Match[str]] = {}
    for lo, hi, kinds in _windows(text):
        window = text[lo:hi].lower()
        for order, rule in enumerate(RULES):
            if rule.needs.isdisjoint(kinds) or not rule.may_match(window):
                continue
            for m in rule.pattern.finditer(text, lo, hi):
                if m.end() > m.start():
                    found.setdefault((m.start(), m.start() - m.end(), order), m)
                if m.groupdict().get("wd") and m.groupdict().get("mo"):
                    # "this coming Sunday, March eighth": the date without its weekday
                    # too, for when a longer phrase has taken the weekday
                    start = min(m.start("mo"), m.start("d")) if m["d"] else m.start("mo")
                    bare = rule.pattern.match(text, start, hi)
                    if bare is not None and bare.end() > bare.start():
                        found.setdefault((bare.start(), bare.start() - bare.end(), order),
                                         bare)
    return sorted((k[0], k[1], k[2], m) for k, m in found.items())


def _remember(ctx: Context, value: str | None, precision: Precision) -> None:
    if value and value[:1].isdigit():
        span = parse_value(value.split("T")[0])
        if span is not None:
            ctx.last, ctx.last_value = span[0], value
    if value and precision is Precision.DAY and value[:4].isdigit():
        try:
            ctx.anchor = dt.date.fromisoformat(value[:10])
        except ValueError:
            return


def _trim(text: str, start: int, end: int) -> int:
    """End of a match without trailing punctuation: keep "Sept." but not "1998,"."""
    while end > start and text[end - 1] in " ,.-":
        if text[end - 1] == "." and re.search(r"[A-Z][a-z]{1,3}\.$", text[start:end]):
            break
        end -= 1
    return end


def _expr(m: re.Match[str], start: int, end: int, value: str | None,
          precision: Precision) -> TimeExpr:
    end = _trim(m.string, start, end)
    return TimeExpr(start=start, end=end, text=m.string[start:end], value=value,
                    precision=precision, type="DATE", method=METHOD)


def _pair(m: re.Match[str], value: str | None, precision: Precision) -> list[TimeExpr]:
    """Both ends of "3-4 May", "between 16 and 22 September", "2014-2016"."""
    if "y1" in m.groupdict() and m["y1"]:
        y1, y2 = int(m["y1"]), m["y2"]
        second = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        return [_expr(m, m.start("y1"), m.end("y1"), str(y1), precision),
                _expr(m, m.start("y2"), m.end("y2"), str(second), precision)]
    if value is None or not value[:4].isdigit():
        return [_expr(m, m.start("d1"), m.end(), value, precision)]
    last = dt.date.fromisoformat(value[:10])
    month = D.MONTHS[m["mo1"].lower().rstrip(".")] if m["mo1"] else last.month
    year = last.year - 1 if m["mo1"] and month > last.month else last.year
    first = D.safe_date(year, month, int(re.sub(r"\D", "", m["d1"])))
    if first is None or first >= last:
        return [_expr(m, m.start("d"), m.end(), value, precision)]
    first_end = m.end("mo1") if m["mo1"] else m.end("d1")
    return [_expr(m, m.start("d1"), first_end, first.isoformat(), precision),
            _expr(m, m.start("d"), m.end(), value, precision)]


def _second_day(text: str, m: re.Match[str], first: TimeExpr) -> list[TimeExpr]:
    """"April 24 and 25[, 2016]": both days (the year after the second applies to both)."""
    pair = _SECOND_DAY.match(text, m.end())
    value = first.value or ""
    if pair is None or m["y"] or not value[:4].isdigit():
        return [first]
    year = int(pair.group(2)) if pair.group(2) else int(value[:4])
    second = int(pair.group(1).rstrip("stndrh"))  # "6th"
    day1, day2 = D.safe_date(year, int(value[5:7]), int(value[8:10])), \
        D.safe_date(year, int(value[5:7]), second)
    if day1 is None or day2 is None or day2 <= day1:
        return [first]
    end = pair.end(2) if pair.group(2) else pair.end(1)
    return [dataclasses.replace(first, value=day1.isoformat()),
            TimeExpr(start=pair.start(1), end=end, text=text[pair.start(1):end],
                     value=day2.isoformat(), precision=Precision.DAY, type="DATE",
                     method=METHOD)]


def find_times(doc: Document, sdoc: Doc | None = None) -> tuple[TimeExpr, ...]:
    """Every time expression in ``doc.text``, normalised against ``doc.published``."""
    text = doc.text
    filed = filed_on(text, doc.published)  # "BAGHDAD, June 7 (Reuters) -": counted from
    ctx = Context(published=filed, future=tense_finder(text, sdoc, filed))
    out: list[TimeExpr] = []
    taken = 0
    for start, _neg, order, m in _candidates(text):
        if start < taken:
            continue
        rule = RULES[order]
        if in_name(text, start, m.end(), rule.name):
            continue  # "The Sunday Times", "the March 14 alliance"
        result = NORMALISERS[rule.name](m, ctx)
        if result is None:
            continue
        value, precision, kind = result
        if rule.name in ("day_pair", "year_pair"):
            pair = _pair(m, value, precision)
            out += pair
            if pair:
                _remember(ctx, pair[-1].value, precision)
                taken = pair[-1].end
            continue
        end = _trim(text, start, m.end())
        out.append(TimeExpr(start=start, end=end, text=text[start:end], value=value,
                            precision=precision, type=kind, method=METHOD))
        # "the 3rd of this month": a day; "the last month of 1997": a month
        day = day_of_month(text, out[-1]) or month_of_year(text, out[-1])
        if day is not None:
            out[-1:] = []
            out = [t for t in out if t.end <= day.start]
            out.append(day)
            value, precision = day.value, day.precision
        if rule.name not in ("ago", "anchor_day") and not _STEP_BACK.match(m.group(0)):
            _remember(ctx, value, precision)
        taken = end
        if rule.name == "month_day":
            both = _second_day(text, m, out.pop())  # "April 24 and 25"
            out += both
            _remember(ctx, both[-1].value, precision)
            taken = both[-1].end
    return tuple(_range_starts(text, out, filed))


_RANGE_OPEN = re.compile(r"(?i:\b(?:from|between)\s+)$")
_RANGE_JOIN = re.compile(r"(?i:\s*(?:through|to|until|till|and|-|–)\s*)")
_NO_YEAR = re.compile(r"^\D*(?:\d{1,2}\D*)?$")  # a date told without its year
_WEEKDAY_ONLY = re.compile(r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)")


def _range_starts(text: str, times: list[TimeExpr],
                  ref: dt.date | None = None) -> list[TimeExpr]:
    """"from Jan. 1 through Sept. 30": a range's start comes before its end, so a start
    told without a year that the tense put after the end is the year before. Two
    weekdays ("from Monday to Friday") name days of one week or of two in a row: the
    range is the next such span ahead when its start is, else the latest one over."""
    out = list(times)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        va, vb = a.value or "", b.value or ""
        if not (re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", va)
                and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", vb)):
            continue
        if not (_RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
                and _RANGE_JOIN.fullmatch(text, a.end, b.start)
                and _NO_YEAR.match(a.text) and va > vb):
            continue
        if _WEEKDAY_ONLY.fullmatch(a.text) and _WEEKDAY_ONLY.fullmatch(b.text):
            week = dt.timedelta(days=7)
            if ref is not None and dt.date.fromisoformat(va) > ref:  # ahead: the end moves
                out[i + 1] = dataclasses.replace(
                    b, value=(dt.date.fromisoformat(vb) + week).isoformat())
            else:  # over: the start is the week before
                out[i] = dataclasses.replace(
                    a, value=(dt.date.fromisoformat(va) - week).isoformat())
            continue
        year = int(vb[:4]) - (1 if va[4:] > vb[4:len(va)] else 0)
        out[i] = dataclasses.replace(a, value=f"{year}{va[4:]}")
    return out


def _date_part(value: str | None) -> str | None:
    """"2000-04-05TNI" -> "2000-04-05"; other values unchanged."""
    return value.split("T")[0] if value else None


_RANK = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.QUARTER: 3,
         Precision.YEAR: 4, Precision.DECADE: 5, Precision.UNKNOWN: 6}


def event_date(
    times: Sequence[TimeExpr], start: int, end: int, published: dt.date | None,
    window: int = 400,
) -> tuple[str | None, Precision]:
    """The date of an event whose evidence spans ``start:end`` (a sentence, say).

    Picks the most precise dated DATE/TIME expression inside the span (the first of
    equals); failing that, the nearest one ending up to ``window`` characters before
    it (news states the date once, then narrates); failing that the publication date
    at day precision, marked as such only because news reports recent events; and
    ``(None, Precision.UNKNOWN)`` when there is no publication date either.
    Durations, sets and *_REF values never date an event.
    """

    def usable(t: TimeExpr) -> bool:
        return (t.type in ("DATE", "TIME") and t.value is not None
                and t.value[:1].isdigit())

    inside = [t for t in times if usable(t) and t.start >= start and t.end <= end]
    if inside:
        best = min(inside, key=lambda t: (_RANK[t.precision], t.start))
        return _date_part(best.value), best.precision
    before = [t for t in times if usable(t) and start - window <= t.end <= start
              and t.precision is Precision.DAY]
    if before:
        last = max(before, key=lambda t: t.end)
        return _date_part(last.value), last.precision
    if published is not None:
        return published.isoformat(), Precision.DAY
    return None, Precision.UNKNOWN
