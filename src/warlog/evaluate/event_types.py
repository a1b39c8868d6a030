"""Event types: the document's first event against the gold code (../shared/gold/README.md).

The first event is the one listed first (warlog lists the report's main event first);
its sub-event type is mapped to the 30 codes; a document without events counts as a
wrong answer ("NONE"). Reported: accuracy and support-weighted F1 over the codes present
in the gold, once over all 30 codes and once over the lines whose gold is one of the 25
ACLED codes, per-code precision/recall/F1, a confusion table and the worst errors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold
from warlog.events.codes import ACLED_CODES, SUB_EVENT_TO_CODE

NONE = "NONE"


def first_code(out: dict[str, Any] | None) -> tuple[str, float]:
    """Code and confidence of the output's first event (highest confidence)."""
    events = list(out.get("events", [])) if out else []
    if not events:
        return NONE, 0.0
    ev = events[0]  # the main event, listed first whatever its confidence
    sub = str(ev.get("sub_event_type") or "")
    return SUB_EVENT_TO_CODE.get(sub, sub or NONE), float(ev.get("confidence", 0.0))


def _shape(out: dict[str, Any] | None) -> str:
    """How many events the document gave, and whether the first rests on its opening
    sentence: an aggregate to tell a wrong pick among events from a wrong reading."""
    events = list(out.get("events", [])) if out else []
    if not events:
        return "no event"
    ev = events[0]
    starts = [int(x.get("start", 0)) for x in ev.get("evidence") or []]
    where = "opening sentence" if starts and min(starts) == 0 else "later sentence"
    return f"{'one event' if len(events) == 1 else 'several events'}, first from {where}"


def per_code(pairs: Sequence[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """Precision, recall, F1 and support of every gold code."""
    out: dict[str, dict[str, float]] = {}
    support = Counter(g for g, _ in pairs)
    for code, n in support.items():
        tp = sum(1 for g, p in pairs if g == code and p == code)
        fp = sum(1 for g, p in pairs if g != code and p == code)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / n
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[code] = {"precision": prec, "recall": rec, "f1": f1, "support": n}
    return out


def weighted_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """Support-weighted F1 over the gold codes (sklearn's average='weighted')."""
    if not pairs:
        return 0.0
    table = per_code(pairs)
    return sum(v["f1"] * v["support"] for v in table.values()) / len(pairs)


def accuracy(pairs: Sequence[tuple[str, str]]) -> float:
    return sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0


def score(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    acled = [(g, p) for g, p in pairs if g in ACLED_CODES]
    return {
        "documents": len(pairs),
        "accuracy_30": accuracy(pairs),
        "weighted_f1_30": weighted_f1(pairs),
        "documents_25": len(acled),
        "accuracy_25": accuracy(acled),
        "weighted_f1_25": weighted_f1(acled),
        "per_code": per_code(pairs),
        "confusion": [
            [g, p, n] for (g, p), n in Counter((g, p) for g, p in pairs if g != p).most_common()
        ],
    }


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    pairs: list[tuple[str, str]] = []
    errors: list[dict[str, Any]] = []
    shapes: Counter[tuple[str, bool]] = Counter()
    for row, out in predictions_for(rows, settings, predictions):
        code, conf = first_code(out)
        pairs.append((str(row["label"]), code))
        shapes[(_shape(out), code == row["label"])] += 1
        if code != row["label"]:
            errors.append(
                {
                    "id": row["id"],
                    "gold": row["label"],
                    "predicted": code,
                    "confidence": conf,
                    "text": str(row["text"])[:160],
                }
            )
    report = score(pairs)
    report["by_events"] = {
        shape: {"documents": shapes[(shape, True)] + shapes[(shape, False)],
                "right": shapes[(shape, True)]}
        for shape in sorted({k for k, _ in shapes})
    }
    # worst errors: confident wrong answers first
    report["worst_errors"] = sorted(errors, key=lambda e: -e["confidence"])[:20]
    return report


def render(report: dict[str, Any]) -> str:
    lines = [
        f"event types: {report['documents']} documents "
        f"({report['documents_25']} with an ACLED code)",
        f"  all 30 codes    accuracy {report['accuracy_30']:.3f}  "
        f"weighted F1 {report['weighted_f1_30']:.3f}   (CASE 2021 best: 0.771)",
        f"  25 ACLED codes  accuracy {report['accuracy_25']:.3f}  "
        f"weighted F1 {report['weighted_f1_25']:.3f}   (CASE 2021 best: 0.839)",
        "",
        f"  {'code':32s} {'prec':>5s} {'rec':>5s} {'F1':>5s} {'n':>4s}",
    ]
    for code, v in sorted(report["per_code"].items(), key=lambda kv: kv[1]["f1"]):
        lines.append(
            f"  {code:32s} {v['precision']:5.2f} {v['recall']:5.2f} "
            f"{v['f1']:5.2f} {int(v['support']):4d}"
        )
    lines += ["", "  confusion (gold -> predicted, count):"]
    lines += [f"    {g:30s} -> {p:30s} {n}" for g, p, n in report["confusion"][:25]]
    lines += ["", "  worst errors (most confident wrong answers):"]
    for e in report["worst_errors"]:
        lines.append(
            f"    {e['id']}: {e['gold']} -> {e['predicted']} "
            f"({e['confidence']:.2f}) {e['text'][:90]!r}"
        )
    return "\n".join(lines)
