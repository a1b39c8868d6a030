"""A campaign told won in a news report's body (events/achieved.py, events/concluded.py):
the taking it aimed at was done, told as background: historical, dated by its outcome
clause or the report's year, never the report's day (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument, Event

pytestmark = pytest.mark.model

_LEAD = ("Troops shelled rebel positions near Daraa on Monday, killing four fighters. "
         "Residents said the shelling lasted for hours. ")
# a news report goes on past its incidents (earlier.in_news)
_MORE = (" Residents said the main market reopened this week. Schools in the area stayed "
         "closed. Farmers complained about the price of fuel. The local council met to "
         "discuss water supplies. Aid workers said more food was needed before winter. "
         "Prices of bread rose again. Many families have left for the coast.")
_WON = ("While the army's offensive to retake the town of Nawa from the rebels proved "
        "successful, the rebels still hold villages further west.")


def _annotate(settings: Settings, body: str, published: dt.date) -> AnnotatedDocument:
    return annotate_text(settings, "Report\n\n" + _LEAD + body + _MORE, published)


def _takings(ad: AnnotatedDocument) -> list[Event]:
    return [ev for ev in ad.events if ev.sub_event_type == "Government regains territory"]


def test_a_campaign_told_won_is_history_of_the_reports_year(settings: Settings) -> None:
    ad = _annotate(settings, _WON, dt.date(2017, 9, 15))
    taken = _takings(ad)
    assert [(ev.historical, ev.date) for ev in taken] == [(True, "2017")]
    assert taken[0].location is not None and taken[0].location.name.startswith("Naw")
    # the news stays the news, on its own day
    assert ad.events[0].sub_event_type == "Shelling/artillery/missile attack"
    assert not ad.events[0].historical


def test_early_in_the_year_a_won_campaign_has_no_year(settings: Settings) -> None:
    # from January to March the months before the report reach into the year before
    ad = _annotate(settings, _WON, dt.date(2017, 2, 10))
    assert [(ev.historical, ev.date) for ev in _takings(ad)] == [(True, None)]


def test_a_won_campaign_weighed_against_a_past_has_no_year(settings: Settings) -> None:
    # nothing ties the outcome to the report's present: the text gives no clue of its time
    text = ("While the army's offensive to retake the town of Nawa from the rebels proved "
            "successful, the rebels kept villages further west.")
    ad = _annotate(settings, text, dt.date(2017, 9, 15))
    assert [(ev.historical, ev.date) for ev in _takings(ad)] == [(True, None)]


def test_a_won_campaign_is_dated_by_its_outcome_clause(settings: Settings) -> None:
    text = ("In March 2016, the army's offensive to retake the town of Nawa from the rebels "
            "proved successful, although fighting went on for weeks.")
    ad = _annotate(settings, text, dt.date(2017, 9, 15))
    assert [(ev.historical, ev.date) for ev in _takings(ad)] == [(True, "2016-03")]


def test_a_campaign_that_failed_took_nothing(settings: Settings) -> None:
    text = ("While the army's offensive to retake the town of Nawa from the rebels failed, "
            "the rebels lost villages further west.")
    ad = _annotate(settings, text, dt.date(2017, 9, 15))
    assert not [ev for ev in _takings(ad) if ev.location and ev.location.name.startswith("Naw")]
