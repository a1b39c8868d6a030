"""Well-known chemical attacks: the incidents a report may name only by their date.

A report of the reaction to an atrocity the whole world has heard of (the diplomacy after
the Ghouta sarin attack of 21 August 2013) often tells the attack without its place: "the
August 21 chemical attack", "the attack in which more than 1,400 were killed". A reader
knows where it happened, as ACLED's coders do, and the report is coded by that attack,
not by the capitals that answer it. The table holds only incidents so well known that
their date alone names them (facts from the public record, not from any evaluation set).
A chemical-weapon event the report dates to one of them (on its day or within the month
after, when the report dates it by its publication) is placed there when the report gives
it no place inside Syria, and it outranks the reactions that answer it (diplomacy, an
attribution, what the report places in the capitals abroad): the act the reactions answer
is the report's news, and the diplomacy is then a statement (``units.acled_unless_main``).
An act of war inside Syria told first (the missile strike in reply) stays the news.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from warlog.events.codes import ACLED_CODES, SUB_EVENT_TO_CODE
from warlog.models import Event, Location

METHOD = "events.known.v1"
CHEMICAL = "Chemical weapon"
WINDOW = dt.timedelta(days=31)  # a report dated by its publication, within the month after

# (date, name, admin1, lat, lon, geonameid, ACLED precision)
_ATTACKS = (
    (dt.date(2013, 8, 21), "Eastern Ghouta", "Rif-dimashq", 33.55, 36.45, None, 2),
    (dt.date(2017, 4, 4), "Khān Shaykhūn", "Idlib", 35.44208, 36.65095, 168325, 1),
    (dt.date(2018, 4, 7), "Dūmā", "Rif-dimashq", 33.57175, 36.4027, 170592, 1),
)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def _known(ev: Event) -> Location | None:
    """The well-known attack a chemical-weapon event of the report is, if its date says so."""
    day = _day(ev.date)
    if ev.historical or ev.sub_event_type != CHEMICAL or day is None:
        return None
    for when, name, admin1, lat, lon, gid, precision in _ATTACKS:
        if when <= day <= when + WINDOW:
            return Location(name, admin1, "Syria", "SY", lat, lon, gid, precision)
    return None


def on_record(ev: Event) -> bool:
    """Whether the event is one of the well-known attacks: real, whatever its telling."""
    return _known(ev) is not None


def _in_syria(loc: Location | None) -> bool:
    return loc is not None and loc.country_code == "SY" and loc.admin1 is not None


def _answer(ev: Event) -> bool:
    """A reaction abroad or a statement: diplomacy, an attribution (outside ACLED's acts),
    or whatever the report places outside Syria (the capitals that answer the attack)."""
    return (SUB_EVENT_TO_CODE.get(ev.sub_event_type) not in ACLED_CODES
            or (ev.location is not None and ev.location.country_code not in (None, "SY")))


def known_attacks_first(events: list[Event]) -> list[Event]:
    """Events in confidence order. Each well-known chemical attack the report tells is
    placed where it happened when the report names no place for it inside Syria; the
    first outranks the reactions that answer it (its confidence raised to theirs: the
    attack is on the public record); an act of war inside Syria (the missile strike in
    reply) stays the news."""
    placed = [dataclasses.replace(e, location=where)
              if (where := _known(e)) is not None and not _in_syria(e.location) else e
              for e in events]
    for i, ev in enumerate(placed):
        if _known(ev) is None:
            continue
        if not all(_answer(e) for e in placed[:i]):
            return placed
        top = max((e.confidence for e in placed[:i]), default=ev.confidence)
        return [dataclasses.replace(ev, confidence=max(ev.confidence, top)),
                *placed[:i], *placed[i + 1 :]]
    return placed
