"""An incident told again is one event (ACLED's unit: a sub-event type at a place on a day
between a pair of actors): a later retelling, a retelling with only the country or the
province, an undated retelling within a week, and the headline that retells the body's
act join the first telling; its evidence, claims and any field the first lacks join it.
Split from :mod:`warlog.events.units`, which re-exports :func:`merge_repeats` and
:func:`headline` and folds the other readings of one incident.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Sequence

from warlog.events.codes import CODES, SUB_EVENT_TO_CODE, VIOLENT_CODES
from warlog.events.titles import title_case
from warlog.models import Event, Location, Precision

_BLAST = frozenset(CODES[c][1] for c in ("SUIC_BOMB", "REM_EXPLOS"))
# the writer counting the act as another ("In another air strike", "a second blast")
ANOTHER = re.compile(r"(?i)\b(?:another|a second|a separate|other)\b")


def violent(ev: Event) -> bool:
    """Whether the event is of one of the violent sub-event types."""
    return SUB_EVENT_TO_CODE.get(ev.sub_event_type) in VIOLENT_CODES


def absorb(host: Event, other: Event) -> Event:
    """``host`` with what ``other`` adds: its evidence and claims, any field ``host``
    lacks, the higher confidence; a second figure never replaces the first."""
    return dataclasses.replace(
        host,
        confidence=max(host.confidence, other.confidence),
        evidence=tuple(sorted(set(host.evidence) | set(other.evidence), key=lambda e: e.start)),
        actors=host.actors or other.actors,
        fatalities=host.fatalities or other.fatalities,
        injured=host.injured or other.injured,
        claims=host.claims + tuple(c for c in other.claims if c not in host.claims),
    )


def merge_repeats(events: Sequence[Event], apart: Collection[str] = (),
                  undated: Collection[str] = ()) -> list[Event]:
    """ACLED's unit is a sub-event type at a place on a day between a pair of actors: the
    same incident told again further down ("The liberation of Akerbat is paving the way
    ...") is the event told first, not a second one. Its evidence, claims and any field
    the first lacks join it; a second figure never replaces the first. An event of
    ``apart`` (ids) is one the writer said is another incident ("In a separate attack",
    the attackers moved on to another site: :func:`warlog.events.group.another_incident`):
    no retelling, it is never merged. An event of ``undated`` (ids) names no day of its
    own (:func:`_retold_undated`)."""
    out: list[Event] = []
    events = _headlines_folded(events)
    listed = _listed_parts(events)
    for ev in sorted(events, key=lambda e: -e.confidence):
        host = None if ev.id in apart else next(
            (o for o in out if o.id not in apart and _same_unit(o, ev, listed, undated)), None)
        if host is None:
            out.append(ev)
            continue
        merged = absorb(host, ev)  # host, taken first, is the likelier
        if host.id in undated and ev.id not in undated:  # the day is the dated telling's
            merged = dataclasses.replace(merged, date=ev.date)
        if host.id in listed and ev.id not in listed:  # the place's own telling speaks
            merged = dataclasses.replace(merged, actors=ev.actors or host.actors)
        out[out.index(host)] = merged
    return out


def _listed_parts(events: Sequence[Event]) -> set[str]:
    """The events split off a list of places after its first ("rocket attacks in Deir
    Ezzor and Aleppo"): each shares its sentences with the first, and its actors are the
    whole list's, not told of its own place."""
    first: dict[tuple[str, tuple[int, ...]], str] = {}
    out: set[str] = set()
    for ev in events:
        key = (ev.sub_event_type, tuple(e.start for e in ev.evidence))
        if key in first and first[key] != ev.id:
            out.add(ev.id)
        first.setdefault(key, ev.id)
    return out


def _same_unit(a: Event, b: Event, listed: Collection[str] = (),
               undated: Collection[str] = ()) -> bool:
    # "the blast" (a remote explosive) retells the suicide bombing the report dated by
    # its claim alone: one explosion, its specific means told first
    blast = {a.sub_event_type, b.sub_event_type} == _BLAST and _retold_undated(a, b, undated)
    if (a.sub_event_type != b.sub_event_type and not blast) or a.historical != b.historical:
        return False
    if a.location is None or b.location is None or (
            a.date != b.date and not _retold_undated(a, b, undated)):
        return False
    # a place split off a list carries the list's actors: no side of its own to differ
    sides = a.id in listed or b.id in listed or _compatible_sides(a, b)
    return (same_place(a, b) or vaguer(b.location, a.location)) and sides


def _retold_undated(a: Event, b: Event, undated: Collection[str]) -> bool:
    """Whether ``a`` is an act the report tells again in sentences that state no date
    ("IS said one of its fighters blew himself up near X", dated only by the report's
    day or a date told before it) after it dated it (``b``, or the other way round): the
    writer who tells another act of the same kind at the same place gives it its own day,
    so an undated retelling is the dated incident's, and its borrowed date is no day of
    another act. Only within a week: the borrowed date still places it in the news; and
    not one the writer counts as another ("In another air strike ...")."""
    if (a.id in undated) == (b.id in undated) or a.date is None or b.date is None:
        return False
    if any(ANOTHER.search(x.text) for x in (a if a.id in undated else b).evidence):
        return False
    if a.date_precision is not Precision.DAY or b.date_precision is not Precision.DAY:
        return False
    gap = dt.date.fromisoformat(a.date[:10]) - dt.date.fromisoformat(b.date[:10])
    return abs(gap.days) <= 7


def vaguer(told: Location, first: Location) -> bool:
    """The same incident told again with only its country ("the attack in Syria took place
    on Wednesday") or its province, where the first telling is more precise: an imprecise
    retelling, not another place."""
    if told.country_code is None or told.country_code != first.country_code:
        return False
    if told.name == told.country:
        return first.name != first.country
    return (told.precision == 3 and first.precision < 3 and told.admin1 is not None
            and told.name == told.admin1 and told.admin1 == first.admin1)


def _compatible_sides(a: Event, b: Event) -> bool:
    """No two different named initiators: "IS attacked X" and "the army attacked X" on
    the same day are two events (two pairs of actors)."""
    first = {x.name for x in a.actors if x.role == "actor1"}
    second = {x.name for x in b.actors if x.role == "actor1"}
    return not first or not second or bool(first & second)


def _headlines_folded(events: Sequence[Event]) -> list[Event]:
    """A headline (the report's opening line, told alone) retells what the body reports:
    its event joins the body's telling of the same type at the same place (or at the town
    of the province or country the headline names: headlines are brief), which keeps
    the body's date (a headline's date is the report's: "06-06-2016 Three killed in
    ..."); the likelier of the two keeps its figure, as in :func:`merge_repeats`."""
    out = list(events)
    for head in [e for e in events if len(e.evidence) == 1 and e.evidence[0].start == 0]:
        body = next((e for e in out if e is not head and not e.historical
                     and e.sub_event_type == head.sub_event_type
                     and (same_place(e, head) or (
                         head.location is not None and e.location is not None
                         and vaguer(head.location, e.location)))), None) or _lead(head, out)
        if body is None or head not in out:
            continue
        first, second = (head, body) if head.confidence > body.confidence else (body, head)
        out[out.index(body)] = dataclasses.replace(
            absorb(body, head), fatalities=first.fatalities or second.fatalities,
            injured=first.injured or second.injured, actors=first.actors or second.actors)
        out.remove(head)
    return out


def _lead(head: Event, events: Sequence[Event]) -> Event | None:
    """The violent event the lead (the sentence right after the headline) tells, when the
    headline tells a violent one: a headline summarises its lead in fewer words, so its
    act is the lead's whatever type or place its brevity gives it; a headline run on with
    a second act ("Army Kills Commander in Qalamoun Advances in Deir Ezzor.") is placed
    where the lead places the first, not at the last place it names."""
    told = head.evidence[0]
    if not violent(head) or not headline(told.text):
        return None
    end = told.end
    return next((e for e in events if e is not head and not e.historical and violent(e)
                 and e.evidence and 0 <= e.evidence[0].start - end <= 2), None)


def headline(text: str) -> bool:
    """A headline, not a lead sentence: it has no closing stop, or it is in title case
    (most of its longer words capitalised: "Syrian Army Kills Terrorists in Qalamoun.")."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return title_case(words) or not text.rstrip().endswith((".", "!", "?"))


def same_place(a: Event, b: Event) -> bool:
    """Both events at one resolved place (the same GeoNames id, or the same point and name)."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    return (la.geonameid is not None and la.geonameid == lb.geonameid) or (
        la.lat is not None and (la.lat, la.lon, la.name) == (lb.lat, lb.lon, lb.name))
