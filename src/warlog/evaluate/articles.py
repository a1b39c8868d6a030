"""Articles: every event of a report against every event the coders listed (ACLED style).

The gold (``../shared/gold/dev/articles.jsonl``, ``../shared/seed/events.jsonl``; schema
and coding guide in ``../shared/gold/README.md`` and ``CODING.md``) lists each event of an
article: acceptable sub-event types, date, place with a tolerance ``km``, acceptable
actor1 names, fatalities, and whether it is background history.

Matching (README, "How a result is scored", **articles**): every output event that is
not ``historical`` and has an ACLED sub-event type is matched one to one, highest
confidence first, to a gold event that is not historical and is compatible:

- **family**: the output's ACLED event type and one of the gold's acceptable sub-event
  types fall in the same family: battles; explosions/remote violence and violence
  against civilians together; protests and riots together; strategic developments;
- **place**: the output's (lat, lon) within the gold ``km`` of the gold point; an output
  event without coordinates matches only a gold event without a place, by country, and a
  gold event without a place is matched by country whatever the output's coordinates;
- **date**: the two dates, each read as the span it names (a day, an ISO week, a month, a
  quarter, a year), lie within two days of each other; a gold event without a date
  accepts any date, an output event without a date matches only such a gold event.

Among several compatible gold events an output event takes the one whose sub-event type
it has, then the nearest (distance over ``km``), then the closest in date, then the first
listed. Precision = matched / scored output events, recall = matched / gold events.

On matched pairs: **sub_event_type** among the acceptable ones; **actor1**: an actor1 or
assoc_actor_1 of the output, by name or alias (:func:`warlog.evaluate.incidents.names_match`:
lower case, acronym and full name forms), among the gold ``actor1`` names; a gold
perpetrator left unknown (``[]``) is matched, as in the incidents scorer, by no named
actor1 (none, or one whose name begins "Unidentified" or "Unknown"); **fatalities**: the
output's best figure equal to the gold number, a missing figure equal to a gold null
(also reported over the pairs where the gold states a number). **history**: the share of gold
historical events that the output reports and flags ``historical``, matched by the same
rules among the historical events on both sides.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import date_span, predictions_for, read_gold
from warlog.evaluate.incidents import country_key, names_match, no_named_actor
from warlog.events.codes import ACLED_CODES, CODES
from warlog.geo import haversine_km

FAMILY = {
    "Battles": "battles",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Strategic developments": "strategic",
}
_SUB_FAMILY = {sub: FAMILY[et] for code, (et, sub) in CODES.items() if code in ACLED_CODES}
ACTOR1_ROLES = ("actor1", "assoc_actor_1")
FIELDS = ("sub_event_type", "actor1", "fatalities", "fatalities_stated")
SLACK = dt.timedelta(days=2)
Span = tuple[dt.date, dt.date]


def family(sub_event_type: str | None) -> str | None:
    """The scoring family of an ACLED sub-event type (None outside ACLED)."""
    return _SUB_FAMILY.get(str(sub_event_type or ""))


def date_gap(gold: str | None, out: str | None) -> int | None:
    """Days between the two spans (0 when they overlap); None when they cannot match."""
    g = date_span(gold)
    if g is None:
        return 0
    o = date_span(out)
    if o is None:
        return None
    gap = max((o[0] - g[1]).days, (g[0] - o[1]).days, 0)
    return gap if gap <= SLACK.days else None


def place_distance(gold: dict[str, Any], ev: dict[str, Any]) -> float | None:
    """Distance over the gold ``km`` (0 for a match by country); None when too far."""
    loc = ev.get("location") or {}
    if gold.get("lat") is None or gold.get("lon") is None:
        got = loc.get("country_code") or loc.get("country")
        same = bool(got) and bool(gold.get("country"))
        return 0.0 if same and country_key(str(got)) == country_key(str(gold["country"])) else None
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    km = haversine_km(float(gold["lat"]), float(gold["lon"]), float(loc["lat"]), float(loc["lon"]))
    limit = float(gold.get("km") or 25)
    return km / limit if km <= limit else None


def failed_conditions(gold: dict[str, Any], ev: dict[str, Any]) -> list[str]:
    """The matching conditions (family, place, date) that ``ev`` fails for ``gold``."""
    fails = []
    if family(ev.get("sub_event_type")) not in {family(s) for s in gold["sub_event_type"]}:
        fails.append("family")
    if place_distance(gold, ev) is None:
        fails.append("place")
    if date_gap(gold.get("date"), ev.get("date")) is None:
        fails.append("date")
    return fails


def _rank(gold: dict[str, Any], ev: dict[str, Any]) -> tuple[int, float, int] | None:
    """Preference of a compatible pair, lower first; None when incompatible."""
    if failed_conditions(gold, ev):
        return None
    dist = place_distance(gold, ev)
    gap = date_gap(gold.get("date"), ev.get("date"))
    typed = 0 if ev.get("sub_event_type") in gold["sub_event_type"] else 1
    return typed, float(dist or 0.0), int(gap or 0)


def by_confidence(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events highest confidence first, ties in output order."""
    return sorted(events, key=lambda e: -float(e.get("confidence", 0.0)))


def greedy_match(
    events: list[dict[str, Any]], golds: list[dict[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one pairs (event index, gold index), events taken highest confidence first."""
    order = sorted(range(len(events)), key=lambda i: -float(events[i].get("confidence", 0.0)))
    taken: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for i in order:
        options = []
        for j, g in enumerate(golds):
            rank = None if j in taken else _rank(g, events[i])
            if rank is not None:
                options.append((rank, j))
        if options:
            j = min(options)[1]
            taken.add(j)
            pairs.append((i, j))
    return pairs


def scored_events(out: dict[str, Any] | None, historical: bool) -> list[dict[str, Any]]:
    """Output events with an ACLED sub-event type and that ``historical`` flag, best first."""
    events = list(out.get("events", [])) if out else []
    return by_confidence(
        [
            e
            for e in events
            if family(e.get("sub_event_type")) and bool(e.get("historical")) == historical
        ]
    )


def pair_fields(gold: dict[str, Any], ev: dict[str, Any]) -> dict[str, bool | None]:
    """True/False per field of a matched pair, None where the gold gives nothing to check."""
    actors = [a for a in ev.get("actors", []) if a.get("role") in ACTOR1_ROLES]
    fat = (ev.get("fatalities") or {}).get("best")
    got = None if fat is None else int(fat)
    want = gold.get("fatalities")
    return {
        "sub_event_type": ev.get("sub_event_type") in gold["sub_event_type"],
        "actor1": names_match(list(gold["actor1"]), actors)
        if gold.get("actor1")
        else no_named_actor(actors),
        "fatalities": got == (None if want is None else int(want)),
        "fatalities_stated": None if want is None else got == int(want),
    }


def _closest(gold: dict[str, Any], events: list[dict[str, Any]]) -> str:
    """The output event nearest to matching ``gold``, and what it fails."""
    if not events:
        return "no output event"
    fails, ev = min(((failed_conditions(gold, e), e) for e in events), key=lambda fe: len(fe[0]))
    return f"closest: {describe_event(ev)}; {_why(fails, gold, ev)}"


def _why(fails: list[str], gold: dict[str, Any], ev: dict[str, Any]) -> str:
    """Why a compatible-looking pair did not match: failed conditions, flag, or taken."""
    if fails:
        return f"fails {', '.join(fails)}"
    if not family(ev.get("sub_event_type")):
        return "compatible but outside ACLED"
    if bool(gold.get("historical")) != bool(ev.get("historical")):
        return "compatible but " + ("not " if gold.get("historical") else "") + "flagged historical"
    return "compatible, taken by another"


def _nearest_gold(ev: dict[str, Any], golds: list[dict[str, Any]]) -> str:
    """The gold event nearest to matching ``ev``, and what it fails."""
    if not golds:
        return "the article has no gold event"
    fails, g = min(((failed_conditions(g, ev), g) for g in golds), key=lambda fg: len(fg[0]))
    past = " (historical)" if g.get("historical") else ""
    return f"nearest gold #{g.get('n')}{past}; {_why(fails, g, ev)}"


def describe_event(ev: dict[str, Any]) -> str:
    loc = ev.get("location") or {}
    a1 = [str(a.get("name")) for a in ev.get("actors", []) if a.get("role") in ACTOR1_ROLES]
    fat = (ev.get("fatalities") or {}).get("best")
    return (
        f"{ev.get('sub_event_type')} | {loc.get('name')}, {loc.get('country')} | "
        f"{ev.get('date')} | actor1 {a1} | killed {fat} | conf {ev.get('confidence')}"
        + (" | historical" if ev.get("historical") else "")
    )


def describe_gold(g: dict[str, Any]) -> str:
    return (
        f"#{g.get('n')} {'/'.join(g['sub_event_type'])} | {g.get('place')}, {g.get('country')}"
        f" | {g.get('date')} | actor1 {list(g.get('actor1') or [])[:3]} | "
        f"killed {g.get('fatalities')}"
    )


def _evidence(ev: dict[str, Any]) -> str:
    ev_list = ev.get("evidence") or [{}]
    return " ".join(str(ev_list[0].get("text", "")).split())[:200]


def _field_errors(
    pairs: list[tuple[int, int]], events: list[dict[str, Any]], golds: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], Counter[str], Counter[str]]:
    errors: list[dict[str, Any]] = []
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for i, j in pairs:
        res = pair_fields(golds[j], events[i])
        for k, v in res.items():
            if v is not None:
                asked[k] += 1
                right[k] += int(v)
        wrong = [k for k, v in res.items() if v is False and k != "fatalities_stated"]
        if wrong:
            errors.append(
                {"wrong": wrong, "got": describe_event(events[i]), "gold": describe_gold(golds[j])}
            )
    return errors, right, asked


def score_document(row: dict[str, Any], out: dict[str, Any] | None) -> dict[str, Any]:
    """Counts, field scores and per-item errors of one article."""
    golds = list(row.get("events", []))
    live = [g for g in golds if not g.get("historical")]
    past = [g for g in golds if g.get("historical")]
    events, old = scored_events(out, False), scored_events(out, True)
    pairs, old_pairs = greedy_match(events, live), greedy_match(old, past)
    every = list(out.get("events", [])) if out else []
    field_errors, right, asked = _field_errors(pairs, events, live)
    hit = {i for i, _ in pairs}
    fps = [events[i] for i in range(len(events)) if i not in hit]
    found = {j for _, j in pairs}
    missed = [g for j, g in enumerate(live) if j not in found]
    old_found = {j for _, j in old_pairs}
    past_missed = [g for j, g in enumerate(past) if j not in old_found]
    counts = Counter(
        output_events=len(events),
        gold_events=len(live),
        matched=len(pairs),
        historical_gold=len(past),
        historical_found=len(old_pairs),
        historical_output=len(old),
        non_acled_events=sum(1 for e in every if not family(e.get("sub_event_type"))),
        history_unflagged=len(greedy_match(fps, past_missed)),
    )
    return {
        "id": row["id"],
        "counts": counts,
        "right": right,
        "asked": asked,
        "false_positives": [
            {"event": describe_event(e), "evidence": _evidence(e), "note": _nearest_gold(e, golds)}
            for e in fps
        ],
        "missed": [
            {"gold": describe_gold(g), "evidence": g.get("evidence"), "note": _closest(g, every)}
            for g in missed
        ],
        "history_missed": [
            {"gold": describe_gold(g), "note": _closest(g, every)} for g in past_missed
        ],
        "field_errors": field_errors,
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def aggregate(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall, field and history scores over scored documents."""
    counts: Counter[str] = Counter()
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    fp_types: Counter[str] = Counter()
    for d in docs:
        counts.update(d["counts"])
        right.update(d["right"])
        asked.update(d["asked"])
        fp_types.update(f["event"].split(" | ")[0] for f in d["false_positives"])
    precision = _ratio(counts["matched"], counts["output_events"])
    recall = _ratio(counts["matched"], counts["gold_events"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    missed_types = Counter(
        m["gold"].split(" | ")[0].split(" ", 1)[1] for d in docs for m in d["missed"]
    )
    return {
        "documents": len(docs),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "fields": {k: _ratio(right[k], asked[k]) for k in FIELDS},
        "field_counts": {k: {"right": right[k], "scored": asked[k]} for k in FIELDS},
        "history": _ratio(counts["historical_found"], counts["historical_gold"]),
        "counts": dict(counts),
        "false_positives_by_type": dict(fp_types.most_common()),
        "missed_by_type": dict(missed_types.most_common()),
    }


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    rows = read_gold(gold, limit)
    docs = [score_document(row, out) for row, out in predictions_for(rows, settings, predictions)]
    report = aggregate(docs)
    keys = ("false_positives", "missed", "history_missed", "field_errors")
    report["errors"] = [
        {"id": d["id"], **{k: d[k] for k in keys}} for d in docs if any(d[k] for k in keys)
    ]
    return report


def render(report: dict[str, Any]) -> str:
    r, c = report, report["counts"]
    lines = [
        f"articles: {r['documents']} documents, {c.get('gold_events', 0)} gold events, "
        f"{c.get('output_events', 0)} output events scored "
        f"({c.get('non_acled_events', 0)} outside ACLED, {c.get('historical_output', 0)} "
        "flagged historical, not in these)",
        f"  precision {r['precision']:.3f}  recall {r['recall']:.3f}  F1 {r['f1']:.3f}  "
        f"(matched {c.get('matched', 0)})",
        "  on matched pairs:",
    ]
    for k in FIELDS:
        n = r["field_counts"][k]
        lines.append(f"    {k:18s} {r['fields'][k]:.3f}  ({n['right']}/{n['scored']})")
    lines.append(
        f"  history {r['history']:.3f}  ({c.get('historical_found', 0)}/"
        f"{c.get('historical_gold', 0)} gold historical events reported and flagged; "
        f"{c.get('history_unflagged', 0)} reported without the flag)"
    )
    lines.append(f"  false positives by type: {r['false_positives_by_type']}")
    lines.append(f"  missed by type: {r['missed_by_type']}")
    for e in r["errors"]:
        lines += ["", f"  {e['id']}", *_render_errors(e)]
    return "\n".join(lines)


def _render_errors(e: dict[str, Any]) -> list[str]:
    """One document's errors: false positives, misses, history misses, wrong fields."""
    pad = " " * 9
    lines: list[str] = []
    for f in e["false_positives"]:
        lines += [f"    FP   {f['event']}", pad + f["note"], pad + repr(f["evidence"])]
    for m in e["missed"]:
        lines += [f"    MISS {m['gold']}", pad + m["note"], pad + repr(m["evidence"])]
    for m in e["history_missed"]:
        lines += [f"    HIST {m['gold']}", pad + m["note"]]
    for f in e["field_errors"]:
        lines += [f"    WRONG {','.join(f['wrong'])}", f"{pad}got  {f['got']}",
                  f"{pad}gold {f['gold']}"]
    return lines
