"""Score cross-document merging: pairwise precision and recall against a labelled set.

The set (tests/fixtures/merge/reports.jsonl) has one line per report of an event: the
document (``document``, ``source``, ``published``, ``text``), the event as extracted
(``event``: the fields of :class:`warlog.models.Event`) and the real-world event it
belongs to (``truth``). Two reports form a true pair when they share ``truth``; a
predicted pair when dedup puts them in one canonical event.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter
from typing import Any

from warlog.codec import from_plain
from warlog.config import Settings
from warlog.errors import EvaluationError
from warlog.merge.dedup import member_key, merge_events
from warlog.models import Event, SourcedEvent

DEFAULTS = {"confidence": 0.8, "date_precision": "day", "historical": False,
            "injured": None, "fatalities": None, "claims": (), "evidence": (), "notes": ""}
CLAIM_DEFAULTS = {"start": 0, "end": 0, "text": ""}


def read_merge_set(path: str, limit: int | None = None) -> list[tuple[SourcedEvent, str]]:
    """The labelled reports of ``path``: (event with its document, true event key)."""
    out: list[tuple[SourcedEvent, str]] = []
    try:
        with open(path, encoding="utf-8") as fh:
            lines = [line for line in fh if line.strip()]
    except (OSError, UnicodeError) as exc:
        raise EvaluationError(f"{path}: cannot read merge set: {exc}") from exc
    if not lines:
        raise EvaluationError(f"{path}: no labelled reports: the file is empty")
    for n, line in enumerate(lines[:limit] if limit else lines, 1):
        try:
            row = json.loads(line)
            out.append((sourced_event(row), str(row["truth"])))
        except KeyError as exc:
            raise EvaluationError(f"{path}:{n}: not a merge-set line: no {exc} field") from exc
        except (json.JSONDecodeError, TypeError, ValueError) as exc:
            raise EvaluationError(f"{path}:{n}: not a merge-set line: {exc}") from exc
    return out


def sourced_event(row: dict[str, Any]) -> SourcedEvent:
    """A SourcedEvent from one merge-set line (missing event fields take defaults)."""
    ev = {**DEFAULTS, **row["event"]}
    ev["id"] = row.get("event_id", f"{row['report']}-e1")
    ev["claims"] = [{**CLAIM_DEFAULTS, **c} for c in ev["claims"]]
    published = row.get("published")
    return SourcedEvent(event=from_plain(Event, ev), document_id=row["document"],
                        source=row.get("source"),
                        published=dt.date.fromisoformat(published) if published else None)


def pairwise(predicted: dict[str, str], truth: dict[str, str]) -> dict[str, float | int]:
    """Pairwise precision, recall and F1 of a clustering (item -> cluster) against truth,
    counted from cluster sizes (no loop over pairs, so it scales to millions of items)."""
    def pairs(counts: Counter[Any]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    tp = pairs(Counter((predicted[k], truth[k]) for k in truth))
    predicted_pairs = pairs(Counter(predicted[k] for k in truth))
    true_pairs = pairs(Counter(truth.values()))
    p = tp / predicted_pairs if predicted_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "true_pairs": true_pairs, "predicted_pairs": predicted_pairs, "tp": tp,
            "fp": predicted_pairs - tp, "fn": true_pairs - tp}


def run(gold: str, settings: Settings, predictions: str | None = None,
        limit: int | None = None) -> dict[str, Any]:
    labelled = read_merge_set(gold, limit)
    items = [it for it, _ in labelled]
    truth = {member_key(it): t for it, t in labelled}
    merged = merge_events(items)
    predicted = {member_key(m): c.id for c in merged for m in c.members}
    shuffled = list(items)
    random.Random(0).shuffle(shuffled)
    report: dict[str, Any] = pairwise(predicted, truth)
    report.update(reports=len(items), true_events=len(set(truth.values())),
                  canonical_events=len(merged),
                  order_independent=merge_events(shuffled) == merged,
                  idempotent=merge_events(items + items[:5]) == merged,
                  errors=_errors(merged, truth))
    return report


def _errors(merged: list[Any], truth: dict[str, str]) -> list[str]:
    out = []
    for c in merged:
        labels = sorted({truth[member_key(m)] for m in c.members})
        if len(labels) > 1:
            out.append(f"merged {' + '.join(labels)}")
    for label in sorted(set(truth.values())):
        split = [c.id for c in merged if any(truth[member_key(m)] == label for m in c.members)]
        if len(split) > 1:
            out.append(f"split {label} into {len(split)}")
    return out


def render(report: dict[str, Any]) -> str:
    lines = [
        (f"merge: {report['reports']} reports of {report['true_events']} events -> "
         f"{report['canonical_events']} canonical events"),
        (f"pairwise precision {report['precision']:.3f}  recall {report['recall']:.3f}  "
         f"F1 {report['f1']:.3f}  (tp {report['tp']}, fp {report['fp']}, fn {report['fn']})"),
        f"order-independent: {report['order_independent']}  idempotent: {report['idempotent']}",
    ]
    lines += [f"  {e}" for e in report["errors"]]
    return "\n".join(lines)
