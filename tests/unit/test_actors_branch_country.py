"""Actors: a group's country branch that shares the group's name ("Islamic State
(Philippines)") is meant only where that country leads the document. Sentences written
for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import found
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings

ISIL = "Islamic State of Iraq and the Levant (ISIL)"
BRANCH = "Islamic State East Asia Province"


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _actors(text: str, d: ActorDictionary, said: str) -> set[str]:
    return {m.actor for m in found(text, d) if m.text == said}


def test_actors_a_country_named_once_in_a_quote_does_not_make_the_branch(
        dictionary: ActorDictionary) -> None:
    text = ("Iraqi forces drove the Islamic State from Mosul in Iraq last year. "
            "Officials in Iraq say the Islamic State still urges attacks "
            "from Manchester to Marawi in the Philippines.")
    assert _actors(text, dictionary, "Islamic State") == {ISIL}


def test_actors_the_branch_where_its_country_leads(dictionary: ActorDictionary) -> None:
    text = ("Islamic State fighters attacked an army post in Marawi in the Philippines, "
            "the Philippine army said.")
    assert _actors(text, dictionary, "Islamic State") == {BRANCH}
