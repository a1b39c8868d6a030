"""An intercepted weapon's launcher is the attack's doer (events/launcher.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warlog.events.launcher import led_by_launcher
from warlog.models import ActorKind, ActorMention

# "Guards intercepted a drone launched by the River Front ."
_WORDS = ["Guards", "intercepted", "a", "drone", "launched", "by", "the", "River", "Front", "."]
_LEMMAS = ["guard", "intercept", "a", "drone", "launch", "by", "the", "River", "Front", "."]
_POS = ["NOUN", "VERB", "DET", "NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
_HEADS = [1, 1, 3, 1, 3, 4, 8, 8, 5, 1]
_DEPS = ["nsubj", "ROOT", "det", "dobj", "acl", "agent", "det", "compound", "pobj", "punct"]


def _doc(lemmas: list[str]) -> Doc:
    spaces = [i + 1 < len(_WORDS) and _WORDS[i + 1] != "." for i in range(len(_WORDS))]
    return Doc(spacy.blank("en").vocab, words=_WORDS, spaces=spaces, lemmas=lemmas, pos=_POS,
               heads=_HEADS, deps=_DEPS)


def _mentions(doc: Doc) -> tuple[ActorMention, ActorMention]:
    front = doc.text.index("the River Front") + 4
    return (ActorMention(0, 6, "Guards", "Police Forces of Ruritania", (),
                         ActorKind.STATE_FORCES),
            ActorMention(front, front + 11, "River Front", "River Front", (),
                         ActorKind.REBEL_GROUP))


def test_events_launcher_leads_and_the_interceptor_meets_it() -> None:
    doc = _doc(_LEMMAS)
    guards, front = _mentions(doc)
    roles, launcher = led_by_launcher([(guards, "actor1"), (front, "actor1")], doc)
    assert launcher == front
    assert roles == [(guards, "actor2"), (front, "actor1")]


def test_events_launcher_a_drone_seen_by_someone_names_no_launcher() -> None:
    doc = _doc([*_LEMMAS[:4], "see", *_LEMMAS[5:]])  # "a drone seen by the River Front"
    guards, front = _mentions(doc)
    roles, launcher = led_by_launcher([(guards, "actor1"), (front, "actor2")], doc)
    assert launcher is None and roles == [(guards, "actor1"), (front, "actor2")]
