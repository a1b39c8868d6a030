"""A taking told in a clause that describes a noun, dated to the past, names a past
incident by place and time: background history, not nothing (events/detect.py with
events/backdrop.py; invented text)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2017, 9, 15)


def _takings(settings: Settings, when: str) -> list[tuple[bool, str | None]]:
    text = ("Report\n\nRebels fired rockets at Aleppo on Thursday, killing five civilians. "
            f"The city, which government forces recaptured {when}, has been mostly calm "
            "since. Residents said the main market reopened this week.")
    ad = annotate_text(settings, text, PUBLISHED)
    return [(ev.historical, ev.date) for ev in ad.events
            if ev.sub_event_type == "Government regains territory"]


def test_a_dated_past_taking_that_names_a_town_is_history(settings: Settings) -> None:
    assert _takings(settings, "in December 2016") == [(True, "2016-12")]


def test_an_undated_or_recent_taking_that_names_a_town_stays_no_event(
        settings: Settings) -> None:
    # no time, or a recent one: the clause only says which town is meant (backdrop.py)
    assert _takings(settings, "after a long siege") == []
    assert _takings(settings, "on Monday") == []
