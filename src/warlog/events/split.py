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

from warlog.events.located import is_demonym
from warlog.events.location import place_rank, to_location
from warlog.events.places import in_actor_name, is_border
from warlog.models import ActorMention, Event, Place

# what may stand between two listed places: commas, "and", "as well as", "the town of"
# ("the areas if": wire copy's typo for "of")
GAP_RX = re.compile(
    r"(?:\s|,|;|&|\band\b|\bor\b|\bas well as\b|\bthe\b|\bareas? of\b|\bif\b|"
    r"\b(?:towns?|villages?|city|cities|areas?|neighbou?rhoods?|districts?|suburbs?|"
    r"camps?|hills?|outskirts|countryside)\b(?:\s+of\b)?)*",
    re.I,
)
_LOCAL = 3  # place rank: a district or anything more precise
# a name, a kind of place and "of" with no "and" or comma between ("the Damascus suburb of
# Daraya", "the Shahba neighbourhood of Aleppo") names a part and the whole it lies in:
# one place of a list, not two ("the towns of X and Y" lists them)
_PART_OF_RX = re.compile(
    r"\s*(?:town|village|city|area|neighbou?rhood|district|suburb|camp|quarter)\s+of\s*",
    re.I)
# a list the event's act does not happen at: where fire came from, where people went,
# where fighters are based ("launched by terrorists positioned in X and Y", "fled to X")
_NOT_AT_RX = re.compile(
    r"\b(?:from|to|towards?|(?:positioned|stationed|based|deployed|entrenched) in)\s+"
    r"(?:the\s+)?(?:(?:towns?|villages?|cities|areas?|neighbou?rhoods?|districts?)\s+(?:of\s+)?)?$",
    re.I,
)


# a place named as the point a bearing is taken from ("positions northeast of Damascus
# including the city of Douma and the town of Arbin") is not where the act happened: the
# places the sentence lists are
_BEARING_RX = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town|capital)\s+(?:of\s+)?)?$",
    re.I,
)


# a name told as a province ("the southern province of Quneitra") is the province, however
# the gazetteer ranks the name (its chief town): the villages listed after it lie in it
_PROVINCE_OF_RX = re.compile(r"\b(?:province|governorate)\s+of\s+(?:the\s+)?$", re.I)


def _told_as_province(p: Place, text: str) -> bool:
    before = text[max(0, p.start - 30) : p.start]
    return p.feature == "admin1" or bool(_PROVINCE_OF_RX.search(before))


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
    runs = _runs(sent_start, sent_end, places, text, actors)
    if anchor is not None and place_rank(anchor) >= _LOCAL and not _BEARING_RX.search(
            text[max(sent_start, anchor.start - 30) : anchor.start]) and not _told_as_province(
            anchor, text):
        return next((r for r in runs if any(p.start == anchor.start for p in r)), [])
    return runs[0] if len(runs) == 1 else []


def lists_places(sent_start: int, sent_end: int, places: Sequence[Place], text: str,
                 actors: Sequence[ActorMention]) -> bool:
    """Whether the sentence lists two or more places as where something happened."""
    return bool(_runs(sent_start, sent_end, places, text, actors))


def _runs(sent_start: int, sent_end: int, places: Sequence[Place], text: str,
          actors: Sequence[ActorMention]) -> list[list[Place]]:
    """The sentence's runs of two or more places listed together."""
    own = sorted((p for p in places if sent_start <= p.start < sent_end), key=lambda p: p.start)
    runs: list[list[Place]] = []
    prev: Place | None = None  # the last place of the current run, or the name it is part of
    for p in own:
        if not _listed(p, text, actors):
            runs.append([])
            prev = None
            continue
        gap = text[prev.end : p.start] if prev is not None else ""
        if prev is not None and _PART_OF_RX.fullmatch(gap):
            prev = p  # the place before, named with its whole or its part: listed once
            continue
        if prev is not None and GAP_RX.fullmatch(gap):
            runs[-1].append(p)
        else:
            runs.append([p])
        prev = p
    return [r for r in runs if len(r) >= 2
            and not _NOT_AT_RX.search(text[max(sent_start, r[0].start - 40) : r[0].start])]


def province(sent_start: int, sent_end: int, places: Sequence[Place],
             country: str | None, text: str = "") -> Place | None:
    """The province the sentence names ("in Idleb countryside", with ``text`` also "the
    province of Quneitra"), for unlisted villages."""
    return next((p for p in places if sent_start <= p.start < sent_end and p.lat is not None
                 and p.country_code == country
                 and (p.feature == "admin1" or (text and _told_as_province(p, text)))), None)


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
    prov = province(sent_start, sent_end, places, country, text)
    # the place the event was given comes first and keeps its figure: it was chosen as
    # the most telling (nearest the trigger, most precise); the others follow in text order
    run.sort(key=lambda p: anchor is None or p.start != anchor.start)
    out: list[Event] = []
    seen: set[tuple[float, float] | str] = set()
    for p in run:
        where = p if p.lat is not None else prov
        if where is None or where.lat is None or where.lon is None:
            continue
        # a known place once; villages the gazetteer lacks share their governorate's
        # point, each still its own event
        same: tuple[float, float] | str = (
            (where.lat, where.lon) if where is p else p.text.casefold())
        if (country is not None and where.country_code != country) or same in seen:
            continue
        seen.add(same)
        loc = to_location(where)
        if where is prov:  # named as the text names it, placed at its governorate (whose
            # GeoNames id, when the province was told by its chief town's name, is not its)
            loc = dataclasses.replace(loc, name=p.text, precision=3, geonameid=None)
        key = f"{ev.id}:{p.start}".encode()
        old = ev.location.name if ev.location is not None else None
        out.append(dataclasses.replace(
            ev, id=hashlib.sha1(key).hexdigest()[:16] if out else ev.id, location=loc,
            fatalities=ev.fatalities if not out else None,
            injured=ev.injured if not out else None,
            notes=ev.notes.replace(f" in {old} ", f" in {loc.name} ") if old else ev.notes))
    return out if len(out) >= 2 else [ev]


def split_listed(
    ev: Event, anchor: Place | None, spans: Sequence[tuple[int, int]],
    places: Sequence[Place], text: str, actors: Sequence[ActorMention],
) -> list[Event]:
    """:func:`split_by_place` over the event's sentences (``spans``, the head first): the
    first that lists places splits it ("Army regains towns in Hama. ... regained Khatab,
    Zor Qsayaa and Kherbat Hajam in Hama countryside")."""
    for k, (start, end) in enumerate(spans):
        own = anchor is not None and start <= anchor.start < end
        # a later sentence's list stands on its own when the event's place is elsewhere
        out = split_by_place(ev, anchor if own or k == 0 else None, start, end, places, text,
                             actors)
        if len(out) < 2:
            continue
        if anchor is None or own or _summarised(
                anchor, province(start, end, places, anchor.country_code, text)):
            return out
        # "Airstrikes hit Al-Ghanto ... Other airstrikes also hit the towns of Rastan and
        # Talbeesah": the event's own place stays first, with its figure; the list adds
        return [ev] + [dataclasses.replace(
            e, id=hashlib.sha1(f"{ev.id}:{e.location.name if e.location else k}".encode())
            .hexdigest()[:16], fatalities=None, injured=None)
            for k, e in enumerate(out)
            if e.location is not None and ev.location is not None
            and (e.location.lat, e.location.lon) != (ev.location.lat, ev.location.lon)]
    return [ev]


def _summarised(anchor: Place, named: Place | None) -> bool:
    """Whether the event's place is the governorate its list stands in ("Army regains
    towns in Hamah" told as "... regained X and Y in Hamah countryside"), or coarser."""
    if place_rank(anchor) < _LOCAL:
        return True
    return named is not None and named.text.casefold() == anchor.text.casefold()
