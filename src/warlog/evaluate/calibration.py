"""Is a probability calibrated? Of the events given about p, the share that is real.

A probability is calibrated when, among the events it gives about 0.8, about 80% are
real. The check sorts the events into bins of width 0.1 by their probability and sets
each bin's mean probability beside its share of real events; the expected calibration
error (ECE) is the mean gap between the two, each bin weighted by its events (Guo et
al. 2017, "On Calibration of Modern Neural Networks"). ``scripts/train_confidence.py
--score`` uses it on the shipped weights, and its cross-validation on retrained ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

BINS = 10


@dataclass(frozen=True, slots=True)
class Bin:
    """The events whose probability lies in [lo, hi) (the last bin holds 1.0 too)."""

    lo: float
    hi: float
    events: int
    mean_p: float
    real: float  # the share of the bin's events that are real


def calibration_bins(probs: Sequence[float], real: Sequence[bool], bins: int = BINS
                     ) -> list[Bin]:
    """The non-empty bins of equal width over 0..1, lowest first."""
    if len(probs) != len(real):
        raise ValueError("one label per probability")
    members: list[list[int]] = [[] for _ in range(bins)]
    for i, p in enumerate(probs):
        members[min(int(p * bins), bins - 1)].append(i)
    out = []
    for k, idx in enumerate(members):
        if idx:
            out.append(Bin(k / bins, (k + 1) / bins, len(idx),
                           sum(probs[i] for i in idx) / len(idx),
                           sum(1 for i in idx if real[i]) / len(idx)))
    return out


def expected_calibration_error(table: Sequence[Bin]) -> float:
    """The bins' gaps between mean probability and share real, weighted by events."""
    total = sum(b.events for b in table)
    if not total:
        return 0.0
    return sum(b.events * abs(b.mean_p - b.real) for b in table) / total


def render(table: Sequence[Bin]) -> str:
    """The table as Markdown (as docs/events.md shows it), its ECE on the last line."""
    lines = ["| predicted | events | mean p | real |", "|---|---|---|---|"]
    lines += [f"| {b.lo:.1f}-{b.hi:.1f} | {b.events} | {b.mean_p:.2f} | {b.real:.2f} |"
              for b in table]
    lines.append(f"ECE {expected_calibration_error(table):.3f} over "
                 f"{sum(b.events for b in table)} events")
    return "\n".join(lines)
