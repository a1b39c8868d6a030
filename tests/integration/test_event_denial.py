"""Who denies the act is no party to it (invented reports)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model


def _parties(settings: Settings, text: str) -> set[tuple[str, str]]:
    ad = annotate_text(settings, text, dt.date(2021, 6, 1))
    return {(a.role, a.name) for ev in ad.events for a in ev.actors}


def test_a_group_that_denies_the_bombing_is_not_its_doer(settings: Settings) -> None:
    parties = _parties(settings, "A bomb exploded at a market in Kunduz on Tuesday, killing six "
                                 "civilians, police said. The Taliban denied involvement in the "
                                 "attack.")
    assert not any(name == "Taliban" for _, name in parties)


def test_a_group_that_claims_the_bombing_still_leads_it(settings: Settings) -> None:
    parties = _parties(settings, "A bomb exploded at a market in Kunduz on Tuesday, killing six "
                                 "civilians, police said. The Taliban claimed the attack.")
    assert ("actor1", "Taliban") in parties
