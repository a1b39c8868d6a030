"""Roles: a side told first as a target and then by the words of the act itself ("Rebels
hit the army, and army shelling killed five farmers") is the act's agent: the mention
that holds the trigger outranks the side's earlier one. Parses built by hand, sentences
written for the test."""

from __future__ import annotations

from tests.unit.handparse import Row, hand_doc
from warlog.events.fields import assign_roles
from warlog.models import ActorKind, ActorMention

# "Rebels hit the army , and army shelling killed five farmers ."
ROWS: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"), ("hit", "hit", "VERB", 1, "ROOT"),
    ("the", "the", "DET", 3, "det"), ("army", "army", "NOUN", 1, "dobj"),
    (",", ",", "PUNCT", 1, "punct"), ("and", "and", "CCONJ", 1, "cc"),
    ("army", "army", "NOUN", 7, "compound"), ("shelling", "shelling", "NOUN", 8, "nsubj"),
    ("killed", "kill", "VERB", 1, "conj"), ("five", "five", "NUM", 10, "nummod"),
    ("farmers", "farmer", "NOUN", 8, "dobj"), (".", ".", "PUNCT", 1, "punct"),
]


def _army(start: int, end: int, text: str) -> ActorMention:
    return ActorMention(start, end, text[start:end], "Military Forces of Kestra", (),
                        ActorKind.STATE_FORCES)


def test_events_own_act_mention_makes_the_side_its_agent() -> None:
    doc = hand_doc(ROWS)
    first = doc.text.index("army")
    second = doc.text.index("army shelling")
    target, agent = _army(first, first + 4, doc.text), _army(second, second + 13, doc.text)
    roles = assign_roles(list(doc.sents), doc.text.index("shelling"), [target, agent])
    assert roles == [(agent, "actor1")]


def test_events_own_act_mention_leaves_a_target_told_twice() -> None:
    doc = hand_doc(ROWS)
    first = doc.text.index("army")
    target = _army(first, first + 4, doc.text)
    farmers = doc.text.index("farmers")
    again = _army(farmers, farmers + 7, doc.text)  # a second target mention, not the act's
    roles = assign_roles(list(doc.sents), doc.text.index("shelling"), [target, again])
    assert roles == [(target, "actor2")]
