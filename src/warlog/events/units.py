"""ACLED's unit of counting within one report: one event per sub-event type, place, day
and pair of actors. A generic attack folds into the bombing it was part of, and an
incident told twice is one event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence

from warlog.events.codes import ACLED_CODES, CODES, SUB_EVENT_TO_CODE, VIOLENT_CODES
from warlog.events.titles import title_case
from warlog.models import Event, Location, Precision
from warlog.numbers.words import NUMBER, parse_number

_SPECIFIC_VIOLENCE = frozenset(CODES[c][1] for c in ("SUIC_BOMB", "REM_EXPLOS", "GRENADE"))
_DEMONSTRATIONS = frozenset(CODES[c][1] for c in (
    "PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"))
_REMOTE = frozenset(CODES[c][1] for c in ("ART_MISS_ATTACK", "AIR_STRIKE"))
_BLAST = frozenset(CODES[c][1] for c in ("SUIC_BOMB", "REM_EXPLOS"))


def _fold(events: Sequence[Event], guests: Sequence[Event],
          belongs: Callable[[Event, Event], bool],
          merge: Callable[[Event, Event], Event] | None = None) -> list[Event]:
    """Each of ``guests`` (events of ``events``) folded into the first other event it
    ``belongs`` to (host, guest), by ``merge`` (by default :func:`_absorb`); a guest with
    no host stays."""
    merge = merge or _absorb
    out = list(events)
    for guest in guests:
        host = next((e for e in out if e is not guest and belongs(e, guest)), None)
        if host is not None:
            out.remove(guest)
            out[out.index(host)] = merge(host, guest)
    return out


def _told_together(a: Event, b: Event) -> bool:
    """The two share an evidence sentence: one sentence told both readings."""
    return bool(set(a.evidence) & set(b.evidence))


def fold_generic_attacks(events: Sequence[Event]) -> list[Event]:
    """ACLED codes one incident once: a report's generic "Attack" (gunmen opened fire) on
    the same day and at the same place as its suicide bombing, IED or grenade blast is
    part of that event. Its evidence, actors and figures join the specific event. So is an
    attack told in one sentence with a shelling or air strike ("killed in a rocket
    attack"): the means is what ACLED codes."""
    return _fold(events, [e for e in events if e.sub_event_type == CODES["ATTACK"][1]],
                 lambda host, attack: (host.sub_event_type in _SPECIFIC_VIOLENCE or (
                     host.sub_event_type in _REMOTE and _told_together(host, attack)))
                 and _same_incident(host, attack))


def fold_arrests_at_protests(events: Sequence[Event]) -> list[Event]:
    """Arrests told in a demonstration's own sentence ("Police fired tear gas and arrested
    dozens of protesters"), at its place on its day, are the authorities' intervention in
    that demonstration, one ACLED event: a peaceful protest so met is a protest with
    intervention; a violent demonstration or excessive force stays what it is."""
    def merge(host: Event, arrest: Event) -> Event:
        merged = _absorb(host, arrest)
        if host.sub_event_type != CODES["PEACE_PROTEST"][1]:
            return merged
        event_type, sub = CODES["PROTEST_WITH_INTER"]
        return dataclasses.replace(merged, event_type=event_type, sub_event_type=sub)

    return _fold(events, [e for e in events if e.sub_event_type == CODES["ARREST"][1]],
                 lambda host, arrest: host.sub_event_type in _DEMONSTRATIONS
                 and _told_together(host, arrest) and _same_incident(host, arrest), merge)


def fold_same_toll(events: Sequence[Event]) -> list[Event]:
    """One incident told twice under two readings: two of a report's events of the same
    date at the same place (both news, or both history) that state the same toll of two
    or more dead ("40 die in ammo depot blast" ... "40 were killed when a depot blew up
    after rocket fire") are one incident, not a disaster and an attack. The merged event
    is coded as political violence when one reading is (ACLED codes the act that caused
    the blast)."""
    out: list[Event] = []
    for ev in sorted(events, key=lambda e: -e.confidence):
        host = next((o for o in out if _same_toll(o, ev) and not _headline_and_fight(o, ev)),
                    None)
        if host is None:  # a headline's count the body gives the other act is that act's
            out = [_count_left(o, ev) if _same_toll(o, ev) else o for o in out]
            out.append(next((_count_left(ev, o) for o in out if _same_toll(o, ev)), ev))
            continue
        merged = _absorb(host, ev)
        if _violent(ev) and not _violent(host):
            merged = dataclasses.replace(merged, event_type=ev.event_type,
                                         sub_event_type=ev.sub_event_type,
                                         actors=ev.actors or host.actors, notes=ev.notes)
        out[out.index(host)] = merged
    order = {id(e): i for i, e in enumerate(events)}
    left = {e.id: i for i, e in enumerate(events) if e.fatalities is not None}  # _count_left
    return sorted(out, key=lambda e: order.get(id(e), left.get(e.id, len(order))
                                               if e.fatalities is None else len(order)))


def _headline_and_fight(a: Event, b: Event) -> bool:
    """A headline that names two acts ("Air Force Targets ISIS in X, 25 Killed") gives its
    count to the one the body's sentence gives it to ("25 were killed in their failed
    attacks"): a battle and a strike from afar are two acts of two ACLED families (one
    fought between two armed sides, the other dealt from a distance), so the same count
    told of the headline's act and of the body's other act is not one incident told twice
    under two readings (a sentence that tells both is one act read twice)."""
    told = [any(x.start == 0 and headline(x.text) for x in e.evidence) for e in (a, b)]
    return (told[0] != told[1] and not _told_together(a, b) and _violent(a) and _violent(b)
            and a.event_type != b.event_type and _BATTLES in (a.event_type, b.event_type))


_BATTLES = CODES["ARMED_CLASH"][0]
_NUMBER_RX = re.compile(rf"\b{NUMBER}\b", re.I)


def _count_left(a: Event, b: Event) -> Event:
    """``a`` without its count when it is the headline's act of a headline naming two acts
    (:func:`_headline_and_fight`) and only its headline states the count, which ``b``'s
    own sentence states: the count is told once, of the act the body gives it to."""
    if not _headline_and_fight(a, b) or a.fatalities is None:
        return a
    n = a.fatalities.best
    if not any(x.start == 0 for x in a.evidence) or _states(a, n) or not _states(b, n):
        return a
    return dataclasses.replace(a, fatalities=None)


def _states(e: Event, n: int) -> bool:
    """Whether a sentence of ``e`` other than the headline states the figure ``n``."""
    return any(parse_number(m.group(0)) == n for x in e.evidence if x.start != 0
               for m in _NUMBER_RX.finditer(x.text))


# ACLED's strategic developments other than a change of hands: what a side seized, lost,
# destroyed or became, which may be the detail of a fight told in one sentence (an
# agreement between the sides, a surrender, is a unit of its own)
_DEVELOPMENTS = frozenset(sub for code, (kind, sub) in CODES.items()
                          if kind == "Strategic developments" and code in ACLED_CODES
                          and code not in ("NON_VIOL_TERRIT_TRANSFER", "AGREEMENT"))
_TERRITORY = frozenset(CODES[c][1] for c in ("GOV_REGAINS_TERIT",
                                             "NON_STATE_ACTOR_OVERTAKES_TER"))


# the writer's word that a thing is one more of its kind, not the one already told
_ANOTHER = re.compile(r"(?i)\b(?:another|a second|a separate|other)\b")


def fold_details(events: Sequence[Event]) -> list[Event]:
    """A strategic development told only in sentences that tell a violent incident (or a
    taking of ground) at the same place on the same day is a detail of that incident, not
    a second event: the weapons seized in the clash ("... killed in an ambush; machineguns
    were confiscated"), the positions the strike destroyed, the bomb planted in the bus
    that blew up. ACLED codes the fight, and what it took or destroyed is its outcome.
    The incident keeps its own figures and confidence (a detail is no second witness of
    it); the detail adds its evidence and claims. A development the writer counts as
    another ("dismantled another device planted near the bus") is an act of its own."""
    guests = [e for e in events if e.sub_event_type in _DEVELOPMENTS and e.evidence
              and not any(_ANOTHER.search(x.text) for x in e.evidence)]
    return _fold(events, guests,
                 lambda host, det: (_violent(host) or host.sub_event_type in _TERRITORY)
                 and set(det.evidence) <= set(host.evidence) and _same_day_and_place(host, det),
                 lambda host, det: dataclasses.replace(
                     _absorb(host, det), confidence=host.confidence,
                     fatalities=host.fatalities, injured=host.injured))


_TRANSFER = CODES["NON_VIOL_TERRIT_TRANSFER"][1]


def fold_withdrawal_under_fire(events: Sequence[Event]) -> list[Event]:
    """ACLED's non-violent transfer is ground handed over without a fight: the side that
    withdrew from a place retaken from it by force that same day ("the militants had
    withdrawn towards the border" after troops "took back control" of it in fighting)
    lost that taking, and its withdrawal is the taking's outcome, not a second event."""
    def loser(host: Event, det: Event) -> bool:
        left = {a.name for a in det.actors if a.role == "actor1"}
        lost = {a.name for a in host.actors if a.role in ("actor2", "assoc_actor_2")}
        return (host.sub_event_type in _TERRITORY and bool(left) and left <= lost
                and _same_day_and_place(host, det))
    guests = [e for e in events if e.sub_event_type == _TRANSFER]
    return _fold(events, guests, loser, lambda host, det: dataclasses.replace(
        _absorb(host, det), confidence=host.confidence, fatalities=host.fatalities,
        injured=host.injured))


def _same_day_and_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if a.historical or b.historical or a.date is None or a.date != b.date:
        return False
    return la is not None and lb is not None and (
        _same_place(a, b) or _vaguer(lb, la) or _vaguer(la, lb))


def _violent(ev: Event) -> bool:
    return SUB_EVENT_TO_CODE.get(ev.sub_event_type) in VIOLENT_CODES


def _same_toll(a: Event, b: Event) -> bool:
    if a.fatalities is None or b.fatalities is None or a.fatalities.best < 2:
        return False
    if a.fatalities.best != b.fatalities.best or a.historical != b.historical:
        return False
    la, lb = a.location, b.location
    return (a.date is not None and a.date == b.date and la is not None and lb is not None
            and (_same_place(a, b) or _vaguer(lb, la) or _vaguer(la, lb)))


def _absorb(host: Event, other: Event) -> Event:
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


def _same_incident(a: Event, b: Event) -> bool:
    if a.historical or b.historical or a.date is None or a.date != b.date:
        return False
    return a.date_precision is Precision.DAY and _same_place(a, b)


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
        merged = _absorb(host, ev)  # host, taken first, is the likelier
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
    return (_same_place(a, b) or _vaguer(b.location, a.location)) and sides


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
    if any(_ANOTHER.search(x.text) for x in (a if a.id in undated else b).evidence):
        return False
    if a.date_precision is not Precision.DAY or b.date_precision is not Precision.DAY:
        return False
    gap = dt.date.fromisoformat(a.date[:10]) - dt.date.fromisoformat(b.date[:10])
    return abs(gap.days) <= 7


def _vaguer(told: Location, first: Location) -> bool:
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
                     and (_same_place(e, head) or (
                         head.location is not None and e.location is not None
                         and _vaguer(head.location, e.location)))), None) or _lead(head, out)
        if body is None or head not in out:
            continue
        first, second = (head, body) if head.confidence > body.confidence else (body, head)
        out[out.index(body)] = dataclasses.replace(
            _absorb(body, head), fatalities=first.fatalities or second.fatalities,
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
    if not _violent(head) or not headline(told.text):
        return None
    end = told.end
    return next((e for e in events if e is not head and not e.historical and _violent(e)
                 and e.evidence and 0 <= e.evidence[0].start - end <= 2), None)


def headline(text: str) -> bool:
    """A headline, not a lead sentence: it has no closing stop, or it is in title case
    (most of its longer words capitalised: "Syrian Army Kills Terrorists in Qalamoun.")."""
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return title_case(words) or not text.rstrip().endswith((".", "!", "?"))


def _same_place(a: Event, b: Event) -> bool:
    """Both events at one resolved place (the same GeoNames id, or the same point and name)."""
    la, lb = a.location, b.location
    if la is None or lb is None:
        return False
    return (la.geonameid is not None and la.geonameid == lb.geonameid) or (
        la.lat is not None and (la.lat, la.lon, la.name) == (lb.lat, lb.lon, lb.name))


def acled_unless_main(events: list[Event]) -> list[Event]:
    """Readings outside ACLED's typology (diplomacy, disasters, crime, a bare attribution)
    are reported only as a report's main news, its first event: in a report of a war they
    are statements and background ("France sought a UN resolution"), not events."""
    return [e for i, e in enumerate(events)
            if i == 0 or SUB_EVENT_TO_CODE.get(e.sub_event_type) in ACLED_CODES]


def listed_after_first(events: list[Event]) -> list[Event]:
    """The places of a list rank in the order the text lists them, under the first (which
    keeps the figure): the same evidence, one after the other."""
    first: dict[tuple[str, tuple[int, ...]], float] = {}
    out = []
    for ev in events:
        key = (ev.sub_event_type, tuple(e.start for e in ev.evidence))
        if key in first and ev.confidence >= first[key]:
            ev = dataclasses.replace(ev, confidence=round(max(first[key] - 0.001, 0.0), 3))
        first.setdefault(key, ev.confidence)
        first[key] = min(first[key], ev.confidence)
        out.append(ev)
    return out
