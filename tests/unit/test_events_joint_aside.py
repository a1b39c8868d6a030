"""A joint force listed before its verb acts even where the parser made an aside the
sentence's root: "in X village (coded as X) ..., a combined force of the KNLA and Y
attacked"; its first member is actor1 and the later ones stand with it, never as the
target (members.py). Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.models import Document, Origin

_KNLA = "KNU/KNLA: Karen National Union/Karen National Liberation Army"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On 3 May 2023, in Ta Kaw village (coded as Ta Kaw) of Hpapun township (Hpapun "
    "district, Kayin state), a combined force of the KNLA, the Special Operation Force and "
    "the Blue Wings drone attacked a police station where soldiers were stationed with two "
    "grenades attached to drones at around 2 am. A soldier was killed.",
])
def test_events_joint_force_before_its_verb_after_an_aside(text: str) -> None:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2023, 5, 4), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    assert next(a.name for a in ev.actors if a.role == "actor1") == _KNLA


@pytest.mark.model
def test_events_joint_force_later_members_stand_with_the_first() -> None:
    from warlog.pipeline import Resources, annotate

    text = ("On 3 May 2023, in Ta Kaw village of Hpapun township (Kayin state), a combined "
            "force of the KNLA, the Karen National Defence Organisation and the People's "
            "Defence Force attacked a Myanmar military camp with bombs dropped from drones.")
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2023, 5, 4), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    roles = {a.role: a.name for a in ev.actors}
    assert roles.get("actor1") == _KNLA
    assert roles.get("actor2") == "Military Forces of Myanmar"
    assert roles.get("assoc_actor_1") is not None
