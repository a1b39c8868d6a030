"""Confidence: the probability that an event warlog reports is a real event of the report.

A logistic model over what a careful reader would look at: how strong the cue is and
where it stands (the rules' score, the lead), whether the event is anchored (a date told
in the text, a town, named actors, a casualty figure). Not what type it is: the training
reports are mostly of political violence, and a type's share there says nothing of
another report. Events told as history are reported apart and keep the rules' own score.
Its weights are trained by ``scripts/train_confidence.py`` on the CC-BY dev sets (GDTD
incidents, the FA-KES whole-article gold) and checked against their SHA-256 when loaded;
the same script reports the calibration by cross-validation (docs/events.md). Events
below the model's floor are not reported, except the report's main event (a report is
written about one event, even when its text anchors it weakly).

Whether an event is real and whether it is the report's main event are two questions.
The second is answered by the ranking model (:func:`ranker`): the same inputs weighted
for what puts an event first in a report (the lead, the rules' score, the anchoring the
newsroom gives its main story), the weights of 3 December 2026 (``main_event.json``,
trained by the same script on the rules of that day and frozen since, hash-checked). A
retraining of the probability of being real changes which events are reported and how
sure warlog is of them, never which one comes first (:mod:`warlog.events.calibrate`).
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
from dataclasses import dataclass
from importlib import resources

from warlog.errors import WarlogError
from warlog.models import ActorKind, Event

WEIGHTS_FILE = "confidence.json"
WEIGHTS_SHA256 = "73dee712d4419f7c14cce5f0cf9695c2d85f54e01b7ede17bbc2cbb91886f771"
RANK_FILE = "main_event.json"
RANK_SHA256 = "f57e630c92c77b8e807286a9696c4f6c7c4e3053ac1e40c5f99ccfb0ba149969"
METHOD = "events.confidence.v1"
SHORT_REPORT = 4  # sentences: an incident report, about one incident

FEATURES = (
    "rule_score", "lead", "early", "members", "date_from_text", "date_day", "town",
    "area", "coarse", "actor1_named", "actor1_any", "actor2_any", "killed", "short_report",
)


@dataclass(frozen=True, slots=True)
class Clues:
    """What the events stage knew of an event when it assembled it."""

    rule_score: float  # the rules' own confidence, 0..1
    head_index: int  # the first sentence telling it, 0 for the lead
    members: int  # sentences telling it
    date_from_text: bool
    sentences: int  # in the report
    # the event names a party of the telling (a listener, a speaker's body) that the
    # models were trained to see as actor2: they still do (events/frame.py)
    told_party: bool = False


def features(ev: Event, clues: Clues) -> dict[str, float]:
    """The model's inputs for one event, each in 0..1."""
    loc = ev.location
    prec = loc.precision if loc is not None else 0
    actor1 = [a for a in ev.actors if a.role == "actor1"]
    named = [a for a in actor1 if a.kind != ActorKind.CIVILIANS
             and not a.name.casefold().startswith(("unidentified", "unknown"))]
    killed = ev.fatalities is not None and ev.fatalities.best > 0
    return {
        "rule_score": clues.rule_score,
        "lead": float(clues.head_index == 0),
        "early": 1.0 / (1 + clues.head_index),
        "members": min(clues.members - 1, 3) / 3,
        "date_from_text": float(clues.date_from_text),
        "date_day": float(ev.date_precision.value == "day"),
        "town": float(prec == 1),
        "area": float(prec == 2),
        "coarse": float(prec == 3),
        "actor1_named": float(bool(named)),
        "actor1_any": float(bool(actor1)),
        "actor2_any": float(clues.told_party or any(a.role == "actor2" for a in ev.actors)),
        "killed": float(killed),
        "short_report": float(clues.sentences <= SHORT_REPORT),
    }


@dataclass(frozen=True, slots=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    min_probability: float

    def probability(self, x: dict[str, float]) -> float:
        z = self.bias + sum(w * x[name] for name, w in zip(FEATURES, self.weights, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _load(name: str, digest: str) -> Model:
    raw = resources.files("warlog.data").joinpath(name).read_bytes()
    found = hashlib.sha256(raw).hexdigest()
    if digest != "unset" and found != digest:
        raise WarlogError(f"warlog/data/{name} does not match its recorded SHA-256 "
                          f"({found[:12]}...); reinstall warlog or retrain with "
                          "scripts/train_confidence.py")
    data = json.loads(raw)
    if tuple(data["features"]) != FEATURES:
        raise WarlogError(f"warlog/data/{name} was trained on other features; "
                          "retrain with scripts/train_confidence.py")
    return Model(tuple(float(w) for w in data["weights"]), float(data["bias"]),
                 float(data["min_probability"]))


@functools.cache
def model() -> Model:
    """The bundled weights of the probability of being real, checked against their
    recorded SHA-256."""
    return _load(WEIGHTS_FILE, WEIGHTS_SHA256)


@functools.cache
def ranker() -> Model:
    """The bundled weights that rank a report's events, its main event first, checked
    against their recorded SHA-256."""
    return _load(RANK_FILE, RANK_SHA256)


def rank(ev: Event, clues: Clues) -> float:
    """The event's rank among the report's events (history: the rules' score, lowered
    as before), the main event highest."""
    if ev.historical:
        return round(clues.rule_score, 3)
    return round(ranker().probability(features(ev, clues)), 3)


def calibrated(ev: Event, clues: Clues) -> float:
    """The event's probability of being real, rounded for output (history: the rules'
    score, lowered as before)."""
    if ev.historical:
        return round(clues.rule_score, 3)
    return round(model().probability(features(ev, clues)), 3)
