"""Times, round 8: a past year-end as the closing day of a year's accounts (fixtures
written for this rule, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

# Monday 30 October 1989
OCT = dt.date(1989, 10, 30)



def _times(text: str, published: dt.date = OCT) -> list[tuple[str, str | None]]:
    return found_times(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # a figure that stood at year-end, told in the past: December 31 of the year over
    ("The lender's reserves were $9 million at year-end, it said.",
     [("year-end", "1988-12-31")]),
    ("Its cash fell from $12 million at year-end to $3 million.",
     [("year-end", "1988-12-31")]),
    ("Borrowings had climbed since year-end.", [("year-end", "1988-12-31")]),
])
def test_times_a_past_year_end_is_the_closing_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ahead, the time of an act to come: the month
    ("The merger should be finished around year-end.", [("year-end", "1989-12")]),
    # before a noun it modifies, the season it names: the month
    ("The year-end rally in bank shares faded.", [("year-end", "1988-12")]),
    ("Staff were paid smaller year-end bonuses.", [("year-end", "1988-12")]),
])
def test_times_a_year_end_ahead_or_before_a_noun_stays_the_month(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected
