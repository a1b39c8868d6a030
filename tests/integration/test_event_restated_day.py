"""A sentence that restates the act by a definite noun and says when it happened dates
the act ("The attack took place on Sunday evening."; invented reports, round 12)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model


def _first_date(settings: Settings, text: str, published: dt.date) -> str | None:
    ad = annotate_text(settings, text, published)
    dates = [ev.date for ev in ad.events if not ev.historical]
    return dates[0] if dates else None


def test_a_restating_sentence_dates_an_act_told_only_by_its_telling(
        settings: Settings) -> None:
    text = ("Gunmen killed six people at a market in Bara, police said on Monday. The attack "
            "took place on Sunday evening.")
    assert _first_date(settings, text, dt.date(2017, 6, 5)) == "2017-06-04"


def test_a_restating_sentence_dates_an_undated_act(settings: Settings) -> None:
    text = ("Gunmen killed six people at a market in Bara at the weekend. The attack "
            "happened on Saturday.")
    assert _first_date(settings, text, dt.date(2017, 6, 5)) == "2017-06-03"


def test_a_day_further_on_in_the_restating_sentence_is_another_events(
        settings: Settings) -> None:
    text = ("Assailants attacked a checkpoint in Bara, killing three soldiers. The incident "
            "took place near the spot where a bomb exploded on Tuesday.")
    assert _first_date(settings, text, dt.date(2011, 3, 11)) == "2011-03-11"
