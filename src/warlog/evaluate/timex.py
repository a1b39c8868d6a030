"""Time expressions: DATE value accuracy (see ../shared/gold/README.md).

A gold DATE is *found* when a predicted time expression overlaps its span, and *right*
when the predicted value equals the gold value. Accuracy = right / gold DATEs. The
report also gives detection recall, the precision of predicted DATEs (share overlapping
any gold time expression), and the most frequent value errors.

``by_shape`` breaks the same counts down by the shape of the gold value (day, month,
year, week, quarter, season, decade, PAST_REF, ...), with the shapes of the wrong
predictions and, for days, how far off they were: aggregates that say which class of
expression fails without showing any one item, so they may be printed for files kept
aside (see ``benchmarks/accuracy.py --detail``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold
from warlog.evaluate.timex_classes import by_class, classify, render_classes
from warlog.evaluate.timex_forms import by_form, classify_form, render_forms

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern)) for name, pattern in (
        ("day", r"\d{4}-\d\d-\d\d"), ("day+part", r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT)"),
        ("day+clock", r"\d{4}-\d\d-\d\dT\d.*"),
        ("month", r"\d{4}-\d\d"), ("year", r"\d{4}"), ("week", r"\d{4}-W\d\d"),
        ("weekend", r"\d{4}-W\d\d-WE"), ("quarter", r"\d{4}-Q\d"), ("half", r"\d{4}-H\d"),
        ("season", r"\d{4}-(?:SP|SU|FA|WI)"), ("decade", r"\d{3}"), ("century", r"\d\d"),
        ("PAST_REF", r"PAST_REF"), ("PRESENT_REF", r"PRESENT_REF"),
        ("FUTURE_REF", r"FUTURE_REF"),
    ))


def value_shape(value: object) -> str:
    """The calendar shape of a TimeML value: "day", "month", "week", "PAST_REF", ...;
    other values (underspecified "1998-WXX", "XXXX-09-18") by their form, digits as 9."""
    if not isinstance(value, str) or not value:
        return "none"
    return next((name for name, rx in _SHAPES if rx.fullmatch(value)),
                re.sub(r"\d", "9", value))


_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I)) for name, pattern in (
        ("ago/earlier/later", r"\b(?:ago|earlier|later|before|after)\b"),
        ("last/past/previous", r"\b(?:last|past|previous|prior|preceding)\b"),
        ("next/coming/following", r"\b(?:next|coming|following|ahead)\b"),
        ("this/current/same", r"\b(?:this|current|same|that|these)\b"),
        ("weekday", r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"),
        ("month name", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b"),
        ("digits", r"\d"),
        ("the + unit", r"\bthe\b"),
    ))


def text_cue(text: str) -> str:
    """The first cue class of an expression's words: how it is anchored ("ago", "last",
    "next", "this"), else what names it (weekday, month name, digits), else "bare"."""
    return next((name for name, rx in _CUES if rx.search(text)), "bare")


def _day_offset(gold: str, got: str) -> str:
    """How far a wrong day lies from the gold day, in coarse classes."""
    try:
        diff = (dt.date.fromisoformat(got[:10]) - dt.date.fromisoformat(gold[:10])).days
    except ValueError:
        return "unreadable"
    if got[:10] == gold[:10]:
        return "same day, other form"
    if abs(diff) % 7 == 0 and abs(diff) <= 14:
        return f"{diff:+d} days (weekday, wrong week)"
    if abs(diff) <= 6:
        return "within 6 days"
    if got[4:10] == gold[4:10]:
        return "wrong year"
    return "further"


def _span_relation(gold: dict[str, Any], got: dict[str, Any]) -> str:
    """How a wrong prediction's span sits on the gold span: "same", "longer" (covers it
    and more), "shorter" (inside it), "shifted" (overlaps across one edge)."""
    gs, ge, ps, pe = (int(gold["start"]), int(gold["end"]), int(got["start"]),
                      int(got["end"]))
    if (gs, ge) == (ps, pe):
        return "same"
    if ps <= gs and pe >= ge:
        return "longer"
    return "shorter" if ps >= gs and pe <= ge else "shifted"


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def score_document(gold: list[dict[str, Any]], predicted: list[dict[str, Any]],
                   published: str | None = None) -> dict[str, Any]:
    """Counts for one document: gold DATEs found/right, predicted DATEs matched."""
    found = right = 0
    errors: list[tuple[str, str, str | None]] = []
    shapes: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for g in (t for t in gold if t.get("type") == "DATE"):
        shape = value_shape(g["value"])
        shapes[f"{shape}|gold"] += 1
        hits = [p for p in predicted if _overlaps(g, p)]
        ok = any(p.get("value") == g["value"] for p in hits)
        classes.update(classify(g, hits[0].get("value") if hits else None, bool(hits), ok,
                                published))
        forms.update(classify_form(g, hits, ok, predicted, value_shape))
        if not hits:
            errors.append((str(g["text"]), str(g["value"]), None))
            shapes[f"{shape}|missed, cue {text_cue(str(g['text']))}"] += 1
            continue
        found += 1
        shapes[f"{shape}|found"] += 1
        if ok:
            right += 1
            shapes[f"{shape}|right"] += 1
        else:
            got = hits[0].get("value")
            errors.append((str(g["text"]), str(g["value"]), str(got)))
            shapes[f"{shape}|got {value_shape(got)}"] += 1
            shapes[f"{shape}|wrong, cue {text_cue(str(g['text']))}"] += 1
            shapes[f"{shape}|wrong, span {_span_relation(g, hits[0])}"] += 1
            if shape == "day" and value_shape(got) in ("day", "day+part", "day+clock"):
                shapes[f"{shape}|off {_day_offset(str(g['value']), str(got))}"] += 1
    dates = [p for p in predicted if p.get("type") == "DATE"]
    matched = sum(1 for p in dates if any(_overlaps(p, g) for g in gold))
    for p in dates:
        hit = any(_overlaps(p, g) for g in gold)
        shapes[f"{value_shape(p.get('value'))}|{'predicted' if hit else 'spurious'}"] += 1
    return {"gold": sum(1 for t in gold if t.get("type") == "DATE"), "found": found,
            "right": right, "predicted": len(dates), "matched": matched, "errors": errors,
            "shapes": shapes, "classes": classes, "forms": forms}


def _by_shape(counts: Counter[str]) -> dict[str, dict[str, Any]]:
    """{shape: {gold, found, right, accuracy, wrong: {what was predicted: n}, ...}}."""
    out: dict[str, dict[str, Any]] = {}
    for key, n in sorted(counts.items()):
        shape, what = key.split("|", 1)
        row = out.setdefault(shape, {"gold": 0, "found": 0, "right": 0, "predicted": 0,
                                     "spurious": 0, "wrong": {}})
        if what.startswith(("got ", "off ", "missed, ", "wrong, ")):
            row["wrong"][what] = n
        else:
            row[what] = n
    for row in out.values():
        row["predicted"] += row["spurious"]
        row["accuracy"] = row["right"] / row["gold"] if row["gold"] else None
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["gold"]))


def run(gold: str, settings: Settings, predictions: str | None = None,
        limit: int | None = None) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    totals = Counter[str]()
    errors: Counter[str] = Counter()
    shapes: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for row, out in predictions_for(rows, settings, predictions):
        predicted = list(out.get("times", [])) if out else []
        s = score_document(list(row.get("timexes", [])), predicted, row.get("published"))
        classes.update(s["classes"])
        forms.update(s["forms"])
        for key in ("gold", "found", "right", "predicted", "matched"):
            totals[key] += int(s[key])
        shapes.update(s["shapes"])
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
        "by_shape": _by_shape(shapes),
        "by_class": by_class(classes),
        "by_form": by_form(forms),
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
    lines += render_shapes(report["by_shape"])
    lines += render_classes(report["by_class"])
    lines += render_forms(report["by_form"])
    if report["top_errors"]:
        lines.append("  most frequent misses:")
        lines += [f"    {n:3d}  {e}" for e, n in report["top_errors"]]
    return "\n".join(lines)


def render_shapes(by_shape: dict[str, dict[str, Any]]) -> list[str]:
    """The by-shape table: aggregates only, so it is safe for a file kept aside."""
    lines = ["  by gold value shape:  gold found right  acc   (predicted spurious)"]
    for shape, row in by_shape.items():
        acc = "-" if row["accuracy"] is None else f"{row['accuracy']:.2f}"
        lines.append(f"    {shape:15s} {row['gold']:5d} {row['found']:5d} {row['right']:5d}"
                     f"  {acc:>4s}   ({row['predicted']} {row['spurious']})")
        wrong = sorted(row["wrong"].items(), key=lambda kv: -kv[1])
        if wrong:
            lines.append("        wrong: " + ", ".join(f"{k} {n}" for k, n in wrong))
    return lines
