"""The fields an analyst may correct, their values checked and stored as JSON.

Each field has a text form (what ``warlog correct --set FIELD=VALUE`` and the page send)
and a stored form (JSON, what the ``corrections`` table and a corrections file hold):

==============  ==========================================  ===========================
field           text form                                   stored form
==============  ==========================================  ===========================
sub_event_type  one of the sub-event types of events/codes  the name, ACLED's spelling
date            YYYY-MM-DD, YYYY-MM or YYYY                 the same string
fatalities      a whole number, 0 or more                   the number
injured         a whole number, 0 or more                   the number
actor1, actor2  a name, ``NAME|kind`` (kind: state forces,  ``{"name", "kind"}``; null
                rebel group, ... civilians, external/other)  removes the actor
                or ``none``
location        a place name (found in the gazetteer) or    a location object
                ``lat,lon``
historical      true/false (yes/no, 1/0)                    true/false
==============  ==========================================  ===========================
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from warlog.errors import CorrectionError
from warlog.events.codes import CODES
from warlog.models import ActorKind, CanonicalEvent, EventActor, Location, Precision, Range

FIELDS = ("sub_event_type", "date", "fatalities", "injured", "actor1", "actor2", "location",
          "historical")
KINDS = ("set", "delete", "restore", "merge", "split")
_SUB_TYPES = {sub.casefold(): (etype, sub) for etype, sub in CODES.values()}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LATLON = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$")
_TRUE, _FALSE = {"true", "yes", "1"}, {"false", "no", "0"}
MAX_TEXT = 300

PlaceResolver = Callable[[str], Location | None]
KindOf = Callable[[str], ActorKind | None]


@dataclass(frozen=True, slots=True)
class Correction:
    """One analyst's decision, anchored to the reports it concerns.

    ``kind``: ``set`` (``field`` takes ``new_value``), ``delete`` (not an event),
    ``restore`` (undo a deletion), ``merge`` (the reports are one event), ``split``
    (the one report in ``reports`` is an event of its own). Values are JSON text."""

    id: str
    kind: str
    field: str | None
    old_value: str | None
    new_value: str | None
    reports: tuple[str, ...]  # member keys "document_id:event_id"
    event: str | None  # the canonical id when the correction was made (display only)
    note: str
    at: str  # ISO 8601, UTC
    by: str


def correction_id(kind: str, field: str | None, new_value: str | None,
                  reports: tuple[str, ...], at: str, by: str) -> str:
    """Deterministic: the same correction imported twice is one row."""
    text = json.dumps([kind, field, new_value, sorted(reports), at, by])
    return "co-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _bad(field: str, text: object, why: str) -> CorrectionError:
    return CorrectionError(f"{field}: {text!r} is not valid: {why}")


def parse_value(field: str, text: str, resolve_place: PlaceResolver | None = None,
                kind_of: KindOf | None = None) -> Any:
    """The stored form of ``text`` given for ``field``, or CorrectionError naming it."""
    if field not in FIELDS:
        raise CorrectionError(f"{field!r} is not a field that can be corrected; "
                              f"use one of {', '.join(FIELDS)}")
    text = text.strip()
    if field in ("fatalities", "injured"):
        if not text.isdigit() or not text.isascii():
            raise _bad(field, text, "give a whole number, 0 or more")
        return check_value(field, int(text))
    if field == "historical":
        if text.lower() not in _TRUE | _FALSE:
            raise _bad(field, text, "give true or false")
        return text.lower() in _TRUE
    if field in ("actor1", "actor2"):
        return _parse_actor(field, text, kind_of)
    if field == "location":
        return _parse_location(text, resolve_place)
    return check_value(field, text)


def _parse_actor(field: str, text: str, kind_of: KindOf | None) -> Any:
    if text.lower() in ("", "none", "null"):
        return None
    name, _, kind = text.partition("|")
    if not kind.strip():
        found = kind_of(name.strip()) if kind_of else None
        kind = (found or ActorKind.EXTERNAL_OTHER).value
    return check_value(field, {"name": name.strip(), "kind": kind.strip().lower()})


def _parse_location(text: str, resolve_place: PlaceResolver | None) -> Any:
    m = _LATLON.match(text)
    if m:
        lat, lon = float(m.group(1)), float(m.group(2))
        found = resolve_place(f"@{lat},{lon}") if resolve_place else None
        loc = found or Location(None, None, None, None, lat, lon, None, 1)
        return check_value("location", dataclasses.asdict(
            dataclasses.replace(loc, lat=lat, lon=lon, precision=1)))
    if not text:
        raise _bad("location", text, "give a place name or lat,lon")
    found = resolve_place(text) if resolve_place else None
    if found is None:
        raise _bad("location", text, "no such place in the gazetteer; give lat,lon instead")
    return check_value("location", dataclasses.asdict(found))


def check_value(field: str, value: Any) -> Any:
    """``value`` if it is a valid stored form for ``field``, else CorrectionError."""
    if field not in FIELDS:
        raise CorrectionError(f"{field!r} is not a field that can be corrected; "
                              f"use one of {', '.join(FIELDS)}")
    if field == "sub_event_type":
        if not isinstance(value, str) or value.strip().casefold() not in _SUB_TYPES:
            raise _bad(field, value, "use one of " + ", ".join(s for _, s in CODES.values()))
        return _SUB_TYPES[value.strip().casefold()][1]
    if field == "date":
        return _check_date(value)
    if field in ("fatalities", "injured"):
        if type(value) is not int or value < 0 or value > 10_000_000:
            raise _bad(field, value, "give a whole number, 0 or more")
        return value
    if field == "historical":
        if not isinstance(value, bool):
            raise _bad(field, value, "give true or false")
        return value
    if field in ("actor1", "actor2"):
        return _check_actor(field, value)
    return _check_location(value)


def _check_date(value: Any) -> str:
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        raise _bad("date", value, "give an ISO date, YYYY-MM-DD (or YYYY-MM, YYYY)")
    text = value.strip()
    full = text + "-01" * (2 - text.count("-"))
    try:
        day = dt.date.fromisoformat(full)
    except ValueError as exc:
        raise _bad("date", value, f"{exc}") from None
    if day.year < 1800 or day > dt.date.today() + dt.timedelta(days=366):
        raise _bad("date", value, "the year is out of range")
    return text


def _check_actor(field: str, value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"name", "kind"}:
        raise _bad(field, value, 'give {"name": ..., "kind": ...} or null')
    name, kind = value["name"], value["kind"]
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_TEXT:
        raise _bad(field, name, f"the name must be 1 to {MAX_TEXT} characters")
    if kind not in {k.value for k in ActorKind}:
        raise _bad(field, kind, "the kind must be one of "
                   + ", ".join(k.value for k in ActorKind))
    return {"name": name.strip(), "kind": kind}


def _check_location(value: Any) -> Any:
    names = [f.name for f in dataclasses.fields(Location)]
    if not isinstance(value, dict) or set(value) != set(names):
        raise _bad("location", value, "give a place name or lat,lon")
    lat, lon = value["lat"], value["lon"]
    for coord, bound in ((lat, 90), (lon, 180)):
        if isinstance(coord, bool) or not isinstance(coord, int | float) \
                or not -bound <= coord <= bound:
            raise _bad("location", f"{lat},{lon}", "latitude within -90..90, longitude "
                       "within -180..180")
    for key in ("name", "admin1", "country", "country_code"):
        if value[key] is not None and (not isinstance(value[key], str)
                                       or len(value[key]) > MAX_TEXT):
            raise _bad("location", value[key], f"{key} must be text")
    if value["precision"] not in (1, 2, 3):
        raise _bad("location", value["precision"], "precision must be 1, 2 or 3")
    if value["geonameid"] is not None and type(value["geonameid"]) is not int:
        raise _bad("location", value["geonameid"], "geonameid must be a number")
    return {k: value[k] for k in names}


def field_value(ev: CanonicalEvent, field: str) -> Any:
    """The stored form of ``field`` as ``ev`` has it."""
    if field == "sub_event_type":
        return ev.sub_event_type
    if field == "date":
        return ev.date
    if field in ("fatalities", "injured"):
        rng = ev.fatalities if field == "fatalities" else ev.injured
        return rng.best if rng else None
    if field == "historical":
        return ev.historical
    if field in ("actor1", "actor2"):
        first = next((a for a in ev.actors if a.role == field), None)
        return {"name": first.name, "kind": first.kind.value} if first else None
    if field == "location":
        return dataclasses.asdict(ev.location) if ev.location else None
    raise CorrectionError(f"{field!r} is not a field that can be corrected")


_PRECISION = {0: Precision.YEAR, 1: Precision.MONTH, 2: Precision.DAY}


def set_field(ev: CanonicalEvent, field: str, value: Any) -> CanonicalEvent:
    """``ev`` with ``field`` set to the stored form ``value``."""
    if field == "sub_event_type":
        etype, sub = _SUB_TYPES[str(value).casefold()]
        return dataclasses.replace(ev, event_type=etype, sub_event_type=sub)
    if field == "date":
        return dataclasses.replace(ev, date=value, date_precision=_PRECISION[value.count("-")])
    if field in ("fatalities", "injured"):
        rng = None if value is None else Range(value, value, value)
        if field == "fatalities":
            return dataclasses.replace(ev, fatalities=rng)
        return dataclasses.replace(ev, injured=rng)
    if field == "historical":
        return dataclasses.replace(ev, historical=bool(value))
    if field in ("actor1", "actor2"):
        rest = [a for a in ev.actors if a.role != field]
        kept = [a for a in ev.actors if a.role == field][1:]
        new = [] if value is None else [EventActor(value["name"], (), field,
                                                   ActorKind(value["kind"]))]
        return dataclasses.replace(ev, actors=(*new, *kept, *rest))
    if field == "location":
        return dataclasses.replace(ev, location=None if value is None else Location(**value))
    raise CorrectionError(f"{field!r} is not a field that can be corrected")


def show_value(field: str | None, value: Any) -> str:
    """A short text for people: ``12``, ``Armed clash``, ``Aleppo (36.2, 37.16)``."""
    if value is None:
        return ""
    if field in ("actor1", "actor2") and isinstance(value, dict):
        return f"{value['name']} ({value['kind']})"
    if field == "location" and isinstance(value, dict):
        return f"{value.get('name') or 'unnamed'} ({value.get('lat')}, {value.get('lon')})"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
