"""Confidence: a probability of being real, from the bundled, hash-checked model."""

from __future__ import annotations

import dataclasses

import pytest

from warlog.errors import WarlogError
from warlog.events import confidence
from warlog.models import ActorKind, Event, EventActor, Location, Precision, Range

TOWN = Location("Kafr Nabl", "Idlib", "Syria", "SY", 35.6, 36.5, 170000, 1)


def _event(**changes: object) -> Event:
    ev = Event("e1", "Explosions/Remote violence", "Air/drone strike", 0.5, "2017-09-14",
               Precision.DAY, False,
               (EventActor("Military Forces of Syria", (), "actor1", ActorKind.STATE_FORCES),
                EventActor("Civilians (Syria)", (), "actor2", ActorKind.CIVILIANS)),
               TOWN, Range(4, 4, 4), None, (), (), "")
    return dataclasses.replace(ev, **changes)  # type: ignore[arg-type]


CLUES = confidence.Clues(rule_score=0.5, head_index=0, members=2, date_from_text=True,
                         sentences=20)


def test_confidence_features_are_the_models_and_in_range() -> None:
    x = confidence.features(_event(), CLUES)
    assert tuple(x) == confidence.FEATURES
    assert all(0.0 <= v <= 1.0 for v in x.values())


def test_confidence_an_anchored_lead_event_beats_a_bare_one_told_late() -> None:
    anchored = confidence.calibrated(_event(), CLUES)
    bare = confidence.calibrated(
        _event(location=None, actors=(), fatalities=None),
        dataclasses.replace(CLUES, head_index=12, members=1, date_from_text=False))
    assert anchored > 0.5 > bare


def test_confidence_history_keeps_the_rules_score() -> None:
    assert confidence.calibrated(_event(historical=True), CLUES) == CLUES.rule_score


def test_confidence_weights_are_checked_against_their_hash(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(confidence.WEIGHTS_SHA256) == 64  # a real digest is recorded
    confidence.model.cache_clear()
    monkeypatch.setattr(confidence, "WEIGHTS_SHA256", "0" * 64)
    try:
        with pytest.raises(WarlogError, match="SHA-256"):
            confidence.model()
    finally:
        confidence.model.cache_clear()
