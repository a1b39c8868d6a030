"""An event the report tells without any place of its own (a quoted account, a district no
gazetteer holds) happened where the report is set: its focus, as "near" (ACLED geo
precision 2). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.test_events import _document
from tests.unit.test_events_place_cues import _place
from warlog.events.location import to_location
from warlog.events.scene import as_scene, scene_place


def test_a_report_without_province_or_country_is_set_in_its_first_town() -> None:
    text = "Fighting went on in Dalmora. Volunteers said the militants executed three men."
    dalmora = _place(text, "Dalmora", "city", "ZZ", 33.5, 36.3)
    got = scene_place([dalmora], "ZZ", [], text)
    assert got is dalmora
    assert as_scene(to_location(got)).precision == 2  # near the town, not at its point
    assert scene_place([dalmora], "YY", [], text) is None  # not in the report's country


@pytest.mark.model
def test_a_quoted_account_with_no_place_takes_the_reports_town() -> None:
    from warlog.config import Settings
    from warlog.pipeline import Resources, annotate

    text = (
        "Fighters push deeper into Manbij\n\n"
        "Kurdish fighters pushed deeper into the town of Manbij on Monday, commanders said. "
        "The convoy carried food and ammunition to the front. Volunteers from abroad have "
        "joined the units in recent months. Many of them had no military training before "
        "they came.\n\n"
        "\"The militants just executed three prisoners in the square, an hour ago,\" one "
        "volunteer said."
    )
    events = next(annotate([_document(text)], Resources(Settings()))).events
    told = [e for e in events if "executed" in e.evidence[0].text]
    assert len(told) == 1
    loc = told[0].location
    assert loc is not None and loc.name == "Manbij" and loc.precision == 2
