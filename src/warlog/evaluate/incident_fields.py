"""Actors and numbers of incident reports, before any event is built.

On the incidents gold (../shared/gold/README.md), per report:

- **perpetrator recall**: the gold group is among the document's ``actors`` (name or
  alias, compared as :func:`warlog.evaluate.incidents.name_forms` does: lower case, a
  parenthesised acronym or ACLED's "ACR: Full name" form accepted on either side). Reports
  without a gold group ("Unknown") are left out. A gold "Unidentified ..." group is found
  when an actor's name begins "Unidentified" or "Unknown"; the report also counts the
  README's looser reading (or no named armed group at all) separately.
- **fatalities**: the gold count is among the document's ``numbers`` with
  ``about == "killed"`` (best estimate). Counted over reports that state it: a gold count
  above zero, or zero where the text says so ("no fatalities", "no one was killed");
  there, right means no killed figure above zero. Zeros the text does not state
  ("casualties unknown") are reported apart.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold
from warlog.evaluate.incidents import name_forms

_ARMED = {"rebel group", "political militia", "identity militia"}
_NO_DEATHS = re.compile(
    r"\bno\s+(?:reported\s+)?(?:fatalities|deaths|casualties|one\s+(?:was\s+)?(?:killed|died)|"
    r"(?:one|body)\s+(?:was|were)\s+(?:killed|hurt)|(?:injuries\s+or\s+)?fatalities|"
    r"(?:injuries|casualties)\s+or\s+(?:fatalities|deaths))\b"
    r"|\bneither\s+injuries\s+nor\s+fatalities\b|\bwithout\s+(?:causing\s+)?(?:casualties|"
    r"fatalities)\b|\bdid\s+not\s+(?:cause|result\s+in)\s+any\s+(?:injuries\s+or\s+)?"
    r"(?:casualties|fatalities|deaths)\b|\bno\s+(?:injuries\s+or\s+)?fatalities\b",
    re.IGNORECASE,
)


def _unidentified(name: str) -> bool:
    return name.lower().startswith(("unidentified", "unknown"))


def perpetrator_found(gold: str, actors: list[dict[str, Any]]) -> tuple[bool, bool]:
    """(found strictly, found under the README's looser reading for unidentified groups)."""
    if _unidentified(gold):
        strict = any(_unidentified(str(a.get("actor", ""))) for a in actors)
        named = any(
            a.get("kind") in _ARMED and not _unidentified(str(a.get("actor", ""))) for a in actors
        )
        return strict, strict or not named
    want = name_forms(gold)
    for a in actors:
        have: set[str] = set()
        for n in (a.get("actor", ""), *a.get("aliases", [])):
            have |= name_forms(str(n))
        if want & have:
            return True, True
    return False, False


def fatalities_state(gold: dict[str, Any], text: str) -> str | None:
    """ "count", "zero" (stated), "zero_unstated", or None (no gold figure)."""
    value = gold.get("fatalities")
    if value is None:
        return None
    if int(value) > 0:
        return "count"
    return "zero" if _NO_DEATHS.search(text) else "zero_unstated"


def fatalities_right(value: int, numbers: list[dict[str, Any]]) -> bool:
    killed = [int(q.get("best", -1)) for q in numbers if q.get("about") == "killed"]
    if value == 0:
        return not any(k > 0 for k in killed)
    return value in killed


def _score(
    row: dict[str, Any], out: dict[str, Any] | None, totals: Counter[str], misses: Counter[str]
) -> None:
    gold = row["gold"]
    actors = list(out.get("actors", [])) if out else []
    numbers = list(out.get("numbers", [])) if out else []
    perp = gold.get("perpetrator")
    if perp:
        group = "unidentified" if _unidentified(perp) else "named"
        strict, loose = perpetrator_found(perp, actors)
        totals[f"{group}"] += 1
        totals[f"{group}_found"] += strict
        totals[f"{group}_found_loose"] += loose
        if not strict:
            misses[f"{perp} <- {sorted({str(a.get('actor')) for a in actors})[:6]}"] += 1
    state = fatalities_state(gold, str(row["text"]))
    if state is not None:
        ok = fatalities_right(int(gold["fatalities"]), numbers)
        totals[f"fat_{state}"] += 1
        totals[f"fat_{state}_right"] += ok
        if not ok and state != "zero_unstated":
            got = [q.get("best") for q in numbers if q.get("about") == "killed"]
            misses[f"fatalities {gold['fatalities']} <- killed {got}: {row['id']}"] += 1


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    totals: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for row, out in predictions_for(rows, settings, predictions):
        _score(row, out, totals, misses)
    perps = totals["named"] + totals["unidentified"]
    found = totals["named_found"] + totals["unidentified_found"]
    stated = totals["fat_count"] + totals["fat_zero"]
    stated_right = totals["fat_count_right"] + totals["fat_zero_right"]
    from warlog.actors import load_actor_dictionary

    return {
        "documents": len(rows),
        "perpetrator_reports": perps,
        "perpetrator_recall": _ratio(found, perps),
        "perpetrator_recall_loose": _ratio(
            totals["named_found"] + totals["unidentified_found_loose"], perps
        ),
        "named": totals["named"],
        "named_found": totals["named_found"],
        "named_recall": _ratio(totals["named_found"], totals["named"]),
        "unidentified": totals["unidentified"],
        "unidentified_found": totals["unidentified_found"],
        "unidentified_recall": _ratio(totals["unidentified_found"], totals["unidentified"]),
        "fatality_reports": stated,
        "fatality_accuracy": _ratio(stated_right, stated),
        "fatality_counts": totals["fat_count"],
        "fatality_counts_right": totals["fat_count_right"],
        "fatality_zero_stated": totals["fat_zero"],
        "fatality_zero_stated_right": totals["fat_zero_right"],
        "fatality_zero_unstated": totals["fat_zero_unstated"],
        "fatality_zero_unstated_right": totals["fat_zero_unstated_right"],
        "dictionary": load_actor_dictionary(settings).coverage(),
        "top_misses": misses.most_common(30),
    }


def render(report: dict[str, Any]) -> str:
    r = report
    d = r["dictionary"]
    lines = [
        f"incident fields: {r['documents']} reports",
        (
            f"  perpetrator among actors  {r['perpetrator_recall']:.3f}"
            f"  of {r['perpetrator_reports']}"
            f" reports naming one (goal 0.95; {r['perpetrator_recall_loose']:.3f} reading "
            "'no named actor' as a match for unidentified groups)"
        ),
        f"    named groups            {r['named_recall']:.3f}  ({r['named_found']}/{r['named']})",
        (
            f"    unidentified groups     {r['unidentified_recall']:.3f}  "
            f"({r['unidentified_found']}/{r['unidentified']})"
        ),
        (
            f"  fatalities among numbers  {r['fatality_accuracy']:.3f}  of {r['fatality_reports']}"
            " reports that state them (goal 0.95)"
        ),
        f"    counts above zero       {r['fatality_counts_right']}/{r['fatality_counts']}",
        (
            f"    zero, stated            {r['fatality_zero_stated_right']}/"
            f"{r['fatality_zero_stated']}"
        ),
        (
            f"    zero, not stated        {r['fatality_zero_unstated_right']}/"
            f"{r['fatality_zero_unstated']} (no killed figure above zero; not in the total)"
        ),
        (
            f"  actor dictionary: {d['actors']} actors ({d['curated_actors']} curated, the rest "
            f"generated state forces), {d['aliases']} aliases ({d['curated_aliases']} curated), "
            f"{d['countries']} countries, curated actors in {d['actor_countries']}"
        ),
    ]
    if r["top_misses"]:
        lines.append("  most frequent misses:")
        lines += [f"    {n:3d}  {m}" for m, n in r["top_misses"]]
    return "\n".join(lines)
