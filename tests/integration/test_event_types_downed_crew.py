"""Event types: "downed" before a person ("a downed pilot", "the downed airmen") describes
who they are, an aircraft lost earlier; it tells no downing here, so it neither makes the
act a disrupted weapon nor a fight. Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.integration.reports import incident_of
from warlog.config import Settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    from warlog.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


@pytest.mark.parametrize("crew", ["a downed pilot was", "two downed airmen were",
                                  "the downed crew were"])
def test_event_types_a_downed_crew_is_no_downing(nlp: Language, crew: str) -> None:
    text = (f"The army killed at least 40 people in the town of Osso in a revenge shelling "
            f"attack after {crew} killed by rebels.")
    assert incident_of(nlp, text) == "ART_MISS_ATTACK"


def test_event_types_a_jet_downed_is_still_a_downing(nlp: Language) -> None:
    assert incident_of(nlp, "Air defences downed two drones over the base.") == "DISR_WEAP"
