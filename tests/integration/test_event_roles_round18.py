"""Roles across an event's sentences, round 18 (issue events18): a sentence that tells the
event only as the time of its own act names that act's doer, no side of the event; the
one judged for doing an act did it. Invented reports; none comes from an evaluation set."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.integration.reports import annotate_text
from warlog.config import Settings

pytestmark = pytest.mark.model


def _roles(settings: Settings, text: str, sub_event_type: str) -> dict[str, str]:
    ad = annotate_text(settings, text, dt.date(2019, 3, 12))
    ev = next(e for e in ad.events if e.sub_event_type == sub_event_type)
    return {a.role: a.name for a in ev.actors}


def test_the_doer_of_a_later_act_is_no_side_of_the_deal(settings: Settings) -> None:
    roles = _roles(settings, "A local truce for the town of Kafr Nabl in Idlib province "
                             "took effect on Monday. After the truce was agreed, Russian jets "
                             "bombed the road south of the town.", "Agreement")
    assert roles.get("actor1") != "Military Forces of Russia"


@pytest.mark.parametrize("judged", [
    "Hayat Tahrir al-Sham was criticised for accepting the deal.",
    "Criticism was levelled at Hayat Tahrir al-Sham for accepting the deal.",
])
def test_the_one_judged_for_an_act_did_it(settings: Settings, judged: str) -> None:
    text = ("A local truce for the town of Kafr Nabl in Idlib province was agreed on "
            "Monday. " + judged)
    assert _roles(settings, text, "Agreement").get("actor1") == "Hayat Tahrir al-Sham (HTS)"


def test_the_one_judged_outranks_an_earlier_reading_as_target(settings: Settings) -> None:
    """Named first as the side a deal removes, the group is then told as the one blamed
    for accepting it: it is a party to the deal, its doer."""
    text = ("A local truce for the town of Kafr Nabl in Idlib province, which removes Hayat "
            "Tahrir al-Sham from its positions, was agreed on Monday. Hayat Tahrir al-Sham "
            "was criticised for accepting the deal.")
    assert _roles(settings, text, "Agreement").get("actor1") == "Hayat Tahrir al-Sham (HTS)"
