"""Times: quarters, fiscal years, seasons, spoken years and vague future references
(TimeML values, normalised against the publication date; no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin
from warlog.times.dates import year_number
from warlog.times.find import find_times

# Wednesday 1 November 1989: the fourth quarter has begun, the third is being reported
NOV = dt.date(1989, 11, 1)


def _values(text: str, published: dt.date = NOV) -> dict[str, str | None]:
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=published, language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    return {t.text: t.value for t in find_times(doc)}


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # tense picks the year of a quarter, as of a bare month
    ("The company expects to close the sale in the first quarter.", "the first quarter",
     "1990-Q1"),
    ("Profit fell in the first quarter.", "the first quarter", "1989-Q1"),
    # the quarter just ended is still being reported on
    ("It expects to report a loss for the third quarter.", "the third quarter", "1989-Q3"),
    # a year named before or after belongs to the quarter
    ("Profit fell in the fourth quarter of last year.", "the fourth quarter of last year",
     "1988-Q4"),
    ("Profit fell in last year's fourth quarter.", "last year's fourth quarter", "1988-Q4"),
    ("Sales in fiscal 1990's first quarter rose.", "fiscal 1990's first quarter", "1990-Q1"),
    ("Growth will slow in the first half of next year.", "the first half of next year",
     "1990-H1"),
    # fiscal years are named like calendar years
    ("Sales rose in the current fiscal year.", "the current fiscal year", "1989"),
    ("It expects a profit next fiscal year.", "next fiscal year", "1990"),
])
def test_quarters_and_fiscal_years(text: str, phrase: str, value: str) -> None:
    assert _values(text).get(phrase) == value


def test_in_january_the_fourth_quarter_is_the_one_just_ended() -> None:
    found = _values("It expects fourth-quarter profit to rise.",
                    dt.date(1998, 1, 26))
    assert found == {"fourth-quarter": "1997-Q4"}


def test_the_quarter_is_the_one_its_end_date_names() -> None:
    found = _values("Net income for the quarter ended Sept. 30 fell to $5 million from "
                    "$6 million a year earlier.")
    assert found["the quarter"] == "1989-Q3"
    assert found["a year earlier"] == "1988-Q3"  # the year-ago quarter


def test_a_fiscal_quarter_with_its_end_date_is_the_calendar_quarter() -> None:
    found = _values("It reported a loss for its fiscal first quarter ended Sept. 30.")
    assert found["fiscal first quarter"] == "1989-Q3"


def test_the_quarter_in_a_past_clause_is_the_last_one_over() -> None:
    assert _values("Net income in the quarter fell.")["the quarter"] == "1989-Q3"
    assert _values("Net income in the quarter will rise.")["the quarter"] == "1989-Q4"


@pytest.mark.parametrize("phrase", [
    "the same period last year", "the comparable quarter a year earlier",
    "the prior-year period",
])
def test_year_ago_quarter_phrases(phrase: str) -> None:
    text = f"Profit rose in the third quarter from {phrase}."
    assert _values(text)[phrase] == "1988-Q3"


def test_previous_quarter_counts_from_the_quarter_last_named() -> None:
    found = _values("Profit rose in the third quarter of 1988, from $5 million in 1987 "
                    "and from the previous quarter.")
    assert found["the previous quarter"] == "1988-Q2"


@pytest.mark.parametrize("text, phrase", [
    ("It will happen in the near future.", "the near future"),
    ("Talks will go on for the foreseeable future.", "the foreseeable future"),
    ("Prices will rise in the months ahead.", "the months ahead"),
    ("The years to come will be hard.", "The years to come"),
    ("In future, checks will be made.", "future"),
])
def test_vague_future_references(text: str, phrase: str) -> None:
    assert _values(text).get(phrase) == "FUTURE_REF"


def test_the_future_of_something_is_not_a_time() -> None:
    assert _values("This is the future of our peoples.") == {}


@pytest.mark.parametrize("text", [
    "Net income will fall.", "Prices could fall further.", "Prices will spring back.",
])
def test_a_season_word_used_otherwise_is_not_a_season(text: str) -> None:
    assert _values(text) == {}


def test_a_season_with_a_determiner_or_preposition_is_one() -> None:
    assert _values("Over the summer, prices rose.") == {"summer": "1989-SU"}
    assert _values("He left last fall.") == {"last fall": "1988-FA"}


def test_the_weeks_possessive_is_the_week() -> None:
    assert _values("The week's talks ended.") == {"The week": "1989-W44"}


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("We saw it in the winter of nineteen ninety-four.",
     "the winter of nineteen ninety-four", "1994-WI"),
    ("The approach of the year two thousand worries them.", "the year two thousand",
     "2000"),
    ("He was born in nineteen fifty-two.", "nineteen fifty-two", "1952"),
    ("It was founded in March nineteen ninety-seven.", "March nineteen ninety-seven",
     "1997-03"),
])
def test_years_read_aloud_in_transcripts(text: str, phrase: str, value: str) -> None:
    assert _values(text).get(phrase) == value


@pytest.mark.parametrize("text", ["Two thousand people marched.", "Nineteen people died."])
def test_counts_in_words_are_not_years(text: str) -> None:
    assert _values(text) == {}


@pytest.mark.parametrize(("text", "year"), [
    ("1994", 1994), ("nineteen ninety-four", 1994), ("nineteen oh five", 1905),
    ("eighteen hundred", 1800), ("two thousand", 2000), ("two thousand and one", 2001),
    ("nineteen", None), ("twenty twenty", None),
])
def test_year_number(text: str, year: int | None) -> None:
    assert year_number(text) == year


@pytest.mark.parametrize(("name", "year", "day"), [
    ("Christmas Eve", 1997, "1997-12-24"), ("Labor Day", 1998, "1998-09-07"),
    ("Memorial Day", 1998, "1998-05-25"), ("Election Day", 1998, "1998-11-03"),
    ("Good Friday", 1998, "1998-04-10"), ("Thanksgiving", 1999, "1999-11-25"),
    ("Martin Luther King Jr. Day", 1998, "1998-01-19"), ("Veterans' Day", 1998, "1998-11-11"),
])
def test_holiday_dates(name: str, year: int, day: str) -> None:
    from warlog.times.dates import holiday_date

    assert holiday_date(name, year).isoformat() == day


def test_holidays_are_found_by_name_not_inside_words() -> None:
    found = _values("Fighting stopped on Good Friday. Texas Eastern shares rose.",
                    dt.date(1998, 4, 20))
    assert found == {"Good Friday": "1998-04-10"}


def test_a_year_earlier_is_the_period_the_sentence_speaks_of() -> None:
    text = ("The third quarter was weak: a loss of $1 million, against a profit a year "
            "earlier. For the nine months, it lost $3 million, against year-earlier net "
            "income of $2 million.")
    doc_values = [v for k, v in _values(text).items() if "earlier" in k]
    assert doc_values == ["1988-Q3", "1988"]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # a year told after a quarter is its year; the quarter reported stays the context
    ("Profit rose in the third quarter. In the third quarter last year it fell.",
     "the third quarter last year"[:17], "1988-Q3"),
    ("Sales fell in the second quarter a year earlier.", "the second quarter", "1988-Q2"),
    # a quarter named by a month in it
    ("Sales rose in the September quarter.", "the September quarter", "1989-Q3"),
    ("Profit in the 1988 quarter was $2 million.", "the 1988 quarter", "1988-Q3"),
    ("Profit in the most recent quarter rose.", "the most recent quarter", "1989-Q3"),
    # "prior" is "previous"; "the full year" is the year
    ("Sales for the prior year fell.", "the prior year", "1988"),
    ("For the full year, it expects a loss.", "the full year", "1989"),
])
def test_quarter_and_year_conventions(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_a_quarter_a_year_back_does_not_become_the_quarter_reported() -> None:
    found = _values("Profit rose in the third quarter. In the third quarter last year, "
                    "it was lower. Sales fell from a year ago.")
    assert found["a year ago"] == "1988-Q3"


@pytest.mark.parametrize("span", ["three months", "period"])
def test_three_months_ended_a_date_is_that_quarter(span: str) -> None:
    found = _values(f"In the {span} ended Sept. 30, net rose to $5 million from $4 million "
                    "a year earlier.")
    assert found["a year earlier"] == "1988-Q3"


def test_a_year_before_reads_as_a_year_earlier_unless_an_event_follows() -> None:
    found = _values("Profit rose in the third quarter. A year before, it fell.")
    assert found["A year before"] == "1988-Q3"
    assert "a year before" not in _values("He left a year before the war began.")


def test_a_year_earlier_counts_from_the_year_last_told_outside_a_results_report() -> None:
    found = _values("The plant opened in 1995. A year earlier, the site was bought. "
                    "A year ago, it closed.")
    assert found["A year earlier"] == "1994"
    assert found["A year ago"] == "1988"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Net rose in the third quarter from a quarter earlier.", "a quarter earlier", "1989-Q2"),
    ("The past two quarters were weak.", "The past two quarters", "P2Q"),
    ("Crime has fallen from 1990 to the present.", "the present", "PRESENT_REF"),
    ("Someday the war will end.", "Someday", "FUTURE_REF"),
    ("The rally came on Independence Day.", "Independence Day", "1989-07-04"),
    ("They met on Mother's Day.", "Mother's Day", "1989-05-14"),
])
def test_quarters_as_units_references_and_holidays(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_the_present_before_a_noun_is_an_adjective() -> None:
    assert "the present" not in _values("The present crisis is bad.")


def test_a_unit_left_out_after_a_comparison() -> None:
    found = _values("The dividend will be twice as high this year as last. Sales this "
                    "year and next will rise. He came last.")
    assert found["last"] == "1988"
    assert found["next"] == "1990"
    assert list(_values("He came last. It was the last.")) == []


def test_a_quarter_then_last_year_counts_from_the_publication_year() -> None:
    # told in February 1990, "the fourth quarter" alone is 1989's; "last year" is 1989
    found = _values("Sales rose in the fourth quarter last year.", dt.date(1990, 2, 10))
    assert found["the fourth quarter"] == "1989-Q4"
    found = _values("Sales rose in the fourth quarter a year earlier.", dt.date(1990, 2, 10))
    assert found["the fourth quarter"] == "1988-Q4"


def test_this_quarter_in_a_results_report() -> None:
    found = _values("Net income fell in the third quarter. This quarter's loss includes "
                    "charges. The company expects a profit this quarter.")
    assert found["This quarter"] == "1989-Q3"  # the quarter reported
    assert found["this quarter"] == "1989-Q4"  # ahead: the current one


def test_in_n_units_ahead_is_a_date_otherwise_a_duration() -> None:
    found = _values("The stock would be redeemed in five years. It rose 5% in two days.")
    assert found["five years"] == "1994"
    assert found["two days"] == "P2D"


@pytest.mark.parametrize("text", [
    "A quarter of the town was destroyed.",
    "The first half of the match was calm.",
    "Rebels advanced in the second half of the war.",
])
def test_a_share_of_a_thing_is_no_period(text: str) -> None:
    assert _values(text) == {}


def test_a_half_of_a_time_is_still_a_period() -> None:
    assert _values("Profit rose in the first half of the year.") \
        == {"the first half of the year": "1989-H1"}


def test_times_a_share_widget_counter_is_no_year() -> None:
    """A page's "Get short URL" widget shows a counter: "1721" there is no year, while
    the same number after a word that takes a year still is."""
    values = _values("Get short URL 1721 The army said on Tuesday it had shelled the town.",
                     dt.date(2017, 10, 10))
    assert "1721" not in values
    assert _values("The fort was built in 1721.", dt.date(2017, 10, 10))["1721"] == "1721"
