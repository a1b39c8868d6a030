"""Claims: to be behind an act of violence is to be held responsible for it ("X is
believed to be behind the bombing"); "who was behind it" names no one. Parses built by
hand, sentences written for the test."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.unit.handparse import Row, hand_doc
from warlog.events.claims import mentions_claim, sentence_claims
from warlog.models import ActorKind, ActorMention

# "The River Front is believed to be behind the bombing ."
BELIEVED: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 4, "nsubjpass"), ("is", "be", "AUX", 4, "auxpass"),
    ("believed", "believe", "VERB", 4, "ROOT"), ("to", "to", "PART", 6, "aux"),
    ("be", "be", "AUX", 4, "xcomp"), ("behind", "behind", "ADP", 6, "prep"),
    ("the", "the", "DET", 9, "det"), ("bombing", "bombing", "NOUN", 7, "pobj"),
    (".", ".", "PUNCT", 4, "punct"),
]
# "Nobody knows who was behind the blast ."
WHO: list[Row] = [
    ("Nobody", "nobody", "PRON", 1, "nsubj"), ("knows", "know", "VERB", 1, "ROOT"),
    ("who", "who", "PRON", 3, "nsubj"), ("was", "be", "AUX", 1, "ccomp"),
    ("behind", "behind", "ADP", 3, "prep"), ("the", "the", "DET", 6, "det"),
    ("blast", "blast", "NOUN", 4, "pobj"), (".", ".", "PUNCT", 1, "punct"),
]
# "The River Front was behind the wall ." (a place, no act)
WALL: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 3, "nsubj"), ("was", "be", "AUX", 3, "ROOT"),
    ("behind", "behind", "ADP", 3, "prep"), ("the", "the", "DET", 6, "det"),
    ("wall", "wall", "NOUN", 4, "pobj"), (".", ".", "PUNCT", 3, "punct"),
]


def _front(doc: Doc) -> ActorMention:
    start = doc.text.index("River Front")
    return ActorMention(start, start + 11, "River Front", "River Front", (),
                        ActorKind.REBEL_GROUP)


def test_events_claims_behind_an_attack_holds_the_subject_responsible() -> None:
    doc = hand_doc(BELIEVED)
    claims = sentence_claims(next(iter(doc.sents)), (_front(doc),))
    assert [(c.kind, c.responsible) for c in claims] == [("attributed", "River Front")]
    assert mentions_claim(doc.text)


def test_events_claims_behind_names_no_one_for_who_or_a_place() -> None:
    assert sentence_claims(next(iter(hand_doc(WHO).sents)), ()) == []
    wall = hand_doc(WALL)
    assert sentence_claims(next(iter(wall.sents)), (_front(wall),)) == []
    assert not mentions_claim(wall.text)


# "Officials say men loyal to River Front were behind the attack ." parsed as the tagger
# may: "men loyal" a clause of its own, "were" left without a subject
LOYAL: list[Row] = [
    ("Officials", "official", "NOUN", 1, "nsubj"), ("say", "say", "VERB", 1, "ROOT"),
    ("men", "man", "NOUN", 3, "nsubj"), ("loyal", "loyal", "ADJ", 1, "ccomp"),
    ("to", "to", "ADP", 3, "prep"), ("River", "River", "PROPN", 6, "compound"),
    ("Front", "Front", "PROPN", 4, "pobj"), ("were", "be", "AUX", 1, "ccomp"),
    ("behind", "behind", "ADP", 7, "prep"), ("the", "the", "DET", 10, "det"),
    ("attack", "attack", "NOUN", 8, "pobj"), (".", ".", "PUNCT", 1, "punct"),
]


def test_events_claims_behind_takes_the_actor_just_before_a_subjectless_verb() -> None:
    doc = hand_doc(LOYAL)
    start = doc.text.index("men loyal")
    men = ActorMention(start, doc.text.index(" were"), "men loyal to River Front",
                       "River Front", (), ActorKind.REBEL_GROUP)
    claims = sentence_claims(next(iter(doc.sents)), (men,))
    assert ("attributed", "River Front") in [(c.kind, c.responsible) for c in claims]
