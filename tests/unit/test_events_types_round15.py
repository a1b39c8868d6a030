"""Event types from the lexicon alone, round 15 (issue 11). Sentences written for the
test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.types import classify_text


@pytest.mark.parametrize("text", [
    "Troops entered the rebel-held town of Osso on Monday.",
    "Soldiers entered the besieged city after the siege was broken.",
    "Security forces fought their way into the militant-held village of Beru.",
    "Government troops forced their way into the town on Tuesday.",
])
def test_events_types_entry_into_a_held_town_is_a_taking(text: str) -> None:
    """An armed side that enters a town, whatever words stand between the article and
    the noun ("the rebel-held town"), or fights its way in, takes it: ground taken, here
    by the state (government regains territory)."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "GOV_REGAINS_TERIT"
