"""Event types from the lexicon alone, round 13 (issue 11): a headline tells a strike from
the air in the present tense. Sentences written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.types import classify_text


@pytest.mark.parametrize("text", [
    "Jets pound rebel hideouts near Osso",
    "Helicopters attack insurgent camps outside Osso",
    "Aircraft bombs bridge on Osso road",
    "Jets target militants in Osso",
    "Aircraft targets convoy on Osso road",
])
def test_events_types_headline_air_strike_in_the_present(text: str) -> None:
    """A headline tells a past act in the present tense: "Jets pound rebel hideouts" is
    the strike that "jets pounded rebel hideouts" tells, not no event, an attack on
    civilians or a planted bomb."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "AIR_STRIKE"


def test_events_types_past_air_strike_unchanged() -> None:
    scored = classify_text("Jets pounded rebel hideouts near Osso on Monday.")
    assert scored is not None and scored.code == "AIR_STRIKE"



def test_events_types_an_air_force_that_targets_strikes_as_jets_do() -> None:
    scored = classify_text("Syrian air force targets militants in Osso")
    assert scored is not None and scored.code == "AIR_STRIKE"
