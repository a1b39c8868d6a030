"""Event types from the lexicon alone, round 15 (issue 11). Sentences written for the
test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.types import classify_text


@pytest.mark.parametrize("text", [
    "Troops entered the rebel-held town of Osso on Monday.",
    "Soldiers entered the besieged city after the siege was broken.",
    "Security forces fought their way into the militant-held village of Beru.",
    "Government troops forced their way into the town on Tuesday.",
])
def test_events_types_entry_into_a_held_town_is_a_taking(text: str) -> None:
    """An armed side that enters a town, whatever words stand between the article and
    the noun ("the rebel-held town"), or fights its way in, takes it: ground taken, here
    by the state (government regains territory)."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "GOV_REGAINS_TERIT"


@pytest.mark.parametrize("text", [
    "Riot police confronted the marchers outside the ministry in Osso.",
    "Police faced off with hundreds of protesters near the court in Beru.",
    "Police tried to stop the protesters from marching to the palace.",
    "Security forces besieged the protesting students at the university.",
    "Police cleared the sit-in outside the governor's office on Friday.",
    "Police raided the protest site in Osso and took the tents.",
    "Several demonstrators were manhandled by the police in Beru.",
])
def test_events_types_crowd_contained_by_police_is_intervention(text: str) -> None:
    """The crowd as the object of what the police do to contain it (confront, face off
    with, besiege, raid, clear, manhandle, try to stop) is a protest with intervention."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "PROTEST_WITH_INTER"


@pytest.mark.parametrize("text", [
    "Soldiers whipped protesters in the main market of Osso.",
    "Police beat up the protesting nurses outside the hospital in Beru.",
    "Guards flogged demonstrators in front of the town hall.",
])
def test_events_types_protesters_beaten_is_force(text: str) -> None:
    """Protesters whipped, flogged or beaten, also when named by a participle ("the
    protesting nurses"), met excessive force."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "FORCE_AGAINST_PROTEST"


@pytest.mark.parametrize("text", [
    "Villagers set upon two men they suspected of stealing a goat near Osso.",
    "Locals pounced on a driver who had insulted their elder in Beru.",
    "A crowd of youths assaulted a trader accused of cheating.",
])
def test_events_types_crowd_that_sets_upon_people_is_a_mob(text: str) -> None:
    """A crowd of villagers, locals or youths that sets upon or assaults people is mob
    violence, as one that beats or lynches them is."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "MOB_VIOL"


def test_events_types_villagers_assaulted_are_no_mob() -> None:
    scored = classify_text("Villagers were assaulted by gunmen near Osso at night.")
    assert scored is None or scored.code != "MOB_VIOL"


@pytest.mark.parametrize("text", [
    "Police escorted the marchers through the centre of Osso.",
    "Protesters confronted the police outside the parliament.",
])
def test_events_types_police_escort_and_crowd_confronting(text: str) -> None:
    """A march the police escort is no intervention; a crowd that confronts the police
    is the crowd's deed (left to the riot rules), not the police containing it."""
    scored = classify_text(text)
    assert scored is not None and scored.code != "PROTEST_WITH_INTER"


@pytest.mark.parametrize("text", [
    "The protest in Osso turned deadly as police opened fire.",
    "Police opened fire as the marchers reached the palace in Beru.",
    "A rally over fuel prices turned bloody in Osso on Sunday.",
])
def test_events_types_police_opening_fire_at_a_protest_is_force(text: str) -> None:
    """The police opening fire at a protest use lethal force, whoever the bullets are told
    to hit; a protest that turned deadly or bloody had its dead: excessive force."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "FORCE_AGAINST_PROTEST"


def test_events_types_crowd_that_rioted_before_the_fire_stays_a_riot() -> None:
    scored = classify_text("Protesters torched cars in Osso and police opened fire.")
    assert scored is not None and scored.code == "VIOL_DEMONSTR"


@pytest.mark.parametrize(("text", "code"), [
    ("A bomber on a motorcycle rammed into a police checkpoint near Osso, killing three.",
     "SUIC_BOMB"),
    ("The bomber drove his car into the gate of the base in Beru.", "SUIC_BOMB"),
    ("A B-52 bomber crashed into the sea off Osso during an exercise.", "MAN_MADE_DISASTER"),
])
def test_events_types_bomber_who_rams_a_target_is_a_suicide_bombing(
        text: str, code: str) -> None:
    """A bomber who rams or drives into a target goes with the bomb: a suicide bombing; an
    aircraft that crashes is an accident."""
    scored = classify_text(text)
    assert scored is not None and scored.code == code


@pytest.mark.parametrize(("text", "code"), [
    ("Three soldiers died after stepping on a mine near the border with Osso.", "REM_EXPLOS"),
    ("A herder was killed when he trod on a mine outside Beru.", "REM_EXPLOS"),
    ("Their truck drove over a mine on the road to Osso.", "REM_EXPLOS"),
    ("Workers were trapped after a mine collapsed near Osso.", "MAN_MADE_DISASTER"),
])
def test_events_types_mine_stepped_on_is_a_landmine(text: str, code: str) -> None:
    """A mine stepped, trodden or driven onto, in any tense, goes off under its victim: a
    landmine; a mine that collapses is a pit."""
    scored = classify_text(text)
    assert scored is not None and scored.code == code
