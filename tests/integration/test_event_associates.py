"""Associated actors are real allies in the act (invented reports)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model

_TEXT = ("Malian troops, supported by drones, took back control of villages on the outskirts "
         "of Gao on Monday after two days of fighting with militants of the al-Qaeda-linked "
         "JNIM, the army said.")


def _roles(settings: Settings) -> dict[str, str]:
    ad = annotate_text(settings, _TEXT, dt.date(2021, 6, 1))
    return {a.role: a.name for ev in ad.events[:1] for a in ev.actors}


def test_unowned_drones_supporting_troops_are_the_troops_own(settings: Settings) -> None:
    roles = _roles(settings)
    assert roles["actor1"] == "Military Forces of Mali"
    assert not any(name.startswith("Unidentified") for name in roles.values())
