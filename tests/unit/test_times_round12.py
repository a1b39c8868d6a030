"""Times, round 12 (issues 11 and 15): "after" or "before" followed by an event is a
preposition or a conjunction, so the count before it is a length, not a step from the
date last told (fixtures written for these rules, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

JUN = dt.date(2017, 6, 5)  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    # an event after the word: a length before it (TimeML: a DURATION and a signal)
    ("A day after gunmen raided the market, the shops stayed shut.", [("A day", "P1D")]),
    ("The mill reopened a day after floods swept the valley.", [("a day", "P1D")]),
    ("Farmers returned two days after police cleared the road.", [("two days", "P2D")]),
    ("The bakery burned a week after dozens of sheep were stolen.", [("a week", "P1W")]),
    ("On Friday, a day after heavy rains, the bridge fell.",
     [("Friday", "2017-06-02"), ("a day", "P1D")]),
    ("A year before twelve villages flooded, the dam was built.", [("A year", "P1Y")]),
    # nothing after the word but punctuation or a joining word: an adverb, a date
    ("On Friday the fair opened. A day after, the rain came.",
     [("Friday", "2017-06-02"), ("A day after", "2017-06-03")]),
    ("On Friday the fair opened. The rain came a day after.",
     [("Friday", "2017-06-02"), ("a day after", "2017-06-03")]),
    ("On Friday the fair closed; it had opened two days before and sold out.",
     [("Friday", "2017-06-02"), ("two days before", "2017-05-31")]),
    # as before: an article, a pronoun or a name after the word
    ("The mill reopened a day after the floods.", [("a day", "P1D")]),
    ("The mill reopened a week after Tom's wedding.", [("a week", "P1W")]),
])
def test_times_a_count_before_an_event_is_a_length(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found_times(text, JUN) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's possessive with its apostrophe lost, before the noun it dates
    ("The toll from Saturdays flood rose to nine.", [("Saturdays", "2017-06-03")]),
    ("Fridays storm felled the old mill.", [("Fridays", "2017-06-02")]),
    ("Villagers mourned after Thursdays landslide.", [("Thursdays", "2017-06-01")]),
    # the plural of habit stays no date
    ("The market is open Sundays.", []),
    ("On Sundays and holidays the mill is shut.", []),
    ("Fridays are quiet in the village.", []),
    ("On Fridays the baker sells bread.", []),
])
def test_times_a_weekday_possessive_that_lost_its_apostrophe(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found_times(text, JUN) == expected
