"""Roles of a state's government and of the opposition named without a group's name, on
whole invented reports: the government or the regime that acts is the state's forces,
the rebels that act are the country's armed opposition, and either one that only tells
of the act ("the government said", "according to the regime") is its source."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings
from warlog.models import AnnotatedDocument

pytestmark = pytest.mark.model


def _annotate(settings: Settings, text: str) -> AnnotatedDocument:
    return annotate_text(settings, text, dt.date(2016, 3, 12))


def _roles(ad: AnnotatedDocument) -> dict[str, str]:
    return {a.role: a.name for a in ad.events[0].actors}


@pytest.mark.parametrize("text", [
    "The regime pounded the town of Douma near Damascus on Monday, killing 12 civilians.",
    "Syria's government bombed the town of Saraqeb in Idlib province on Tuesday, "
    "killing 20 people.",
])
def test_roles_the_government_that_acts_is_the_states_forces(
        settings: Settings, text: str) -> None:
    assert _roles(_annotate(settings, text)).get("actor1") == "Military Forces of Syria"


@pytest.mark.parametrize("text", [
    "The rebels shelled a district of Aleppo on Monday, killing five civilians, the "
    "government said.",
    "Opposition fighters shelled a district of Aleppo on Monday, killing five civilians, "
    "according to the regime.",
])
def test_roles_the_government_that_tells_is_no_side(settings: Settings, text: str) -> None:
    roles = _roles(_annotate(settings, text))
    assert roles.get("actor1") == "Free Syrian Army"
    assert "Military Forces of Syria" not in roles.values()
