"""How often the automation agreed with the analysts (``warlog eval corrections``).

Over the canonical events an analyst reviewed (any correction), each field the
automation made is compared with the field as the analysts left it: a field they did
not change, or set to the same value, counts as agreement. A deleted event counts as a
disagreement on ``event`` (it was no event) and its fields are not compared; a merged
or split one as a disagreement on ``grouping``. Figures are given by field and by the
automation's sub-event type, so a team sees where to trust it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from warlog import codec
from warlog.corrections.values import FIELDS, field_value
from warlog.models import CanonicalEvent
from warlog.runner import counted
from warlog.store.sqlite import open_store

ASPECTS = ("event", "grouping", *FIELDS)


def _same(field: str, a: Any, b: Any) -> bool:
    if field == "location" and isinstance(a, dict) and isinstance(b, dict):
        return (round(a["lat"] or 0, 2), round(a["lon"] or 0, 2)) == (
            round(b["lat"] or 0, 2), round(b["lon"] or 0, 2))
    if field in ("actor1", "actor2") and isinstance(a, dict) and isinstance(b, dict):
        return bool(a["name"].casefold() == b["name"].casefold())
    return bool(a == b)


def agreement(auto: CanonicalEvent, final: CanonicalEvent) -> dict[str, bool]:
    """Per aspect, whether the automation's event agreed with the analysts'."""
    out = {"event": not final.deleted,
           "grouping": not {"merged", "split"} & set(final.reviewed)}
    if not final.deleted:
        out.update({f: _same(f, field_value(auto, f), field_value(final, f)) for f in FIELDS})
    return out


def run_db(db: str) -> dict[str, Any]:
    """The agreement report of the database ``db``."""
    with open_store(db, readonly=True) as store, store.guard():
        rows = store.conn.execute("SELECT record, automatic FROM canonical_events "
                                  "WHERE reviewed = 1 AND automatic IS NOT NULL").fetchall()
    by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for record, automatic in rows:
        final, auto = codec.loads(CanonicalEvent, record), codec.loads(CanonicalEvent, automatic)
        agreed = agreement(auto, final)
        for aspect, ok in agreed.items():
            by_field[aspect][0] += ok
            by_field[aspect][1] += 1
        t = by_type[auto.sub_event_type]
        t[0] += sum(agreed.values())
        t[1] += len(agreed)
        t[2] += 1
    return {
        "reviewed_events": len(rows),
        "by_field": {a: {"agreed": by_field[a][0], "reviewed": by_field[a][1],
                         "rate": by_field[a][0] / by_field[a][1]}
                     for a in ASPECTS if by_field[a][1]},
        "by_sub_event_type": {k: {"events": v[2], "agreed": v[0], "compared": v[1],
                                  "rate": v[0] / v[1]} for k, v in sorted(by_type.items())},
    }


def render(report: dict[str, Any]) -> str:
    lines = [f"corrections: {counted(report['reviewed_events'], 'event')} reviewed by analysts"]
    if not report["reviewed_events"]:
        return lines[0] + " (none yet: see 'warlog correct --help')"
    lines.append("by field (automation agreed / reviewed):")
    lines += [f"  {name:<15} {v['agreed']:>5} / {v['reviewed']:<5} {v['rate']:.3f}"
              for name, v in report["by_field"].items()]
    lines.append("by the automation's sub-event type (fields agreed / compared):")
    lines += [f"  {name:<36} {counted(v['events'], 'event'):>11}  {v['agreed']:>5} / "
              f"{v['compared']:<5} "
              f"{v['rate']:.3f}" for name, v in report["by_sub_event_type"].items()]
    return "\n".join(lines)
