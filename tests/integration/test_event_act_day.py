"""The act's own day, told after the sentence dated only by its telling (invented reports)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model

_PUBLISHED = dt.date(2014, 10, 24)  # a Friday


def _dates(settings: Settings, text: str) -> list[str | None]:
    ad = annotate_text(settings, text, _PUBLISHED)
    return [ev.date for ev in ad.events if not ev.historical]


def test_a_later_sentence_gives_the_day_of_the_act_the_lead_only_says_was_told(
        settings: Settings) -> None:
    text = ("Jets killed 15 civilians in the north of Aleppo province, a monitoring group "
            "said Friday. The children and women were killed Thursday in barrel bomb strikes "
            "by regime helicopters on a home in the village, the monitor said.")
    assert _dates(settings, text)[0] == "2014-10-23"


def test_the_lead_keeps_a_day_of_its_own(settings: Settings) -> None:
    text = ("Jets killed 15 civilians in the north of Aleppo province on Friday, a monitoring "
            "group said. The children and women were killed Thursday in barrel bomb strikes "
            "by regime helicopters on a home in the village, the monitor said.")
    assert _dates(settings, text)[0] == "2014-10-24"
