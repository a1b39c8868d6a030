"""Times, round 11: "second" the ordinal before its noun is no length of time
(fixtures written for this rule, no article text)."""

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
