"""One event per place: a roundup of strikes on five villages is five events (ACLED codes
one event per sub-event type, location, day and pair of actors; CODING.md).

The places an event's own sentence lists as where it happened, one after the other ("in
Saraqeb, Khan Sheikhoun and Maarat al-Numan", "on the town of X and the village of Y"),
each get the event; the casualty figure stays with the event's own place, as the coders
keep it on one event when the text does not split it. A listed name the gazetteer lacks
takes the province the sentence names ("... in Idleb countryside") at ACLED's geo-
precision 3, or is left out.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Sequence

from warlog.events.location import place_rank, to_location
from warlog.events.places import in_actor_name, is_border, is_demonym
from warlog.models import ActorMention, Event, Place

# what may stand between two listed places: commas, "and", "as well as", "the town of"
_GAP_RX = re.compile(
    r"(?:\s|,|;|&|\band\b|\bor\b|\bas well as\b|\bthe\b|\bareas? of\b|\bif\b|"
    r"\b(?:towns?|villages?|city|cities|areas?|neighbou?rhoods?|districts?|suburbs?|"
    r"camps?|hills?|outskirts|countryside)\b(?:\s+of\b)?)*",
    re.I,
)
_LOCAL = 3  # place rank: a district or anything more precise


def _listed(p: Place, text: str, actors: Sequence[ActorMention]) -> bool:
    if is_demonym(p) or in_actor_name(p, actors) or is_border(p, text):
        return False
    return p.lat is None or place_rank(p) >= _LOCAL


def place_list(
    sent_start: int, sent_end: int, anchor: Place | None, places: Sequence[Place],
    text: str, actors: Sequence[ActorMention],
) -> list[Place]:
    """The run of places listed together in the sentence that holds the event's place,
    or, when the event has only a province or country, the sentence's one run of two or
    more places; [] when there is no such run."""
    own = sorted((p for p in places if sent_start <= p.start < sent_end), key=lambda p: p.start)
    runs: list[list[Place]] = []
    for p in own:
        if not _listed(p, text, actors):
            runs.append([])
            continue
        prev = runs[-1][-1] if runs and runs[-1] else None
        if prev is not None and _GAP_RX.fullmatch(text[prev.end : p.start]):
            runs[-1].append(p)
        else:
            runs.append([p])
    runs = [r for r in runs if len(r) >= 2]
    if anchor is not None and place_rank(anchor) >= _LOCAL:
        return next((r for r in runs if any(p.start == anchor.start for p in r)), [])
    return runs[0] if len(runs) == 1 else []


def _province(sent_start: int, sent_end: int, places: Sequence[Place],
              country: str | None) -> Place | None:
    """The province the sentence names ("in Idleb countryside"), for unlisted villages."""
    return next((p for p in places if sent_start <= p.start < sent_end and p.lat is not None
                 and p.feature == "admin1" and p.country_code == country), None)


def split_by_place(
    ev: Event, anchor: Place | None, sent_start: int, sent_end: int,
    places: Sequence[Place], text: str, actors: Sequence[ActorMention],
) -> list[Event]:
    """``ev`` once for each place its sentence lists, its own place first (``[ev]`` if
    the sentence lists none)."""
    run = place_list(sent_start, sent_end, anchor, places, text, actors)
    if not run:
        return [ev]
    country = ev.location.country_code if ev.location is not None else None
    province = _province(sent_start, sent_end, places, country)
    # the place the event was given comes first and keeps its figure: it was chosen as
    # the most telling (nearest the trigger, most precise); the others follow in text order
    run.sort(key=lambda p: anchor is None or p.start != anchor.start)
    out: list[Event] = []
    seen: set[tuple[float, float]] = set()
    for p in run:
        where = p if p.lat is not None else province
        if where is None or where.lat is None or where.lon is None:
            continue
        if (country is not None and where.country_code != country) or (
            (where.lat, where.lon) in seen
        ):
            continue
        seen.add((where.lat, where.lon))
        loc = to_location(where)
        if where is province:
            loc = dataclasses.replace(loc, precision=3)
        key = f"{ev.id}:{p.start}".encode()
        old = ev.location.name if ev.location is not None else None
        out.append(dataclasses.replace(
            ev, id=hashlib.sha1(key).hexdigest()[:16] if out else ev.id, location=loc,
            fatalities=ev.fatalities if not out else None,
            injured=ev.injured if not out else None,
            notes=ev.notes.replace(f" in {old} ", f" in {loc.name} ") if old else ev.notes))
    return out if len(out) >= 2 else [ev]
