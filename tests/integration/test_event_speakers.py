"""Who speaks is no place, and who claims the act did it (invented text).

A capital that says or denies ("Moscow said") stands for its government, not for where
anything happened; a group that "claimed the attack" claims responsibility for it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 6, 4)


@pytest.mark.parametrize("speech", ["Moscow said the strikes hit only militant depots.",
                                    "Moscow has denied any role in the deaths."])
def test_a_capital_that_speaks_is_not_the_place(settings: Settings, speech: str) -> None:
    text = "Russian jets struck a market in Idlib on Monday, killing nine people. " + speech
    ad = annotate_text(settings, text, PUBLISHED)
    assert ad.events
    assert ad.events[0].location is not None
    assert ad.events[0].location.name != "Moscow"
    assert ad.events[0].location.country_code == "SY"


def test_officials_in_a_town_who_speak_leave_the_town_a_place(settings: Settings) -> None:
    ad = annotate_text(settings, "Air strikes hit a market on Monday, killing nine people, "
                                 "officials in Idlib said.", PUBLISHED)
    assert ad.events and ad.events[0].location is not None
    assert ad.events[0].location.country_code == "SY"


@pytest.mark.parametrize("claim", ["The Islamic State group claimed the attack.",
                                   "The Islamic State group later claimed the bombing."])
def test_a_group_that_claims_the_attack_is_its_actor(settings: Settings, claim: str) -> None:
    text = ("Suicide bombers killed twelve people at a mosque in Kabul on Friday, officials "
            "said. " + claim)
    ad = annotate_text(settings, text, PUBLISHED)
    assert ad.events
    first = [a.name for a in ad.events[0].actors if a.role == "actor1"]
    assert first and "Islamic State" in first[0]


def test_a_claim_that_the_strikes_hit_something_claims_no_act(settings: Settings) -> None:
    # the claim's object is a clause about the act, not the act: no responsibility claimed
    text = ("A roadside bomb killed three soldiers in Helmand on Friday. The Taliban claimed "
            "the blast hit a patrol.")
    ad = annotate_text(settings, text, PUBLISHED)
    assert ad.events
    assert not any(a.name.startswith("Taliban") and a.role == "actor1"
                   for a in ad.events[0].actors)
