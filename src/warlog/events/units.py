"""ACLED's unit of counting within one report: one event per sub-event type, place, day
and pair of actors. A generic attack folds into the bombing it was part of, and an
incident told twice is one event."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from warlog.events.codes import ACLED_CODES, CODES, SUB_EVENT_TO_CODE
from warlog.events.repeats import ANOTHER, absorb, same_place, vaguer, violent
from warlog.events.repeats import headline as headline  # re-exported
from warlog.events.repeats import merge_repeats as merge_repeats  # re-exported
from warlog.models import Event, Precision
from warlog.numbers.words import NUMBER, parse_number

_SPECIFIC_VIOLENCE = frozenset(CODES[c][1] for c in ("SUIC_BOMB", "REM_EXPLOS", "GRENADE"))
_DEMONSTRATIONS = frozenset(CODES[c][1] for c in (
    "PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR"))
_REMOTE = frozenset(CODES[c][1] for c in ("ART_MISS_ATTACK", "AIR_STRIKE"))


def _fold(events: Sequence[Event], guests: Sequence[Event],
          belongs: Callable[[Event, Event], bool],
          merge: Callable[[Event, Event], Event] | None = None) -> list[Event]:
    """Each of ``guests`` (events of ``events``) folded into the first other event it
    ``belongs`` to (host, guest), by ``merge`` (by default :func:`absorb`); a guest with
    no host stays."""
    merge = merge or absorb
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
        merged = absorb(host, arrest)
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
        merged = absorb(host, ev)
        if violent(ev) and not violent(host):
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
    return (told[0] != told[1] and not _told_together(a, b) and violent(a) and violent(b)
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
              and not any(ANOTHER.search(x.text) for x in e.evidence)]
    return _fold(events, guests,
                 lambda host, det: (violent(host) or host.sub_event_type in _TERRITORY)
                 and set(det.evidence) <= set(host.evidence) and _same_day_and_place(host, det),
                 lambda host, det: dataclasses.replace(
                     absorb(host, det), confidence=host.confidence,
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
        absorb(host, det), confidence=host.confidence, fatalities=host.fatalities,
        injured=host.injured))


def _same_day_and_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if a.historical or b.historical or a.date is None or a.date != b.date:
        return False
    return la is not None and lb is not None and (
        same_place(a, b) or vaguer(lb, la) or vaguer(la, lb))


def _same_toll(a: Event, b: Event) -> bool:
    if a.fatalities is None or b.fatalities is None or a.fatalities.best < 2:
        return False
    if a.fatalities.best != b.fatalities.best or a.historical != b.historical:
        return False
    la, lb = a.location, b.location
    return (a.date is not None and a.date == b.date and la is not None and lb is not None
            and (same_place(a, b) or vaguer(lb, la) or vaguer(la, lb)))


def _same_incident(a: Event, b: Event) -> bool:
    if a.historical or b.historical or a.date is None or a.date != b.date:
        return False
    return a.date_precision is Precision.DAY and same_place(a, b)


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
