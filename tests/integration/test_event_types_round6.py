"""Event types that need the parse, round 6 (issue 11): the crowd's damage told in the
next sentence or with the crowd as a passive's agent, fire set by the crowd, a state's
forces named by their country, what was seized. Sentences written for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from warlog.config import Settings
from warlog.events.detect import Candidate, realis_reading
from warlog.events.group import group_candidates, incident_code
from warlog.events.syntax import classify_span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    from warlog.nlp import load_nlp

    return load_nlp(Settings().spacy_model)


def _code(nlp: Language, text: str) -> str | None:
    sent = next(iter(nlp(text).sents))
    scored = classify_span(sent)
    reading = realis_reading(sent, scored) if scored is not None else None
    return reading.code if reading is not None else None


@pytest.mark.parametrize("text", [
    # a participle clause has its head's subject, and "set" burns with "ablaze"
    "Supporters of the opposition leader took to the streets on Friday, setting ablaze "
    "a government vehicle.",
    # pulling up what stands is damage
    "A group of farmers agitating for higher crop prices uprooted railway tracks near the "
    "station.",
    # workers on strike are a protesting crowd
    "Taxi drivers on strike against the new fares attacked vehicles that continued to "
    "operate.",
    # people by kin or trade, at a protest, are its crowd; hands and fists are force
    "Relatives of the patient protesting outside the hospital roughed up two doctors and "
    "slapped a nurse.",
    # the crowd as the agent of a passive damaging verb
    "During the strike, shops that stayed open were stoned by the strikers.",
])
def test_event_types_a_crowd_that_damages_riots_round6(nlp: Language, text: str) -> None:
    assert _code(nlp, text) == "VIOL_DEMONSTR"


def _incident(nlp: Language, text: str) -> tuple[list[str], str]:
    cands = []
    for i, sent in enumerate(nlp(text).sents):
        scored = classify_span(sent)
        if scored is not None:
            cands.append(Candidate(i, sent, scored, 1.0))
    groups = group_candidates(cands, (), ())
    return [c.code for c in cands], incident_code(groups[0])


def test_event_types_the_crowds_damage_told_next_is_its_protests(nlp: Language) -> None:
    # the protest, then what its crowd did: one incident, a violent demonstration
    codes, code = _incident(nlp, "Students staged a protest on the campus over the fee hike. "
                                 "They torched two buses parked outside the library.")
    assert codes == ["PEACE_PROTEST", "VIOL_DEMONSTR"]
    assert code == "VIOL_DEMONSTR"


def test_event_types_a_pronoun_after_the_police_is_no_crowd(nlp: Language) -> None:
    # the sentence before names the police: "they" may be the police, not the crowd
    doc = nlp("Police broke up a protest by teachers outside the ministry. "
              "They beat several of them with batons.")
    second = list(doc.sents)[1]
    scored = classify_span(second)
    assert scored is None or not any(h.code == "@RIOTING" for h in scored.hits)


@pytest.mark.parametrize(("text", "code"), [
    # a country's adjective names a state's forces when the taker is read
    ("After fierce clashes with Islamic State militants, Iraqi forces regained control of "
     "three villages south of the city.", "GOV_REGAINS_TERIT"),
    # "took" whose object is ground took the ground
    ("Government troops took the village of Kelo after heavy fighting with the rebels.",
     "GOV_REGAINS_TERIT"),
    ("Rebels took the town of Kelo after fierce fighting with government troops.",
     "NON_STATE_ACTOR_OVERTAKES_TER"),
    # a fight that "took place" in a village took no ground
    ("The fighting took place in the village of Kelo, where troops clashed with rebels.",
     "ARMED_CLASH"),
    # "resort to" takes what was done as its object, however the parser reads "to stone"
    ("The protesters resorted to stone pelting when police tried to stop them from "
     "marching.", "VIOL_DEMONSTR"),
    # a blast in a market is a bomb's (a market keeps nothing that explodes by itself)
    ("An explosion ripped through a crowded market in the town, killing 15 people.",
     "REM_EXPLOS"),
    # a person by title taken is abducted, not ground
    ("Gunmen captured the district governor at his residence in the town on Sunday.",
     "ABDUCT_DISSAP"),
])
def test_event_types_who_took_what_round6(nlp: Language, text: str, code: str) -> None:
    assert _code(nlp, text) == code


def test_event_types_a_plane_seized_is_no_ground(nlp: Language) -> None:
    # what was seized is the verb's object, not the place named as the scene
    assert _code(nlp, "Militants seized a passenger plane at the airport on Sunday.") not in (
        "NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT")


@pytest.mark.parametrize(("text", "code"), [
    # the arrest a crowd demands an end to, or protests, is its grievance, not its fate
    ("Hundreds of teachers rallied in the capital to demand the release of colleagues "
     "detained last month.", "PEACE_PROTEST"),
    ("Students held a peaceful march following the arrest of their union leader.",
     "PEACE_PROTEST"),
    ("Residents staged a sit-in against police brutality in the district.", "PEACE_PROTEST"),
    # a clause with its own subject tells what happened: the tear gas was fired
    ("Thousands rallied outside parliament calling on the government to resign as police "
     "fired tear gas to disperse them.", "PROTEST_WITH_INTER"),
    # what others condemn happened
    ("Rights groups condemned the excessive force police used to disperse protesters in "
     "the capital on Monday.", "FORCE_AGAINST_PROTEST"),
])
def test_event_types_a_protests_grievance_is_not_its_fate(
        nlp: Language, text: str, code: str) -> None:
    assert _code(nlp, text) == code


@pytest.mark.parametrize(("text", "code"), [
    # a crowd that clashed is the doer, as one that rioted: arrests over it are the riot's
    ("Police arrested 25 people in connection with the violence that broke out during the "
     "protest on Monday.", "VIOL_DEMONSTR"),
    # a weapon of war named makes the fight an armed one, not a crowd's
    ("Seven soldiers died when a grenade was hurled into their truck as residents fought "
     "back after troops shot at protesters.", "GRENADE"),
])
def test_event_types_a_crowd_that_clashed_riots(nlp: Language, text: str, code: str) -> None:
    assert _code(nlp, text) == code
