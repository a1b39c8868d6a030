"""An evacuation deal through the whole pipeline (events/handover.py): the agreement and
the non-violent transfer of the ground its fighters leave (invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model


def test_an_evacuation_deal_is_also_a_transfer_of_territory(settings: Settings) -> None:
    text = ("The army and rebel commanders struck a deal in Zabadani on Sunday. Under the "
            "deal, the army allowed the evacuation of some 200 rebel fighters from Zabadani "
            "to Idlib province as part of the agreement.")
    ad = annotate_text(settings, text, dt.date(2016, 4, 12))
    subs = [ev.sub_event_type for ev in ad.events if not ev.historical]
    assert "Agreement" in subs and "Non-violent transfer of territory" in subs
    moved = next(ev for ev in ad.events if ev.sub_event_type.startswith("Non-violent"))
    deal = next(ev for ev in ad.events if ev.sub_event_type == "Agreement")
    assert moved.location == deal.location and moved.date == deal.date


def test_a_deal_that_only_provides_for_a_withdrawal_hands_nothing_over(
        settings: Settings) -> None:
    text = ("The army and rebel commanders struck a deal in Zabadani on Sunday. The deal "
            "will allow the evacuation of some 200 rebel fighters to Idlib province next week.")
    ad = annotate_text(settings, text, dt.date(2016, 4, 12))
    assert not any(ev.sub_event_type.startswith("Non-violent") for ev in ad.events)


def test_a_withdrawal_from_ground_retaken_in_fighting_is_no_second_event(
        settings: Settings) -> None:
    text = ("Army retakes villages near Diffa after clashes with ISWAP fighters\n\n"
            "Nigerien troops, supported by drones, took back control of villages on the "
            "outskirts of Diffa on Tuesday after two days of fighting with militants of "
            "ISWAP, the army said.\n\nSix soldiers and about 15 militants were killed in the "
            "clashes, according to an army statement. The toll could not be checked.\n\n"
            "Villagers said the militants had withdrawn towards the lake.")
    ad = annotate_text(settings, text, dt.date(2021, 3, 3))
    subs = [ev.sub_event_type for ev in ad.events if not ev.historical]
    assert "Government regains territory" in subs
    assert "Non-violent transfer of territory" not in subs
