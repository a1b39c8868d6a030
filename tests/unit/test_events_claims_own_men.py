"""Claims: a group that says its own men did the act ("The River Front said one of its
fighters set off a vest among the guards") tells the act as its own: it claims it, and
its telling is one more claim of the incident, not a second one. What befell its men
("one of its soldiers was killed") is no claim. Parses built by hand, sentences written
for the test."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.unit.handparse import Row, hand_doc
from warlog.events.claims import claimer, mentions_claim, sentence_claims
from warlog.models import ActorKind, ActorMention

# "The River Front said one of its fighters set off a vest among the guards ."
FIGHTER: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 3, "nsubj"), ("said", "say", "VERB", 3, "ROOT"),
    ("one", "one", "NUM", 8, "nsubj"), ("of", "of", "ADP", 4, "prep"),
    ("its", "its", "PRON", 7, "poss"), ("fighters", "fighter", "NOUN", 5, "pobj"),
    ("set", "set", "VERB", 3, "ccomp"), ("off", "off", "ADP", 8, "prt"),
    ("a", "a", "DET", 11, "det"), ("vest", "vest", "NOUN", 8, "dobj"),
    ("among", "among", "ADP", 8, "prep"), ("the", "the", "DET", 14, "det"),
    ("guards", "guard", "NOUN", 12, "pobj"), (".", ".", "PUNCT", 3, "punct"),
]
# "The River Front said one of its fighters was killed ."
FALLEN: list[Row] = [
    ("The", "the", "DET", 2, "det"), ("River", "River", "PROPN", 2, "compound"),
    ("Front", "Front", "PROPN", 3, "nsubj"), ("said", "say", "VERB", 3, "ROOT"),
    ("one", "one", "NUM", 9, "nsubjpass"), ("of", "of", "ADP", 4, "prep"),
    ("its", "its", "PRON", 7, "poss"), ("fighters", "fighter", "NOUN", 5, "pobj"),
    ("was", "be", "AUX", 9, "auxpass"), ("killed", "kill", "VERB", 3, "ccomp"),
    (".", ".", "PUNCT", 3, "punct"),
]


def _front(doc: Doc) -> ActorMention:
    start = doc.text.index("River Front")
    return ActorMention(start, start + 11, "River Front", "River Front", (),
                        ActorKind.REBEL_GROUP)


def test_events_claims_a_group_saying_its_fighter_acted_claims_the_act() -> None:
    doc = hand_doc(FIGHTER)
    front = _front(doc)
    claims = sentence_claims(next(iter(doc.sents)), (front,))
    assert [(c.kind, c.responsible) for c in claims] == [("claimed", "River Front")]
    assert claimer(claims, (front,)) == front  # the claimer leads the incident
    assert mentions_claim(doc.text)  # read with the incident it claims


def test_events_claims_what_befell_its_men_is_no_claim() -> None:
    doc = hand_doc(FALLEN)
    claims = sentence_claims(next(iter(doc.sents)), (_front(doc),))
    assert [c.kind for c in claims] == ["reported"]
    assert not mentions_claim("The River Front said the guards fired first.")
