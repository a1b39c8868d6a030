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


@dataclasses.dataclass
class _Head:
    index: int


@dataclasses.dataclass
class _Group:  # what calibration reads of a group: its head's sentence and its members
    head: _Head
    members: tuple[object, ...] = (object(),)


def _three_events(monkeypatch: pytest.MonkeyPatch,
                  floor: float) -> tuple[list[Event], dict[str, float]]:
    """A lead event without a toll, a later one with a toll and a side reading told late
    without one, under a ranking model that favours the lead and a confidence model that
    favours the toll."""
    from warlog.events import calibrate

    def weights(**named: float) -> tuple[float, ...]:
        return tuple(named.get(f, 0.0) for f in confidence.FEATURES)

    monkeypatch.setattr(confidence, "ranker",
                        lambda: confidence.Model(weights(early=3.0), 0.0, 0.0))
    monkeypatch.setattr(confidence, "model",
                        lambda: confidence.Model(weights(killed=4.0), -2.0, floor))
    events = [_event(id="lead", fatalities=None), _event(id="later"),
              _event(id="side", fatalities=None)]
    groups = [_Group(_Head(0)), _Group(_Head(5)), _Group(_Head(9))]
    return calibrate.calibrate(groups, events, [True] * 3, 20, None)  # type: ignore[arg-type]


def test_confidence_the_main_event_comes_first_whatever_its_probability(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from warlog.events import calibrate

    ranked, real = _three_events(monkeypatch, 0.1)
    assert [e.id for e in ranked] == ["lead", "later", "side"]
    assert ranked[0].confidence > ranked[1].confidence  # the rank, while the order is settled
    out = calibrate.confirmed(ranked, real)
    assert [e.id for e in out] == ["lead", "later", "side"]  # the order stays
    assert out[0].confidence == real["lead"] < out[1].confidence == real["later"]


def test_confidence_the_floor_holds_back_side_readings_not_the_main_event(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    ranked, real = _three_events(monkeypatch, 0.2)
    assert real["lead"] < 0.2 and real["side"] < 0.2 < real["later"]
    assert [e.id for e in ranked] == ["lead", "later"]


def test_confidence_ranking_weights_are_checked_against_their_hash(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(confidence.RANK_SHA256) == 64
    confidence.ranker.cache_clear()
    monkeypatch.setattr(confidence, "RANK_SHA256", "0" * 64)
    try:
        with pytest.raises(WarlogError, match="SHA-256"):
            confidence.ranker()
    finally:
        confidence.ranker.cache_clear()


def test_confidence_a_well_known_attack_retold_is_not_held_back(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    from warlog.events import calibrate

    def weights(**named: float) -> tuple[float, ...]:
        return tuple(named.get(f, 0.0) for f in confidence.FEATURES)

    monkeypatch.setattr(confidence, "ranker",
                        lambda: confidence.Model(weights(early=3.0), 0.0, 0.0))
    monkeypatch.setattr(confidence, "model",
                        lambda: confidence.Model(weights(killed=4.0), -2.0, 0.2))
    # reactions told first; the sarin attack they answer retold later, without a toll
    events = [_event(id="reaction"), _event(id="side", fatalities=None),
              _event(id="sarin", sub_event_type="Chemical weapon", date="2013-08-24",
                     location=None, fatalities=None)]
    groups = [_Group(_Head(0)), _Group(_Head(5)), _Group(_Head(9))]
    ranked, real = calibrate.calibrate(groups, events, [True] * 3, 20, None)  # type: ignore[arg-type]
    assert real["sarin"] < 0.2 and real["side"] < 0.2
    assert [e.id for e in ranked] == ["reaction", "sarin"]
