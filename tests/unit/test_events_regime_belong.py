"""The regime's aircraft: what "belongs to" the government is the government's, as its
possessive says ("jets thought to belong to the government", regime.py). Parses built by
hand, sentences written for the test."""

from __future__ import annotations

from tests.unit.handparse import Row, hand_doc
from warlog.events.regime import regime_flyers

# "Jets thought to belong to the government struck the town ."
JETS: list[Row] = [
    ("Jets", "jet", "NOUN", 1, "nsubj"), ("thought", "think", "VERB", 1, "ROOT"),
    ("to", "to", "PART", 3, "aux"), ("belong", "belong", "VERB", 1, "xcomp"),
    ("to", "to", "ADP", 3, "prep"), ("the", "the", "DET", 6, "det"),
    ("government", "government", "NOUN", 4, "pobj"), ("struck", "strike", "VERB", 1, "conj"),
    ("the", "the", "DET", 9, "det"), ("town", "town", "NOUN", 7, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]
# "Farms belonging to the government were hit ."
FARMS: list[Row] = [
    ("Farms", "farm", "NOUN", 6, "nsubjpass"), ("belonging", "belong", "VERB", 0, "acl"),
    ("to", "to", "ADP", 1, "prep"), ("the", "the", "DET", 4, "det"),
    ("government", "government", "NOUN", 2, "pobj"), ("were", "be", "AUX", 6, "auxpass"),
    ("hit", "hit", "VERB", 6, "ROOT"), (".", ".", "PUNCT", 6, "punct"),
]


def test_regime_flyers_jets_that_belong_to_the_government() -> None:
    doc = hand_doc(JETS)
    found = regime_flyers(doc, "SY", [])
    assert [m.actor for m in found] == ["Military Forces of Syria"]
    assert doc.text[found[0].start:found[0].end].startswith("Jets")


def test_regime_flyers_what_belongs_and_flies_nothing() -> None:
    assert regime_flyers(hand_doc(FARMS), "SY", []) == []
