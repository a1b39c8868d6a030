"""Actors: the president's forces or troops are the state's military ("the president's
forces", its apostrophe often lost: "the presidents forces"), of the country named with
them or of the report's. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import links
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


@pytest.mark.parametrize(("text", "mention", "actor"), [
    ("Rebels in Homs, Syria, said the presidents forces shelled the market.",
     "presidents forces", "Military Forces of Syria"),
    ("Rebels in Homs, Syria, said the president's troops shelled the market.",
     "president's troops", "Military Forces of Syria"),
    ("Kenyan presidential troops entered the town.", "Kenyan presidential troops",
     "Military Forces of Kenya"),
])
def test_actors_president_forces_are_the_states(
        text: str, mention: str, actor: str, dictionary: ActorDictionary) -> None:
    assert links(text, dictionary)[mention] == actor
