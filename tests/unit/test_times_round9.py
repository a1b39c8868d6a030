"""Times, round 9: "one day" looking ahead is the indefinite future, as "someday" is
(fixtures written for this rule, no article text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.timefinds import found_times

# Monday 30 October 1989
OCT = dt.date(1989, 10, 30)



def _times(text: str, published: dt.date = OCT) -> list[tuple[str, str | None]]:
    return found_times(text, published)


@pytest.mark.parametrize(("text", "expected"), [
    # after a modal or a verb of wishing, or opening a clause in the future: a time ahead
    ("The valley may one day be green again.", [("one day", "FUTURE_REF")]),
    ("The farmer hopes one day to buy the mill.", [("one day", "FUTURE_REF")]),
    ("One day the river will reach the town.", [("One day", "FUTURE_REF")]),
    ("She said the tower would one day stand again.", [("one day", "FUTURE_REF")]),
])
def test_times_one_day_ahead_is_the_indefinite_future(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a length of time, or a step from another time, stays a duration
    ("The fair will run for one day only.", [("one day", "P1D")]),
    ("The repairs will take one day.", [("one day", "P1D")]),
    ("One day after the fire, the mill reopened.", [("One day", "P1D")]),
    # told in the past, "one day" names an unknown past day, not the future
    ("One day in May, the farmer sold the mill.",
     [("One day", "P1D"), ("May", "1989-05")]),
])
def test_times_one_day_as_a_length_stays_a_duration(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected
