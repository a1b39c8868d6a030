"""Time expressions scored by expression class and by anchor (aggregates only).

``by_class`` counts gold DATEs by the class of their words (a weekday, a month and day,
a month alone, "yesterday", "ago", "last ...", "next ...", "this ...", a quarter, a
season, a decade, a year in digits, a "now"-like word), with gold / found / right and,
for the wrong ones, where the gold and the predicted value lie against the publication
date (before, the same period, after) and whether the prediction had the right shape.
Like ``by_shape`` these are counts, never an item, so they may be printed for a file kept
aside (``benchmarks/accuracy.py --only timex --detail``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

_CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I)) for name, pattern in (
        ("day word (yesterday/today/tomorrow/tonight)",
         r"\b(?:yesterday|today|tomorrow|tonight)\b"),
        ("ago/earlier/later/before/after", r"\b(?:ago|earlier|later|before|after)\b"),
        ("last/past/previous", r"\b(?:last|past|previous|prior|preceding)\b"),
        ("next/coming/following", r"\b(?:next|coming|following|ahead)\b"),
        ("this/current/same/that", r"\b(?:this|current|same|that|these)\b"),
        ("weekday", rf"\b{_WEEKDAY}"),
        ("month + day", rf"\b{_MONTH}\s*\d|\d\s*(?:of\s+)?{_MONTH}(?!\w)"),
        ("month name", rf"\b{_MONTH}(?!\w)"),
        ("quarter/half", r"\b(?:quarter|half)\b"),
        ("season", r"\b(?:spring|summer|autumn|fall|winter)\b"),
        ("decade/century", r"\d0'?s\b|\bcentury\b|\b(?:eighties|nineties|seventies)\b"),
        ("year digits", r"^\D*\d{4}\D*$"),
        ("other digits", r"\d"),
        ("now-like word", r"\b(?:now|currently|recent|recently|present|future|former|"
                          r"once|soon|meantime|time|days|years)\b"),
    ))


def expression_class(text: str) -> str:
    """The class of an expression's words: first match in the order above, else "other"."""
    return next((name for name, rx in _CLASSES if rx.search(text)), "other")


def _side(value: object, published: object) -> str:
    """Where a calendar value lies against the publication date, compared at the
    value's own granularity: "before", "same", "after"; "-" for a value with no date."""
    if not isinstance(value, str) or not isinstance(published, str):
        return "-"
    m = re.match(r"(\d{4})(?:-(\d\d))?(?:-(\d\d))?", value)
    if not m or "W" in value[:8] or "Q" in value or "H" in value[4:6]:
        return "-"
    width = 4 + (3 if m.group(2) else 0) + (3 if m.group(3) else 0)
    key, pub = value[:width], published[:width]
    return "before" if key < pub else "after" if key > pub else "same"


def classify(gold: dict[str, Any], got: object, found: bool, right: bool,
             published: object) -> list[str]:
    """Counter keys for one gold DATE: its class's gold/found/right, and for a wrong one
    the gold and predicted side of the publication date."""
    name = expression_class(str(gold.get("text", "")))
    keys = [f"{name}|gold"]
    if not found:
        return [*keys, f"{name}|missed"]
    keys.append(f"{name}|found")
    if right:
        return [*keys, f"{name}|right"]
    g, p = _side(gold.get("value"), published), _side(got, published)
    keys.append(f"{name}|wrong: gold {g}, got {p}")
    if name == "weekday":  # days from the publication date, gold and predicted
        keys.append(f"{name}|days from published: gold {_days(gold.get('value'), published)}"
                    f", got {_days(got, published)}")
    return keys


def _days(value: object, published: object) -> str:
    """Days from the publication date to a day value ("-1", "+6"), "?" for no day."""
    try:
        d = dt.date.fromisoformat(str(value)[:10]) - dt.date.fromisoformat(str(published))
    except ValueError:
        return "?"
    return f"{d.days:+d}"


def by_class(counts: Counter[str]) -> dict[str, dict[str, Any]]:
    """{class: {gold, found, right, wrong: {what: n}}}, largest class first (from
    counts keyed "class|what"; the by-form table is counted the same way)."""
    out: dict[str, dict[str, Any]] = {}
    for key, n in counts.items():
        name, what = key.split("|", 1)
        row = out.setdefault(name, {"gold": 0, "found": 0, "right": 0, "wrong": {}})
        if what in ("gold", "found", "right"):
            row[what] = n
        else:
            row["wrong"][what] = n
    return dict(sorted(out.items(), key=lambda kv: -kv[1]["gold"]))


def render_classes(rows: dict[str, dict[str, Any]]) -> list[str]:
    """The by-class table: aggregates only, so it is safe for a file kept aside."""
    return render_table("by expression class", rows)


def render_table(title: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    """A table of :func:`by_class`'s shape (rows of gold, found, right and the wrong ones
    by what went wrong) under ``title``; shared with the by-form table."""
    lines = [f"  {title}:  gold found right"]
    for name, row in rows.items():
        lines.append(f"    {name[:44]:44s} {row['gold']:4d} {row['found']:5d} {row['right']:5d}")
        wrong = sorted(row["wrong"].items(), key=lambda kv: -kv[1])
        if wrong:
            lines.append("        " + ", ".join(f"{k} {n}" for k, n in wrong))
    return lines
