"""Actors: an acronym the text defines stays that group's when a longer name holds it only
as a word ("the anti-IS coalition" is not IS). Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import found
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _links(text: str, d: ActorDictionary) -> list[tuple[str, str]]:
    return [(m.text, m.actor) for m in found(text, d)]


def test_actors_acronym_inside_a_longer_name_is_not_adopted(
        dictionary: ActorDictionary) -> None:
    text = ("Jets of the coalition against Islamic State (IS) struck a depot in Syria. "
            "The anti-IS coalition was formed last year. IS fighters shelled a village.")
    links = _links(text, dictionary)
    isil = "Islamic State of Iraq and the Levant (ISIL)"
    assert [actor for said, actor in links if said == "IS"] == [isil, isil]
    assert ("anti-IS coalition", "Global Coalition Against Daesh") in links
