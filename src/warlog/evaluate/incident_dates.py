"""Incidents: where the first event's date came from and how far it missed, in aggregate.

Each report with a gold date is put in one cell of three counts, never listed by item,
so the breakdown may be printed for a file kept aside (../shared/gold/README.md):

- **gold**: how the gold date lies from the report's ``published`` date: the same day
  (``pub``), the day before (``pub-1``), two to seven days before (``week``), further
  back (``older``), after it (``after``), or no publication date (``no-pub``);
- **source**: where the event's date came from: a time expression of the text with that
  day (``told``), the publication date with no such expression (``published``), a date
  of coarser precision (``coarse``), another day no expression gives (``other``), or no
  event or date (``none``);
- **miss**: for a wrong date, the predicted day minus the gold day: ``+1``, ``-1``,
  ``+2..7``, ``-2..-7``, ``far+``, ``far-`` (beyond a week), ``coarse`` or ``none``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any


def _day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _gold_side(gold: dt.date, published: dt.date | None) -> str:
    if published is None:
        return "no-pub"
    back = (published - gold).days
    if back < 0:
        return "after"
    return {0: "pub", 1: "pub-1"}.get(back, "week" if back <= 7 else "older")


def _source(ev: dict[str, Any] | None, out: dict[str, Any] | None) -> str:
    if not ev or not ev.get("date"):
        return "none"
    if ev.get("date_precision") not in (None, "day"):
        return "coarse"
    told = {str(t.get("value", ""))[:10] for t in (out or {}).get("times", [])
            if t.get("type") in ("DATE", "TIME")}
    if ev["date"] in told:
        return "told"
    return "published" if ev["date"] == (out or {}).get("published") else "other"


def _miss(gold: dt.date, ev: dict[str, Any] | None) -> str:
    got = _day((ev or {}).get("date")) if ev and ev.get("date") else None
    if got is None:
        return "none"
    if (ev or {}).get("date_precision") not in (None, "day"):
        return "coarse"
    off = (got - gold).days
    if abs(off) == 1:
        return f"{off:+d}"
    if abs(off) <= 7:
        return "+2..7" if off > 0 else "-2..-7"
    return "far+" if off > 0 else "far-"


def date_cell(gold: dict[str, Any], published: str | None, ev: dict[str, Any] | None,
              out: dict[str, Any] | None) -> tuple[str, str, str] | None:
    """The report's cell (gold side, source, miss; miss "" when right), None without a
    gold date."""
    day = _day(gold.get("date")) if gold.get("date") else None
    if day is None:
        return None
    right = (ev or {}).get("date") == gold["date"]
    return (_gold_side(day, _day(published) if published else None), _source(ev, out),
            "" if right else _miss(day, ev))


def render_dates(cells: dict[str, int]) -> list[str]:
    """Lines for the counts of :func:`date_cell` cells ("gold|source|miss": count)."""
    lines = ["  date by gold side | source: right / all (wrong by miss)"]
    groups: dict[tuple[str, str], Counter[str]] = {}
    for key, n in cells.items():
        side, source, miss = key.split("|")
        groups.setdefault((side, source), Counter())[miss or "right"] += n
    for (side, source), c in sorted(groups.items(), key=lambda kv: -sum(kv[1].values())):
        wrong = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k != "right")
        lines.append(f"    {side:7s} {source:10s} {c['right']:4d} / {sum(c.values()):4d}"
                     + (f"   ({wrong})" if wrong else ""))
    return lines
