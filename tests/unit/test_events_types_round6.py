"""Event types by principle, round 6 (issue 11): deaths and fire at a gathering, every
way of stopping a crowd, a fight by any name, a crowd that beats with its own hands, a
strike by its preposition, a clause-bounded victim, a taking the attempts led to. Each
sentence is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events import types as et


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # deaths at a protest, told by the toll or the dying, are force used on the crowd
        ("The death toll from three days of anti-government protests rose to 12 on Tuesday.",
         "FORCE_AGAINST_PROTEST"),
        ("At least four people died on Sunday during protests against the government.",
         "FORCE_AGAINST_PROTEST"),
        # the police hurt are the object of the crowd's verb only within its clause:
        # "injured when police opened fire" tells the crowd's hurt
        ("A student was killed and 20 others were injured when police opened fire at a "
         "rally in the town.", "FORCE_AGAINST_PROTEST"),
        # fire opened on "a crowd", whatever its article
        ("Soldiers fired on a crowd of protesters in the town on Sunday.",
         "FORCE_AGAINST_PROTEST"),
        # the crowd's hurt in any words, told with the intervention that caused it
        ("Several protesters sustained injuries when police used tear gas to disperse them.",
         "FORCE_AGAINST_PROTEST"),
        ("Police fired tear gas at the march; ten people were hospitalised.",
         "FORCE_AGAINST_PROTEST"),
        # a crowd's members apprehended or nabbed, a march foiled: the crowd was stopped
        ("Police apprehended 15 activists who were staging a sit-in outside the legislature.",
         "PROTEST_WITH_INTER"),
        ("Police nabbed several students who were protesting against the exam results.",
         "PROTEST_WITH_INTER"),
        ("Police foiled a protest march by opposition workers towards the minister's house.",
         "PROTEST_WITH_INTER"),
        # a crowd's disorder told by an idiom or a noun
        ("The protest by students took an ugly turn outside the college on Monday.",
         "VIOL_DEMONSTR"),
        ("Protesters caused damage to public property worth lakhs during the bandh.",
         "VIOL_DEMONSTR"),
        # a fight by any name
        ("The protest turned into a brawl between supporters of the union and police.",
         "VIOL_DEMONSTR"),
        # a road blockaded is a road blocked
        ("Residents demanding water blockaded the highway with burning logs for six hours.",
         "VIOL_DEMONSTR"),
        # locals who beat with their own hands, no protest told, are a mob
        ("A group of locals thrashed two men suspected of child lifting in the village.",
         "MOB_VIOL"),
        # workers "on strike" strike, whatever the words between
        ("Nurses at the district hospital went on an indefinite strike demanding regular jobs.",
         "PEACE_PROTEST"),
        # a taking told outside the attempts is the taking they led to
        ("After several failed attempts to recapture the town, government forces finally "
         "took control of it on Monday.", "GOV_REGAINS_TERIT"),
        # a pronoun object between a particle verb and its particle
        ("The army moved into the town on Monday and took it back.", "GOV_REGAINS_TERIT"),
        # armed men who leave ground give it away: what is taken after is no fight's
        ("The militants fled the town on Sunday and the army took control of it.",
         "NON_VIOL_TERRIT_TRANSFER"),
        # the bomber who drives his bomb in, carries it under his clothes, or dies with
        # those he killed
        ("A militant rammed an explosives-packed car into an army checkpoint.", "SUIC_BOMB"),
        ("The assailant detonated explosives hidden under his clothes at the gate.",
         "SUIC_BOMB"),
        ("The blast at the checkpoint killed eight soldiers and himself.", "SUIC_BOMB"),
        # a fire there is still an accident
        ("A fire broke out at a hospital in the city, killing 15 patients.",
         "MAN_MADE_DISASTER"),
        # air defences that meet an attack disrupt it
        ("Syrian air defences repelled an Israeli missile attack on the airport, downing "
         "most of the missiles.", "DISR_WEAP"),
        # an accident is harm nobody meant
        ("A mishap at the site left two workers injured.", "MAN_MADE_DISASTER"),
        # a deal inked or set down in a memorandum is agreed
        ("The two governments inked a framework on border trade on Monday.", "AGREEMENT"),
        ("The government and the rebels have reached an MoU on prisoners.", "AGREEMENT"),
        # people taken to a place nobody is told of are abducted
        ("Gunmen took three villagers to an unknown location.", "ABDUCT_DISSAP"),
    ],
)
def test_event_types_round6(text: str, code: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == code, scored


@pytest.mark.parametrize("text", [
    # an attempt alone is still a fight for a place not taken
    "Troops tried to recapture the town on Monday but were repelled by the rebels.",
])
def test_event_types_an_attempt_alone_is_a_fight(text: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == "ARMED_CLASH", scored
