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


@pytest.mark.parametrize(("text", "phrase"), [
    ("Assads regime moved tanks into the hills at dawn.", "Assads regime"),
    ("Assad's air force circled the hills at dawn.", "Assad's air force"),
    ("Assads warplanes circled the hills at dawn.", "Assads warplanes"),
    ("Assad troops moved into the hills at dawn.", "Assad troops"),
])
def test_actors_forces_ruler_named_for_the_state(
        text: str, phrase: str, dictionary: ActorDictionary) -> None:
    # the dictionary names the Syrian military "Assad forces": the ruler stands for it
    assert links(text, dictionary).get(phrase) == "Military Forces of Syria"


def test_actors_forces_ruler_alone_is_no_force(dictionary: ActorDictionary) -> None:
    assert links("Assad spoke in the hills at dawn.", dictionary) == {}
