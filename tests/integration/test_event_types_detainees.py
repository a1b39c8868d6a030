"""Detainees (round 16): people already held name no arrest. Sentences written for the
test; none comes from an evaluation set."""

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


def test_detainees_executed_is_no_arrest(nlp: Language) -> None:
    """"Detainees" names people already held, to whom the act was done: no arrest."""
    text = "Government forces executed nine detainees in the prison of Osso on Sunday."
    assert incident_of(nlp, text) == "ATTACK"


def test_detaining_is_still_an_arrest(nlp: Language) -> None:
    assert incident_of(nlp, "Police detained nine men in Osso on Sunday.") == "ARREST"
