"""Round 19 (issue events19): "IS" read as the group's name where only a noun phrase can
stand; armed men a state captured in a fight the sentence tells make a clash, and the word
naming the men taken tells no attack; who died or was hurt suffered the act. Sentences
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


def _acronym(nlp: Language, text: str) -> tuple[str, str]:
    tok = next(t for t in nlp(text) if t.text == "IS")
    return tok.tag_, tok.dep_


@pytest.mark.parametrize(("text", "dep"), [
    # the sentence's subject before its verb
    ("IS claimed it had captured ten soldiers near Tarvo.", "nsubj"),
    ("IS attacked an army post in Tarvo on Friday.", "nsubj"),
    # the object of a preposition, the agent after "by"
    ("The attack on the checkpoint was claimed by IS on Tuesday.", "pobj"),
])
def test_is_where_a_noun_phrase_stands_is_the_group(nlp: Language, text: str, dep: str) -> None:
    assert _acronym(nlp, text) == ("NNP", dep)


def test_is_in_a_headline_in_capitals_stays_a_verb(nlp: Language) -> None:
    assert _acronym(nlp, "WHO IS RESPONSIBLE FOR THE ATTACK ON THE MARKET")[0] == "VBZ"


def test_is_is_the_group_when_only_some_sentences_are_parsed(settings: Settings) -> None:
    """The partial-parse pipeline the extractor runs reads the same name."""
    from warlog.nlp import load_nlp, parse

    nlp = load_nlp(settings.spacy_model, partial_parse=True)
    doc = next(parse(nlp, ["IS claimed it had captured ten soldiers near Tarvo."]))
    assert (doc[0].tag_, doc[0].dep_) == ("NNP", "nsubj")


@pytest.mark.parametrize("text", [
    "Police captured the gunmen after a shootout in Tarvo on Sunday.",
    "Police captured two militants after a firefight near Tarvo.",
    "Troops captured the attackers after a brief exchange of fire in Tarvo.",
    "Police seized three assailants after a gun battle in Tarvo on Monday.",
])
def test_armed_men_a_state_took_in_a_told_fight_make_a_clash(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARMED_CLASH"


@pytest.mark.parametrize("text", [
    "Security forces captured four gunmen in Tarvo on Monday.",
    "Police seized three assailants in Tarvo on Monday.",
])
def test_armed_men_a_state_took_with_no_fight_told_are_arrested(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARREST"


@pytest.mark.parametrize(("text", "victims"), [
    ("Two Syrian soldiers died when their vehicle hit a landmine near Idlib on Monday.",
     "Military Forces of Syria"),
    ("Three Iraqi policemen were among the dead after militants stormed a checkpoint "
     "near Kirkuk.", "Police Forces of Iraq"),
])
def test_who_died_is_the_target(settings: Settings, text: str, victims: str) -> None:
    ad = annotate_text(settings, text, dt.date(2021, 6, 1))
    assert ad.events, "no event"
    roles = {a.role: a.name for a in ad.events[0].actors}
    assert roles.get("actor2") == victims
    assert roles.get("actor1") != victims


@pytest.mark.parametrize("text", [
    "Soldiers shot dead a man at a checkpoint near Tarvo on Monday.",
    "Israeli troops shot dead a Palestinian man at a checkpoint near Tarvo on Monday.",
])
def test_a_military_site_where_unarmed_people_were_hit_is_no_target(
        nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ATTACK"


@pytest.mark.parametrize("text", [
    "Gunmen opened fire at a checkpoint near Tarvo, killing two soldiers.",
    "Militants attacked soldiers at a checkpoint near Tarvo.",
])
def test_a_military_site_aimed_at_or_armed_men_hit_stay_a_clash(
        nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "ARMED_CLASH"
