"""Roles: a title-case headline names its agent first ("River Front Uses Poison Gas in
Hilltown"), even where the parse reads the whole headline as one noun phrase and gives
its subject no role. Parses built by hand, sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.unit.handparse import Row, hand_doc
from warlog.events.fields import assign_roles
from warlog.events.headline_agent import headline_agent
from warlog.models import ActorKind, ActorMention

# "River Front Uses Poison Gas in Hilltown ." parsed as one noun phrase
ONE_PHRASE: list[Row] = [
    ("River", "River", "PROPN", 1, "compound"), ("Front", "Front", "PROPN", 4, "compound"),
    ("Uses", "Uses", "PROPN", 4, "compound"), ("Poison", "Poison", "PROPN", 4, "compound"),
    ("Gas", "Gas", "PROPN", 4, "ROOT"), ("in", "in", "ADP", 4, "prep"),
    ("Hilltown", "Hilltown", "PROPN", 5, "pobj"), (".", ".", "PUNCT", 4, "punct"),
]


def _front(doc: Doc) -> ActorMention:
    start = doc.text.index("River Front")
    return ActorMention(start, start + 11, "River Front", "River Front", (),
                        ActorKind.REBEL_GROUP)


def test_events_headline_agent_subject_of_one_phrase_headline_acts() -> None:
    doc = hand_doc(ONE_PHRASE)
    front = _front(doc)
    roles = assign_roles(list(doc.sents), doc.text.index("Poison"), [front])
    assert roles == [(front, "actor1")]


def _flat(words: list[str]) -> Doc:
    return hand_doc([(w, w, "PROPN", 0, "ROOT" if i == 0 else "dep")
                     for i, w in enumerate(words)])


@pytest.mark.parametrize(("words", "trigger", "agent"), [
    ("River Front Uses Poison Gas in Hilltown .", "Poison", True),
    ("River Front Launches Rockets at Hilltown .", "Rockets", True),
    # a group taken as a plural: the plain form of a verb that is no noun
    ("River Front Behead Two Hostages in Hilltown .", "Behead", True),
    ("River Front Execute Two Hostages in Hilltown .", "Hostages", True),
    ("River Front Eliminates Gunmen Near Hilltown .", "Gunmen", True),
    # a plain form that is a noun as well starts a compound ("Front Attack Kills")
    ("River Front Attack Kills Five in Hilltown .", "Kills", False),
    # the next word is no verb: the name qualifies a noun ("fighters killed")
    ("River Front Fighters Killed in Hilltown Raid .", "Raid", False),
    # the act told before the name: the name is not its subject here
    ("Poison Gas Attack Hits River Front Hilltown .", "Poison", False),
    # no headline: lower-case text is left to the parse
    ("then the River Front uses poison gas in the hills .", "poison", False),
])
def test_events_headline_agent_reads_only_a_present_verb_after_the_name(
        words: str, trigger: str, agent: bool) -> None:
    doc = _flat(words.split())
    front = _front(doc)
    assert headline_agent(front, next(iter(doc.sents)), doc.text.index(trigger)) is agent
