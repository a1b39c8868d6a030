"""Whole invented war reports: a weekday before a date is no place, an event told at
country level takes the place the next sentences give it, a bare "killed" takes the
weapon its incident was told with."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    return annotate_text(settings, text, dt.date(2016, 10, 31))


def test_a_weekday_before_a_date_is_no_place(settings: Settings) -> None:
    ad = _annotate(settings, "Mon Oct 31 2016 Over 50 militants were killed in clashes with "
                             "the army in the southern countryside of Aleppo.")
    assert not any(p.text == "Mon" for p in ad.places)
    assert ad.events and ad.events[0].location is not None
    assert ad.events[0].location.admin1 == "Aleppo"


def test_an_event_told_in_the_country_takes_the_town_the_next_sentence_names(
    settings: Settings,
) -> None:
    ad = _annotate(settings, "Air strikes killed at least 19 civilians in northern Syria on "
                             "Sunday, a monitor said. Most of the victims died when the raids "
                             "hit a bakery in the town of Manbij.")
    ev = ad.events[0]
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.location is not None and ev.location.admin1 == "Aleppo"
