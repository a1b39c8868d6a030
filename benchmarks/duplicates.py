"""Likely duplicates within one report: pairs of a report's shown events that may tell
one incident twice (issue 11, ACLED's unit: one sub-event type at a place on a day
between a pair of actors).

    .venv/bin/warlog extract ../shared/gold/dev/fakes-main.jsonl -o out.jsonl
    .venv/bin/python benchmarks/duplicates.py out.jsonl             # count and list pairs
    .venv/bin/python benchmarks/duplicates.py out.jsonl --count     # the count only

A pair is two non-historical events of one report, both at or above the reporting floor
(0.35), that share an evidence sentence, or share the date, the governorate (admin1) and
the family (violent: ACLED's violent types; territory: a change of hands). Such a pair is
a candidate, not a proven duplicate: two towns struck on one day share all three. Read
the pairs (dev files only) to judge them. Never run it on ``check/`` outputs.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from warlog.events.codes import SUB_EVENT_TO_CODE, VIOLENT_CODES  # noqa: E402

FLOOR = 0.35
_TERRITORY = frozenset({"GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER",
                        "NON_VIOL_TERRIT_TRANSFER"})


def family(ev: dict[str, Any]) -> str | None:
    code = SUB_EVENT_TO_CODE.get(ev.get("sub_event_type") or "")
    if code in _TERRITORY:
        return "territory"
    if code in VIOLENT_CODES:
        return "violent"
    return None


def _sentences(ev: dict[str, Any]) -> set[tuple[int, int]]:
    return {(e["start"], e["end"]) for e in ev.get("evidence") or ()}


def why_pair(a: dict[str, Any], b: dict[str, Any]) -> str | None:
    """Why two events may be one incident told twice, or None."""
    if _sentences(a) & _sentences(b):
        return "sentence"
    la, lb = a.get("location") or {}, b.get("location") or {}
    fa = family(a)
    if (fa is not None and fa == family(b) and a.get("date") and a.get("date") == b.get("date")
            and la.get("admin1") and la.get("admin1") == lb.get("admin1")):
        return "day+admin1+family"
    return None


def pairs(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any], dict[str, Any]]]:
    shown = [e for e in doc.get("events") or ()
             if not e.get("historical") and e.get("confidence", 0) >= FLOOR]
    out = []
    for a, b in combinations(shown, 2):
        why = why_pair(a, b)
        if why is not None:
            out.append((why, a, b))
    return out


def kind(a: dict[str, Any], b: dict[str, Any]) -> str:
    """How a pair differs: place, type and day, each the same or other ("place" /
    "otherplace" ...): a shared sentence at other places is mostly a list of towns."""
    la, lb = a.get("location") or {}, b.get("location") or {}
    return "/".join((
        "place" if la.get("geonameid") == lb.get("geonameid") else "otherplace",
        "type" if a.get("sub_event_type") == b.get("sub_event_type") else "othertype",
        "day" if a.get("date") == b.get("date") else "otherday"))


def _line(ev: dict[str, Any]) -> str:
    loc = ev.get("location") or {}
    ev_text = " | ".join(e["text"][:160] for e in ev.get("evidence") or ())
    return (f"  {ev.get('confidence', 0):.2f} {ev.get('sub_event_type')} {ev.get('date')} "
            f"{loc.get('name')} ({loc.get('admin1')}) "
            f"[{','.join(str(s) for s, _ in sorted(_sentences(ev)))}]\n      {ev_text}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("predictions", help="a `warlog extract` output (JSON Lines)")
    ap.add_argument("--count", action="store_true", help="print the counts only")
    args = ap.parse_args()
    total: dict[str, int] = {}
    kinds: dict[str, int] = {}
    docs = 0
    with open(args.predictions, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            found = pairs(doc)
            docs += bool(found)
            for why, a, b in found:
                total[why] = total.get(why, 0) + 1
                k = f"{why}:{kind(a, b)}"
                kinds[k] = kinds.get(k, 0) + 1
                if not args.count:
                    print(f"{doc.get('id')} [{why}; {kind(a, b)}]\n{_line(a)}\n{_line(b)}")
    for k, v in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"  {v:4d} {k}")
    print(f"pairs: {sum(total.values())} in {docs} reports "
          + " ".join(f"{k}={v}" for k, v in sorted(total.items())))


if __name__ == "__main__":
    main()
