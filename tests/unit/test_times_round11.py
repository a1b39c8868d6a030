"""Times, round 11: "second" the ordinal before its noun is no length of time; a fiscal
year named by its year after "fiscal year" or "FY"; a numeric date read month first when
only that reading lands in the month before the report; deictic times counted from the
day a wire dateline gives (fixtures written for these rules, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

JUN = dt.date(2017, 6, 8)


@pytest.mark.parametrize(("text", "expected"), [
    # the ordinal before its noun: no time at all
    ("A second car bomb went off near the bakery.", []),
    ("The goats escaped for a second time, the farmer said.", []),
    ("The fair is a second chance for the village.", []),
    # one second, a length or a step
    ("The lights failed for a second.", [("a second", "PT1S")]),
    ("The bell rang for a second or two.", [("a second", "PT1S")]),
    ("There was a second of silence.", [("a second", "PT1S")]),
    ("A second later the door shut.", [("A second later", None)]),
    # "a quarter of" a thing stays a share, as before
    ("A quarter of the orchard burned.", []),
])
def test_times_a_second_before_its_noun_is_the_ordinal(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found_times(text, JUN) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fiscal year named by its year, whatever the words before it
    ("The mill's fiscal year 2016 budget passed.", [("fiscal year 2016", "2016")]),
    ("In the financial year 2015 the bakery grew.", [("the financial year 2015", "2015")]),
    ("The FY2016 plan was late.", [("FY2016", "2016")]),
    ("Its FY 2017 outlook is weak.", [("FY 2017", "2017")]),
    ("Sales rose in fiscal 2016.", [("fiscal 2016", "2016")]),
    # the fiscal year alone stays the current one
    ("The fiscal year ended.", [("The fiscal year", "2017")]),
])
def test_times_a_fiscal_year_by_its_year(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found_times(text, JUN) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # day first, as most of the world writes it ...
    ("The fair opened on 04/02/2024.", dt.date(2024, 2, 20), "2024-02-04"),
    ("The fair opened on 04.02.2024.", dt.date(2024, 2, 5), "2024-02-04"),
    ("The fair opened on 4/7/1995.", JUN, "1995-07-04"),
    # ... unless only the month-first reading lies in the month up to the report
    ("The fair opened on 04/02/2024.", dt.date(2024, 4, 3), "2024-04-02"),
    ("The fair opened on 11/8/2008.", dt.date(2008, 11, 8), "2008-11-08"),
    # one reading possible: that one
    ("The fair opened on 3/14/2024.", dt.date(2024, 3, 15), "2024-03-14"),
    ("The fair opened on 14/3/2024.", dt.date(2024, 3, 15), "2024-03-14"),
])
def test_times_a_numeric_date_is_read_the_way_that_lands_before_the_report(
        text: str, published: dt.date, expected: str) -> None:
    assert [v for _, v in found_times(text, published)] == [expected]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # deictic times count from the day the dateline says the report was filed
    ("OAKVILLE, June 7 (Reuters) - The fair closed yesterday.", dt.date(2017, 6, 9),
     [("June 7", "2017-06-07"), ("yesterday", "2017-06-06")]),
    ("OAKVILLE, June 7 (Reuters) - The fair closed on Thursday.", dt.date(2017, 6, 9),
     [("June 7", "2017-06-07"), ("Thursday", "2017-06-01")]),
    ("OAKVILLE, Dec. 31 (AP) - The fair closed yesterday.", dt.date(2018, 1, 2),
     [("Dec. 31", "2017-12-31"), ("yesterday", "2017-12-30")]),
    ("OAKVILLE, Ontario, June 7 — The fair closed yesterday.", dt.date(2017, 6, 9),
     [("June 7", "2017-06-07"), ("yesterday", "2017-06-06")]),
    # no dateline, or one far from the publication date: the publication date
    ("OAKVILLE (Reuters) - The fair closed on Thursday.", dt.date(2017, 6, 9),
     [("Thursday", "2017-06-08")]),
    ("OAKVILLE, May 7 (Reuters) - The fair closed yesterday.", dt.date(2017, 6, 9),
     [("May 7", "2017-05-07"), ("yesterday", "2017-06-08")]),
])
def test_times_a_wire_dateline_is_the_day_deictic_times_count_from(
        text: str, published: dt.date, expected: list[tuple[str, str | None]]) -> None:
    assert found_times(text, published) == expected
