"""Times, round 6: weekdays moved by whole weeks or set beside a date, a statement's
weekend before "that", hours counted back to a day, open deadlines (fixtures written for
these rules, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin
from warlog.times.find import find_times

# Friday 13 February 1998; Monday 16 February 1998
FRIDAY = dt.date(1998, 2, 13)
MONDAY = dt.date(1998, 2, 16)


def _times(text: str, published: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=published, language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    return [(t.text, t.value) for t in find_times(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    # the latest Saturday is 7 February; a week before it, 31 January
    ("The strike began a week ago Saturday.", [("a week ago Saturday", "1998-01-31")]),
    ("The mill closed two weeks ago Monday.", [("two weeks ago Monday", "1998-01-26")]),
    # the coming Monday is 16 February; a week after it, 23 February
    ("The vote will be held a week from Monday.", [("a week from Monday", "1998-02-23")]),
    # without a weekday right after it, "a week ago" is still the week
    ("The strike began a week ago. Monday was calm.",
     [("a week ago", "1998-W06"), ("Monday", "1998-02-09")]),
])
def test_a_count_of_weeks_moves_the_weekday_by_whole_weeks(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bridge reopened on Oct. 23, a Thursday.",
     [("Oct. 23", "1997-10-23"), ("Thursday", "1997-10-23")]),
    ("The bridge reopened on Oct. 19 (Sunday) at dawn.",
     [("Oct. 19", "1997-10-19"), ("Sunday", "1997-10-19")]),
    # another weekday, or one in the next sentence, is not the date's own
    ("The bridge reopened on Oct. 22. Sunday was calm.",
     [("Oct. 22", "1997-10-22"), ("Sunday", "1998-02-08")]),
])
def test_a_weekday_set_beside_a_date_is_that_dates_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Officials said over the weekend that the strike was over.",
     [("the weekend", "1998-W07-WE")]),
    ("The mayor told reporters over the weekend that he would resign.",
     [("the weekend", "1998-W07-WE")]),
    # a relative clause on the unit still picks out some other week
    ("It was the week that the war began.", []),
])
def test_a_statements_weekend_before_that(text: str,
                                          expected: list[tuple[str, str]]) -> None:
    assert _times(text, MONDAY) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("The convoy left 48 hours ago.", "1998-02-11"),
    ("The convoy left 12 hours ago.", "1998-02-13"),
    ("The convoy will leave 48 hours from now.", "1998-02-15"),
])
def test_hours_ago_reach_back_to_their_day(text: str, value: str) -> None:
    assert [v for _t, v in _times(text)] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("The council has until Tuesday to reply.", "1998-02-17"),
    ("The council has only until Tuesday to reply.", "1998-02-17"),
    # "has" with another verb between is no deadline: the past default stays
    ("The army has held the bridge until Tuesday.", "1998-02-10"),
])
def test_an_open_deadline_looks_ahead(text: str, value: str) -> None:
    assert [v for _t, v in _times(text, MONDAY)] == [value]
