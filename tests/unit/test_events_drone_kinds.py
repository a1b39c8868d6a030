"""A kind of drone is a drone (issue 11, incidents round 9): "with an unspecified type of
drone" is told as firmly as "with a drone", so a one-sentence incident report reads as the
air strike it reports. Sentences written for the test."""

from __future__ import annotations

import pytest

from warlog.events import detect
from warlog.events import types as et


@pytest.mark.parametrize("text", [
    "Gunmen targeted the army post with an unspecified type of drone near Kessa town.",
    "Militants struck the base with some kind of drone on Monday.",
    "Fighters hit the checkpoint with a new model of armed drone.",
])
def test_events_a_kind_of_drone_is_a_drone(text: str) -> None:
    scored = et.classify_text(text)
    assert scored is not None and scored.code == "AIR_STRIKE"
    assert scored.score >= detect.MIN_SCORE
