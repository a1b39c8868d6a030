"""Backed sides: a force the report says the doer backs stands beside the doer's fire,
never as its target, and the side that force fights is the target (backed.py). Sentences
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.backed import backings, with_backed
from warlog.models import ActorKind, ActorMention, Document, Origin, Place

_US = "Military Forces of the United States"


def _m(text: str, words: str, actor: str, kind: ActorKind = ActorKind.REBEL_GROUP,
       country: str | None = None, nth: int = 0) -> ActorMention:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return ActorMention(at, at + len(words), words, actor, (), kind, country)


def _country(text: str, words: str, code: str, nth: int = 0) -> Place:
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return Place(at, at + len(words), words, words, 1.0, 1.0, 1, "country", code, None, 1.0)


def test_events_backed_read_before_and_after_the_cue() -> None:
    text = ("Red Front, the US-backed alliance fighting Blue Legion, holds the hills; "
            "US-backed Green Brigade fighters hold the plain.")
    red = _m(text, "Red Front", "Red Front")
    blue = _m(text, "Blue Legion", "Blue Legion")
    green = _m(text, "Green Brigade", "Green Brigade")
    places = [_country(text, "US", "US"), _country(text, "US", "US", 1)]
    found = backings(text, [red, blue, green], places)
    assert [(b.backer_country, b.backed) for b in found] == [
        ("United States", "Red Front"), ("United States", "Green Brigade")]
    assert found[0].enemy == blue  # the side the backed alliance is told fighting


def test_events_backed_force_is_no_target_of_its_backer() -> None:
    text = "Red Front, the US-backed alliance fighting Blue Legion, holds the hills."
    red = _m(text, "Red Front", "Red Front")
    blue = _m(text, "Blue Legion", "Blue Legion")
    us = ActorMention(0, 0, "US jets", _US, (), ActorKind.STATE_FORCES, "United States")
    places = [_country(text, "US", "US")]
    roles = with_backed([(us, "actor1"), (red, "actor2")], None, "AIR_STRIKE", text, [red, blue],
                        places)
    assert roles == [(us, "actor1"), (red, "assoc"), (blue, "actor2")]
    # with no target named at all, the fire of the backer is aimed at the side fought
    assert with_backed([(us, "actor1")], None, "ART_MISS_ATTACK", text, [red, blue], places) == [
        (us, "actor1"), (blue, "actor2")]
    # another doer's strike on the same force is a strike on it
    other = ActorMention(0, 0, "jets", "Military Forces of Syria", (), ActorKind.STATE_FORCES,
                         "Syria")
    assert with_backed([(other, "actor1"), (red, "actor2")], None, "AIR_STRIKE", text, [red, blue],
                       places) == [(other, "actor1"), (red, "actor2")]
    # nor does an unnamed doer, whatever country it was guessed to be from
    drones = ActorMention(0, 0, "unidentified drones", "Unidentified Military Forces", (),
                          ActorKind.STATE_FORCES, "United States")
    assert with_backed([(drones, "actor1"), (red, "actor2")], None, "AIR_STRIKE", text,
                       [red, blue], places) == [(drones, "actor1"), (red, "actor2")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "target", "ally"), [
    ("In Raqqa, US-backed Syrian Democratic Forces are fighting IS. On Friday US air "
     "strikes supporting the Syrian Democratic Forces hit the city.",
     "Islamic State of Iraq and the Levant (ISIL)", "Syrian Democratic Forces (SDF)"),
    ("Fighters of the Syrian Democratic Forces, the US-backed alliance fighting IS, hold "
     "the base in Raqqa. Next to it is an American base from which mortar is launched every "
     "five minutes.", "Islamic State of Iraq and the Levant (ISIL)", None),
])
def test_events_backed_in_a_whole_report(text: str, target: str, ally: str | None) -> None:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2017, 9, 15), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    roles = {a.role: a.name for a in ev.actors}
    assert roles.get("actor1") == _US
    assert roles.get("actor2") == target
    assert roles.get("assoc_actor_1") == ally
