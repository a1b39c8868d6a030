"""The military-target cue names the target: the doers of an act on unarmed people, and
armed men held by their captors, are none (events/targets.py). Parses written by hand
for sentences written for these tests (no article text)."""

from __future__ import annotations

from tests.unit.handparse import Row, hand_doc
from warlog.events.syntax import hit_tokens
from warlog.events.targets import military_targets
from warlog.events.triggers import find_hits
from warlog.nlp.parse import span_text

# "Rebels executed five men ."
DOERS: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"),
    ("executed", "execute", "VERB", 1, "ROOT"),
    ("five", "five", "NUM", 3, "nummod"),
    ("men", "man", "NOUN", 1, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]
# "Rebels executed five captured soldiers ."
CAPTIVES: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"),
    ("executed", "execute", "VERB", 1, "ROOT"),
    ("five", "five", "NUM", 4, "nummod"),
    ("captured", "capture", "VERB", 4, "amod"),
    ("soldiers", "soldier", "NOUN", 1, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]
# "Rebels killed five soldiers ."
FIGHT: list[Row] = [
    ("Rebels", "rebel", "NOUN", 1, "nsubj"),
    ("killed", "kill", "VERB", 1, "ROOT"),
    ("five", "five", "NUM", 3, "nummod"),
    ("soldiers", "soldier", "NOUN", 1, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]

# "Rebels who executed five men fled ."
CLAUSE: list[Row] = [
    ("Rebels", "rebel", "NOUN", 4, "nsubj"),
    ("who", "who", "PRON", 2, "nsubj"),
    ("executed", "execute", "VERB", 0, "relcl"),
    ("five", "five", "NUM", 3, "nummod"),
    ("men", "man", "NOUN", 2, "dobj"),
    ("fled", "flee", "VERB", 5, "ROOT"),
    (".", ".", "PUNCT", 5, "punct"),
]


def _targets(rows: list[Row]) -> list[str]:
    sent = next(iter(hand_doc(rows).sents))
    text = span_text(sent)
    hits = military_targets(sent, find_hits(text), hit_tokens)
    return [text[h.start:h.end] for h in hits if h.code == "@MILTARGET"]


def test_events_targets_the_doers_of_an_act_on_unarmed_people_are_none() -> None:
    assert _targets(DOERS) == []


def test_events_targets_captives_are_none_and_the_doers_neither() -> None:
    assert _targets(CAPTIVES) == []


def test_events_targets_the_noun_a_clause_of_the_act_describes_is_its_doer() -> None:
    """ "Rebels who executed five men": the rebels did it, as subjects do."""
    assert _targets(CLAUSE) == []


def test_events_targets_armed_men_hit_keep_the_cue() -> None:
    """With armed men as the object, the cue stands: the act is a fight either way."""
    assert _targets(FIGHT) == ["Rebels"]
