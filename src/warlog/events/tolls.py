"""Tolls: the killed and injured counts that belong to an event.

A count belongs to the event whose sentences state it (the event's own sentences and
those that follow up to the next event: "Five soldiers were killed" after the attack
sentence). A coder's note on the report ("fatalities coded as 3 for this event") wins.
A toll summed over a stretch of time ("since January, 300 people have been killed") is
no event's toll: it belongs to none (:func:`warlog.events.mood.cumulative_toll`).
ACLED's conventions for ranges, vague amounts and the suicide attacker are listed in
docs/times-and-numbers.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from warlog.events.mood import cumulative_toll
from warlog.models import Quantity, Range

if TYPE_CHECKING:
    from spacy.tokens import Span

_KILLED = frozenset({"killed", "dead", "deaths", "fatalities", "died", "bodies"})
_INJURED = frozenset({"injured", "wounded", "hurt", "injuries"})


def pick_range(
    sents: Sequence[Span], numbers: Sequence[Quantity], kinds: frozenset[str]
) -> Range | None:
    """The largest count of ``kinds`` stated in the event's sentences."""
    found = [
        q
        for q in numbers
        if q.about in kinds and any(s.start_char <= q.start < s.end_char for s in sents)
    ]
    if not found:
        return None
    q = max(found, key=lambda q: q.best)
    return Range(q.low, q.best, q.high)


def casualties(
    sents: Sequence[Span], numbers: Sequence[Quantity], note: str = ""
) -> tuple[Range | None, Range | None]:
    """Killed and injured: a coder's note on the report (``note``) first, else the largest
    counts stated in the event's sentences that are not tolls summed over time."""
    killed = coded_fatalities(note or " ".join(s.text for s in sents))
    sents = [s for s in sents if not cumulative_toll(s)]
    if killed is None:
        killed = pick_range(sents, numbers, _KILLED)
    return killed, pick_range(sents, numbers, _INJURED)


_CODED_RX = re.compile(
    r"(?:fatalit\w*|deaths?|killed)[^.;]{0,160}?\bcoded\s+(?:as\s+|to\s+)?(\d+)"
    r"(?:\s+(?:for|in)\s+this\s+event)?|\b(\d+)\s+fatalities\s+coded\b",
    re.I,
)


def coded_fatalities(text: str) -> Range | None:
    """A coder's note on the count ("Nine fatalities split across three locations ...
    coded 3 for this event", "fatalities coded as 0"): ACLED's own figure for the event."""
    found = [m for m in _CODED_RX.finditer(text)]
    if not found:
        return None
    own = [m for m in found if "this event" in m.group(0).lower()]
    m = (own or found)[-1]
    n = int(m.group(1) or m.group(2))
    return Range(n, n, n)


