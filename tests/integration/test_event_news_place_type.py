"""The main incident's place and type come from its news sentences (events/past.py,
``news_part``): a sentence told as dated background lends the incident its parties, not
where or how today's act happened (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model

_MORE = (" Residents said the main market reopened this week. Schools in the area stayed "
         "closed. Farmers complained about the price of fuel. The local council met to "
         "discuss water supplies. Aid workers said more food was needed before winter.")


def _main(settings: Settings, text: str) -> tuple[str, str | None, list[str]]:
    ad: AnnotatedDocument = annotate_text(settings, "Report\n\n" + text + _MORE,
                                          dt.date(2017, 9, 15))
    ev = next(e for e in ad.events if not e.historical)
    return (ev.sub_event_type, ev.location.name if ev.location else None,
            [a.name for a in ev.actors])


@pytest.mark.parametrize(("text", "kind"), [
    # a taking of 2014 is no part of Monday's clash: the news is a clash at Daraa
    ("Troops clashed with rebels in Daraa on Monday, killing four fighters. Rebels had "
     "captured nearby Nawa in May 2014.", "Armed clash"),
    # the shelling's place is the town shelled today, not the town taken in 2014
    ("Troops shelled Daraa on Monday, killing four people. Rebels had captured nearby "
     "Nawa in May 2014.", "Shelling/artillery/missile attack"),
])
def test_events_background_lends_no_place_or_type(settings: Settings, text: str,
                                                   kind: str) -> None:
    sub, place, actors = _main(settings, text)
    assert (sub, place) == (kind, "Daraa")
    if kind == "Armed clash":  # the rebels the clash names are its party
        assert "Free Syrian Army" in actors
