"""Event types that need the parse, round 15 (issue 11): force or arrests by the police
told just after a protest met its crowd. Sentences written for the test; none comes from
an evaluation set."""

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


_RALLY = "Hundreds of teachers rallied outside the ministry in Osso on Tuesday over pay. "


@pytest.mark.parametrize(("after", "code"), [
    ("Police arrested 14 of them.", "PROTEST_WITH_INTER"),
    ("Police detained the organisers and took them to the station.", "PROTEST_WITH_INTER"),
    ("Security forces opened fire, killing two.", "FORCE_AGAINST_PROTEST"),
])
def test_police_deed_told_next_met_the_protests_crowd(
        nlp: Language, after: str, code: str) -> None:
    """ACLED codes a demonstration by the most that happened to its crowd: arrests or
    force by the police told just after the protest, with no armed group named, were done
    to that crowd, not a peaceful protest and a separate act."""
    assert incident_of(nlp, _RALLY + after) == code


def test_police_wrong_named_on_placards_is_no_deed(nlp: Language) -> None:
    """A noun that names a wrong ("police brutality" on the placards) tells no deed."""
    text = ("Lawyers marched through Osso on Friday in black robes. They carried boards "
            "that read stop state violence and no to police brutality.")
    assert incident_of(nlp, text) == "PEACE_PROTEST"


def test_police_fighting_an_armed_group_told_next_is_another_act(nlp: Language) -> None:
    text = _RALLY + "Police opened fire on rebels who attacked a checkpoint in the north."
    assert incident_of(nlp, text) != "FORCE_AGAINST_PROTEST"
