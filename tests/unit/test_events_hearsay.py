"""Roles: who says an act happened is not who did it, also where the verb of saying hangs
as a relative clause on the act's own noun ("a gas attack that rebel groups say killed
dozens"); a clause whose pronoun subject points back to the speaker ("the bombing that the
front said it carried out") is the speaker's own act. Parses built by hand, sentences
written for the test."""

from __future__ import annotations

from tests.unit.handparse import Row, hand_doc
from warlog.events.hearsay import tells_of_act
from warlog.events.sides import settle_sides
from warlog.models import ActorKind, ActorMention

# "A gas attack that rebel groups say killed dozens ."
SAY: list[Row] = [
    ("A", "a", "DET", 2, "det"), ("gas", "gas", "NOUN", 2, "compound"),
    ("attack", "attack", "NOUN", 2, "ROOT"), ("that", "that", "PRON", 7, "nsubj"),
    ("rebel", "rebel", "NOUN", 5, "compound"), ("groups", "group", "NOUN", 6, "nsubj"),
    ("say", "say", "VERB", 2, "relcl"), ("killed", "kill", "VERB", 6, "ccomp"),
    ("dozens", "dozen", "NOUN", 7, "dobj"), (".", ".", "PUNCT", 2, "punct"),
]
# "The bombing that the front said it carried out ."
OWN: list[Row] = [
    ("The", "the", "DET", 1, "det"), ("bombing", "bombing", "NOUN", 1, "ROOT"),
    ("that", "that", "PRON", 7, "dobj"), ("the", "the", "DET", 4, "det"),
    ("front", "front", "NOUN", 5, "nsubj"), ("said", "say", "VERB", 1, "relcl"),
    ("it", "it", "PRON", 7, "nsubj"), ("carried", "carry", "VERB", 5, "ccomp"),
    ("out", "out", "ADP", 7, "prt"), (".", ".", "PUNCT", 1, "punct"),
]


def test_events_hearsay_relative_clause_on_the_act_tells_of_it() -> None:
    doc = hand_doc(SAY)
    assert tells_of_act(doc[6], doc, doc[2].idx)
    assert tells_of_act(doc[6], doc, doc[1].idx)  # the trigger on the noun's modifier


def test_events_hearsay_own_act_told_with_a_pronoun() -> None:
    doc = hand_doc(OWN)
    assert not tells_of_act(doc[5], doc, doc[1].idx)


def test_events_hearsay_speaker_is_no_agent_of_the_act() -> None:
    doc = hand_doc(SAY)
    start = doc.text.index("rebel groups")
    rebels = ActorMention(start, start + 12, "rebel groups", "Rebels", (), ActorKind.REBEL_GROUP)
    roles = settle_sides([(rebels, "actor1")], "CHEM_WEAP", "Explosions/Remote violence",
                         None, sdoc=doc, trigger=doc[2].idx)
    assert roles == [(rebels, "source")]
