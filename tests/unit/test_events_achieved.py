"""A campaign told won (events/achieved.py): the goal of a campaign the sentence says
succeeded was reached, and the side in its "from" phrase lost the place. Parses are
written by hand for sentences written for the test."""

from __future__ import annotations

import pytest

from tests.unit.handparse import Row, hand_doc
from warlog.events.achieved import campaign_won, driven_out
from warlog.events.backdrop import describes_noun

# "The campaign to retake Nawa from the rebel militia proved successful ."
_WON: list[Row] = [
    ("The", "the", "DET", 1, "det"),
    ("campaign", "campaign", "NOUN", 8, "nsubj"),
    ("to", "to", "PART", 3, "aux"),
    ("retake", "retake", "VERB", 1, "acl"),
    ("Nawa", "Nawa", "PROPN", 3, "dobj"),
    ("from", "from", "ADP", 3, "prep"),
    ("the", "the", "DET", 7, "det"),
    ("rebels", "rebel", "NOUN", 5, "pobj"),
    ("proved", "prove", "VERB", 8, "ROOT"),
    ("successful", "successful", "ADJ", 8, "oprd"),
    (".", ".", "PUNCT", 8, "punct"),
]


def _with(rows: list[Row], **words: str) -> list[Row]:
    """``rows`` with some words (and lemmas) replaced, by index name ``w<i>``."""
    out = list(rows)
    for key, word in words.items():
        i = int(key[1:])
        out[i] = (word, word.lower(), *rows[i][2:])
    return out


@pytest.mark.parametrize("dep", ["acl", "relcl"])
def test_events_achieved_a_campaign_that_proved_successful_reached_its_goal(dep: str) -> None:
    # the parser hangs the infinitive on its noun under either label
    rows = list(_WON)
    rows[3] = ("retake", "retake", "VERB", 1, dep)
    assert campaign_won(hand_doc(rows)[3])


@pytest.mark.parametrize("success", ["failed", "stalled"])
def test_events_achieved_a_campaign_that_failed_reached_nothing(success: str) -> None:
    rows = list(_WON)
    rows[8] = (success, success[:-2] if success.endswith("ed") else success, "VERB", 8, "ROOT")
    rows[9] = ("badly", "badly", "ADV", 8, "advmod")
    assert not campaign_won(hand_doc(rows)[3])


def test_events_achieved_a_plan_is_no_campaign_won() -> None:
    # "The plan to retake Nawa ... proved successful": a plan is no campaign fought
    doc = hand_doc(_with(_WON, w1="plan"))
    assert not campaign_won(doc[3])


def test_events_achieved_a_won_goal_describes_no_noun() -> None:
    # "the push to seize X proved successful" tells the taking, not what the push is for
    rows = list(_WON)
    rows[3] = ("retake", "retake", "VERB", 1, "relcl")
    assert not describes_noun(hand_doc(rows)[3])


def test_events_achieved_the_side_in_the_from_phrase_was_driven_out() -> None:
    doc = hand_doc(_WON)
    assert driven_out(doc[7])  # the rebels lost Nawa
    assert not driven_out(doc[4])  # Nawa is the place, not a side
