"""Event types from the lexicon alone, round 14 (issue 11). Sentences written for the
test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events.types import classify_text


@pytest.mark.parametrize("text", [
    "Soldiers helped evacuate families in Osso as the river burst its banks.",
    "Incessant rains have left 12 people dead in the hills above Osso.",
    "Troops were sent to help villagers cut off by heavy snowfall around Beru.",
    "A cold wave killed nine homeless people in Osso this week.",
    "Several streets of Beru were inundated overnight and two children drowned.",
    "A sandstorm cut visibility to a few metres and brought down power lines in Osso.",
])
def test_events_types_weather_told_without_flood_or_storm(text: str) -> None:
    """A river over its banks, land under water, days of rain, cold, sand or hail that
    harm are weather's harm, a natural disaster, though the words "flood" and "storm" are
    not said (troops sent to help stay relief, not a change to an armed group)."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "NATURAL_DISASTER"


@pytest.mark.parametrize("text", [
    "Rebels clashed with troops near Osso on Monday.",
    "Militants clashed with security forces in Osso, leaving three dead.",
    "Gunmen clashed with police outside the bank in Beru.",
    "Separatist fighters clashed with the police at a checkpoint near Beru.",
])
def test_events_types_armed_group_clash_with_police_is_a_battle(text: str) -> None:
    """A clash with the police or troops is a riot when a crowd has it; an armed group
    named as the other side, with no protest told, fights a battle (armed clash)."""
    scored = classify_text(text)
    assert scored is not None and scored.code == "ARMED_CLASH"


@pytest.mark.parametrize("text", [
    "Supporters of the opposition clashed with police in Beru.",
    "Protesters clashed with police after the rally in Osso.",
])
def test_events_types_crowd_clash_with_police_stays_a_riot(text: str) -> None:
    scored = classify_text(text)
    assert scored is not None and scored.code == "VIOL_DEMONSTR"


@pytest.mark.parametrize("text, code", [
    ("Rockets fired by the rebels destroyed three houses in Osso.", "ART_MISS_ATTACK"),
    ("Security forces seized a large quantity of mortar shells and rockets from a hideout.",
     "DISR_WEAP"),
    ("Police recovered 20 mortar rounds buried in a field near Osso.", "DISR_WEAP"),
    ("The bomb squad safely detonated a mortar shell that farmers found near Beru.",
     "DISR_WEAP"),
])
def test_events_types_weapons_used_or_disrupted(text: str, code: str) -> None:
    """A weapon told as fired and then destroying is used (its damage), not disrupted;
    munitions of any kind seized, recovered or safely detonated are disrupted weapons,
    shells and mortars as much as rifles, not a shelling."""
    scored = classify_text(text)
    assert scored is not None and scored.code == code


@pytest.mark.parametrize("text, code", [
    ("Police opened fire on the crowd, killing two protesters and wounding several others.",
     "FORCE_AGAINST_PROTEST"),
    ("Teargas was fired at demonstrators who gathered in Osso to demand fair elections.",
     "PROTEST_WITH_INTER"),
    ("Rubber bullets were fired at protesters marching towards the governor's office.",
     "PROTEST_WITH_INTER"),
])
def test_events_types_what_is_done_to_the_crowd(text: str, code: str) -> None:
    """In "killing two protesters and wounding several" the crowd is the object of both
    participles, not the doer of the wounding (no riot); tear gas or rubber bullets
    "fired at" a crowd in the passive are intervention as in the active, not lethal force."""
    scored = classify_text(text)
    assert scored is not None and scored.code == code


@pytest.mark.parametrize("text, code", [
    ("Two women bombers attacked a market in Osso, killing six.", "SUIC_BOMB"),
    ("Women bombers struck a camp for displaced people near Beru.", "SUIC_BOMB"),
    ("Five soldiers were killed when a mine exploded under their truck near Osso.",
     "REM_EXPLOS"),
    ("A mine went off as the patrol passed the village of Beru, wounding two.",
     "REM_EXPLOS"),
])
def test_events_types_bombers_and_mines_by_their_words(text: str, code: str) -> None:
    """Bombers named by a word for people carry their bombs (no aircraft), and a mine
    that goes off under a vehicle or as a patrol passes is a landmine (no pit's blast)."""
    scored = classify_text(text)
    assert scored is not None and scored.code == code


def test_events_types_bombers_as_aircraft_unchanged() -> None:
    scored = classify_text("Bombers pounded rebel positions outside Osso overnight.")
    assert scored is not None and scored.code == "AIR_STRIKE"
