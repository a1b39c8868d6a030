"""Two questions about each event, answered apart (:mod:`warlog.events.confidence`).

Is it real? The probability of the confidence model, and its floor: events below it are
not reported. Is it the report's main event? The ranking model's score, under which the
events stage orders, merges and caps the events (every step after calibration that keeps
"the likelier" or "the first" of two tellings reads it). A report is about its main
story whatever the certainty that a side event happened, so the order of the events
never follows the probability: once the order is settled, each event's ``confidence``
becomes its probability of being real and the events keep their order, the main one
first.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events import confidence, known
from warlog.models import Event, Location

if TYPE_CHECKING:
    from warlog.events.group import Group


def calibrate(
    groups: Sequence[Group],
    events: Sequence[Event],
    dated: Sequence[bool],
    n_sents: int,
    trace: dict[str, dict[str, float]] | None,
    seen: Sequence[Location | None] = (),
    told: Sequence[bool] = (),
) -> tuple[list[Event], dict[str, float]]:
    """Each event with its rank as ``confidence`` (the main event highest), and each
    news event's probability of being real by id; events below the confidence model's
    floor are not reported, but for the report's main event (an incident report is about
    one incident, even when its text anchors it weakly; a longer report about its lead
    story). With ``trace``, each event's model inputs are put there by id and no event
    is held back (training must not depend on the weights it replaces)."""
    floor = confidence.model().min_probability if trace is None else 0.0
    ranked, real = [], {}
    looks = list(seen) or [None] * len(events)
    parties = list(told) or [False] * len(events)
    for g, ev, from_text, look, party in zip(groups, events, dated, looks, parties,
                                             strict=True):
        clues = confidence.Clues(ev.confidence, g.head.index, len(g.members), from_text,
                                 n_sents, party)
        judged = ev if look is None else dataclasses.replace(ev, location=look)
        if trace is not None:
            trace[ev.id] = confidence.features(judged, clues)
        if not ev.historical:
            real[ev.id] = confidence.calibrated(judged, clues)
        ranked.append(dataclasses.replace(ev, confidence=confidence.rank(judged, clues)))
    # a report is written about its main event: that one is reported whatever the floor,
    # with its probability; the floor holds back the side readings (history is reported
    # apart, flagged). A well-known attack the report retells is on the public record
    # (:mod:`warlog.events.known`, which may make it the main event): real, however
    # weakly the report anchors it
    best = max((e.confidence for e in ranked if not e.historical), default=None)
    kept = [e for e in ranked if e.historical or real[e.id] >= floor or e.confidence == best
            or known.on_record(e)]
    return kept, real


def confirmed(events: Sequence[Event], real: dict[str, float]) -> list[Event]:
    """The events in their settled order, each with its probability of being real as its
    confidence (history and the incidents named as background keep their own)."""
    return [dataclasses.replace(e, confidence=real[e.id]) if e.id in real else e
            for e in events]
