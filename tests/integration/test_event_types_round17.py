"""Event types that need the parse, round 17 (issue types17): the word that makes a
target military must name the target, not the doers; armed men held by their captors are
no fighters, and taken, no ground. Sentences written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warlog.config import Settings
from warlog.events.syntax import classify_span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    from warlog.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


def _code(nlp: Language, text: str) -> str | None:
    scored = classify_span(next(iter(nlp(text).sents)))
    return scored.code if scored is not None else None


@pytest.mark.parametrize("text", [
    # the militants did the killing: the men they killed are the target, and unarmed
    "Rebel militants executed nine men in the hamlet of Tarvo on Friday.",
    "Two women were executed by militants in Tarvo on Friday.",
    # soldiers held by their captors could not fight back
    "Jihadist fighters beheaded three captive policemen near Tarvo on Friday.",
    "Militants executed four soldiers they had captured near Tarvo.",
    # "IS" parsed as the verb "is": the militants hang on it, the act's clause on them
    "IS militants executed 12 captured soldiers in Tarvo on Sunday.",
])
def test_doers_and_captives_are_no_military_target(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ATTACK"


@pytest.mark.parametrize("text", [
    # the armed men named are those hit: a fight
    "Gunmen killed five soldiers in an ambush near Tarvo on Friday.",
    "Militants attacked soldiers in Tarvo on Friday.",
    # with no unarmed target named, what armed men kill is most often a fight
    "Government troops killed six rebels in Tarvo on Friday.",
])
def test_armed_men_named_as_target_make_a_clash(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARMED_CLASH"


def test_captured_soldiers_are_no_ground_taken(nlp: Language) -> None:
    """A participle before armed men ("12 captured soldiers") says what was taken: men,
    prisoners of war, not the village named after them."""
    text = "Rebel militants executed 12 captured soldiers in the village of Tarvo on Friday."
    assert _code(nlp, text) == "ATTACK"


@pytest.mark.parametrize("text", [
    "The army took the captured town on Monday.",
    "Rebels captured the village of Tarvo on Monday.",
])
def test_ground_taken_is_still_ground(nlp: Language, text: str) -> None:
    assert _code(nlp, text) in ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")


def test_detained_before_their_noun_are_held_not_arrested(nlp: Language) -> None:
    """A participle before its noun tells a state: "detained men" were held before, as
    "detainees" were; the act told is the killing, no arrest."""
    assert _code(nlp, "Army soldiers executed nine detained men in Tarvo on Friday.") == "ATTACK"
    assert _code(nlp, "Police arrested nine men in Tarvo on Friday.") == "ARREST"
