"""ACLED's unit in invented roundups: an incident of another day, place or pair of actors
told after the first is an event of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model


def _annotate(settings: Settings, text: str,
              published: dt.date = dt.date(2015, 2, 5)) -> AnnotatedDocument:
    return annotate_text(settings, text, published)


def test_another_means_on_a_day_other_than_an_abbreviated_date(settings: Settings) -> None:
    # "Jan. 25" names a day as "January 25" does: a bomb "On Sunday" is another incident
    ad = _annotate(settings, "On Jan. 25 rebels fired at least 38 rockets at Damascus, "
                             "killing seven people. On Sunday in Damascus a roadside bomb "
                             "tore apart a bus carrying pilgrims.")
    types = {ev.sub_event_type for ev in ad.events}
    assert {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED"} <= types


def test_meanwhile_in_a_reported_act_marks_another_incident(settings: Settings) -> None:
    # the writer's "meanwhile" stands on the act a trailing "the Observatory said" reports;
    # a day after "since" begins the count ("killing 16 since Thursday"): it dates no act
    ad = _annotate(settings, "Government shelling killed six civilians in the town of Douma "
                             "on Sunday, the monitor said. Rebel groups meanwhile have fired "
                             "rockets into Damascus neighbourhoods killing at least 16 people "
                             "since Thursday the Observatory said.",
                   published=dt.date(2017, 11, 20))
    news = [ev for ev in ad.events if not ev.historical]
    assert len(news) == 2
    assert all(ev.date != "2017-11-16" for ev in news)


def test_a_clause_with_its_own_day_and_toll_is_its_own_event(settings: Settings) -> None:
    # Saturday's mortar rounds, with their own wounded, are another unit than Sunday's
    # shelling they are told with (whether the unit is reported is the confidence
    # model's question); the report's main event stays Sunday's
    from warlog.events.clauses import peel_units
    from warlog.events.detect import candidates
    from warlog.events.group import group_candidates
    from warlog.nlp import load_nlp

    text = ("Rebel shelling on Damascus killed four civilians on Sunday, a monitor said. "
            "Artillery fire also hit the Bab Sharqi area of the capital, the state news "
            "agency said. It said four people were wounded on Saturday when two mortar "
            "rounds hit a square in the centre of the city.")
    sdoc = load_nlp(settings.spacy_model)(text)
    groups = group_candidates(candidates(list(sdoc.sents), {}), (), ())
    peeled = peel_units(groups)
    assert [p.head.sent.text.startswith("It said four") for p, _ in peeled] == [True]
    ad = _annotate(settings, text, published=dt.date(2017, 10, 16))
    assert ad.events[0].date == "2017-10-15"


def test_a_day_of_the_report_is_no_day_of_the_act(settings: Settings) -> None:
    # "it said Friday" dates the statement: the toll it gives is the incident's own
    ad = _annotate(settings, "A missile hit near a school in Deir Ezzor on Thursday evening, "
                             "killing six people, a monitor said. Among those killed were "
                             "three children and three women it said Friday, blaming the "
                             "Islamic State group for the attack.",
                   published=dt.date(2017, 10, 7))
    assert len([ev for ev in ad.events if not ev.historical]) == 1


def test_another_weapon_on_a_day_of_its_own_is_its_own_event(settings: Settings) -> None:
    # jets striking on Saturday, after Friday's fighting: another means on its own day,
    # even with no toll and the day told mid-sentence; the fighting stays the main event
    ad = _annotate(settings, "A video released on Friday shows heavy fighting between "
                             "government forces and Islamic State militants in the city of "
                             "Deir Ezzor. Syrian fighter jets in a series of sorties on "
                             "Saturday targeted Islamic State positions near the city, "
                             "destroying their vehicles.",
                   published=dt.date(2016, 5, 7))
    news = [ev for ev in ad.events if not ev.historical]
    assert news[0].sub_event_type == "Armed clash"
    assert ("Air/drone strike", "2016-05-07") in {(ev.sub_event_type, ev.date) for ev in news}


def test_a_generic_head_opens_the_village_name_after_it(settings: Settings) -> None:
    """"Khirbet" (ruin) names no place alone: it opens the name after it, even where that
    name starts with another generic head ("Umm"); a village the index lacks, listed beside
    a known town, is one event under its whole name, not two under its halves."""
    ad = _annotate(settings, "Syrian government warplanes struck the villages of Khirbet "
                             "Umm Zeitouneh and Deir Hafer in the Aleppo countryside on "
                             "Thursday, killing four civilians.",
                   published=dt.date(2017, 9, 15))
    names = sorted(ev.location.name for ev in ad.events if ev.location is not None)
    assert "Khirbet Umm Zeitouneh" in names
    assert "Khirbet" not in names and "Umm Zeitouneh" not in names
    assert len(ad.events) == 2
