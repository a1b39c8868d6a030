"""Time expressions: DATE value accuracy (see ../shared/gold/README.md).

A gold DATE is *found* when a predicted time expression overlaps its span, and *right*
when the predicted value equals the gold value. Accuracy = right / gold DATEs. The
report also gives detection recall, the precision of predicted DATEs (share overlapping
any gold time expression), and the most frequent value errors.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def score_document(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                   ) -> dict[str, Any]:
    """Counts for one document: gold DATEs found/right, predicted DATEs matched."""
    found = right = 0
    errors: list[tuple[str, str, str | None]] = []
    for g in (t for t in gold if t.get("type") == "DATE"):
        hits = [p for p in predicted if _overlaps(g, p)]
        if not hits:
            errors.append((str(g["text"]), str(g["value"]), None))
            continue
        found += 1
        if any(p.get("value") == g["value"] for p in hits):
            right += 1
        else:
            errors.append((str(g["text"]), str(g["value"]), str(hits[0].get("value"))))
    dates = [p for p in predicted if p.get("type") == "DATE"]
    matched = sum(1 for p in dates if any(_overlaps(p, g) for g in gold))
    return {"gold": sum(1 for t in gold if t.get("type") == "DATE"), "found": found,
            "right": right, "predicted": len(dates), "matched": matched, "errors": errors}


def run(gold: str, settings: Settings, predictions: str | None = None,
        limit: int | None = None) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    totals = Counter[str]()
    errors: Counter[str] = Counter()
    for row, out in predictions_for(rows, settings, predictions):
        predicted = list(out.get("times", [])) if out else []
        s = score_document(list(row.get("timexes", [])), predicted)
        for key in ("gold", "found", "right", "predicted", "matched"):
            totals[key] += int(s[key])
        for text, want, got in s["errors"]:
            errors[f"{text!r}: gold {want}, got {got or 'nothing'}"] += 1
    n = totals["gold"]
    return {
        "documents": len(rows),
        "gold_dates": n,
        "found": totals["found"],
        "right": totals["right"],
        "accuracy": totals["right"] / n if n else 0.0,
        "detection_recall": totals["found"] / n if n else 0.0,
        "value_accuracy_when_found": (totals["right"] / totals["found"]
                                      if totals["found"] else 0.0),
        "predicted_dates": totals["predicted"],
        "precision": (totals["matched"] / totals["predicted"]
                      if totals["predicted"] else 0.0),
        "top_errors": errors.most_common(25),
    }


def render(report: dict[str, Any]) -> str:
    lines = [
        f"timex: {report['documents']} documents, {report['gold_dates']} gold DATEs",
        (f"  DATE value accuracy   {report['accuracy']:.3f}  "
         f"({report['right']}/{report['gold_dates']})"),
        f"  detection recall      {report['detection_recall']:.3f}",
        f"  value right if found  {report['value_accuracy_when_found']:.3f}",
        (f"  precision (DATEs)     {report['precision']:.3f}  "
         f"of {report['predicted_dates']} predicted"),
        "  reference: HeidelTime about 0.78 value F1 at TempEval-3",
    ]
    if report["top_errors"]:
        lines.append("  most frequent misses:")
        lines += [f"    {n:3d}  {e}" for e, n in report["top_errors"]]
    return "\n".join(lines)
