"""A progress line on stderr for runs over many documents (``extract``, ``ingest``).

The rate, and so the time left, is measured from the first finished document on: the
start-up before it (loading the model and the gazetteer) says nothing about the rest.
Documents finish in batches, so the burst that finishes with the first one is left out
of the rate too.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

BURST_S = 0.25  # documents finishing this soon after the first belong to its batch


class Progress:
    """``ingest  120/633  14.2 docs/s  00:36 left`` redrawn in place on a terminal."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None,
                 enabled: bool = True, clock: Callable[[], float] | None = None,
                 unit: str = "docs") -> None:
        self.label, self.total, self.done, self.unit = label, total, 0, unit
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self._now = time.perf_counter if clock is None else clock
        self._first: float | None = None
        self._burst = 0
        self._last_draw = 0.0

    def rate(self) -> float | None:
        """Documents (or other units) per second since the first batch, or None while
        unknown."""
        if self._first is None:
            return None
        elapsed = self._now() - self._first
        counted = self.done - self._burst
        if elapsed < 1.0 or counted <= 0:
            return None
        return counted / elapsed

    def left_s(self) -> float | None:
        r = self.rate()
        if r is None or not self.total:
            return None
        return max(0.0, self.total - self.done) / r

    def update(self, n: int = 1) -> None:
        now = self._now()
        if self._first is None:
            self._first = now
        if now - self._first <= BURST_S:
            self._burst = self.done + n
        self.done += n
        self.total = max(self.total, self.done)
        if self.enabled and (now - self._last_draw >= 0.2 or self.done == self.total):
            self._last_draw = now
            self.stream.write("\r" + self.line() + "\x1b[K")
            self.stream.flush()

    def line(self) -> str:
        total = f"/{self.total}" if self.total else ""
        parts = [f"{self.label}  {self.done}{total}"]
        r, left = self.rate(), self.left_s()
        if r is not None:
            parts.append(f"{r:.1f} {self.unit}/s")
        if left is not None:
            m, s = divmod(round(left), 60)
            h, m = divmod(m, 60)
            parts.append(f"{h:d}:{m:02d}:{s:02d} left" if h else f"{m:02d}:{s:02d} left")
        return "  ".join(parts)

    def close(self) -> None:
        """Draw the last line and end it; a second call draws nothing (a command closes the
        line before a message of its own, and again on its way out)."""
        if self.enabled and self.done:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()
        self.enabled = False
