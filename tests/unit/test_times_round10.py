"""Times, round 10: "the past" before a fiscal or calendar unit (fixtures written for
this rule, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin
from warlog.times.find import find_times

# Monday 30 October 1989
OCT = dt.date(1989, 10, 30)


def _times(text: str, published: dt.date = OCT) -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=published, language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    return [(t.text, t.value) for t in find_times(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # "the past" before a fiscal or calendar unit is that unit, not PAST_REF
    ("Sales at the mill rose in the past fiscal year.", [("the past fiscal year", "1988")]),
    ("Sales rose in the past calendar year.", [("the past calendar year", "1988")]),
    ("Sales rose in the past fiscal quarter.", [("the past fiscal quarter", "1989-Q3")]),
    ("Mills were smaller in the past.", [("in the past", "PAST_REF")]),
    # "the latest" or "the most recent" fiscal quarter is the latest one over
    ("Sales rose in the latest fiscal quarter.", [("the latest fiscal quarter", "1989-Q3")]),
    ("Sales rose in the most recent fiscal quarter.",
     [("the most recent fiscal quarter", "1989-Q3")]),
])
def test_times_past_and_latest_fiscal_units(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected
