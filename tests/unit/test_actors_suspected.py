"""Actors: aircraft or forces the text gives to a country as its best belief ("warplanes
believed to be Russian", "jets thought to belong to the Syrian state", "drones
suspected to be from Turkey") are that country's forces; a belief about something else
("a man believed to be Syrian") names no force. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import links
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


@pytest.mark.parametrize(("text", "phrase", "actor"), [
    ("Warplanes believed to be Russian circled the hills at dawn.",
     "Warplanes believed to be Russian", "Military Forces of Russia"),
    ("Jets thought to belong to the Syrian state circled the hills at dawn.",
     "Jets thought to belong to the Syrian", "Military Forces of Syria"),
    ("Drones suspected to be from Turkey circled the hills at dawn.",
     "Drones suspected to be from Turkey", "Military Forces of Turkey"),
])
def test_actors_suspected_owner_of_craft(
        text: str, phrase: str, actor: str, dictionary: ActorDictionary) -> None:
    assert links(text, dictionary).get(phrase) == actor


def test_actors_suspected_only_of_craft_or_forces(dictionary: ActorDictionary) -> None:
    text = "A man believed to be Syrian crossed the hills at dawn."
    assert not any(a.startswith("Military Forces") for a in links(text, dictionary).values())
