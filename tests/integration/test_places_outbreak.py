"""In a report whose subject is an infectious disease, a nationality word describes the
people and bodies that study, fight or catch it, not a place of the report: the place
names stay places, the adjectives do not. The same adjectives in a war report stay
places, and so does a report that names a virus once. The texts are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.places.genre import outbreak_share

pytestmark = pytest.mark.model

OUTBREAK = (
    "Chinese health officials confirmed four new cases of the H7N9 bird flu virus in "
    "Guangdong on Monday. The outbreak has infected 40 people since March, and the virus "
    "spreads between poultry. Japanese researchers said a vaccine against the influenza "
    "strain could be ready by winter, and travellers were told to avoid live bird markets "
    "while the infection spreads."
)
WAR = (
    "Chinese officials condemned the shelling of Aleppo on Monday. Japanese diplomats said "
    "the attack killed 12 civilians, and a hospital treating flu patients was hit."
)


def _places(settings: Settings, text: str) -> list[str]:
    ad = annotate_text(settings, text, dt.date(2017, 4, 3))
    return [p.text for p in ad.places]


def test_an_outbreak_report_keeps_its_place_names_but_not_its_nationality_words(
    settings: Settings,
) -> None:
    found = _places(settings, OUTBREAK)
    assert "Guangdong" in found
    assert "Chinese" not in found and "Japanese" not in found


def test_a_war_report_keeps_its_nationality_words(settings: Settings) -> None:
    found = _places(settings, WAR)
    assert "Chinese" in found and "Aleppo" in found


def test_the_share_of_outbreak_words_sets_the_kind() -> None:
    hits, share = outbreak_share(OUTBREAK)
    assert hits >= 5 and share > 0.05
    assert outbreak_share(WAR)[0] <= 1
