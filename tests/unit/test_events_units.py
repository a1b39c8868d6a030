"""ACLED's unit within a report: one incident told under two readings is one event."""

from __future__ import annotations

import dataclasses

from tests.unit.test_events import _incident
from warlog.events.units import fold_same_toll
from warlog.models import Event, Range


def _told(sub: str, kind: str, killed: int | None, conf: float, start: int,
          day: str = "2017-09-14") -> Event:
    ev = _incident("Suicide bomb", 98854, day=day, start=start)
    return dataclasses.replace(ev, sub_event_type=sub, event_type=kind, confidence=conf,
                               fatalities=None if killed is None else Range(killed, killed, None))


def test_events_one_toll_told_under_two_readings_is_one_incident_of_violence() -> None:
    blast = _told("Man-made disaster", "Man-made disaster", 40, 0.7, 0)
    rockets = _told("Shelling/artillery/missile attack", "Explosions/Remote violence", 40, 0.3, 90)
    [one] = fold_same_toll([blast, rockets])
    # the act that caused the blast is what ACLED codes
    assert one.sub_event_type == "Shelling/artillery/missile attack"
    assert one.confidence == 0.7 and [e.start for e in one.evidence] == [0, 90]


def test_events_different_tolls_days_or_a_lone_death_stay_apart() -> None:
    a = _told("Man-made disaster", "Man-made disaster", 40, 0.7, 0)
    assert len(fold_same_toll([a, _told("Air/drone strike", "Explosions/Remote violence",
                                        12, 0.5, 90)])) == 2
    assert len(fold_same_toll([a, _told("Air/drone strike", "Explosions/Remote violence",
                                        40, 0.5, 90, day="2017-09-13")])) == 2
    one = _told("Attack", "Violence against civilians", 1, 0.7, 0)
    assert len(fold_same_toll([one, _told("Air/drone strike", "Explosions/Remote violence",
                                          1, 0.5, 90)])) == 2


def test_events_history_told_under_two_readings_is_one_past_incident() -> None:
    from warlog.models import Precision

    def past(sub: str, kind: str, conf: float, start: int) -> Event:
        ev = _told(sub, kind, 12, conf, start, day="1995")
        return dataclasses.replace(ev, historical=True, date_precision=Precision.YEAR)

    thwarted = past("Disrupted weapons use", "Strategic developments", 0.10, 0)
    sarin = past("Chemical weapon", "Explosions/Remote violence", 0.05, 0)
    [one] = fold_same_toll([thwarted, sarin])
    assert one.sub_event_type == "Chemical weapon" and one.historical
    news = dataclasses.replace(sarin, historical=False)
    assert len(fold_same_toll([thwarted, news])) == 2


def test_events_a_headline_naming_the_province_folds_into_the_bodys_town() -> None:
    from warlog.events.units import merge_repeats
    from warlog.models import Location

    town = Location("Ma'arrat an Nu'man", "Idlib", "Syria", "SY", 35.64, 36.67, 169389, 1)
    province = Location("Idlib", "Idlib", "Syria", "SY", 35.8, 36.6, 169387, 3)
    head = dataclasses.replace(_told("Air/drone strike", "Explosions/Remote violence", 7,
                                     0.9, 0), location=province)
    body = dataclasses.replace(_told("Air/drone strike", "Explosions/Remote violence", 7,
                                     0.6, 120), location=town)
    [one] = merge_repeats([head, body])
    assert one.location == town and [e.start for e in one.evidence] == [0, 120]


def test_events_a_headline_of_two_acts_folds_into_the_act_its_lead_tells() -> None:
    from warlog.events.units import merge_repeats
    from warlog.models import Evidence, Location

    town = Location("Filita", "Rif-dimashq", "Syria", "SY", 33.9, 36.5, 170999, 1)
    elsewhere = Location("Deir ez-Zor", "Deir ez-Zor", "Syria", "SY", 35.3, 40.1, 170794, 1)

    def told(text: str, start: int, where: Location, conf: float) -> Event:
        ev = _told("Armed clash", "Battles", None, conf, start)
        return dataclasses.replace(ev, location=where,
                                   evidence=(Evidence(start, start + len(text), text),))

    title = "Army Kills Commander Near Filita Advances in Deir ez-Zor."
    head = told(title, 0, elsewhere, 0.8)
    lead = told("The army killed a commander near Filita.", len(title) + 1, town, 0.5)
    [one] = merge_repeats([head, lead])
    # the headline, run on with a second act, summarises its lead: the lead's place
    assert one.location == town and len(one.evidence) == 2
    # a report's first sentence in prose is its lead, not a headline: two places, two events
    prose = "The army killed a commander near Filita and advanced in Deir ez-Zor."
    first = told(prose, 0, elsewhere, 0.8)
    second = told("Two soldiers died in the fighting.", len(prose) + 1, town, 0.5)
    assert len(merge_repeats([first, second])) == 2


def test_events_an_incident_the_writer_set_apart_is_never_merged() -> None:
    from warlog.events.units import merge_repeats

    first = _told("Suicide bomb", "Explosions/Remote violence", None, 0.9, 40)
    second = dataclasses.replace(_told("Suicide bomb", "Explosions/Remote violence", None,
                                       0.5, 300), id="second")
    # the same type, place and day: a retelling, unless the writer said it is another
    assert len(merge_repeats([first, second])) == 1
    assert len(merge_repeats([first, second], apart={"second"})) == 2


def test_events_one_sentence_told_as_an_attack_and_a_shelling_is_the_shelling() -> None:
    from warlog.events.units import fold_generic_attacks
    from warlog.models import Evidence

    told = Evidence(40, 90, "y" * 50)
    headline = Evidence(0, 30, "x" * 30)
    attack = dataclasses.replace(_incident("Attack", 98854, start=0), evidence=(headline, told))
    shelling = dataclasses.replace(_told("Shelling/artillery/missile attack",
                                         "Explosions/Remote violence", 1, 0.6, 40),
                                   evidence=(told,))
    [one] = fold_generic_attacks([attack, shelling])
    assert one.sub_event_type == "Shelling/artillery/missile attack"
    assert [e.start for e in one.evidence] == [0, 40]
    # an attack told in sentences of its own, the same day in the same town, stays apart
    apart = _incident("Attack", 98854, start=200)
    assert len(fold_generic_attacks([apart, shelling])) == 2


def test_events_arrests_in_a_protests_own_sentence_are_its_intervention() -> None:
    from warlog.events.units import fold_arrests_at_protests
    from warlog.models import Evidence

    told = Evidence(40, 90, "y" * 50)
    protest = dataclasses.replace(_told("Peaceful protest", "Protests", None, 0.8, 0),
                                  evidence=(Evidence(0, 30, "x" * 30), told))
    arrests = dataclasses.replace(_told("Arrests", "Strategic developments", None, 0.4, 40),
                                  evidence=(told,))
    [one] = fold_arrests_at_protests([protest, arrests])
    assert one.sub_event_type == "Protest with intervention"
    # arrests told apart (their own sentence), or on another day, stay an event of their own
    later = dataclasses.replace(arrests, evidence=(Evidence(200, 240, "z" * 40),))
    assert len(fold_arrests_at_protests([protest, later])) == 2
    assert len(fold_arrests_at_protests([protest, dataclasses.replace(
        arrests, date="2017-09-13")])) == 2


def test_events_a_place_split_off_a_list_folds_into_that_place_s_own_telling() -> None:
    from warlog.events.units import merge_repeats
    from warlog.models import ActorKind, EventActor, Evidence, Location

    east = Location("Deir ez-Zor", "Deir ez-Zor", "Syria", "SY", 35.3, 40.1, 170794, 1)
    north = Location("Aleppo", "Aleppo", "Syria", "SY", 36.2, 37.16, 170063, 1)
    shells = ("Shelling/artillery/missile attack", "Explosions/Remote violence")
    lead = (Evidence(0, 40, "Rocket attacks kill three in two cities."),
            Evidence(41, 83, "Two civilians were killed in the rockets."))

    def side(name: str) -> tuple[EventActor, ...]:
        return (EventActor(name, (), "actor1", ActorKind.REBEL_GROUP),)

    # a list of two places: the first keeps the figure, the second shares its sentences
    # and carries the whole list's actors (who struck the first place)
    first = dataclasses.replace(_told(*shells, 2, 0.98, 0), location=east, evidence=lead,
                                actors=side("Islamic State"), id="first")
    listed = dataclasses.replace(first, location=north, fatalities=None, confidence=0.96,
                                 id="listed")
    own = dataclasses.replace(_told(*shells, 1, 0.9, 300), location=north,
                              actors=side("Free Syrian Army"), id="own")
    out = merge_repeats([first, listed, own])
    assert len(out) == 2
    aleppo = next(e for e in out if e.location == north)
    # the place's own telling names who struck it and how many died there
    assert [a.name for a in aleppo.actors] == ["Free Syrian Army"]
    assert aleppo.fatalities is not None and aleppo.fatalities.best == 1
    # two tellings of one place, each with its own named side, stay two events
    other = dataclasses.replace(own, id="other", actors=side("Jaish al-Fatah"),
                                evidence=(Evidence(500, 510, "x" * 10),))
    assert len(merge_repeats([first, own, other])) == 3


def test_events_a_development_told_in_a_fights_own_sentence_is_its_detail() -> None:
    from warlog.events.units import fold_details
    from warlog.models import Evidence

    fight, seized = Evidence(0, 60, "f" * 60), Evidence(61, 120, "s" * 59)
    ambush = dataclasses.replace(_told("Armed clash", "Battles", 12, 0.9, 0),
                                 evidence=(fight, seized))
    weapons = dataclasses.replace(_told("Disrupted weapons use", "Strategic developments",
                                        0, 0.6, 61), evidence=(seized,))
    [one] = fold_details([ambush, weapons])
    # the weapons taken in the ambush are its outcome: one event, the fight, its own toll
    assert one.sub_event_type == "Armed clash" and one.fatalities == ambush.fatalities
    assert one.evidence == (fight, seized)
    # told in a sentence of its own, or on another day, the development is an event
    alone = dataclasses.replace(weapons, evidence=(Evidence(200, 260, "w" * 60),))
    assert len(fold_details([ambush, alone])) == 2
    later = dataclasses.replace(weapons, date="2017-09-15")
    assert len(fold_details([ambush, later])) == 2
    # the writer counts it as one more ("dismantled another device"): an act of its own
    more = Evidence(61, 120, "Police dismantled another device planted near the bus.")
    bomb = dataclasses.replace(ambush, evidence=(fight, more))
    defused = dataclasses.replace(weapons, evidence=(more,))
    assert len(fold_details([bomb, defused])) == 2
    # a detail is no second witness: the incident keeps its own confidence
    weak = dataclasses.replace(ambush, confidence=0.2)
    assert fold_details([weak, weapons])[0].confidence == 0.2
    # an agreement between the sides (a surrender) is a unit of its own, not an outcome
    pact = dataclasses.replace(_told("Agreement", "Strategic developments", 0, 0.6, 61),
                               evidence=(seized,))
    assert len(fold_details([ambush, pact])) == 2


def test_events_a_headline_of_two_acts_gives_its_count_to_the_act_the_body_gives_it() -> None:
    from warlog.models import Evidence

    def told(sub: str, kind: str, texts: list[tuple[int, str]], conf: float) -> Event:
        ev = _told(sub, kind, 18, conf, texts[0][0])
        return dataclasses.replace(ev, evidence=tuple(Evidence(s, s + len(t), t)
                                                      for s, t in texts))

    title = "Navy Jets Pound Rebel Bases Near Harbourtown 18 Fighters Killed."
    jets = told("Air/drone strike", "Explosions/Remote violence",
                [(0, title), (70, "Jets flew twelve sorties over the hills on Tuesday.")], 0.9)
    fight = told("Armed clash", "Battles",
                 [(200, "Rebels stormed an army post and were beaten back."),
                  (260, "Eighteen of the rebels died in the failed assault.")], 0.6)
    strike, clash = fold_same_toll([jets, fight])
    # two acts of two families: the count is the body's fight's, told once
    assert strike.sub_event_type == "Air/drone strike" and strike.fatalities is None
    assert clash.sub_event_type == "Armed clash" and clash.fatalities is not None
    assert clash.fatalities.best == 18
    # one sentence telling both the strike and the fight reads one act twice: one event
    both = dataclasses.replace(fight, evidence=fight.evidence + jets.evidence[1:])
    assert len(fold_same_toll([jets, both])) == 1


def test_events_an_act_told_again_without_a_day_is_the_dated_incident() -> None:
    from warlog.events.units import merge_repeats
    from warlog.models import Evidence

    def told(text: str, start: int, killed: int, conf: float, day: str) -> Event:
        ev = _told("Suicide bomb", "Explosions/Remote violence", killed, conf, start, day=day)
        return dataclasses.replace(ev, id=f"ev-{start}",
                                   evidence=(Evidence(start, start + len(text), text),))

    dated = told("A bomber blew himself up at a wedding in the town on Monday, killing 9.",
                 20, 9, 0.9, "2017-09-11")
    # the group's own telling names no day: dated by the report's day, its own count
    claim = told("The militia said one of its fighters set off his vest among the guests.",
                 400, 15, 0.7, "2017-09-12")
    [one] = merge_repeats([dated, claim], undated={claim.id})
    assert one.date == "2017-09-11" and one.fatalities is not None
    assert one.fatalities.best == 9  # the count told once, the first telling's
    assert [e.start for e in one.evidence] == [20, 400]
    # the undated telling ranked first still takes the dated telling's day
    first = dataclasses.replace(claim, confidence=0.95)
    [one] = merge_repeats([dated, first], undated={claim.id})
    assert one.date == "2017-09-11"
    # a telling with a day of its own is another day's act; the writer's "another" too
    assert len(merge_repeats([dated, claim])) == 2
    other = told("In another bombing a man blew himself up at the market.", 400, 15, 0.7,
                 "2017-09-12")
    assert len(merge_repeats([dated, other], undated={other.id})) == 2


def test_events_the_blast_retells_the_suicide_bombing_dated_by_its_claim() -> None:
    from warlog.events.units import merge_repeats
    from warlog.models import Evidence

    def told(sub: str, text: str, start: int, killed: int, conf: float, day: str) -> Event:
        ev = _told(sub, "Explosions/Remote violence", killed, conf, start, day=day)
        return dataclasses.replace(ev, id=f"ev-{start}",
                                   evidence=(Evidence(start, start + len(text), text),))

    claimed = told("Suicide bomb", "The militia on Tuesday claimed responsibility for a "
                   "suicide bombing that killed 12 guards at the depot.", 20, 12, 0.9,
                   "2017-09-12")
    blast = told("Remote explosive/landmine/IED", "The blast on Monday night struck the "
                 "depot's gate.", 300, 14, 0.4, "2017-09-11")
    # the claim's day is no day of the act: the one explosion, on the day the act was told
    [one] = merge_repeats([claimed, blast], undated={claimed.id})
    assert one.sub_event_type == "Suicide bomb" and one.date == "2017-09-11"
    assert one.fatalities is not None and one.fatalities.best == 12
    # a bombing dated by its own day stays apart from a blast told on another day
    assert len(merge_repeats([claimed, blast])) == 2
    # and a blast apart from a shelling of the same place
    shells = dataclasses.replace(claimed, sub_event_type="Shelling/artillery/missile attack")
    assert len(merge_repeats([shells, blast], undated={claimed.id})) == 2
