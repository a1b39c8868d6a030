"""People gathered at a mosque, a market or a funeral are civilians (invented text).

ACLED codes the victims of an attack on such a gathering as civilians (actor2), though the
report says only "people"; "people" killed in fighting stay unnamed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model

PUBLISHED = dt.date(2021, 6, 6)


def _targets(settings: Settings, text: str) -> list[str]:
    ad = annotate_text(settings, text, PUBLISHED)
    assert ad.events
    return [a.name for a in ad.events[0].actors if a.role == "actor2"]


@pytest.mark.parametrize("text", [
    "Suicide bombers killed twelve people at a mosque in Kabul on Friday.",
    "A car bomb killed eight people at a busy market in Baghdad on Friday.",
    "A suicide bomber killed 14 mourners at a funeral in Jalalabad on Saturday.",
])
def test_people_at_a_gathering_are_civilians(settings: Settings, text: str) -> None:
    assert any(name.startswith("Civilians") for name in _targets(settings, text))


def test_people_killed_in_fighting_are_not_made_civilians(settings: Settings) -> None:
    text = "Clashes between troops and rebels killed 12 people in Idlib on Friday."
    assert not any(name.startswith("Civilians") for name in _targets(settings, text))
