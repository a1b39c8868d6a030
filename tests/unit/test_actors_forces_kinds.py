"""Actors: state forces told by the kind of craft ("Russian war jets", "Syrian fighter
jets", "combat helicopters") or as loyal to the state ("loyalist forces", "pro-regime
militiamen", "pro-government gunmen") are the state's forces; a kind with no force noun
after it ("the Syrian war") and militias with no cue of loyalty name none. Sentences
written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import links
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Russian war jets circled the hills of Syria at dawn.", "Russian war jets",
     "Military Forces of Russia"),
    ("Syrian fighter jets circled the hills at dawn.", "Syrian fighter jets",
     "Military Forces of Syria"),
    ("Loyalist forces moved into the hills of Syria at dawn.", "Loyalist forces",
     "Military Forces of Syria"),
    ("Pro-regime militiamen moved into the hills of Syria at dawn.", "Pro-regime militiamen",
     "Military Forces of Syria"),
    ("Pro-government gunmen moved into the hills of Syria at dawn.", "Pro-government gunmen",
     "Military Forces of Syria"),
])
def test_actors_forces_kind_or_loyalty_names_the_state(
        text: str, phrase: str, actor: str, dictionary: ActorDictionary) -> None:
    assert links(text, dictionary).get(phrase) == actor


@pytest.mark.parametrize("text", [
    "The Syrian war entered its sixth year on Monday.",
    "Local militias moved into the hills of Syria at dawn.",
])
def test_actors_forces_no_force_without_head_or_loyalty(
        text: str, dictionary: ActorDictionary) -> None:
    assert "Military Forces of Syria" not in links(text, dictionary).values()
