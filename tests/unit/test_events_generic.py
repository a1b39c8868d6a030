"""Generic agents: a stand-in word yields to the group the event's sentences name."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.actors.context import GENERIC
from warlog.events.generic import named, stand_in, stand_ins_dropped
from warlog.models import ActorKind, ActorMention, Document, Origin


def _m(actor: str, method: str = "actors.dictionary.v1") -> ActorMention:
    return ActorMention(0, 5, actor, actor, (), ActorKind.REBEL_GROUP, method=method)


def test_events_a_stand_in_is_no_name_and_no_ally_of_the_named_agent() -> None:
    isil, rebels = _m("Islamic State"), _m("Free Syrian Army", GENERIC)
    unknown = _m("Unidentified Armed Group (Syria)", GENERIC)
    assert named(isil) and stand_in(rebels) and not named(rebels)
    # "unidentified gunmen" says nobody knows who acted: no stand-in for a named side
    assert not stand_in(unknown) and not named(unknown)
    assert stand_ins_dropped([isil, rebels]) == [isil]
    assert stand_ins_dropped([rebels, isil]) == [rebels, isil]


@pytest.mark.model
def test_events_the_group_named_as_agent_outranks_the_states_terrorist_word() -> None:
    from warlog.config import Settings
    from warlog.pipeline import Resources, annotate

    text = ("Two civilians were killed in terrorist rocket attacks on Deir Ezzor city. A "
            "source told the agency on Wednesday that ISIL terrorists fired several rocket "
            "shells on the city's neighbourhoods.")
    doc = Document(id="g", text=text, title=None, source=None, url=None,
                   published=dt.date(2016, 6, 6), language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    roles = {a.role: a.name for a in ev.actors}
    assert "Islamic State" in roles["actor1"]
    assert roles.get("assoc_actor_1") != "Free Syrian Army"
