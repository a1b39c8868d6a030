"""Background told inside an incident (events/past.py): a sentence dating its own act to
the past is another event, flagged historical (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model


def _annotate(settings: Settings, text: str,
              published: dt.date = dt.date(2015, 7, 28)) -> AnnotatedDocument:
    return annotate_text(settings, text, published)


def test_a_past_taking_told_with_todays_is_a_historical_event(settings: Settings) -> None:
    # "captured Ariha in March" (four months before the report) is background, not more
    # of the overnight fighting at the same town
    ad = _annotate(settings, "Rebels captured army positions outside the town of Ariha "
                             "overnight, the monitor said. Rebels captured Ariha in March as "
                             "part of a wider offensive.")
    past = [ev for ev in ad.events if ev.historical]
    assert [ev.date for ev in past] == ["2015-03"]
    assert any(not ev.historical for ev in ad.events)


def test_a_past_incident_keeps_its_sentences(settings: Settings) -> None:
    # an incident that is itself background is not split by its own past dates
    ad = _annotate(settings, "Rebels captured Ariha in March, the monitor said. Rebels "
                             "captured the town's airbase in March as part of the offensive.")
    assert all(ev.historical for ev in ad.events)


def test_the_ground_a_taking_verb_takes_is_its_place(settings: Settings) -> None:
    # "captured Ariha" names the ground taken; the province named later in the sentence
    # ("from the province of Idlib") is where the wider offensive reached, not the act
    ad = _annotate(settings, "Rebels captured army positions outside the town of Ariha "
                             "overnight, the monitor said. Rebels captured Ariha in March as "
                             "part of an offensive that drove the army from most of the "
                             "province of Idlib.")
    past = [ev for ev in ad.events if ev.historical]
    assert [ev.location.name if ev.location else None for ev in past] == ["Arīḩā"]


def test_a_de_escalation_zone_put_in_place_is_an_agreement(settings: Settings) -> None:
    # a de-escalation zone implemented is a truce the sides agreed (ACLED: Agreement)
    ad = _annotate(settings, "Violence dropped after the implementation in July of a "
                             "de-escalation zone in Eastern Ghouta.", dt.date(2017, 10, 16))
    assert "Agreement" in {ev.sub_event_type for ev in ad.events}


def test_two_past_acts_of_different_months_are_two_events(settings: Settings) -> None:
    # ACLED codes one event per day: a zone implemented in July and the talks that agreed
    # it in May are two background agreements, even when grouped as one incident
    ad = _annotate(settings, "Violence dropped after the implementation in July of a "
                             "de-escalation zone in Eastern Ghouta. Eastern Ghouta is one of "
                             "four zones agreed at May peace talks.", dt.date(2017, 10, 16))
    dates = {ev.date for ev in ad.events if ev.sub_event_type == "Agreement"}
    assert {"2017-07", "2017-05"} <= dates
