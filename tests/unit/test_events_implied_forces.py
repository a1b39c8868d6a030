"""Events: "Government regains territory" names its actor. With no taker named, the state's
forces of the event's country are actor1, also where generic words ("militants") had
made an unidentified armed group actor1. Events built for the test."""

from __future__ import annotations

from warlog.events.sides import imply_forces
from warlog.models import ActorKind, Event, EventActor, Location, Precision

TOWN = Location("Tikrit", "Salah ad Din", "Iraq", "IQ", 34.6, 43.7, 99000, 1)
ISIL = EventActor("Islamic State of Iraq and the Levant (ISIL)", (), "actor2",
                  ActorKind.REBEL_GROUP)


def _retaking(*actors: EventActor) -> Event:
    return Event("e1", "Battles", "Government regains territory", 0.6, "2015", Precision.YEAR,
                 True, actors, TOWN, None, None, (), (), "")


def _actor1(ev: Event) -> list[str]:
    return [a.name for a in ev.actors if a.role == "actor1"]


def test_events_an_unidentified_group_gives_way_to_the_states_forces() -> None:
    unknown = EventActor("Unidentified Armed Group (Iraq)", (), "actor1",
                         ActorKind.POLITICAL_MILITIA)
    ev = imply_forces(_retaking(unknown, ISIL))
    assert _actor1(ev) == ["Military Forces of Iraq"]
    assert [a.name for a in ev.actors if a.role == "actor2"] == [ISIL.name]


def test_events_a_named_taker_stays() -> None:
    named = EventActor("Popular Mobilization Forces", (), "actor1", ActorKind.POLITICAL_MILITIA)
    assert _actor1(imply_forces(_retaking(named, ISIL))) == ["Popular Mobilization Forces"]
