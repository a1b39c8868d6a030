"""Event types from the lexicon alone, round 12 (issue 11). Sentences written for the
test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.types import classify_text


@pytest.mark.parametrize("text", [
    "Relatives of detainees protested outside the prison in Osso on Monday.",
    "Families of political detainees held a sit-in at the ministry in Osso.",
])
def test_events_types_detainees_name_people_held_no_intervention(text: str) -> None:
    """ "Detainees" names people held before, who the crowd is or speaks for: no
    detention of this crowd, so the protest is no protest with intervention."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "PEACE_PROTEST"


@pytest.mark.parametrize("text", [
    "Police detained twelve protesters outside the prison in Osso.",
    "Protesters were detained after a march in Osso.",
])
def test_events_types_a_detention_told_is_still_intervention(text: str) -> None:
    scored = classify_text(text)
    assert scored is not None and scored.code == "PROTEST_WITH_INTER"
