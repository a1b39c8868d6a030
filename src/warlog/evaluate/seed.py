"""The seed check: every must-find event of ``expected.json`` found, no must-not-find one.

``expected.json`` and ``seed-articles.txt`` lie side by side (../shared/seed/). The
pipeline runs on the articles with every publication date set to the file's
``published`` (2017-09-15), through :func:`warlog.runner.extract_paths`, exactly as
``warlog extract seed-articles.txt --published 2017-09-15`` does.

A must-find entry is found when one event meets all its conditions: ``sub_event_type``
(any of), ``actor_any`` (an actor's name or alias contains one of the names),
``actor_all`` (every group of names matched by some actor), ``near`` (within ``km``),
``date``, ``fatalities_low_at_least``, ``claimed_by_any`` / ``reported_by_any`` (a claim
of that kind by one of them) and ``country_any``. A must-not-find entry is violated by
any event near one of its points (dated on or after ``date_from``) or in one of its
countries.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

from warlog.config import Settings
from warlog.errors import EvaluationError
from warlog.evaluate.common import read_predictions
from warlog.geo import haversine_km


def _names(ev: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for a in ev.get("actors", []):
        out.append(str(a.get("name", "")))
        out.extend(str(x) for x in a.get("aliases", []))
    return [n.lower() for n in out]


def _has(names: list[str], wanted: list[str]) -> bool:
    return any(re.search(rf"\b{re.escape(w.lower())}\b", n) for n in names for w in wanted)


def _near(ev: dict[str, Any], spec: dict[str, Any]) -> bool:
    loc = ev.get("location") or {}
    if loc.get("lat") is None:
        return False
    km = haversine_km(float(loc["lat"]), float(loc["lon"]), float(spec["lat"]), float(spec["lon"]))
    return km <= float(spec["km"])


def _claimed(ev: dict[str, Any], kinds: tuple[str, ...], wanted: list[str]) -> bool:
    by = [str(c.get("by", "")).lower() for c in ev.get("claims", []) if c.get("kind") in kinds]
    return _has(by, wanted)


def failed_conditions(ev: dict[str, Any], spec: dict[str, Any]) -> list[str]:
    """The conditions of a must-find entry that ``ev`` does not meet."""
    fails: list[str] = []
    if "sub_event_type" in spec and ev.get("sub_event_type") not in spec["sub_event_type"]:
        fails.append("sub_event_type")
    if "actor_any" in spec and not _has(_names(ev), spec["actor_any"]):
        fails.append("actor_any")
    if "actor_all" in spec and not all(_has(_names(ev), grp) for grp in spec["actor_all"]):
        fails.append("actor_all")
    if "near" in spec and not _near(ev, spec["near"]):
        fails.append("near")
    if "date" in spec and ev.get("date") != spec["date"]:
        fails.append("date")
    if "fatalities_low_at_least" in spec:
        fat = ev.get("fatalities") or {}
        if int(fat.get("low") or 0) < int(spec["fatalities_low_at_least"]):
            fails.append("fatalities")
    if "claimed_by_any" in spec and not _claimed(ev, ("claimed",), spec["claimed_by_any"]):
        fails.append("claimed_by_any")
    if "reported_by_any" in spec and not _claimed(
        ev, ("reported", "claimed"), spec["reported_by_any"]
    ):
        fails.append("reported_by_any")
    if "country_any" in spec:
        country = str((ev.get("location") or {}).get("country") or "")
        if country not in spec["country_any"]:
            fails.append("country_any")
    return fails


def violates(ev: dict[str, Any], spec: dict[str, Any]) -> bool:
    country = str((ev.get("location") or {}).get("country") or "")
    if "country_any" in spec and country in spec["country_any"]:
        return True
    if "near_any" in spec and any(_near(ev, p) for p in spec["near_any"]):
        date = str(ev.get("date") or "")
        return not spec.get("date_from") or date >= spec["date_from"]
    return False


def _outputs(
    expected: Path, settings: Settings, predictions: str | None, published: str
) -> list[dict[str, Any]]:
    if predictions is not None:
        return read_predictions(predictions)
    from warlog.export import to_json
    from warlog.runner import extract_paths

    articles = expected.with_name("seed-articles.txt")
    if not articles.is_file():
        raise EvaluationError(f"{articles}: seed articles not found next to {expected.name}")
    outs: list[dict[str, Any]] = []
    extract_paths(
        [str(articles)],
        dataclasses.replace(settings, published=published),
        lambda ad: outs.append(to_json(ad)),
    )
    return outs


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    path = Path(gold)
    try:
        spec = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{gold}: cannot read expected events: {exc}") from exc
    if not isinstance(spec, dict):
        raise EvaluationError(f"{gold}: expected events must be a JSON object with must_find "
                              "and must_not_find")
    outs = _outputs(path, settings, predictions, str(spec.get("published", "2017-09-15")))
    events = [ev for o in outs[:limit] for ev in o.get("events", [])]
    found = []
    for want in spec.get("must_find", []):
        tries = sorted(
            ((failed_conditions(ev, want), ev) for ev in events), key=lambda fe: len(fe[0])
        )
        best_fails, best_ev = tries[0] if tries else (["no events"], {})
        found.append(
            {
                "key": want["key"],
                "found": not best_fails,
                "missing": best_fails,
                "closest": _brief(best_ev),
            }
        )
    bad = []
    for trap in spec.get("must_not_find", []):
        hits = [_brief(ev) for ev in events if violates(ev, trap)]
        bad.append({"key": trap["key"], "violated": bool(hits), "events": hits[:5]})
    return {
        "documents": len(outs),
        "events": len(events),
        "must_find": found,
        "must_not_find": bad,
        "passed": all(f["found"] for f in found) and not any(b["violated"] for b in bad),
    }


def _brief(ev: dict[str, Any]) -> str:
    if not ev:
        return "-"
    loc = ev.get("location") or {}
    names = ", ".join(f"{a.get('role')}={a.get('name')}" for a in ev.get("actors", []))
    fat = (ev.get("fatalities") or {}).get("low")
    return (
        f"{ev.get('sub_event_type')} | {loc.get('name')} ({loc.get('country')}) | "
        f"{ev.get('date')} | {names} | killed>={fat} | conf {ev.get('confidence')}"
    )


def render(report: dict[str, Any]) -> str:
    lines = [
        f"seed: {report['documents']} documents, {report['events']} events — "
        f"{'PASSED' if report['passed'] else 'FAILED'}",
        "  must find:",
    ]
    for f in report["must_find"]:
        mark = "ok  " if f["found"] else "MISS"
        lines.append(
            f"    {mark} {f['key']}"
            + ("" if f["found"] else f"  (missing {', '.join(f['missing'])})")
        )
        lines.append(f"         closest: {f['closest']}")
    lines.append("  must not find:")
    for b in report["must_not_find"]:
        lines.append(f"    {'BAD ' if b['violated'] else 'ok  '} {b['key']}")
        lines += [f"         {e}" for e in b["events"]]
    return "\n".join(lines)
