"""Roles: a side named after an aircraft or a gun by "from", "of" or "belonging to" owns
it and acted with it ("planes from the coalition hit the depot"), unless the craft is
what was hit ("rebels downed a jet of the coalition"). Parses built by hand, sentences
written for the test."""

from __future__ import annotations

import pytest

from tests.unit.handparse import Row, hand_doc
from warlog.events.fields import assign_roles
from warlog.events.owners import craft_owner
from warlog.models import ActorKind, ActorMention

# "Planes from the coalition hit the depot ."
FROM: list[Row] = [
    ("Planes", "plane", "NOUN", 4, "nsubj"), ("from", "from", "ADP", 0, "prep"),
    ("the", "the", "DET", 3, "det"), ("coalition", "coalition", "NOUN", 1, "pobj"),
    ("hit", "hit", "VERB", 4, "ROOT"), ("the", "the", "DET", 6, "det"),
    ("depot", "depot", "NOUN", 4, "dobj"), (".", ".", "PUNCT", 4, "punct"),
]
# "Jets belonging to the coalition hit the depot ."
BELONGING: list[Row] = [
    ("Jets", "jet", "NOUN", 5, "nsubj"), ("belonging", "belong", "VERB", 0, "acl"),
    ("to", "to", "ADP", 1, "prep"), ("the", "the", "DET", 4, "det"),
    ("coalition", "coalition", "NOUN", 2, "pobj"), ("hit", "hit", "VERB", 5, "ROOT"),
    ("the", "the", "DET", 7, "det"), ("depot", "depot", "NOUN", 5, "dobj"),
    (".", ".", "PUNCT", 5, "punct"),
]
# "Rebels downed a jet of the coalition ."
DOWNED: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("downed", "down", "VERB", 1, "ROOT"),
    ("a", "a", "DET", 3, "det"), ("jet", "jet", "NOUN", 1, "dobj"),
    ("of", "of", "ADP", 3, "prep"), ("the", "the", "DET", 6, "det"),
    ("coalition", "coalition", "NOUN", 4, "pobj"), (".", ".", "PUNCT", 1, "punct"),
]


@pytest.mark.parametrize(("rows", "trigger", "role"), [
    (FROM, "hit", "actor1"), (BELONGING, "hit", "actor1"), (DOWNED, "downed", "actor2"),
])
def test_events_craft_owner_role(rows: list[Row], trigger: str, role: str) -> None:
    doc = hand_doc(rows)
    i = next(t.i for t in doc if t.text == "coalition")
    assert craft_owner(doc[i]) == role
    m = ActorMention(doc[i].idx, doc[i].idx + 9, "coalition", "The Coalition", (),
                     ActorKind.EXTERNAL_OTHER)
    assert assign_roles(list(doc.sents), doc.text.index(trigger), [m]) == [(m, role)]


def test_events_craft_owner_only_of_craft() -> None:
    doc = hand_doc([("Men", "man", "NOUN", 4, "nsubj"), ("from", "from", "ADP", 0, "prep"),
                    ("the", "the", "DET", 3, "det"), ("coalition", "coalition", "NOUN", 1, "pobj"),
                    ("left", "leave", "VERB", 4, "ROOT"), (".", ".", "PUNCT", 4, "punct")])
    assert craft_owner(doc[3]) is None
