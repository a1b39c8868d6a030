"""An aerospace force is an air force, its country's military; an unnamed group is coded by
the country the event is in, not by the country the report names most. Fixtures written
for these tests (no article text)."""

from __future__ import annotations

import datetime as dt

from warlog.config import Settings
from warlog.models import Document, Event, Origin


def _events(text: str) -> list[Event]:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2017, 10, 3), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    return list(next(annotate([doc], Resources(Settings()))).events)


def test_events_a_country_s_aerospace_forces_strike_from_the_air() -> None:
    ev = _events("Russia's Aerospace Forces struck a village near Deir ez-Zor on Tuesday, "
                 "killing four militants.")[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert [a.name for a in ev.actors if a.role == "actor1"] == ["Military Forces of Russia"]


def test_events_an_unnamed_group_is_of_the_event_s_country() -> None:
    ev = _events("Russia's army shelled a village near Deir ez-Zor on Tuesday, killing four "
                 "militants.")[0]
    assert ev.location is not None and ev.location.country == "Syria"
    unnamed = [a.name for a in ev.actors if a.name.startswith("Unidentified")]
    assert unnamed == ["Unidentified Armed Group (Syria)"]


def test_actors_an_air_strike_by_no_named_side_is_by_unidentified_military_forces() -> None:
    from warlog.actors import find_actors, load_actor_dictionary

    text = "Air strikes killed 12 people in the province of Idlib on Sunday, a monitor said."
    doc = Document(id="t", text=text, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="t", start=0, end=len(text)))
    names = {m.actor for m in find_actors(doc, None, load_actor_dictionary(Settings()))}
    assert names == {"Unidentified Military Forces"}
    bomb = "A bomb killed 12 people in the province of Idlib on Sunday, a monitor said."
    doc = Document(id="t", text=bomb, title=None, source=None, url=None, published=None,
                   language="en", origin=Origin(path="t", start=0, end=len(bomb)))
    names = {m.actor for m in find_actors(doc, None, load_actor_dictionary(Settings()))}
    assert names == {"Unidentified Armed Group (Syria)"}


def test_events_a_group_without_aircraft_is_hit_by_an_air_strike_not_its_doer() -> None:
    ev = _events("Fighters of the Free Syrian Army pressed an offensive in Aleppo on Tuesday as "
                 "air strikes killed 18 civilians in the city.")[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert not any(a.role == "actor1" and a.name == "Free Syrian Army" for a in ev.actors)
    drones = _events("Islamic State drones struck an army post near Deir ez-Zor on Monday, "
                     "killing two soldiers.")[0]
    assert any(a.role == "actor1" and a.name.startswith("Islamic State") for a in drones.actors)
