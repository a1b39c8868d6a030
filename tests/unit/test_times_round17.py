"""Times, round 17 (issue 15): a period named by its end date when that date is a year
alone or a month counted from the report ("the fiscal year ending in 1990", "the year
ending next June") (fixtures written for this rule, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

NOV = dt.date(1989, 11, 9)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    # a year alone names the (fiscal) year that ends in it
    ("The mill expects a profit in the fiscal year ending in 1990.",
     [("the fiscal year", "1990"), ("1990", "1990")]),
    ("The mill posted a loss in the fiscal year that ended in 1988.",
     [("the fiscal year", "1988"), ("1988", "1988")]),
    # a month counted from the report: the year that holds it
    ("The mill expects a loss for the fiscal year ending next June.",
     [("the fiscal year", "1990"), ("next June", "1990-06")]),
    ("The mill posted a loss for the quarter ended last June.",
     [("the quarter", "1989-Q2"), ("last June", "1989-06")]),
    # a year alone says no quarter and no week: as before
    ("The mill expects a loss in the quarter ending in 1990.",
     [("the quarter", "1989-Q4"), ("1990", "1990")]),
    ("Sales rose in the week that ended in 1988.", [("1988", "1988")]),
    # a full end date: as before
    ("The mill expects a loss for the fiscal year ending Sept. 30, 1990.",
     [("the fiscal year", "1990"), ("Sept. 30, 1990", "1990-09-30")]),
])
def test_times_a_period_ending_in_a_year_or_a_counted_month(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, NOV) == expected


MAR = dt.date(2021, 3, 9)  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # a night counts as the day it falls in, as "last night" is yesterday's
    ("Gunmen raided the depot two nights ago.", [("two nights ago", "2021-03-07")]),
    ("Gunmen raided the depot three nights ago, police said.",
     [("three nights ago", "2021-03-06")]),
    ("Gunmen raided the depot a few nights ago.", [("a few nights ago", "PAST_REF")]),
    ("Gunmen raided the depot on Sunday. Two nights later, they came back.",
     [("Sunday", "2021-03-07"), ("Two nights later", "2021-03-09")]),
    # before an event it is a length, as "two days before the vote" is: no date
    ("Gunmen raided the depot two nights before the vote.", []),
])
def test_times_nights_counted_back_are_days(text: str,
                                            expected: list[tuple[str, str]]) -> None:
    assert found_times(text, MAR) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the night before" is the day before, as "the previous night" and "the day before" are
    ("Gunmen raided the depot the night before.", [("the night before", "2021-03-08")]),
    ("Gunmen raided the depot the night before last.",
     [("the night before last", "2021-03-07")]),
    ("The army said on Monday that gunmen had raided the depot the night before.",
     [("Monday", "2021-03-08"), ("the night before", "2021-03-07")]),
])
def test_times_the_night_before_is_the_day_before(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert found_times(text, MAR) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a part of day after "the next", "the previous", "the same" is its day, counted from
    # the day last told as "the next day" is
    ("Gunmen raided the depot on Sunday. The next morning, the bodies were found.",
     [("Sunday", "2021-03-07"), ("The next morning", "2021-03-08")]),
    ("Gunmen left the depot on Sunday. They had raided it the previous evening.",
     [("Sunday", "2021-03-07"), ("the previous evening", "2021-03-06")]),
    ("Gunmen raided the depot on Sunday. The same afternoon, they left.",
     [("Sunday", "2021-03-07"), ("The same afternoon", "2021-03-07")]),
])
def test_times_the_next_morning_is_the_next_day(text: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert found_times(text, MAR) == expected
