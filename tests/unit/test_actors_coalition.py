"""Actors: a bare "the coalition" or "Coalition air strikes" is the coalition the report
names (before it, else after it), or, where it names none, the coalition the dictionary
gives for "Coalition forces" in the report's country; a coalition described ("a
coalition of rebel groups") is no such reference. An alias qualified for two countries
("Coalition forces (Iraq)", "(Syria)") is found in either. Sentences written for the
test."""

from __future__ import annotations

import pytest

from tests.unit.actorlinks import found
from warlog.actors import ActorDictionary, load_actor_dictionary
from warlog.config import Settings

GLOBAL = "Global Coalition Against Daesh"


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _bare(text: str, d: ActorDictionary) -> list[str]:
    """The actors of the mentions whose text is a bare "coalition"."""
    return [m.actor for m in found(text, d) if m.text.lower() == "coalition"]


def test_actors_coalition_refers_back_to_the_one_named(dictionary: ActorDictionary) -> None:
    # the coalition named before outranks the one the country would give
    text = ("The Arab coalition bombed a port in Syria on Monday. "
            "The coalition jets returned at dusk.")
    assert _bare(text, dictionary) == ["Saudi-led coalition"]


def test_actors_coalition_headline_before_the_name(dictionary: ActorDictionary) -> None:
    text = ("Coalition jets hit a depot near Raqqa in Syria. "
            "The US-led coalition said the depot stored rockets.")
    assert _bare(text, dictionary) == [GLOBAL]


def test_actors_coalition_unnamed_forces_are_the_countrys(dictionary: ActorDictionary) -> None:
    text = "Coalition air strikes hit a depot near Raqqa in Syria on Monday."
    assert _bare(text, dictionary) == [GLOBAL]


@pytest.mark.parametrize("text", [
    # described, not referred to
    "Hill Front, a coalition of rebel groups, took a village in Syria. The coalition "
    "said it lost two men.",
    # no armed noun after it and no coalition named: whose is not said
    "In Syria the coalition of the willing met in Homs on Monday.",
    # no country whose coalition the dictionary knows
    "Coalition air strikes hit a depot near the river on Monday.",
])
def test_actors_coalition_left_unlinked(text: str, dictionary: ActorDictionary) -> None:
    assert _bare(text, dictionary) == []


@pytest.mark.parametrize("country", ["Syria", "Iraq"])
def test_actors_coalition_forces_qualified_for_each_country(
        country: str, dictionary: ActorDictionary) -> None:
    text = f"Coalition forces shelled a hill near the border of {country} on Monday."
    assert GLOBAL in [m.actor for m in found(text, dictionary)]


@pytest.mark.parametrize(("text", "actor"), [
    ("US-led strikes hit a depot near the river on Monday.", GLOBAL),
    ("American-led air raids hit a depot near the river on Monday.", GLOBAL),
    ("Strikes by the US-led alliance hit a depot near the river on Monday.", GLOBAL),
    ("Saudi-led air raids hit a depot near the river on Monday.", "Saudi-led coalition"),
])
def test_actors_coalition_led_by_a_country(
        text: str, actor: str, dictionary: ActorDictionary) -> None:
    assert [m.actor for m in found(text, dictionary) if m.text.endswith("-led")] == [actor]


def test_actors_coalition_led_by_no_known_leader(dictionary: ActorDictionary) -> None:
    # no "Kurdish-led coalition" in the dictionary: the leader names no coalition here
    text = "Kurdish-led forces took a village near the river on Monday."
    assert not [m for m in found(text, dictionary) if m.text.endswith("-led")]
