"""Whoever claims an attack is its actor1, ahead of any other agent its sentences tell
(fields.event_actors). Mentions built by hand."""

from __future__ import annotations

from warlog.events.fields import event_actors
from warlog.models import ActorKind, ActorMention


def _m(start: int, actor: str, kind: ActorKind) -> ActorMention:
    return ActorMention(start, start + 5, actor, actor, (), kind)


GUARDS = _m(0, "Military Forces of Oceania", ActorKind.STATE_FORCES)
FRONT = _m(80, "Red Front", ActorKind.REBEL_GROUP)
GUNMEN = _m(40, "Unidentified Armed Group (Oceania)", ActorKind.POLITICAL_MILITIA)


def _roles(*args) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(a.role, a.name) for a in event_actors(*args)]


def test_event_actors_the_claimer_leads_an_agent_told_before_it() -> None:
    # "... the guards defused a second device. Red Front claimed the bombing."
    roles = [(GUARDS, "actor1"), (FRONT, "actor1")]
    assert _roles(roles, FRONT, [], "Oceania") == [
        ("actor1", "Red Front"), ("assoc_actor_1", "Military Forces of Oceania")]
    # "Gunmen fired ... Red Front claimed it": the unnamed assailants are the claimer's
    assert _roles([(GUNMEN, "actor1"), (FRONT, "actor1")], FRONT, [], "Oceania")[0] == (
        "actor1", "Red Front")


def test_event_actors_a_claimer_named_only_in_the_claim_takes_actor1() -> None:
    roles = [(GUARDS, "actor2")]
    assert _roles(roles, FRONT, [], "Oceania") == [
        ("actor1", "Red Front"), ("actor2", "Military Forces of Oceania")]
    # no claim: the parse's order stands
    assert _roles([(GUARDS, "actor1"), (FRONT, "actor1")], None, [], "Oceania")[0] == (
        "actor1", "Military Forces of Oceania")
