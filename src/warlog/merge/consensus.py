"""Consensus: one canonical record from the reports of one event, keeping disagreements.

The rules (documented in docs/store.md):

- date and place: the most precise value, and among those the one most reports give; a
  day that a report took from its own publication date, having no time expression, ranks
  below the days that reports state;
- type, sub-event type and actor roles: the value most reports give;
- remaining ties go to the most confident report, then the earliest report;
- fatalities and injured, after UCDP and ACLED: ``low`` is the lowest low, ``best`` the
  lowest best (ACLED's conservative figure, the number in the CSV ``fatalities`` column),
  ``high`` the highest high (open-ended when any report is open-ended);
- every field where reports differ is kept as a :class:`Disagreement` listing each
  version with the documents and outlets that gave it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from warlog.models import (
    CanonicalEvent,
    Claim,
    Disagreement,
    EventActor,
    Location,
    Range,
    SourcedEvent,
    Version,
)

V = TypeVar("V", bound=Hashable)
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "decade": 5}
_RESPONSIBILITY = ("claimed", "denied", "attributed")
# A time expression: a report without one in its evidence, dated to its own publication
# day, was dated by default (the event may be a day or two older).
_TIME_WORDS = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|"
    r"this (?:morning|afternoon|evening|week|month)|last (?:night|week|month)|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?!\w)", re.IGNORECASE)


def dated_by_default(m: SourcedEvent) -> bool:
    """True when the report's date is its publication day and its evidence (which it
    must have) gives no time expression: the extractor fell back on the publication date."""
    ev = m.event
    return (bool(ev.evidence) and m.published is not None and ev.date == m.published.isoformat()
            and not any(_TIME_WORDS.search(e.text) for e in ev.evidence))


def canonical_id(members: Sequence[SourcedEvent]) -> str:
    """Stable id: a hash of the smallest member key (unchanged while that report stays)."""
    anchor = min(f"{m.document_id}:{m.event.id}" for m in members)
    return "ev-" + hashlib.sha1(anchor.encode("utf-8")).hexdigest()[:16]


def _order(m: SourcedEvent) -> tuple[str, str, str]:
    return (m.published.isoformat() if m.published else "9999", m.document_id, m.event.id)


def build_canonical(members: Sequence[SourcedEvent]) -> CanonicalEvent:
    """The canonical event of a cluster of reports (at least one)."""
    ms = sorted(members, key=_order)
    rank = {id(m): i for i, m in enumerate(ms)}
    lead = min(ms, key=lambda m: (-m.event.confidence, rank[id(m)]))
    kind = _vote([(m, (m.event.event_type, m.event.sub_event_type)) for m in ms], rank) \
        or (lead.event.event_type, lead.event.sub_event_type)
    dated = [m for m in ms if m.event.date]
    best_date = _vote([(m, m.event.date) for m in dated], rank, _date_rank)
    date_m = next((m for m in dated if m.event.date == best_date), lead)
    return CanonicalEvent(
        id=canonical_id(ms),
        event_type=kind[0],
        sub_event_type=kind[1],
        confidence=max(m.event.confidence for m in ms),
        date=date_m.event.date,
        date_precision=date_m.event.date_precision,
        historical=all(m.event.historical for m in ms),
        actors=_actors(ms),
        location=_location(ms, rank),
        fatalities=combine_ranges([m.event.fatalities for m in ms]),
        injured=combine_ranges([m.event.injured for m in ms]),
        claims=_claims(ms),
        notes=lead.event.notes,
        members=tuple(ms),
        disagreements=disagreements(ms),
    )


def _date_rank(m: SourcedEvent) -> int:
    return 2 * _PRECISION_RANK.get(m.event.date_precision.value, 9) + dated_by_default(m)


def _vote(pairs: list[tuple[SourcedEvent, V]], rank: dict[int, int],
          precision: Callable[[SourcedEvent], int] | None = None) -> V | None:
    """The most precise value (with ``precision``), then the one most reports give, then
    the most confident report's, then the earliest report's."""
    if not pairs:
        return None
    counts = Counter(v for _, v in pairs)

    def key(p: tuple[SourcedEvent, V]) -> tuple[int, int, float, int]:
        m, v = p
        return (precision(m) if precision else 0, -counts[v], -m.event.confidence, rank[id(m)])

    return min(pairs, key=key)[1]


def combine_ranges(ranges: Sequence[Range | None]) -> Range | None:
    """Lowest low, lowest (conservative) best, highest high; None when no report counts."""
    rs = [r for r in ranges if r is not None]
    if not rs:
        return None
    best = min(r.best for r in rs)
    highs = [r.high for r in rs]
    high = None if any(h is None for h in highs) else max(h for h in highs if h is not None)
    return Range(low=min(min(r.low for r in rs), best), best=best,
                 high=None if high is None else max(high, best))


def _location(ms: list[SourcedEvent], rank: dict[int, int]) -> Location | None:
    located = [(m, m.event.location) for m in ms if m.event.location is not None]
    if not located:
        return None
    counts = Counter(_place_label(loc) for _, loc in located)

    def key(pair: tuple[SourcedEvent, Location]) -> tuple[int, int, int, int]:
        m, loc = pair
        return (loc.precision, 0 if loc.lat is not None else 1, -counts[_place_label(loc)],
                rank[id(m)])

    return min(located, key=key)[1]


def _actors(ms: list[SourcedEvent]) -> tuple[EventActor, ...]:
    roles: dict[str, Counter[str]] = {}
    first: dict[str, EventActor] = {}
    aliases: dict[str, set[str]] = {}
    for m in ms:
        for a in m.event.actors:
            roles.setdefault(a.name, Counter())[a.role] += 1
            first.setdefault(a.name, a)
            aliases.setdefault(a.name, set()).update(a.aliases)

    def out(name: str, role: str) -> EventActor:
        return dataclasses.replace(first[name], role=role, aliases=tuple(sorted(aliases[name])))

    chosen: list[EventActor] = []
    taken: set[str] = set()
    for main in ("actor1", "actor2"):
        cands = sorted((n for n in roles if roles[n][main] and n not in taken),
                       key=lambda n: (-roles[n][main], -sum(roles[n].values()), n))
        if cands:
            chosen.append(out(cands[0], main))
            taken.add(cands[0])
    for name in sorted(n for n in roles if n not in taken):
        role = min(roles[name], key=lambda r: (-roles[name][r], r))
        chosen.append(out(name, {"actor1": "assoc_actor_1", "actor2": "assoc_actor_2"}
                          .get(role, role)))
    return tuple(chosen)


def _claims(ms: list[SourcedEvent]) -> tuple[Claim, ...]:
    seen: dict[tuple[str, str], Claim] = {}
    for m in ms:
        for c in m.event.claims:
            seen.setdefault((c.by.casefold(), c.kind), c)
    return tuple(seen.values())


def _place_label(loc: Location | None) -> str | None:
    if loc is None:
        return None
    name = loc.name or loc.admin1 or loc.country
    return f"{name} ({loc.geonameid})" if loc.geonameid is not None else name


def range_label(r: Range | None) -> str | None:
    if r is None:
        return None
    if r.high is None:
        return f"at least {r.low}" if r.low == r.best else f"{r.best} (at least {r.low})"
    if r.low == r.best == r.high:
        return str(r.best)
    return f"{r.best} ({r.low}-{r.high})"


def _actor1(m: SourcedEvent) -> str | None:
    return next((a.name for a in m.event.actors if a.role == "actor1"), None)


def _responsibility(m: SourcedEvent) -> str | None:
    parts = sorted({f"{c.kind} by {c.by}" for c in m.event.claims if c.kind in _RESPONSIBILITY})
    return "; ".join(parts) or None


_FIELDS: tuple[tuple[str, Callable[[SourcedEvent], str | None]], ...] = (
    ("sub_event_type", lambda m: m.event.sub_event_type),
    ("date", lambda m: m.event.date),
    ("location", lambda m: _place_label(m.event.location)),
    ("actor1", _actor1),
    ("fatalities", lambda m: range_label(m.event.fatalities)),
    ("injured", lambda m: range_label(m.event.injured)),
    ("responsibility", _responsibility),
)


def disagreements(ms: Sequence[SourcedEvent]) -> tuple[Disagreement, ...]:
    """Every field on which the reports give more than one value, with who said what."""
    out: list[Disagreement] = []
    for name, get in _FIELDS:
        by_value: dict[str, list[SourcedEvent]] = {}
        for m in ms:
            value = get(m)
            if value is not None:
                by_value.setdefault(value, []).append(m)
        if len(by_value) > 1:
            out.append(Disagreement(field=name, versions=tuple(
                Version(value=v,
                        documents=tuple(sorted({m.document_id for m in group})),
                        sources=tuple(sorted({m.source or m.document_id for m in group})))
                for v, group in sorted(by_value.items()))))
    return tuple(out)
