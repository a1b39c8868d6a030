"""Times in results reports and other periods told by their end: which quarter a
comparison speaks of, "the past quarter", "the week ended Oct. 20" (TimeML values,
normalised against the publication date; no model)."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin
from warlog.times.find import find_times

# Thursday 26 October 1989: the third quarter is being reported
OCT = dt.date(1989, 10, 26)


def _values(text: str, published: dt.date = OCT) -> dict[str, str | None]:
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=published, language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    return {t.text: t.value for t in find_times(doc)}


def test_a_quarter_named_in_passing_does_not_replace_the_quarter_reported() -> None:
    found = _values("Acme said third-quarter profit rose 10%. In the second quarter, it "
                    "earned $3 million. Revenue rose 5% from a year earlier.")
    assert found["the second quarter"] == "1989-Q2"
    assert found["a year earlier"] == "1988-Q3"


def test_a_year_earlier_compares_with_the_quarter_of_its_own_sentence() -> None:
    found = _values("Acme said third-quarter profit rose. It expects fourth-quarter "
                    "earnings to be flat with a year earlier.")
    assert found["a year earlier"] == "1988-Q4"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("In the past quarter, profits climbed.", "the past quarter", "1989-Q3"),
    ("Over the past weekend, prices fell.", "the past weekend", "1989-W42-WE"),
])
def test_the_past_unit_is_that_unit_not_the_past(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("In the week ended Oct. 20, sales rose.", "the week", "1989-W42"),
    ("In the month ended Sept. 30, sales fell.", "the month", "1989-09"),
    ("For the year ended Dec. 31, 1988, sales rose.", "the year", "1988"),
    ("For the fiscal year ended June 30, net rose.", "the fiscal year", "1989"),
])
def test_a_period_followed_by_its_end_date_is_the_unit_of_that_date(
        text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Net rose from last year's comparable quarter.", "last year's comparable quarter",
     "1988-Q3"),
    ("Net rose from last year's third period.", "last year's third period", "1988-Q3"),
    ("Net rose from the previous year's period.", "the previous year's period", "1988-Q3"),
    ("Net rose from the comparable 1988 quarter.", "the comparable 1988 quarter", "1988-Q3"),
    ("Net rose from the comparable period of 1988.", "the comparable period of 1988",
     "1988-Q3"),
    ("Net rose from the 1988 period.", "the 1988 period", "1988-Q3"),
])
def test_the_same_period_a_year_back_told_by_its_year(text: str, phrase: str,
                                                      value: str) -> None:
    found = _values("Acme posted higher third-quarter profit. " + text)
    assert found[phrase] == value


def test_a_period_of_a_longer_span_compared_is_the_year() -> None:
    found = _values("Acme posted higher third-quarter profit. For the nine months, net "
                    "rose from the 1988 period.")
    assert found["the 1988 period"] == "1988"


@pytest.mark.parametrize(("text", "value"), [
    ("Earnings this year will be lower compared with last.", "1988"),
    ("Sales this quarter rose compared to last.", "1989-Q3"),
    ("He expects sales this year to exceed last.", "1988"),
])
def test_a_unit_left_out_after_a_comparing_word(text: str, value: str) -> None:
    assert _values(text)["last"] == value


def test_last_as_a_verb_is_no_time() -> None:
    assert "last" not in _values("The ceasefire this week is unlikely to last.")


def test_a_second_step_back_is_the_same_year() -> None:
    found = _values("Net rose to $5 million from $4 million in the prior year. Sales rose "
                    "from the previous year.")
    assert found["the prior year"] == "1988"
    assert found["the previous year"] == "1988"


def test_the_quarter_reported_is_the_last_one_over_when_named() -> None:
    found = _values("After a loss in the second quarter, Acme returned to profit in the "
                    "third quarter. Net rose to $5 million from $4 million a year earlier.")
    assert found["a year earlier"] == "1988-Q3"


def test_the_quarter_alone_is_the_quarter_reported() -> None:
    found = _values("Acme said third-quarter net rose. In the second quarter, it earned "
                    "$3 million. Revenue for the quarter rose 5%.")
    assert found["the quarter"] == "1989-Q3"


@pytest.mark.parametrize(("text", "phrase"), [
    ("The cash will pay for future acquisitions.", "future"),
    ("We face a future in which weapons abound.", "future"),
])
def test_future_alone_is_time_to_come(text: str, phrase: str) -> None:
    assert _values(text)[phrase] == "FUTURE_REF"


def test_the_future_of_something_stays_no_time() -> None:
    assert _values("The future of the firm is unclear.") == {}


def test_a_week_earlier_counts_from_the_week_last_told() -> None:
    found = _values("In the 12 months ended Sept. 30, sales rose. In the latest week, yields "
                    "fell. In the prior week, yields rose. A week earlier, yields were 8%.")
    assert found["the latest week"] == "1989-W43"
    assert found["the prior week"] == "1989-W42"
    assert found["A week earlier"] == "1989-W42"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("It happened Jun. 5.", "Jun. 5", "1989-06-05"),
    ("It happened Jul. 4, 1988.", "Jul. 4, 1988", "1988-07-04"),
    ("Prices rose in Jun. 1988.", "Jun. 1988", "1988-06"),
])
def test_june_and_july_abbreviated_with_a_point(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize("sentence", [
    "Fiscal 1989 net rose to $50 million from $40 million a year earlier.",
    "Full-year sales rose from a year earlier.",
])
def test_a_year_long_period_compares_with_the_year_before(sentence: str) -> None:
    found = _values("Third-quarter net rose. " + sentence)
    assert found["a year earlier"] == "1988"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("In last fiscal year's fourth quarter, net fell.", "last fiscal year's fourth quarter",
     "1988-Q4"),
    ("In the fourth quarter of the last fiscal year, net fell.",
     "the fourth quarter of the last fiscal year", "1988-Q4"),
    ("In the past year's third quarter, it fell.", "the past year's third quarter",
     "1988-Q3"),
])
def test_a_relative_fiscal_or_past_year_names_the_quarters_year(
        text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_a_reporting_period_named_by_its_end_month_is_over() -> None:
    found = _values("Net rose in the three months through September. The loans run "
                    "through January.")
    assert found["September"] == "1989-09"
    assert found["January"] == "1990-01"  # a span running ahead of the report


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("In the quarter that ended in September, net rose.", "the quarter", "1989-Q3"),
    ("In the just-ended quarter, net rose.", "the just-ended quarter", "1989-Q3"),
    ("In the recently completed quarter, it fell.", "the recently completed quarter",
     "1989-Q3"),
])
def test_the_quarter_just_over(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


def test_a_week_ended_on_a_weekday_is_that_days_week() -> None:
    found = _values("For the week ended Friday, yields fell.")
    assert found["the week"] == "1989-W42"
    assert "the day" not in _values("It was the day that ended his career.")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The index fell to its lowest level since December.", "December", "1988-12"),
    ("Prices have risen since Dec. 5.", "Dec. 5", "1988-12-05"),
    ("Exports rose from January through September.", "September", "1989-09"),
    ("The program will run from November through March.", "March", "1990-03"),
])
def test_since_points_back_and_a_range_end_keeps_its_tense(
        text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize("text", ["Just days ago, he said so.", "Weeks ago he left."])
def test_units_ago_without_a_count_are_the_past(text: str) -> None:
    assert list(_values(text).values()) == ["PAST_REF"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("Gunfire again in the province. It's the second day of an offensive.",
     "the second day"),
    ("Today marks the third straight day of protests.", "the third straight day"),
])
def test_a_counted_day_is_the_day_the_story_stands_on(text: str, phrase: str) -> None:
    assert _values(text)[phrase] == "1989-10-26"


def test_a_counted_day_without_the_copula_is_no_date() -> None:
    assert "the second day" not in _values("He spent the second day in bed.")


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Exports rose from Jan. 1 through Sept. 30.", "Jan. 1", "1989-01-01"),
    ("It rained between March 3 and April 5, 1988.", "March 3", "1988-03-03"),
    ("The program runs from Nov. 1 to Jan. 31.", "Nov. 1", "1989-11-01"),
])
def test_a_range_starts_before_it_ends(text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # TimeML tags the whole noun phrase of a year-ago comparison ("the corresponding period
    # last year"), with or without a modifier before the unit
    ("Acme said third-quarter net rose from $5 million in the period last year.",
     "the period last year", "1988-Q3"),
    ("Acme said third-quarter net rose from $5 million in the quarter a year earlier.",
     "the quarter a year earlier", "1988-Q3"),
    # "the preceding quarter" is anaphoric like "the previous quarter"
    ("Acme said third-quarter net rose from $5 million in the preceding quarter.",
     "the preceding quarter", "1989-Q2"),
])
def test_year_ago_and_preceding_periods_without_a_modifier(
        text: str, phrase: str, value: str) -> None:
    assert _values(text)[phrase] == value
