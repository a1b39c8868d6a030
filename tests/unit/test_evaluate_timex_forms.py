"""The timex scorer's breakdown by phrase form and by the anchor a gold value agrees
with (fixtures written for it, no gold text)."""

from __future__ import annotations

import pytest

from warlog.evaluate import timex
from warlog.evaluate.timex_forms import by_form, form_of, render_forms


@pytest.mark.parametrize(("text", "form"), [
    ("Friday", "bare weekday"), ("last Friday", "last/this/next/previous weekday"),
    ("Friday night", "weekday + part of day"), ("Monday, Sept. 18", "weekday with a date"),
    ("two years ago", "<count> <unit>s ago / from now"),
    ("a week earlier", "<unit> earlier/later/before/after"),
    ("earlier this year", "earlier/later this <unit>"),
    ("the past two years", "the past/next <count> <unit>s"), ("fiscal 1998", "fiscal year"),
    ("the third quarter", "<ordinal> quarter/half"), ("last week", "last/past/previous <unit>"),
    ("this year", "this/current <unit>"), ("next month", "next/coming <unit>"),
    ("the same day", "the same/that/following <unit>"), ("the 1990s", "decade/century"),
    ("Oct. 5", "month + day"), ("June 1998", "month + year"), ("March", "bare month"),
    ("1998", "year alone"), ("now", "now"), ("recently", "recently/recent"),
    ("currently", "currently/present"), ("days", "other"),
])
def test_evaluate_timex_form_of_a_phrase(text: str, form: str) -> None:
    assert form_of(text) == form


def test_evaluate_timex_breakdown_by_form_and_anchor() -> None:
    gold = [{"start": 0, "end": 7, "text": "Jan. 20", "type": "DATE", "value": "2000-01-20"},
            {"start": 10, "end": 22, "text": "the same day", "type": "DATE",
             "value": "2000-01-20"},
            {"start": 30, "end": 36, "text": "Friday", "type": "DATE", "value": "2000-01-14"},
            {"start": 40, "end": 49, "text": "this week", "type": "DATE", "value": "2000-WXX"}]
    predicted = [{"start": 0, "end": 7, "type": "DATE", "value": "2000-01-20"},
                 {"start": 10, "end": 22, "type": "DATE", "value": "2000-01-15"},
                 {"start": 30, "end": 36, "type": "DATE", "value": "2000-01-07"}]
    rows = by_form(timex.score_document(gold, predicted, "2000-01-15")["forms"])
    assert rows["month + day"] == {"gold": 1, "found": 1, "right": 1, "wrong": {}}
    assert rows["the same/that/following <unit>"]["wrong"] == {
        "gold day, got day": 1, "gold = the time last told": 1}
    assert rows["bare weekday"]["wrong"] == {
        "gold day, got day": 1, "gold = no time told before": 1}
    assert rows["this/current <unit>"] == {"gold": 1, "found": 0, "right": 0,
                                           "wrong": {"missed": 1}}
    assert "2000" not in "\n".join(render_forms(rows))  # aggregates only
