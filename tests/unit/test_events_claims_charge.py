"""Claims: an accusation names what it charges. "accused X of blocking the roads" or
"X was accused of hoarding food" charge a deed other than violence, so X is held
responsible for no act of violence; "accused X of shelling the market" still is.
Parses built by hand, sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.unit.handparse import Row, hand_doc
from warlog.events.claims import sentence_claims
from warlog.models import ActorKind, ActorMention


def _front(doc: Doc) -> ActorMention:
    start = doc.text.index("River Front")
    return ActorMention(start, start + 11, "River Front", "River Front", (),
                        ActorKind.REBEL_GROUP)


def _active(gerund: str, lemma: str) -> list[Row]:
    # "Monitors accused the River Front of <gerund> the roads near the strikes ."
    return [
        ("Monitors", "monitor", "NOUN", 1, "nsubj"), ("accused", "accuse", "VERB", 1, "ROOT"),
        ("the", "the", "DET", 4, "det"), ("River", "River", "PROPN", 4, "compound"),
        ("Front", "Front", "PROPN", 1, "dobj"), ("of", "of", "ADP", 4, "prep"),
        (gerund, lemma, "VERB", 5, "pcomp"), ("the", "the", "DET", 8, "det"),
        ("roads", "road", "NOUN", 6, "dobj"), ("near", "near", "ADP", 8, "prep"),
        ("the", "the", "DET", 11, "det"), ("strikes", "strike", "NOUN", 9, "pobj"),
        (".", ".", "PUNCT", 1, "punct"),
    ]


# "The River Front was accused of hoarding food ."
PASSIVE_OTHER: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 4, "nsubjpass"), ("was", "be", "AUX", 4, "auxpass"),
    ("accused", "accuse", "VERB", 4, "ROOT"), ("of", "of", "ADP", 4, "prep"),
    ("hoarding", "hoard", "VERB", 5, "pcomp"), ("food", "food", "NOUN", 6, "dobj"),
    (".", ".", "PUNCT", 4, "punct"),
]


@pytest.mark.parametrize(("gerund", "lemma", "held"), [
    ("blocking", "block", []),
    ("funding", "fund", []),
    ("shelling", "shell", ["River Front"]),
    ("mining", "mine", ["River Front"]),  # laying mines is violence
])
def test_events_claims_charge_of_another_deed_holds_no_one(
        gerund: str, lemma: str, held: list[str]) -> None:
    doc = hand_doc(_active(gerund, lemma))
    claims = sentence_claims(next(iter(doc.sents)), (_front(doc),))
    assert [c.responsible for c in claims if c.kind == "attributed"] == held


def test_events_claims_charge_passive_of_another_deed_holds_no_one() -> None:
    doc = hand_doc(PASSIVE_OTHER)
    assert sentence_claims(next(iter(doc.sents)), (_front(doc),)) == []
