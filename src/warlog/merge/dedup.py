"""Dedup: merge reports of the same real-world event into one canonical event.

``merge_events(items) -> list[CanonicalEvent]`` is a pure function over events from many
documents. It is order-independent (the output does not depend on the order of the
input) and idempotent (an event given twice counts once; merging the members of the
output again gives the same output).

How (docs/store.md has the full rule):

1. Blocking: events are grouped by country and event-type family; within a block they are
   sorted by date and compared only with events whose days overlap or touch. A report
   dated by default to its publication day covers the two days before as well. Events
   without a date or a country (from the place, or else from the actors) are never merged.
2. Scoring: each candidate pair gets a score from date, place, actors, sub-event type and
   fatalities, or ``None`` when it cannot be the same event (two events of one document,
   incompatible types, explicit days two apart, towns more than 10 km apart).
3. Clustering: pairs scoring at least ``THRESHOLD`` are joined greedily, best first (ties
   broken by ids), and two clusters join only if every pair across them is compatible and
   none scores below ``LINK_FLOOR``: no chains of weak links. A report without a place that
   fits two incompatible events stays alone.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pycountry

from warlog.geo import haversine_km
from warlog.merge.consensus import build_canonical, dated_by_default
from warlog.models import ActorKind, CanonicalEvent, Event, EventActor, Precision, SourcedEvent
from warlog.times.dates import parse_value

THRESHOLD = 1.8
LINK_FLOOR = 1.0
METHOD = "dedup.greedy.v1"

# Event types that reports of one event are known to mix up are put in one family.
# A claim or denial of responsibility is a report about a violent event: same family.
_ATTRIBUTION = "Attribution of responsibility"
_FAMILY = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    _ATTRIBUTION: "violence",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}
# Sub-event types that two reports of one event may legitimately give (unordered pairs).
# "Attack" is what a vague report calls any violent event: compatible with all of them.
_GENERIC = "Attack"
_COMPATIBLE_SUBTYPES = {
    frozenset(p)
    for p in [
        ("Suicide bomb", "Attack"),
        ("Suicide bomb", "Remote explosive/landmine/IED"),
        ("Remote explosive/landmine/IED", "Attack"),
        ("Grenade", "Attack"),
        ("Armed clash", "Government regains territory"),
        ("Armed clash", "Non-state actor overtakes territory"),
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        ("Armed clash", "Attack"),
        ("Abduction/forced disappearance", "Attack"),
    ]
}
# Groups that reports of one event confuse or name by their parent or faction: a pair
# naming two of one family does not count as naming different perpetrators.
_ACTOR_FAMILIES = {
    "islamic state": ("islamic state", "isil", "isis", "daesh", "iswap", "iskp", "is-k"),
    "boko haram": ("boko haram", "iswap", "jamaatu ahli", "ansaru"),
    "al-qaeda": ("al-qaeda", "al qaeda", "aqim", "aqap", "jnim", "al-shabaab", "al shabaab"),
    "taliban": ("taliban", "ttp", "haqqani"),
}
_KIN_PATTERNS = {fam: re.compile(r"\b(?:" + "|".join(map(re.escape, marks)) + r")\b")
                 for fam, marks in _ACTOR_FAMILIES.items()}
# A report dated by default (consensus.dated_by_default) may tell of the two days before.
_LOOSE_DAYS = 2
# Date score of a loosely dated report by how many days its publication day is after the
# other report's day (0, 1, 2 or more).
_LOOSE_SCORES = (0.7, 0.5, 0.3)


@dataclass(frozen=True, slots=True)
class _Feat:
    """What scoring needs of one event, computed once."""

    key: str
    item: SourcedEvent
    doc: str
    block: tuple[str, str]
    start: int
    end: int
    day: bool
    firm: bool  # one day, given by the report (not its publication day by default)
    event_type: str
    sub: str
    lat: float | None
    lon: float | None
    geo_precision: int
    geonameid: int | None
    admin1: str | None
    perps: frozenset[str]  # named actors in the actor1 / assoc_actor_1 roles
    named: frozenset[str]  # named actors in any role
    everyone: frozenset[str]  # every identified actor, civilians included
    kin: frozenset[str]  # the actor families (_ACTOR_FAMILIES) of the named actors
    fat: tuple[int, int, int | None] | None


def merge_events(items: Iterable[SourcedEvent]) -> list[CanonicalEvent]:
    """Merge events reported by many documents into canonical events, sorted by id."""
    unique: dict[str, SourcedEvent] = {}
    for it in items:
        unique.setdefault(member_key(it), it)
    feats = sorted((f for f in map(_features, unique.values()) if f is not None),
                   key=lambda f: (f.block, f.start, f.key))
    merged = {f.key for f in feats}
    alone = [it for k, it in unique.items() if k not in merged]
    clusters = [[it] for it in alone]
    for block in _blocks(feats):
        clusters.extend([f.item for f in c] for c in _cluster(block))
    return sorted((build_canonical(c) for c in clusters), key=lambda c: c.id)


def member_key(it: SourcedEvent) -> str:
    """The identity of one report of one event: document id and event id."""
    return f"{it.document_id}:{it.event.id}"


def date_interval(value: str | None, precision: Precision) -> tuple[int, int] | None:
    """First and last day (proleptic ordinals) that a TimeML date value can mean."""
    span = parse_value(value) if value and value[:4].isdigit() else None
    return None if span is None else (span[0].toordinal(), span[1].toordinal())


def _is_named(a: EventActor) -> bool:
    """A specific actor: not civilians, not an "Unidentified Armed Group"."""
    return a.kind != ActorKind.CIVILIANS and not _is_unidentified(a)


def _is_unidentified(a: EventActor) -> bool:
    return a.name.casefold().startswith("unidentified")


def _names(actors: Iterable[EventActor]) -> frozenset[str]:
    """Every name and alias of ``actors``, case-folded, without a leading "the"."""
    return frozenset(n.casefold().strip().removeprefix("the ")
                     for a in actors for n in (a.name, *a.aliases))


@functools.lru_cache(maxsize=65536)
def _kin(names: frozenset[str]) -> frozenset[str]:
    return frozenset(fam for fam, pattern in _KIN_PATTERNS.items()
                     if any(pattern.search(n) for n in names))


def loose_interval(it: SourcedEvent, span: tuple[int, int]) -> tuple[int, int]:
    """The days a report's date can mean: a report dated on its own publication day with
    no time expression in its evidence may tell of the day before or the one before that."""
    if span[0] != span[1] or not dated_by_default(it):
        return span
    return (span[0] - _LOOSE_DAYS, span[1])


def event_country(ev: Event) -> str | None:
    """The event's country code; for an event without a place, the one country its
    state forces or unidentified groups name ("Military Forces of Somalia")."""
    loc = ev.location
    if loc is not None:
        return (loc.country_code or loc.country or "").upper() or None
    found = set()
    for a in ev.actors:
        m = re.search(r"(?:Forces of|\() *([A-Z][\w' -]+?)\)?(?: \(\d{4}.*)?$", a.name)
        if m is not None:
            try:
                found.add(pycountry.countries.lookup(m.group(1)).alpha_2)
            except LookupError:
                continue
    return found.pop() if len(found) == 1 else None


def _features(it: SourcedEvent) -> _Feat | None:
    ev = it.event
    span = date_interval(ev.date, ev.date_precision)
    country = event_country(ev)
    if span is None or not country:
        return None
    start, end = loose_interval(it, span)
    loc = ev.location
    named = [a for a in ev.actors if _is_named(a)]
    perps = [a for a in named if a.role in ("actor1", "assoc_actor_1")
             and ev.event_type != _ATTRIBUTION]  # a claim's actor may be the one denying
    fat = ev.fatalities
    return _Feat(
        key=member_key(it), item=it, doc=it.document_id,
        block=(country, _FAMILY.get(ev.event_type, ev.event_type)),
        start=start, end=end, day=span[0] == span[1], firm=start == end,
        event_type=ev.event_type, sub=ev.sub_event_type,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        geo_precision=loc.precision if loc else 4, geonameid=loc.geonameid if loc else None,
        admin1=loc.admin1.casefold() if loc and loc.admin1 else None,
        perps=_names(perps), named=_names(named),
        everyone=_names(a for a in ev.actors if not _is_unidentified(a)),
        kin=_kin(_names(named)),
        fat=(fat.low, fat.best, fat.high) if fat is not None else None,
    )


def _blocks(feats: list[_Feat]) -> Iterator[list[_Feat]]:
    """Runs of events in one block whose date windows touch (feats sorted by block, start)."""
    run: list[_Feat] = []
    reach = -1
    for f in feats:
        if run and (f.block != run[0].block or f.start > reach + 1):
            yield run
            run, reach = [], -1
        run.append(f)
        reach = max(reach, f.end)
    if run:
        yield run


def _cluster(run: list[_Feat]) -> list[list[_Feat]]:
    scores: dict[tuple[int, int], float | None] = {}
    for i, a in enumerate(run):
        for j in range(i + 1, len(run)):
            b = run[j]
            if b.start > a.end + 1:
                break
            scores[(i, j)] = score_pair(a, b)
    owner = list(range(len(run)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(run))}
    strong = sorted(((s, i, j) for (i, j), s in scores.items() if s is not None and s >= THRESHOLD),
                    key=lambda t: (-t[0], run[t[1]].key, run[t[2]].key))
    if any(f.geo_precision > 3 for f in run):
        torn = _ambiguous(run, strong, scores)
        strong = [t for t in strong if t[1] not in torn and t[2] not in torn]
    for _, i, j in strong:
        ci, cj = owner[i], owner[j]
        if ci == cj or not _can_join(members[ci], members[cj], scores):
            continue
        for m in members[cj]:
            owner[m] = ci
        members[ci].extend(members.pop(cj))
    return [[run[i] for i in sorted(ms)] for ms in members.values()]


def _ambiguous(run: list[_Feat], strong: list[tuple[float, int, int]],
               scores: dict[tuple[int, int], float | None]) -> set[int]:
    """Events without a place that match two events which cannot be one (the same group
    fighting in two towns that day): which one they tell of is unknown, so they stay alone."""
    partners: dict[int, list[int]] = {}
    for _, i, j in strong:
        partners.setdefault(i, []).append(j)
        partners.setdefault(j, []).append(i)
    return {i for i, ps in partners.items() if run[i].geo_precision > 3 and any(
        scores.get((min(j, k), max(j, k))) is None for j in ps for k in ps if j < k)}


def _can_join(left: list[int], right: list[int],
              scores: dict[tuple[int, int], float | None]) -> bool:
    for i in left:
        for j in right:
            s = scores.get((min(i, j), max(i, j)))
            if s is None or s < LINK_FLOOR:
                return False
    return True


def score_pair(a: _Feat, b: _Feat) -> float | None:
    """How strongly two events look like one; None when they cannot be the same event."""
    if a.doc == b.doc or a.block != b.block:
        return None
    sub = _sub_score(a, b)
    date = _date_score(a, b)
    place = _place_score(a, b)
    if sub is None or date is None or place is None:
        return None
    count = _count_score(a, b)
    if sub < 0 and count <= 0:  # two kinds of violence: the same only if the tolls agree
        return None
    return round(date + place + sub + _actor_score(a, b) + count, 3)


def _sub_score(a: _Feat, b: _Feat) -> float | None:
    if a.sub == b.sub:
        return 0.3
    if a.event_type == b.event_type or _GENERIC in (a.sub, b.sub) \
            or _ATTRIBUTION in (a.event_type, b.event_type) \
            or frozenset((a.sub, b.sub)) in _COMPATIBLE_SUBTYPES:
        return 0.0
    # Two types of one family (a bombing that one report calls a clash): possible, but
    # only on other evidence.
    return -0.5


def _date_score(a: _Feat, b: _Feat) -> float | None:
    if a.start > b.end + 1 or b.start > a.end + 1:
        return None
    if a.firm and b.firm:
        return 1.0 if a.start == b.start else -0.7
    if a.start > b.end or b.start > a.end:  # adjacent, not overlapping
        return -0.7
    if a.day and b.day:  # one (or both) dated by its publication day: the nearer the better
        return _LOOSE_SCORES[min(abs(a.end - b.end), 2)]
    return 0.3


def _place_score(a: _Feat, b: _Feat) -> float | None:
    coarse = max(a.geo_precision, b.geo_precision)
    if coarse > 3:  # one has no place at all (its country came from its actors)
        return -0.3
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        if a.admin1 and b.admin1:
            return 0.3 if a.admin1 == b.admin1 else None
        return 0.0
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if (a.geonameid is not None and a.geonameid == b.geonameid) or km <= 2.0:
        return 1.0
    if coarse <= 1:
        return 0.3 if km <= 10.0 else None
    if coarse == 2:
        return 0.5 if km <= 50.0 else None
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return None
    return 0.2


def _actor_score(a: _Feat, b: _Feat) -> float:
    # ACLED's actor1/actor2 carry no direction, so a named actor shared in any role counts.
    if a.named & b.named:
        return 1.0
    if a.kin & b.kin or a.everyone & b.everyone:
        return 0.3
    if a.perps and b.perps:
        return -0.5
    return 0.0


def _count_score(a: _Feat, b: _Feat) -> float:
    if a.fat is None or b.fat is None:
        return 0.0
    (alow, abest, ahigh), (blow, bbest, bhigh) = a.fat, b.fat
    if abest == bbest:
        return 0.5
    lo, hi = sorted((abest, bbest))
    overlap = (ahigh is None or ahigh >= blow) and (bhigh is None or bhigh >= alow)
    if overlap or hi - lo <= 2 or hi <= 1.3 * lo:
        return 0.3
    if hi >= 3 * max(lo, 1) and hi - lo >= 5:
        return -0.5
    return 0.0
