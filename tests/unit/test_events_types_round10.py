"""Event types by principle, round 10 (issue 11): a bomb driven, carried or worn by its
bearer, fighting between two sides, ground wrested or control extended, people seized by
rank, an offensive launched to take a place, and civilians who flee. Each sentence
is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events import types as et


@pytest.mark.parametrize(("text", "code"), [
    # a vehicle full of explosives driven or rammed into the target carries its driver
    ("A lorry packed with explosives rammed into the gate of the barracks at dawn.",
     "SUIC_BOMB"),
    ("The militant drove a van full of explosives into the checkpoint.", "SUIC_BOMB"),
    ("An explosives-laden truck driven by an attacker hit the police post.", "SUIC_BOMB"),
    # a bomb the bearer carries or wears goes off on his body
    ("A young man set off the bomb he was carrying near the ticket office.", "SUIC_BOMB"),
    ("The bomber walked into the crowded hall and blew up among the guests.",
     "SUIC_BOMB"),
    # fighting between two sides is a fight whatever weapons it used
    ("Fighting between the army and the rebels involved tanks and heavy artillery near "
     "the dam.", "ARMED_CLASH"),
    # what is wrested from a side is taken from it; control extended is ground gained
    ("Government troops wrested the hill town from separatist fighters after a battle.",
     "GOV_REGAINS_TERIT"),
    ("The army expanded its control to four more villages along the river.",
     "GOV_REGAINS_TERIT"),
    # an offensive launched to take a place is a fight for it, the place not yet taken
    ("The army launched an offensive to retake the river port from the rebels.",
     "ARMED_CLASH"),
    ("Rebels began a counteroffensive to recapture the villages they lost.", "ARMED_CLASH"),
])
def test_event_types_round10(text: str, code: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == code, scored


def test_event_types_round10_a_parked_car_bomb_is_remote() -> None:
    """A vehicle loaded with explosives that nobody drives into the target is a remote
    bomb: the suicide reading needs the driving or the ramming."""
    scored = et.classify_text("A car packed with explosives blew up in the parking lot.")
    assert scored is not None and scored.code == "REM_EXPLOS", scored


@pytest.mark.parametrize("text", [
    "Troops seized a senior commander of the group at a checkpoint.",
    "Soldiers captured the rebels' leader near the border.",
])
def test_event_types_round10_people_seized_by_rank_are_no_ground(text: str) -> None:
    scored = et.classify_text(text)
    assert scored is None or scored.code not in ("GOV_REGAINS_TERIT",
                                                 "NON_STATE_ACTOR_OVERTAKES_TER"), scored


@pytest.mark.parametrize(("text", "code"), [
    # civilians who flee their homes are displaced, as "displaced" and "refugees" are
    ("Thousands of civilians fled the town as troops advanced on rebel positions.", "OTHER"),
    ("Hundreds of families were forced to flee their villages in the hills.", "OTHER"),
])
def test_event_types_round10_civilians_who_flee_are_displaced(text: str, code: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == code, scored


def test_event_types_round10_armed_men_who_flee_give_up_ground() -> None:
    """Armed men who flee a town are no displaced people: they give the town up."""
    scored = et.classify_text("Hundreds of fighters fled the town, which the army then "
                              "entered without resistance.")
    assert scored is not None and scored.code != "OTHER", scored
