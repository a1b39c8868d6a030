"""Times, round 6: weekdays moved by whole weeks or set beside a date, a statement's
weekend before "that", hours counted back to a day, open deadlines (fixtures written for
these rules, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

# Friday 13 February 1998; Monday 16 February 1998
FRIDAY = dt.date(1998, 2, 13)
MONDAY = dt.date(1998, 2, 16)



def _times(text: str, published: dt.date = FRIDAY) -> list[tuple[str, str | None]]:
    return found_times(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # the latest Saturday is 7 February; a week before it, 31 January
    ("The strike began a week ago Saturday.", [("a week ago Saturday", "1998-01-31")]),
    ("The mill closed two weeks ago Monday.", [("two weeks ago Monday", "1998-01-26")]),
    # the coming Monday is 16 February; a week after it, 23 February
    ("The vote will be held a week from Monday.", [("a week from Monday", "1998-02-23")]),
    # "the Saturday before last": a week before the latest Saturday
    ("The strike began the Saturday before last.",
     [("the Saturday before last", "1998-01-31")]),
    # a count of units back from a day word moves that day
    ("The strike began a year ago today.", [("a year ago today", "1997-02-13")]),
    ("The strike began a week ago yesterday.", [("a week ago yesterday", "1998-02-05")]),
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


@pytest.mark.parametrize(("published", "text", "expected"), [
    (dt.date(1998, 12, 30), "The markets were quiet during Christmas week.",
     [("Christmas week", "1998-W52")]),
    (dt.date(1998, 11, 30), "Roads were busy over the Thanksgiving weekend.",
     [("Thanksgiving weekend", "1998-W48-WE")]),
    # a Monday holiday's weekend is the one just before it
    (dt.date(1998, 9, 10), "Roads were busy over the Labor Day weekend.",
     [("Labor Day weekend", "1998-W36-WE")]),
    (dt.date(1998, 12, 30), "The markets were shut on Christmas.",
     [("Christmas", "1998-12-25")]),
])
def test_a_holidays_week_is_the_week_that_holds_it(
        published: dt.date, text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(("published", "text", "value"), [
    # told in a past clause before December: the year-end over, and a figure told at
    # it stood on its closing day (round 8: the date of a year's accounts)
    (dt.date(1989, 10, 30), "Debt rose to $5 million from $4 million at year-end.",
     "1988-12-31"),
    (dt.date(1989, 10, 30), "The sale will close by year-end.", "1989-12"),
    # told in December, the year-end of the year itself
    (dt.date(1989, 12, 15), "Debt rose to $5 million at year-end.", "1989-12-31"),
    (dt.date(1989, 10, 30), "Debt rose to $5 million at last year's end.", "1988-12-31"),
])
def test_a_year_end_takes_the_side_its_tense_points_to(
        published: dt.date, text: str, value: str) -> None:
    assert [v for _t, v in _times(text, published)] == [value]


@pytest.mark.parametrize(("published", "text", "expected"), [
    # the nearest month, back by default, whose 13th is a Friday
    (dt.date(1989, 10, 26), "The market fell on Friday the 13th.",
     [("Friday the 13th", "1989-10-13")]),
    (dt.date(1998, 10, 30), "The attack came on Monday, the 19th.",
     [("Monday, the 19th", "1998-10-19")]),
    # ahead in a clause that looks ahead
    (dt.date(1998, 10, 30), "The vote will take place on Monday the 16th.",
     [("Monday the 16th", "1998-11-16")]),
    # an ordinal before a capitalised name is a unit's number, not a day
    (dt.date(1998, 10, 30), "The attack came on Monday the 5th Brigade said.",
     [("Monday", "1998-10-26")]),
])
def test_a_weekday_with_its_day_of_the_month(
        published: dt.date, text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text, published) == expected


@pytest.mark.parametrize(("text", "value"), [
    # a date that an act sets for an event lies ahead of the act
    ("Officials called a meeting for Tuesday.", "1998-02-17"),
    ("Officials moved the vote to Tuesday.", "1998-02-17"),
    ("A meeting has been called for Tuesday.", "1998-02-17"),
    # a time not before which a thing is due
    ("The report isn't due until Tuesday.", "1998-02-17"),
    # a participle alone names the plan (it may be over); "called for calm" sets no date
    ("A memorial planned for Saturday was canceled.", "1998-02-14"),
    ("Officials called for calm Tuesday.", "1998-02-10"),
])
def test_a_date_set_by_an_act_looks_ahead(text: str, value: str) -> None:
    assert [v for _t, v in _times(text, MONDAY)] == [value]
