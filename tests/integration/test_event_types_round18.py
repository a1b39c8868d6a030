"""Event types of captures, executions and surrenders, round 18 (issue events18): armed
men taken by their enemy were taken in a fight; an execution kills people held, whoever
they are; people who do not fight and give themselves up are detained, no deal. Sentences
written for the test; none comes from an evaluation set."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.events.syntax import classify_span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    from warlog.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


def _code(nlp: Language, text: str) -> str | None:
    scored = classify_span(next(iter(nlp(text).sents)))
    return scored.code if scored is not None else None


@pytest.mark.parametrize("text", [
    # a state's men taken: only the side they fight takes them
    "Militants captured ten soldiers near the airport.",
    "Rebels seized four soldiers in Tarvo on Monday.",
    "Insurgents took six policemen prisoner near Tarvo on Sunday.",
    "Rebels took three soldiers captive in Tarvo.",
    "Ten soldiers were captured by militants near Tarvo.",
    # fighters taken by a non-state side: rival groups fight
    "Jihadist fighters captured 20 rebels near Tarvo on Monday.",
])
def test_armed_men_taken_by_their_enemy_make_a_clash(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARMED_CLASH"


@pytest.mark.parametrize("text", [
    # a passive's subject was taken, not the place after the verb
    "Two soldiers were captured near Tarvo on Monday.",
    # a pronoun stands for the side that reports the capture
    "The Islamic State said it had captured three Peshmerga fighters near Tarvo.",
    # a count stands for the men it counts
    "Dozens of soldiers were captured by the rebels in Tarvo.",
])
def test_captures_of_armed_men_told_otherwise_make_a_clash(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARMED_CLASH"


@pytest.mark.parametrize(("text", "code"), [
    # a state that takes fighters arrests them, unless the sentence tells the fight
    ("Government forces seized 15 fighters of the Islamic State in Tarvo.", "ARREST"),
    ("Troops captured twelve rebel fighters during clashes in Tarvo.", "ARMED_CLASH"),
    # unarmed people taken are abducted, in the passive too
    ("Two aid workers were seized near Tarvo on Monday.", "ABDUCT_DISSAP"),
    # a state that takes militants arrests them; civilians taken are abducted
    ("The army captured 20 militants in Tarvo on Monday.", "ARREST"),
    ("Gunmen captured two aid workers near Tarvo on Friday.", "ABDUCT_DISSAP"),
    ("Militants seized five civilians in Tarvo on Monday.", "ABDUCT_DISSAP"),
    # ground taken is still ground
    ("Rebels captured the village of Tarvo on Monday.", "NON_STATE_ACTOR_OVERTAKES_TER"),
])
def test_other_captures_keep_their_type(nlp: Language, text: str, code: str) -> None:
    assert _code(nlp, text) == code


@pytest.mark.parametrize("text", [
    "Two soldiers were executed by militants in Tarvo on Friday.",
    "Militants executed two soldiers in Tarvo.",
    "Jihadists beheaded two soldiers in Tarvo on Friday.",
    "The execution of two soldiers by militants in Tarvo shocked the country.",
    # the capture is the killing's prelude: the killing of captives is the act
    "Militants captured and executed four soldiers in Tarvo.",
])
def test_executed_soldiers_are_attacked(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ATTACK"


@pytest.mark.parametrize("text", [
    "Hundreds of families surrendered to Kurdish forces in Tarvo last week.",
    "The foreigners, who were wives of jihadist fighters, surrendered to the army in Tarvo.",
])
def test_the_unarmed_who_surrender_are_detained(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARREST"


@pytest.mark.parametrize("text", [
    "Fifty rebel fighters surrendered to the army in Tarvo on Monday.",
    "Dozens of militants surrendered to government forces in Tarvo.",
])
def test_fighters_who_surrender_make_an_agreement(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "AGREEMENT"


def test_a_capture_of_soldiers_is_reported_as_a_clash(settings: Settings) -> None:
    """The capture alone is the event: the sentence is parsed and reported, with the
    captors and the men taken as its sides."""
    ad = annotate_text(settings, "Taliban fighters seized four Afghan soldiers in Kandahar "
                                 "on Monday.", dt.date(2021, 6, 1))
    assert ad.events, "no event"
    ev = ad.events[0]
    assert ev.sub_event_type == "Armed clash"
    roles = {a.role: a.name for a in ev.actors}
    assert roles.get("actor1") == "Taliban"
    assert roles.get("actor2") == "Military Forces of Afghanistan"
