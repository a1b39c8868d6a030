"""Time expressions scored by the form of their phrase (aggregates only).

``form_of`` names the phrase form of a gold DATE finer than the expression classes of
:mod:`warlog.evaluate.timex_classes`: a bare weekday, "last Friday", a weekday with its
part of day, "last week", "this year", "the past two years", a bare month, a month with
its year, a year alone, "fiscal 1998", "the third quarter", "now", "recently",
"currently", ... Each form gets gold / found / right and, for a wrong value, the shape of
the gold and of the predicted value and which anchor the gold value agrees with: a time
the system found earlier in the same document ("the time last told") or none of them.
Counts only, never an item, so the table may be printed for a file kept aside
(``benchmarks/accuracy.py --only timex --detail``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from warlog.evaluate.timex_classes import by_class, render_table

_WD = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_UNIT = r"(?:day|week|weekend|month|quarter|year|decade|century)"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.I)) for name, pattern in (
        ("weekday + part of day", rf"\b{_WD}\s+(?:morning|afternoon|evening|night)"),
        ("last/this/next/previous weekday",
         rf"\b(?:last|this|next|previous|coming|following|past)\s+{_WD}"),
        ("weekday with a date", rf"\b{_WD}\W+(?:{_MON}|the\s+\d)"),
        ("bare weekday", rf"\b{_WD}"),
        ("yesterday/today/tomorrow", r"\b(?:yesterday|today|tomorrow|tonight)\b"),
        ("<count> <unit>s ago / from now", r"\bago\b|\bfrom\s+(?:now|today)\b"),
        ("<unit> earlier/later/before/after",
         rf"\b{_UNIT}s?\s+(?:earlier|later|before|after)\b"),
        ("earlier/later this <unit>", rf"\b(?:earlier|later)\b.*\b{_UNIT}\b"),
        ("the past/next <count> <unit>s",
         r"\b(?:past|last|next|coming|previous)\s+(?:\w+\s+)?"
         r"(?:days|weeks|months|quarters|years|decades)\b"),
        ("fiscal year", r"\b(?:fiscal|fy)\b"),
        ("<ordinal> quarter/half", rf"\b{_ORD}[\s-]+(?:quarter|half)\b"),
        ("last/past/previous <unit>", rf"\b(?:last|past|previous|prior|preceding)\s+{_UNIT}"),
        ("this/current <unit>", rf"\b(?:this|current|present)\s+{_UNIT}"),
        ("next/coming <unit>", rf"\b(?:next|coming)\s+{_UNIT}"),
        ("the same/that/following <unit>", rf"\b(?:same|that|following)\s+{_UNIT}"),
        ("a year ago, year-earlier", r"\byear[\s-](?:ago|earlier)\b"),
        ("other quarter/half", r"\b(?:quarter|half|period)\b"),
        ("season", r"\b(?:spring|summer|autumn|fall|winter)\b"),
        ("decade/century", r"\d0'?s\b|\bcentury\b|\b(?:eighties|nineties|seventies)\b"),
        ("month + day", rf"\b{_MON}\s*\d{{1,2}}\b(?!\d)|\b\d{{1,2}}\s*(?:of\s+)?{_MON}(?!\w)"),
        ("month + year", rf"\b{_MON}\W+\d{{4}}\b"),
        ("bare month", rf"\b{_MON}(?!\w)"),
        ("year alone", r"^\D*\d{4}\D*$"),
        ("the <unit>", rf"\bthe\s+{_UNIT}\b"),
        ("now", r"\bnow\b"),
        ("recently/recent", r"\brecent(?:ly)?\b"),
        ("currently/present", r"\b(?:currently|present)\b"),
        ("future/past/former", r"\b(?:future|past|former|once|soon|eventually)\b"),
    ))


def form_of(text: str) -> str:
    """The phrase form of a time expression: the first form above its words match."""
    return next((name for name, rx in _FORMS if rx.search(text)), "other")


def _anchor(gold: dict[str, Any], predicted: Sequence[dict[str, Any]]) -> str:
    """Which time the gold value agrees with: one the system found before it in the
    document (the time last told, or any earlier), or none."""
    before = [p for p in predicted
              if int(p["end"]) <= int(gold["start"]) and p.get("type") in ("DATE", "TIME")]
    values = [str(p.get("value")) for p in before]
    want = str(gold.get("value"))
    if values and values[-1][: len(want)] == want:
        return "gold = the time last told"
    if any(v[: len(want)] == want for v in values):
        return "gold = an earlier time told"
    return "gold = no time told before"


def classify_form(gold: dict[str, Any], hits: Sequence[dict[str, Any]], right: bool,
                  predicted: Sequence[dict[str, Any]],
                  shape: Callable[[object], str]) -> list[str]:
    """Counter keys for one gold DATE by the form of its phrase."""
    name = form_of(str(gold.get("text", "")))
    keys = [f"{name}|gold"]
    if not hits:
        return [*keys, f"{name}|missed"]
    keys.append(f"{name}|found")
    if right:
        return [*keys, f"{name}|right"]
    got = hits[0].get("value")
    return [*keys, f"{name}|gold {shape(gold.get('value'))}, got {shape(got)}",
            f"{name}|{_anchor(gold, predicted)}"]


def by_form(counts: Counter[str]) -> dict[str, dict[str, Any]]:
    """{form: {gold, found, right, wrong: {what: n}}}, largest form first."""
    return by_class(counts)


def render_forms(rows: dict[str, dict[str, Any]]) -> list[str]:
    """The by-form table: aggregates only, so it is safe for a file kept aside."""
    return render_table("by phrase form", rows)
