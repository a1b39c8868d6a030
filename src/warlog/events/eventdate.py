"""The event's date: the date its own sentences state, else the report's narrative date,
else the publication date; and whether that date makes it history (background)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.days import days_named, starts_a_stretch
from warlog.events.told_when import act_times, own_day_later, restating, told_as_before
from warlog.models import Precision, TimeExpr
from warlog.nlp.parse import doc_text, span_text
from warlog.times.dates import parse_value

if TYPE_CHECKING:
    from spacy.tokens import Span

_YEAR_RX = re.compile(r"\b(?:in|since|back in|during|of)\s+((?:19|20)\d\d)\b")

_DATE_VALUE_RX = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-Q[1-4])?$")


def _year(value: str | None) -> int | None:
    """The year of a calendar date value (not of seasons, durations or references)."""
    if value and _DATE_VALUE_RX.match(value):
        return int(value[:4])
    return None


# the report's own dateline: "Published October 31 2014", "Updated: 3 May"; it dates the
# report, not an event
_DATELINE_RX = re.compile(
    r"\b(?:published|updated|posted|dated|date of publication)\s*(?:on\b|:)?\s*$", re.I
)


def _dateline(t: TimeExpr, text: str) -> bool:
    return bool(_DATELINE_RX.search(text[max(0, t.start - 25) : t.start]))


def sentence_date(sent: Span, times: Sequence[TimeExpr]) -> tuple[str, Precision] | None:
    """The most precise calendar date stated in ``sent`` (or a year it names), or None; a
    clock time by the day it names ("9 a.m. Tuesday"); the report's dateline dates none."""
    text = doc_text(sent.doc)
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char]
    lines = [t for t in inside if _dateline(t, text)]
    dated = [t for t in inside if (t.type == "DATE" or days_named(t.text)) and t not in lines
             and _year(str(t.value)[:10]) and not starts_a_stretch(text, t.start)]
    dated = act_times(dated, text, sent)  # "... last week, the ministry said on Thursday"
    if dated:
        best = min(dated, key=lambda t: list(Precision).index(t.precision))
        return str(best.value).split("T")[0], best.precision
    body = span_text(sent)
    for t in lines:  # the year of a dateline is no year of the sentence
        a, b = t.start - sent.start_char, t.end - sent.start_char
        body = body[:a] + " " * (b - a) + body[b:]
    m = _YEAR_RX.search(body)
    return (m.group(1), Precision.YEAR) if m else None


def pick_date(
    sents: Sequence[Span],
    times: Sequence[TimeExpr],
    published: dt.date | None,
    before: Sequence[Span] = (),
    news: bool = False,
) -> tuple[str | None, Precision, bool]:
    """(date, precision, from_text): the date in the event's first sentence, else the last
    date stated before it (the report's narrative date; a past date only from the sentence
    just before), else a recent date in its other sentences, else the publication date.
    In a news report (``news``), a date opening the text ("Sunday 25 August 2013 Kerry
    discusses ...") stamps the report, not the act: a date the event's sentences state
    comes first (a short record's opening date, "18 September 2018: jets bombed ...",
    is its incident's)."""
    stamped = [t for t in times if t.start > 2]
    if news and len(stamped) < len(times):
        told = pick_date(sents, stamped, published, before)
        if told[2]:
            return told
    found = sentence_date(sents[0], times) if sents else None
    if found is None and sents and (again := restating(sents[0])) is not None:
        found = sentence_date(again, times)  # "... The attack took place on Saturday."
    found = own_day_later(sents, times, found, sentence_date)  # "said Friday"; "killed Thursday"
    for back, sent in enumerate(reversed(before)):
        if found is None:
            got = sentence_date(sent, times)
            # a past told as background carries over to the next sentence only ("In 2014
            # IS overran Mosul. It then ..."); a recent date sets the narrative further on
            if got is not None and (back == 0 or not is_historical(got[0], published)):
                found = got
    for sent in sents[1:]:
        if found is None and not told_as_before(sent):  # "... had been set up on Monday"
            got = sentence_date(sent, times)
            if got is not None and not is_historical(got[0], published):
                found = got
    if found is not None:
        return found[0], found[1], True
    if published is not None:
        return published.isoformat(), Precision.DAY, False
    return None, Precision.UNKNOWN, False


HISTORY_DAYS = 30  # CODING.md: more than about 30 days before publication is background


def is_historical(date: str | None, published: dt.date | None) -> bool:
    """Background rather than news: everything the date can mean lies more than
    HISTORY_DAYS before publication ("2015", "June 2014"; not "2017" in a 2017 report)."""
    span = parse_value(date) if date else None
    if span is None or published is None:
        return False
    return (published - span[1]).days > HISTORY_DAYS


