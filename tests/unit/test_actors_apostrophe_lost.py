"""Actors: an alias with a possessive ("Assad's forces") also matches a text that lost its
apostrophes ("Assads forces"), and forces loyal to the president, named with his title and
given name, are his state's forces. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import links
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.actors.dictionary import apostrophe_lost
from warlog.config import Settings


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def test_actors_apostrophe_lost_variant() -> None:
    assert apostrophe_lost("Haftar's forces") == ("Haftars forces",)
    assert apostrophe_lost("Assad forces") == ()


@pytest.mark.parametrize("phrase", [
    "Assads forces",
    "President Bashar al-Assads forces",
    "forces loyal to President Bashar al-Assad",
])
def test_actors_assad_forces_however_written(phrase: str, dictionary: ActorDictionary) -> None:
    text = f"Villagers in Syria said {phrase} shelled the farms at dawn."
    assert "Military Forces of Syria" in links(text, dictionary).values()
