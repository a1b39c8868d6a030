"""Event types that need the parse, round 12 (issue 11): violence told with no doer just
after a protest is its crowd's. Sentences written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.integration.reports import incident_of
from warlog.config import Settings
from warlog.events.detect import candidates

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    from warlog.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


_RALLY = "Hundreds of nurses rallied outside the ministry in Osso on Tuesday over unpaid wages. "


@pytest.mark.parametrize("after", [
    "Clashes broke out with police near the gate.",
    "Several shops were looted and two cars were burned.",
    "A government building was set on fire.",
    "Three policemen were injured.",
])
def test_violence_told_next_with_no_doer_is_the_protests_crowds(
        nlp: Language, after: str) -> None:
    """ACLED codes a demonstration by the most that happened at it: a clash, damage done
    or police hurt, told just after the protest with no one named as the doer, is the
    crowd turned violent, not a peaceful protest and a separate act."""
    assert incident_of(nlp, _RALLY + after) == "VIOL_DEMONSTR"


def test_a_protest_told_alone_stays_peaceful(nlp: Language) -> None:
    assert incident_of(nlp, _RALLY + "The nurses then went home.") == "PEACE_PROTEST"


def test_a_clash_of_armed_groups_told_next_is_another_fight(nlp: Language) -> None:
    """A fight of armed groups is no crowd's violence, wherever it is told."""
    text = _RALLY + "Clashes between the army and the rebels continued in the north."
    cands = candidates(list(nlp(text).sents), {})
    assert "VIOL_DEMONSTR" not in [c.code for c in cands]


def test_violence_named_as_the_grievance_is_nothing_done(nlp: Language) -> None:
    """What a crowd demands be stopped is what it objects to: the placards' "stop the
    violence" tells no violence at the march."""
    text = ("Lawyers marched through Osso on Friday against police brutality. "
            "They carried boards that read stop state violence.")
    assert incident_of(nlp, text) == "PEACE_PROTEST"
