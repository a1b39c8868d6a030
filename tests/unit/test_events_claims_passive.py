"""Claims: the subject of a passive verb of blame is the one blamed ("X was accused of
using gas", "X was blamed by officials for the ambush"), its "by" agent the accuser.
Parses built by hand, sentences written for the test."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.unit.handparse import Row, hand_doc
from warlog.events.claims import sentence_claims
from warlog.models import ActorKind, ActorMention


def _front(doc: Doc) -> ActorMention:
    start = doc.text.index("River Front")
    return ActorMention(start, start + 11, "River Front", "River Front", (),
                        ActorKind.REBEL_GROUP)


# "The River Front was accused of shelling the market ."
ACCUSED: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 4, "nsubjpass"), ("was", "be", "AUX", 4, "auxpass"),
    ("accused", "accuse", "VERB", 4, "ROOT"), ("of", "of", "ADP", 4, "prep"),
    ("shelling", "shell", "VERB", 5, "pcomp"), ("the", "the", "DET", 8, "det"),
    ("market", "market", "NOUN", 6, "dobj"), (".", ".", "PUNCT", 4, "punct"),
]
# "The River Front was blamed by officials for the ambush ."
BLAMED_BY: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 4, "nsubjpass"), ("was", "be", "AUX", 4, "auxpass"),
    ("blamed", "blame", "VERB", 4, "ROOT"), ("by", "by", "ADP", 4, "agent"),
    ("officials", "official", "NOUN", 5, "pobj"), ("for", "for", "ADP", 4, "prep"),
    ("the", "the", "DET", 9, "det"), ("ambush", "ambush", "NOUN", 7, "pobj"),
    (".", ".", "PUNCT", 4, "punct"),
]


def test_events_claims_passive_accusation_blames_its_subject() -> None:
    doc = hand_doc(ACCUSED)
    claims = sentence_claims(next(iter(doc.sents)), (_front(doc),))
    assert [(c.kind, c.responsible) for c in claims] == [("attributed", "River Front")]


def test_events_claims_passive_blame_names_the_accuser_by_its_agent() -> None:
    doc = hand_doc(BLAMED_BY)
    claims = sentence_claims(next(iter(doc.sents)), (_front(doc),))
    assert [(c.by, c.kind, c.responsible) for c in claims] == [
        ("officials", "attributed", "River Front")]
