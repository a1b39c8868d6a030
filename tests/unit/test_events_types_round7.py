"""Event types by principle, round 7 (issue 11): a fight told in a headline's present
tense, a membership given up, an armed struggle ended, a foe's last ground cleared, a
structure caved in. Each sentence is written for the test; none comes from an evaluation
set."""

from __future__ import annotations

import pytest

from warlog.events import types as et


@pytest.mark.parametrize(("text", "code"), [
    # a headline tells its news in the present tense: two sides that "trade fire" fight
    ("Army, rebels trade fire in border district", "ARMED_CLASH"),
    ("Police and smugglers exchange fire at the river crossing", "ARMED_CLASH"),
    # what is withdrawn from says what is given up: a membership, not ground
    ("The faction announced its withdrawal from the coalition on Monday.",
     "CHANGE_TO_GROUP_ACT"),
    ("The militia quit the tribal alliance after a row over funds.", "CHANGE_TO_GROUP_ACT"),
    # a group that ends or renounces its armed struggle changes its activity
    ("Armed group announces end to armed struggle in statement", "CHANGE_TO_GROUP_ACT"),
    # the foe's last ground cleared is ground taken
    ("Army units clear the remaining rebel positions in the hills", "GOV_REGAINS_TERIT"),
    # a structure that caves in collapses
    ("The roof of the mill caved in on Monday, trapping nine workers.",
     "MAN_MADE_DISASTER"),
])
def test_event_types_round7(text: str, code: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == code, scored


@pytest.mark.parametrize("text", [
    # ground is still ground: a coalition's base left is a withdrawal from territory
    "Coalition forces withdrew from the coalition base near the city.",
    "The rebels withdrew from the town as the army advanced.",
])
def test_event_types_round7_ground_left(text: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == "NON_VIOL_TERRIT_TRANSFER", scored
