"""A day told of another event than the act: the motive's day and a past perfect's day
date no act (invented reports, round 12 of issues 11 and 15)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2011, 3, 11)  # a Friday


def _first_date(settings: Settings, text: str) -> str | None:
    ad = annotate_text(settings, text, _PUBLISHED)
    dates = [ev.date for ev in ad.events if not ev.historical]
    return dates[0] if dates else None


def test_the_motives_day_dates_no_act(settings: Settings) -> None:
    text = ("Gunmen raided a bakery in Bara, killing three guards, in retaliation for a "
            "police operation on Tuesday.")
    assert _first_date(settings, text) == "2011-03-11"


def test_the_avenged_act_keeps_its_day(settings: Settings) -> None:
    text = ("The army vowed to avenge Tuesday's attack on a police post in Bara that killed "
            "three officers.")
    assert _first_date(settings, text) == "2011-03-08"


def test_a_past_perfect_sentence_dates_no_later_act(settings: Settings) -> None:
    text = ("Gunmen raided a bakery in Bara, killing three guards. The guards had been "
            "hired on Monday after clashes in the market.")
    assert _first_date(settings, text) == "2011-03-11"
    text = ("Gunmen raided a bakery in Bara, killing three guards. The gunmen had struck "
            "the market on Monday.")
    assert _first_date(settings, text) == "2011-03-11"


def test_a_later_sentence_in_the_past_still_dates_the_act(settings: Settings) -> None:
    text = ("Assailants attacked a checkpoint in Bara, killing three soldiers. The "
            "assailants fought troops in the area on Monday.")
    assert _first_date(settings, text) == "2011-03-07"
