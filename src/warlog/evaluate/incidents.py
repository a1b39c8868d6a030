"""Incidents: the document's first event against a GTD/ACLED record (../shared/gold/README.md).

Fields scored on the first event (the report's main event, listed first):

- location within 25 km and within 161 km of the gold coordinates, over every report and
  over the reports whose gold place is town-level (``geo_precision`` 1);
- country equal (names compared through ISO codes where pycountry knows them);
- perpetrator: the event's actor1 (name or any alias) equal to the gold group after
  lower-casing, a parenthesised acronym or full name on either side accepted, ACLED's
  "KNU/KNLA: Karen National Union/..." read as acronym and full name; a gold
  "Unidentified ..." group or a gold without a group is matched by an actor whose name
  begins "Unidentified" or "Unknown", or by no named actor;
- fatalities equal to the best estimate where the gold has a number (an event that
  states no fatalities counts as 0);
- date equal.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold
from warlog.evaluate.incident_dates import date_cell
from warlog.geo import haversine_km

FIELDS = (
    "location_25km",
    "location_161km",
    "location_25km_town",
    "country",
    "perpetrator",
    "fatalities",
    "date",
)


def name_forms(name: str) -> set[str]:
    """Every form a group name may be written in: full, acronym, each side of a '/'."""
    low = name.lower().strip()
    forms = {low}
    m = re.match(r"^(.*?)\s*\(([^)]+)\)\s*$", low)
    if m:
        forms |= {m.group(1).strip(), m.group(2).strip()}
    if ":" in low:
        acro, full = (p.strip() for p in low.split(":", 1))
        forms |= {acro, full}
        forms |= {p.strip() for p in acro.split("/")}
        if "(" not in full:
            forms |= {p.strip() for p in full.split("/")}
    return {f for f in forms if f}


def _unidentified(name: str | None) -> bool:
    return name is None or name.lower().startswith(("unidentified", "unknown"))


def perpetrator_right(gold: str | None, event: dict[str, Any] | None) -> bool:
    actor1 = next((a for a in (event or {}).get("actors", []) if a.get("role") == "actor1"), None)
    if _unidentified(gold):
        return actor1 is None or _unidentified(str(actor1.get("name")))
    if actor1 is None or gold is None:
        return False
    return bool(name_forms(gold) & actor_forms(actor1))


def actor_forms(actor: dict[str, Any]) -> set[str]:
    """Every form of an output actor's name and aliases, as :func:`name_forms` writes them."""
    have: set[str] = set()
    for n in [actor.get("name", ""), *actor.get("aliases", [])]:
        have |= name_forms(str(n))
    return have


def no_named_actor(actors: list[dict[str, Any]]) -> bool:
    """True when none of ``actors`` is named: none at all, or all "Unidentified"/"Unknown"."""
    return all(_unidentified(str(a.get("name"))) for a in actors)


def names_match(gold_names: list[str], actors: list[dict[str, Any]]) -> bool:
    """True when one of ``actors`` (name or alias) is one of the gold names, in any form."""
    want: set[str] = set()
    for g in gold_names:
        want |= name_forms(g)
    return any(want & actor_forms(a) for a in actors)


@functools.cache
def country_key(name: str) -> str:
    """ISO alpha-2 code of a country name or code (pycountry), else the lower-cased name."""
    import pycountry

    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        try:
            return str(pycountry.countries.search_fuzzy(name)[0].alpha_2)
        except LookupError:
            return name.lower()


def first_event(out: dict[str, Any] | None) -> dict[str, Any] | None:
    """The output's first event: warlog lists the report's main event first, whatever
    its confidence (the probability of being real, a question of its own)."""
    events = list(out.get("events", [])) if out else []
    return events[0] if events else None


def score_row(gold: dict[str, Any], ev: dict[str, Any] | None) -> dict[str, bool | None]:
    """True/False per field, None where the gold gives no answer to check."""
    loc = (ev or {}).get("location") or {}
    res: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if gold.get("lat") is not None:
        km = (
            haversine_km(gold["lat"], gold["lon"], loc["lat"], loc["lon"])
            if loc.get("lat") is not None
            else None
        )
        res["location_25km"] = km is not None and km <= 25
        res["location_161km"] = km is not None and km <= 161
        if gold.get("geo_precision") == 1:
            res["location_25km_town"] = res["location_25km"]
    if gold.get("country"):
        got = loc.get("country") or loc.get("country_code")
        res["country"] = bool(got) and country_key(str(got)) == country_key(gold["country"])
    res["perpetrator"] = perpetrator_right(gold.get("perpetrator"), ev)
    if gold.get("fatalities") is not None:
        fat = (ev or {}).get("fatalities")
        res["fatalities"] = (int(fat["best"]) if fat else 0) == int(gold["fatalities"])
    if gold.get("date"):
        res["date"] = (ev or {}).get("date") == gold["date"]
    return res


def _describe(ev: dict[str, Any] | None) -> str:
    if ev is None:
        return "no event"
    loc = ev.get("location") or {}
    a1 = next((a["name"] for a in ev.get("actors", []) if a.get("role") == "actor1"), None)
    fat = (ev.get("fatalities") or {}).get("best")
    return (
        f"{ev.get('sub_event_type')} | {loc.get('name')}, {loc.get('country')} | "
        f"{a1} | {ev.get('date')} | killed {fat}"
    )


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    errors: list[dict[str, Any]] = []
    by_date: Counter[str] = Counter()
    for row, out in predictions_for(rows, settings, predictions):
        ev = first_event(out)
        res = score_row(row["gold"], ev)
        cell = date_cell(row["gold"], row.get("published"), ev, out)
        if cell is not None:
            by_date["|".join(cell)] += 1
        wrong = [k for k, v in res.items() if v is False and k != "location_161km"]
        for k, v in res.items():
            if v is not None:
                asked[k] += 1
                right[k] += int(v)
        if wrong:
            g = row["gold"]
            errors.append(
                {
                    "id": row["id"],
                    "wrong": wrong,
                    "predicted": _describe(ev),
                    "gold": f"{g.get('place')}, {g.get('country')} | "
                    f"{g.get('perpetrator')} | {g.get('date')} | "
                    f"killed {g.get('fatalities')}",
                }
            )
    rates = {k: (right[k] / asked[k] if asked[k] else 0.0) for k in FIELDS}
    field_errors = Counter(w for e in errors for w in e["wrong"])
    return {
        "documents": len(rows),
        "rates": rates,
        "counts": {k: asked[k] for k in FIELDS},
        "errors_by_field": dict(field_errors),
        "by_date": dict(by_date),  # aggregate cells (incident_dates), never items
        "worst_errors": sorted(errors, key=lambda e: -len(e["wrong"]))[:25],
    }


def render(report: dict[str, Any]) -> str:
    lines = [f"incidents: {report['documents']} reports (first event of each)"]
    goals = {"location_25km_town": 0.85, "perpetrator": 0.85, "fatalities": 0.95, "date": 0.95}
    for k in FIELDS:
        goal = f"   goal {goals[k]:.2f}" if k in goals else ""
        lines.append(f"  {k:20s} {report['rates'][k]:.3f}  of {report['counts'][k]}{goal}")
    lines += ["", "  worst errors:"]
    for e in report["worst_errors"]:
        lines.append(f"    {e['id']} wrong {','.join(e['wrong'])}")
        lines.append(f"      got  {e['predicted']}")
        lines.append(f"      gold {e['gold']}")
    return "\n".join(lines)
