"""Actors: a name whose possessive lost its apostrophe ("the coalitions airstrikes",
"Russias warplanes") before a noun of force or of armed action is that name; a plural
("rebels"), and a name before a noun no side owns, are left as they are. Sentences
written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import found, links
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.actors.dictionary import tokenize
from warlog.actors.possessive import possessives_restored
from warlog.config import Settings


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


@pytest.mark.parametrize(("text", "actor"), [
    ("The US-led coalitions airstrikes hit two farms near the river on Monday.",
     "Global Coalition Against Daesh"),
    ("Villagers said Russias warplanes circled the valley at dawn.",
     "Military Forces of Russia"),
    ("Turkeys army moved tanks to the hills on Monday.", "Military Forces of Turkey"),
])
def test_actors_possessive_lost_names_the_owner(
        text: str, actor: str, dictionary: ActorDictionary) -> None:
    assert actor in links(text, dictionary).values()


def test_actors_possessive_lost_mention_leaves_out_the_s(dictionary: ActorDictionary) -> None:
    text = "The US-led coalitions airstrikes hit two farms near the river on Monday."
    mention = next(m for m in found(text, dictionary)
                   if m.actor == "Global Coalition Against Daesh")
    assert text[mention.start : mention.end] == "US-led coalition"


@pytest.mark.parametrize("text", [
    "Two rival coalitions met in the capital on Monday.",  # a plural before no owned noun
    "The rebels fighters crossed the river at dawn.",  # "rebels" ends a name as it is
    "Flooding hit Syrias Idlib province on Monday.",  # a place is no side's means
])
def test_actors_possessive_lost_leaves_plurals_and_other_nouns(
        text: str, dictionary: ActorDictionary) -> None:
    toks = tokenize(text)
    assert possessives_restored(toks, dictionary) == toks
