"""Roles: a run of acts told as one ("a series of strikes by X", "a wave of raids by X")
names their agent by its "by", as "strikes by X" does, wherever the parser hangs the "by"
(on "series"). Parse built by hand, sentence written for the test."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warlog.events.fields import assign_roles
from warlog.models import ActorKind, ActorMention

# "A series of strikes overnight by the River Front killed five farmers ."
ROWS = [
    ("A", "a", "DET", 1, "det"), ("series", "series", "NOUN", 9, "nsubj"),
    ("of", "of", "ADP", 1, "prep"), ("strikes", "strike", "NOUN", 2, "pobj"),
    ("overnight", "overnight", "ADV", 1, "advmod"), ("by", "by", "ADP", 1, "prep"),
    ("the", "the", "DET", 8, "det"), ("River", "River", "PROPN", 8, "compound"),
    ("Front", "Front", "PROPN", 5, "pobj"), ("killed", "kill", "VERB", 9, "ROOT"),
    ("five", "five", "NUM", 11, "nummod"), ("farmers", "farmer", "NOUN", 9, "dobj"),
    (".", ".", "PUNCT", 9, "punct"),
]


def test_events_series_of_strikes_by_names_the_agent() -> None:
    words = [r[0] for r in ROWS]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))],
              lemmas=[r[1] for r in ROWS], pos=[r[2] for r in ROWS],
              heads=[r[3] for r in ROWS], deps=[r[4] for r in ROWS],
              sent_starts=[i == 0 for i in range(len(words))])
    start = doc.text.index("River Front")
    front = ActorMention(start, start + 11, "River Front", "River Front", (),
                         ActorKind.REBEL_GROUP)
    trigger = doc.text.index("strikes")
    roles = assign_roles(list(doc.sents), trigger, [front])
    assert roles == [(front, "actor1")]
