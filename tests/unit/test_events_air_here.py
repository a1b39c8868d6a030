"""Whose aircraft, round 8: the air force the act's own sentence names flies it, whatever
other air forces the report names ("regime air raids killed 15"); a compound parsed
(regime air) raids still owns its raids; a gas attack told as dropped from the air has
the air force the report names for its doer, as a strike has. Sentences written for the
test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.regime import told_here
from warlog.models import ActorKind, ActorMention, Document, Origin


def _events(text: str):  # type: ignore[no-untyped-def]
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2017, 9, 15), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    return next(annotate([doc], Resources(Settings()))).events


def _actor1(ev) -> str | None:  # type: ignore[no-untyped-def]
    return next((a.name for a in ev.actors if a.role == "actor1"), None)


def test_events_air_here_flyers_of_the_own_sentence_first() -> None:
    class _Sent:  # the bounds are all told_here reads of a sentence
        start_char, end_char = 100, 200

    far = ActorMention(10, 17, "Russian", "Military Forces of Russia", (),
                       ActorKind.STATE_FORCES, "Russia")
    near = ActorMention(120, 126, "regime", "Military Forces of Syria", (),
                        ActorKind.STATE_FORCES, "Syria")
    assert told_here([far, near], _Sent()) == (near,)  # type: ignore[arg-type]
    assert told_here([far], _Sent()) == (far,)  # type: ignore[arg-type]


@pytest.mark.model
def test_events_air_here_regime_raids_among_three_air_forces() -> None:
    events = _events(
        "Russian and Syrian warplanes have bombed Idlib for weeks, and US-led coalition "
        "jets hit IS in Raqqa. On Friday regime air raids killed 15 civilians in an "
        "IS-held village near Deir Ezzor.")
    raids = next(e for e in events if "regime air raids" in e.evidence[0].text)
    assert _actor1(raids) == "Military Forces of Syria"


@pytest.mark.model
def test_events_air_here_gas_dropped_from_the_air() -> None:
    events = _events(
        "Russian warplanes regularly strike the province. On Tuesday at least 40 people "
        "were killed when warplanes dropped chlorine gas on the town of Kafr Nabl in Idlib.")
    gas = next(e for e in events if "chlorine" in e.evidence[0].text)
    assert _actor1(gas) == "Military Forces of Russia"
