"""Whole invented reports: each event keeps its own count, a toll summed over
time goes to no event, "nobody was killed" is zero, a weapon names the event type."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    return annotate_text(settings, text, dt.date(2017, 9, 15))


def test_tolls_nobody_killed_is_zero_dead(settings: Settings) -> None:
    ad = _annotate(settings, "A car bomb exploded near a police checkpoint in Kirkuk on "
                             "Monday. Nobody was killed in the blast, but four policemen "
                             "were wounded and many more were hurt.")
    ev = ad.events[0]
    assert ev.fatalities is not None and ev.fatalities.best == 0
    assert ev.injured is not None and ev.injured.best == 4


def test_tolls_a_toll_summed_over_time_belongs_to_no_event(settings: Settings) -> None:
    ad = _annotate(settings, "Militants attacked an army post near Baiji on Tuesday. Since "
                             "the start of the year, more than 300 people have been killed "
                             "in attacks in the province.")
    assert ad.events
    assert all(ev.fatalities is None for ev in ad.events)


def test_tolls_an_attacker_the_text_counts_is_counted_once(settings: Settings) -> None:
    ad = _annotate(settings, "A suicide bomber blew himself up at a crowded market in "
                             "Tikrit on Wednesday, killing himself and five others.")
    ev = ad.events[0]
    assert ev.sub_event_type == "Suicide bomb"
    assert ev.fatalities is not None and ev.fatalities.best == 6


def test_a_destruction_by_warplanes_is_one_air_strike(settings: Settings) -> None:
    ad = _annotate(settings, "Over the past 24 hours, Russian warplanes destroyed eleven "
                             "armoured vehicles, including four tanks, two artillery "
                             "positions, three supply depots and over 30 supply trucks near "
                             "the town of Mayadin, the ministry said.")
    assert [ev.sub_event_type for ev in ad.events] == ["Air/drone strike"]


def test_readings_outside_acled_are_reported_only_as_the_main_news(settings: Settings) -> None:
    war = _annotate(settings, "Government warplanes bombed a market in the town of Ariha in "
                              "Idlib province on Monday, killing nine people. On Tuesday the "
                              "foreign minister of France visited the United Nations in New "
                              "York and condemned the bombing.")
    assert war.events and {ev.event_type for ev in war.events} <= {
        "Explosions/Remote violence", "Battles", "Violence against civilians",
        "Strategic developments"}
    talks = _annotate(settings, "The foreign ministers of France and Germany met their "
                                "counterparts at the United Nations on Tuesday for a summit on "
                                "the crisis, and condemned the sanctions.")
    assert [ev.event_type for ev in talks.events] == ["Diplomatic event"]



def test_a_roundup_of_places_without_commas_is_one_event_per_place(settings: Settings) -> None:
    ad = _annotate(settings, "Warplanes bombed a bakery in the town of Ariha in Idlib province "
                             "on Monday, killing nine people. The army units killed a number "
                             "of terrorists in Saraqeb Khan Sheikhoun and Tal Hadiya in Idleb "
                             "countryside.")
    names = [ev.location.name for ev in ad.events if ev.location is not None]
    assert {"Saraqib", "Khān Shaykhūn", "Tal Hadiya"} <= set(names)
    hadiya = next(ev for ev in ad.events if ev.location and ev.location.name == "Tal Hadiya")
    # a village the gazetteer lacks: placed at the governorate the sentence names
    assert hadiya.location is not None and hadiya.location.precision == 3
    assert hadiya.location.admin1 == "Idlib"
    assert ad.events[0].fatalities is not None and ad.events[0].fatalities.best == 9


def test_a_list_of_where_fire_came_from_is_no_roundup(settings: Settings) -> None:
    ad = _annotate(settings, "Rocket shells fired by terrorists positioned in Saraqeb and "
                             "Binnish hit the city of Idlib on Monday, killing two people.")
    # one shelling: the places it was fired from are not one event each
    assert [ev.sub_event_type for ev in ad.events] == ["Shelling/artillery/missile attack"]


def test_a_call_between_states_is_the_diplomatic_news_a_planned_visit_is_not(
    settings: Settings,
) -> None:
    call = _annotate(settings, "China urged the United States to lift its sanctions on "
                               "Chinese firms, the commerce ministry said on Tuesday.")
    assert call.events and call.events[0].sub_event_type == "Diplomatic event"
    visit = _annotate(settings, "U.N. inspectors will visit the capital next week to "
                                "discuss the embassy dispute.")
    assert all(e.sub_event_type != "Diplomatic event" for e in visit.events)


def test_a_death_told_with_its_means_is_an_event_late_in_a_report(settings: Settings) -> None:
    # the killing and the blast are one act: together they make the event, not either alone
    ad = _annotate(settings, "Government troops regained the village of Kafr Nabudah in Hama "
                             "province on Monday, a military source said. The army also shelled "
                             "positions near Latamneh. Officials visited the front on Tuesday. "
                             "In Idlib twenty-one members of a rebel faction were killed in an "
                             "explosion that targeted their meeting.")
    assert "Remote explosive/landmine/IED" in [ev.sub_event_type for ev in ad.events]


def test_elsewhere_and_meanwhile_start_another_incident(settings: Settings) -> None:
    ad = _annotate(settings, "Government shelling killed six civilians in the town of Douma "
                             "on Thursday. Rebel groups meanwhile fired rockets into Damascus, "
                             "killing two people.")
    assert len([ev for ev in ad.events if not ev.historical]) == 2
    ad = _annotate(settings, "Rockets fired by rebels killed five people in Damascus on "
                             "Thursday. Elsewhere on Thursday, the air force struck rebel "
                             "positions in Douma.")
    assert {ev.sub_event_type for ev in ad.events} >= {
        "Shelling/artillery/missile attack", "Air/drone strike"}


def test_another_means_opening_on_another_day_is_another_incident(settings: Settings) -> None:
    ad = _annotate(settings, "Mortar rounds hit a square in the centre of Damascus on Saturday, "
                             "wounding four people. The capital has been largely spared the "
                             "violence despite being shaken by two bomb attacks in recent "
                             "weeks. On Wednesday two suicide bombers killed "
                             "three policemen near a police station in the city.")
    types = [ev.sub_event_type for ev in ad.events if not ev.historical]
    assert "Suicide bomb" in types and "Shelling/artillery/missile attack" in types


def test_attackers_moving_on_to_another_site_start_another_incident(settings: Settings) -> None:
    # two blasts by one cell, the second after the attackers moved on to another target
    ad = _annotate(settings, "Two suicide bombers attacked a market in Kirkuk on Monday, "
                             "killing nine people. One bomber detonated his explosive vest "
                             "among the shoppers. The other attacker then drove to a nearby "
                             "army checkpoint, where he blew himself up, killing three "
                             "soldiers.")
    bombs = [ev for ev in ad.events if ev.sub_event_type == "Suicide bomb" and not ev.historical]
    assert len(bombs) == 2

