"""Times, round 16 (issue 15): a year told right after "year-end" is its year, as a year
after a month is ("December 1997") (fixtures written for this rule, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

FEB = dt.date(1998, 2, 12)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    # the year named: that year's end, the closing day in a past clause on a figure
    ("The year-end 1996 figure was revised.", [("year-end 1996", "1996-12")]),
    ("Deposits were $4 billion at year-end 1996, up from $3 billion.",
     [("year-end 1996", "1996-12-31")]),
    ("The mill should reopen by year-end 1999.", [("year-end 1999", "1999-12")]),
    ("By year's end 1999, the bridge will be finished.", [("year's end 1999", "1999-12")]),
    # no year told: as before
    ("The mill should reopen by year-end.", [("year-end", "1998-12")]),
    ("Deposits were $4 billion at year-end.", [("year-end", "1997-12-31")]),
    # a count after it is no year
    ("At year-end 1,998 sheep were counted.", [("year-end", "1997-12-31")]),
])
def test_times_a_year_after_year_end_is_its_year(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


def test_times_year_end_with_its_year_needs_no_publication_date() -> None:
    assert found_times("The year-end 1996 figure was revised.", None) == [  # type: ignore[arg-type]
        ("year-end 1996", "1996-12")]


@pytest.mark.parametrize(("text", "expected"), [
    # a period still "ending" on a date, in a clause that looks ahead: the next such date
    ("The mill expects a profit for the fiscal year ending June 30.",
     [("the fiscal year", "1998"), ("June 30", "1998-06-30")]),
    ("The mill expects a profit for the quarter ending June 30.",
     [("the quarter", "1998-Q2"), ("June 30", "1998-06-30")]),
    ("The mill expects a profit for its fiscal third quarter ending June 30.",
     [("fiscal third quarter", "1998-Q2"), ("June 30", "1998-06-30")]),
    # over, or told in the past: the latest such date, as before
    ("The mill posted a profit for the fiscal year ended Sept. 30.",
     [("the fiscal year", "1997"), ("Sept. 30", "1997-09-30")]),
    ("The mill posted a profit for the fiscal year ending Sept. 30.",
     [("the fiscal year", "1997"), ("Sept. 30", "1997-09-30")]),
])
def test_times_a_period_ending_ahead_holds_its_next_end_date(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a holiday comes once a year: a clause that looks ahead means the next one
    ("The herders will move south before Christmas.", [("Christmas", "1998-12-25")]),
    ("The ferry will run again by Thanksgiving.", [("Thanksgiving", "1998-11-26")]),
    # past, or no cue: as before (the side the tense points to, within its reach)
    ("The herders moved south before Christmas.", [("Christmas", "1997-12-25")]),
    ("The market closed at Christmas.", [("Christmas", "1997-12-25")]),
])
def test_times_a_holiday_ahead_is_the_next_one(text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a half or quarter of a month, a week or a day is a share of it, not a calendar
    # half-year or quarter; the period after "of" keeps its value
    ("Wool sold well in the first half of the month.", [("the month", "1998-02")]),
    ("Wool sold well in the second half of the week.", [("the week", "1998-W07")]),
    ("Wool sold well in the first quarter of the month.", [("the month", "1998-02")]),
    # of a year it is the calendar half
    ("Wool sold well in the first half of the year.",
     [("the first half of the year", "1998-H1")]),
])
def test_times_a_half_of_a_month_or_week_is_a_share(text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two weekdays of a range: days of one week, or of two in a row, the start first
    ("The fair will run from Monday to Friday.",
     [("Monday", "1998-02-16"), ("Friday", "1998-02-20")]),
    ("The fair ran from Monday to Friday.",
     [("Monday", "1998-02-02"), ("Friday", "1998-02-06")]),
    ("The fair will run between Monday and Friday.",
     [("Monday", "1998-02-16"), ("Friday", "1998-02-20")]),
    # already in order: as before
    ("The fair ran from Monday to Wednesday.",
     [("Monday", "1998-02-09"), ("Wednesday", "1998-02-11")]),
    ("The fair will run from Friday to Monday.",
     [("Friday", "1998-02-13"), ("Monday", "1998-02-16")]),
])
def test_times_a_range_of_weekdays_starts_before_it_ends(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a year ago this month": the unit named, that far back, one expression
    ("Exactly a year ago this month, the dam broke.", [("a year ago this month", "1997-02")]),
    ("The dam broke two years ago this week.", [("two years ago this week", "1996-W07")]),
    # a comparison's second term, then the clause's own time: two expressions
    ("Wool prices rose 5% from a year ago this week.",
     [("a year ago", "1997"), ("this week", "1998-W07")]),
    # "a year ago today" as before
    ("The dam broke a year ago today.", [("a year ago today", "1997-02-12")]),
])
def test_times_a_unit_named_a_count_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a count of half units back: the next smaller unit's count and precision
    ("The dam broke a year and a half ago.", [("a year and a half ago", "1996-08")]),
    ("The dam broke two and a half years ago.", [("two and a half years ago", "1995-08")]),
    ("The dam broke 2 1/2 years ago.", [("2 1/2 years ago", "1995-08")]),
    ("The dam broke half a year ago.", [("half a year ago", "1997-08")]),
    ("The dam broke a month and a half ago.", [("a month and a half ago", "1997-W52")]),
    # whole counts as before
    ("The dam broke 18 months ago.", [("18 months ago", "1996-08")]),
])
def test_times_half_units_ago(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a past verb of lasting: the span told is over, the month on the side of its tense
    ("The strike lasted until January.", [("January", "1998-01")]),
    ("The ceasefire ran through January.", [("January", "1998-01")]),
    ("Shelling continued in the valley until January.", [("January", "1998-01")]),
    # a date an act sets, or a span still running: ahead, as before
    ("The bank extended the loans through January.", [("January", "1999-01")]),
    ("The ceasefire runs through March.", [("March", "1998-03")]),
])
def test_times_a_span_that_lasted_until_a_month_is_over(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a forecast told in the present speaks of a time to come
    ("Wool prices are forecast to rise in November.", [("November", "1998-11")]),
    ("Wool prices are projected to rise in November.", [("November", "1998-11")]),
    # a forecast borne out is past
    ("Wool prices rose in November.", [("November", "1997-11")]),
])
def test_times_a_forecast_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert found_times(text, FEB) == expected


def test_times_a_present_verb_of_forecast_looks_ahead_in_a_parse() -> None:
    import spacy
    from spacy.tokens import Doc

    from warlog.models import Document, Origin
    from warlog.times.find import find_times

    rows = [("Analysts", "analyst", "NOUN", "NNS", 1, "nsubj"),
            ("predict", "predict", "VERB", "VBP", 1, "ROOT"),
            ("a", "a", "DET", "DT", 3, "det"), ("rally", "rally", "NOUN", "NN", 1, "dobj"),
            ("in", "in", "ADP", "IN", 1, "prep"),
            ("November", "November", "PROPN", "NNP", 4, "pobj"),
            (".", ".", "PUNCT", ".", 1, "punct")]
    words = [r[0] for r in rows]
    sdoc = Doc(spacy.blank("en").vocab, words=words,
               spaces=[i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))],
               lemmas=[r[1] for r in rows], pos=[r[2] for r in rows],
               tags=[r[3] for r in rows], heads=[r[4] for r in rows],
               deps=[r[5] for r in rows], sent_starts=[i == 0 for i in range(len(words))])
    doc = Document(id="t", text=sdoc.text, title=None, source=None, url=None, published=FEB,
                   language="en", origin=Origin(path="x", start=0, end=len(sdoc.text)))
    assert [(t.text, t.value) for t in find_times(doc, sdoc)] == [("November", "1998-11")]
