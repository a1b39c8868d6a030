"""Actors: a state's government named as a side ("the Syrian government", "Syria's
government", "the regime" alone) is that state's military forces, as ACLED codes an act
of force by a government; "the opposition" and "the rebels" with no group to point back
to are the country's armed opposition as the dictionary names it. Words that only
qualify a place, an outlet or a speaker ("government-run TV", "the opposition-held
east") name no side. Sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import links
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings

SYRIA = "Military Forces of Syria"
REBELS = "Free Syrian Army"  # the dictionary's "Syrian rebels", "Syrian opposition"


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


@pytest.mark.parametrize(("text", "phrase"), [
    ("Critics accused the Syrian government of shelling a village.", "Syrian government"),
    ("Syria's government sent tanks toward the village.", "Syria's government"),
    ("Syrias government sent tanks toward the village.", "Syrias government"),
    ("The Assad government sent tanks toward the village in Syria.", "Assad government"),
    # "the regime" alone is the state of the report's country, other states named or not
    ("The regime sent tanks toward a village in Syria, Turkey said.", "regime"),
    # "the government" alone, in a report that names one country only
    ("The government sent tanks toward a village in Syria.", "government"),
])
def test_actors_government_named_as_a_side_is_the_states_forces(
        text: str, phrase: str, dictionary: ActorDictionary) -> None:
    assert links(text, dictionary).get(phrase) == SYRIA


@pytest.mark.parametrize("text", [
    "Syrias government run TV reported calm in the capital of Syria.",
    "Government-held districts of Syria were quiet.",
    "The national unity government of Syria met in the capital.",
    "A government in exile for Syria met in the capital.",
    # another state is named: "the government" may be either's
    "The government sent tanks toward a village in Syria, Turkey said.",
])
def test_actors_government_that_qualifies_or_may_be_another_names_no_side(
        text: str, dictionary: ActorDictionary) -> None:
    assert SYRIA not in links(text, dictionary).values()


def test_actors_government_owner_of_craft_told_as_thought(dictionary: ActorDictionary) -> None:
    # the craft whose owner is told is one mention, not the owner alone
    found = links("Jets thought to belong to the Syrian government hit the village.",
                  dictionary)
    assert found == {"Jets thought to belong to the Syrian": SYRIA}


@pytest.mark.parametrize(("text", "phrase"), [
    ("Critics in Syria blamed the opposition for the shelling.", "opposition"),
    ("The opposition fighters entered a village in Syria.", "opposition fighters"),
    ("The rebels entered a village in Syria at dawn.", "The rebels"),
])
def test_actors_opposition_alone_is_the_countrys_rebels(
        text: str, phrase: str, dictionary: ActorDictionary) -> None:
    assert links(text, dictionary).get(phrase) == REBELS


@pytest.mark.parametrize("text", [
    "The opposition-held east of a city in Syria was quiet.",
    "The opposition National Coalition of Syria met in Istanbul.",
    "The opposition activists in Syria posted videos.",
])
def test_actors_opposition_that_qualifies_names_no_side(
        text: str, dictionary: ActorDictionary) -> None:
    assert REBELS not in links(text, dictionary).values()


def test_actors_the_rebels_point_back_to_a_group_named(dictionary: ActorDictionary) -> None:
    found = links("Jaish al-Islam held a town in Syria. The rebels shelled a village.",
                  dictionary)
    assert found.get("The rebels") == "Jaysh al Islam"
