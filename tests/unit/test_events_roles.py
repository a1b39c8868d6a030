"""Roles read off the parse where the parser misreads a name."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.models import Document, Origin


@pytest.mark.model
def test_events_is_before_its_verb_is_the_group_not_the_auxiliary() -> None:
    # the parser reads "IS claimed" as the passive "is claimed": a name is no auxiliary
    from warlog.config import Settings
    from warlog.pipeline import Resources, annotate

    text = "IS also claimed a bomb attack at a police station in Damascus that killed 17."
    doc = Document(id="r", text=text, title=None, source=None, url=None,
                   published=dt.date(2017, 10, 16), language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    roles = {a.role: a.name for a in ev.actors}
    assert "Islamic State" in roles.get("actor1", "")


@pytest.mark.model
def test_events_agent_after_a_phrasal_verb() -> None:
    # "shot down by IS": the parser reads "shot" as a noun; the particle says it is a verb
    from warlog.config import Settings
    from warlog.pipeline import Resources, annotate

    text = ("The monitor said the warplane downed on Thursday near Deir ez-Zor was the "
            "fourth shot down by IS since April.")
    doc = Document(id="r", text=text, title=None, source=None, url=None,
                   published=dt.date(2016, 7, 15), language="en",
                   origin=Origin(path="x", start=0, end=len(text)))
    evs = next(annotate([doc], Resources(Settings()))).events
    assert evs
    for ev in evs:
        roles = {a.role: a.name for a in ev.actors}
        assert "Islamic State" in roles.get("actor1", "")
