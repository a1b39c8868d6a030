"""A side that tells of its own act is still its doer (events/frame.py names_itself)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warlog.events.frame import names_itself
from warlog.models import ActorKind, ActorMention

# "Wing reported that Front attacked a post ."
_WORDS = ["Wing", "reported", "that", "Front", "attacked", "a", "post", "."]
_HEADS = [1, 1, 4, 4, 1, 6, 4, 1]
_DEPS = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj", "punct"]


def _doc(subject: str) -> Doc:
    words = [w if w != "Front" else subject for w in _WORDS]
    spaces = [i + 1 < len(words) and words[i + 1] != "." for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=_HEADS, deps=_DEPS)


def _wing() -> ActorMention:
    return ActorMention(0, 4, "Wing", "River Front", ("Front", "Wing"), ActorKind.REBEL_GROUP)


def test_events_frame_a_teller_whose_own_side_acts_names_itself() -> None:
    doc = _doc("Front")
    trigger = doc.text.index("attacked")
    assert names_itself(_wing(), doc[1], trigger)


def test_events_frame_a_teller_of_anothers_act_does_not() -> None:
    doc = _doc("Army")
    trigger = doc.text.index("attacked")
    assert not names_itself(_wing(), doc[1], trigger)
