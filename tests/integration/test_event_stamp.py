"""A date opening a news report stamps the report, not the act (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model

_NEWS = (
    "Sunday 25 August 2013 Ministers discuss the gas attack on the capital's suburbs. "
    "Opposition groups accused government forces of launching a chemical attack on the "
    "eastern suburbs of Damascus on August 21, killing hundreds of people. "
    "The foreign minister spoke to his counterpart by telephone on Saturday. "
    "He said inspectors should be allowed to visit the sites. "
    "The government denied any role in the attack. "
    "Several countries called for an urgent meeting of the Security Council. "
    "Aid groups said hospitals in the area were overwhelmed. "
    "The inspectors are already in the country on another mission. "
    "Talks on their access were expected to continue on Monday."
)


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    return annotate_text(settings, text, dt.date(2013, 8, 25))


def test_a_news_reports_opening_date_yields_to_the_day_its_sentences_give_the_act(
        settings: Settings) -> None:
    ad = _annotate(settings, _NEWS)
    attacks = [ev for ev in ad.events if ev.sub_event_type == "Chemical weapon"]
    assert attacks and attacks[0].date == "2013-08-21"


def test_a_short_records_opening_date_is_its_incidents(settings: Settings) -> None:
    # "18 September 2018: ..." heads a record of one incident: its date is the act's
    ad = _annotate(settings, "18 August 2013: Jets bombed the town of Douma, killing 12 "
                             "people. Two days earlier the town had been shelled.")
    assert ad.events and ad.events[0].date == "2013-08-18"


def test_a_headline_is_dated_by_its_lead(settings: Settings) -> None:
    # the headline states no day; its lead does, in a sentence of another reading
    text = ("Villagers clash with police in Tarin over land seizures\n\n"
            "Hundreds of villagers protested in Tarin on Wednesday against the seizure of "
            "farmland. Police fired tear gas after some of them threw stones at officers, "
            "witnesses said.")
    ad = _annotate(settings, text)
    assert ad.events and ad.events[0].date == "2013-08-21"
