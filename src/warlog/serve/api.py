"""The JSON API: canonical events with their sources, documents, counts.

    GET /api/events?since=&until=&country=&bbox=&type=&actor=&source=&q=&limit=&history=
                                  the events, with how many historical ones match
    GET /api/events/{id}          one canonical event, every report of it side by side
    GET /api/documents/{id}       one stored document with its annotations
    GET /api/stats                counts and the date range of the events
    GET /api/types                the event and sub-event types (the type filter's values)
    GET /api/countries            the countries of the stored events (the country filter's)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from warlog import codec
from warlog.models import CanonicalEvent
from warlog.store.query import (
    EventFilter,
    QueryError,
    actor_known,
    actor_suggestions,
    count_events,
    countries_held,
    parse_bbox,
    parse_date,
)
from warlog.store.sqlite import Store, open_store
from warlog.unnamed import generic_name

router = APIRouter()
MAX_LIMIT = 5000


class ApiError(Exception):
    """An error answered with the API's JSON error shape."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@contextmanager
def _store(request: Request) -> Iterator[Store]:
    store = open_store(request.app.state.db_path, readonly=True)
    try:
        yield store
    finally:
        store.close()


def _filter(since: str | None, until: str | None, country: str | None, bbox: str | None,
            type_: str | None, actor: str | None, source: str | None, q: str | None,
            limit: int, history: bool = False) -> EventFilter:
    if not 1 <= limit <= MAX_LIMIT:
        raise ApiError(f"limit must be between 1 and {MAX_LIMIT}")
    try:
        flt = EventFilter(
            since=parse_date(since) if since else None,
            until=parse_date(until) if until else None,
            country=country or None, bbox=parse_bbox(bbox) if bbox else None,
            event_type=type_ or None, actor=actor or None, source=source or None,
            q=q if q and q.strip() else None, limit=limit, historical=None if history else False,
        )
    except ValueError as exc:
        raise ApiError(_for_page(exc)) from exc
    return flt


def _for_page(exc: Exception) -> str:
    """The store's message for the page and API users, who have a search box and query
    parameters, not the command line's ``--q`` flag that the store's wording names."""
    return str(exc).replace("invalid --q search", "invalid text search", 1)


def summary(ev: CanonicalEvent) -> dict[str, Any]:
    """The list view of a canonical event: its fields, and its sources counted."""
    from warlog.export import summary_note

    out = codec.to_plain(ev)
    out["notes"] = summary_note(ev)  # the canonical fields', not the lead report's sentence
    members = out.pop("members")
    out["sources"] = sorted({m["source"] or "unknown" for m in members})
    out["reports"] = len(members)
    out["documents"] = sorted({m["document_id"] for m in members})
    out["excerpt"] = excerpt(ev)
    return dict(out)


EXCERPT_CHARS = 120  # about a line and a half of the list, beside the map
_SENTENCE_END = (".", "!", "?", ".\u201d", ".\"", "!\u201d", "?\u201d")


def excerpt(ev: CanonicalEvent) -> str:
    """What tells this event from a look-alike in the list: the first sentence its most
    confident report gives as evidence, shortened at a word. Two attacks of one day, type,
    place and actor (a pair of bombings) read the same in every field but their sentences.
    A headline (no closing stop: it names the article's story, shared by all its events)
    is passed over for a sentence of the body where the report has one."""
    if not ev.members:
        return ""
    lead = max(ev.members, key=lambda m: m.event.confidence)
    texts = [" ".join(e.text.split()) for e in lead.event.evidence]
    texts = [t for t in texts if t]
    text = next((t for t in texts if t.endswith(_SENTENCE_END)), texts[0] if texts else "")
    if len(text) <= EXCERPT_CHARS:
        return text
    return text[:EXCERPT_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"


def comparison(ev: CanonicalEvent) -> dict[str, Any]:
    """The detail view: the canonical event and what each report said."""
    out = summary(ev)
    out["versions"] = [
        {
            "document_id": m.document_id, "source": m.source, "url": m.url,
            "published": m.published.isoformat() if m.published else None,
            "sub_event_type": m.event.sub_event_type, "date": m.event.date,
            "fatalities": codec.to_plain(m.event.fatalities),
            "injured": codec.to_plain(m.event.injured),
            "actors": codec.to_plain(m.event.actors),
            "location": codec.to_plain(m.event.location),
            "claims": codec.to_plain(m.event.claims),
            "evidence": codec.to_plain(m.event.evidence),
            "notes": m.event.notes,
        }
        for m in ev.members
    ]
    return out


@router.get("/events")
def list_events(
    request: Request,
    since: Annotated[str | None, Query(description="First day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last day, YYYY-MM-DD.")] = None,
    country: Annotated[str | None, Query(
        description="ISO code or country name, as ACLED writes it ('Democratic Republic of "
                    "Congo') or in common usage ('DRC'); an unknown one is answered 400 "
                    "with the nearest known names.")] = None,
    bbox: Annotated[str | None, Query(
        description="min_lon,min_lat,max_lon,max_lat in degrees.")] = None,
    type: Annotated[str | None, Query(description="Event type or sub-event type.")] = None,
    actor: Annotated[str | None, Query(
        description="Actor name or alias, whole, any case; a name no stored actor has "
                    "sets actor_unknown and lists actor_suggestions.")] = None,
    source: Annotated[str | None, Query(description="Outlet name.")] = None,
    q: Annotated[str | None, Query(
        description="FTS5 full-text query over the reports' texts; an invalid one is "
                    "answered 400.")] = None,
    limit: Annotated[int, Query(description=f"At most this many events, 1..{MAX_LIMIT}.")]
    = 1000,
    history: Annotated[bool, Query(
        description="Also list the historical events: those the reports give as "
                    "background (a 1995 attack recalled in a 2017 report). Without it "
                    "they are left out, and `historical_count` says how many match.")]
    = False,
) -> dict[str, Any]:
    """Canonical events matching every given filter, by date.

    ``historical_count`` is how many historical events match the same filters, listed
    or not; ``historical_included`` says whether they are in ``events``. An ``actor``
    matches a whole name or alias; when no stored actor has that name, ``actor_unknown``
    is true and ``actor_suggestions`` lists the actors whose names hold it, with their
    event counts (``[{"name": "Islamic State", "events": 5}]``); ``actor_generic`` is
    true when that name is a generic actor1 of the ACLED columns ("Unidentified Armed
    Group (Iraq)", :mod:`warlog.unnamed`), which no stored event holds."""
    flt = _filter(since, until, country, bbox, type, actor, source, q, limit, history)
    with _store(request) as store:
        try:
            events = [summary(ev) for ev in store.events(flt)]
            with store.guard():
                historical = count_events(store.conn,
                                          dataclasses.replace(flt, historical=True))
                unknown = bool(flt.actor) and not events and not historical and \
                    not actor_known(store.conn, flt.actor or "")
                near = actor_suggestions(store.conn, flt.actor or "") if unknown else []
        except QueryError as exc:
            raise ApiError(_for_page(exc)) from exc
    return {"ok": True, "count": len(events), "events": events,
            "historical_count": historical, "historical_included": history,
            "actor_unknown": unknown,
            "actor_generic": unknown and not near and generic_name(flt.actor or ""),
            "actor_suggestions": [{"name": name, "events": n} for name, n in near]}


@router.get("/events/{event_id}")
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One canonical event with every report of it, for comparing sources."""
    with _store(request) as store, store.guard():
        row = store.conn.execute("SELECT record FROM canonical_events WHERE id = ?",
                                 (event_id,)).fetchone()
    if row is None:
        raise ApiError(f"no event with id {event_id!r}", 404)
    return {"ok": True, "event": comparison(codec.loads(CanonicalEvent, row[0]))}


@router.get("/documents/{document_id}")
def get_document(request: Request, document_id: str) -> dict[str, Any]:
    """One stored document: text, metadata and everything found in it."""
    from warlog.export import to_json

    with _store(request) as store:
        ad = store.get(document_id)
    if ad is None:
        raise ApiError(f"no document with id {document_id!r}", 404)
    return {"ok": True, "document": to_json(ad)}


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    """Row counts of the database."""
    with _store(request) as store:
        return {"ok": True, "counts": store.counts()}


@router.get("/types")
def types() -> dict[str, Any]:
    """The event types and their sub-event types, the values the ``type`` filter takes."""
    from warlog.events.codes import CODES

    grouped: dict[str, list[str]] = {}
    for event_type, sub in CODES.values():
        grouped.setdefault(event_type, []).append(sub)
    return {"ok": True, "event_types": [{"event_type": t, "sub_event_types": subs}
                                        for t, subs in grouped.items()]}


@router.get("/countries")
def countries(request: Request) -> dict[str, Any]:
    """The countries of the stored events, most events first: the ``name`` (ACLED's) and
    the ``code`` both work as the ``country`` filter."""
    with _store(request) as store, store.guard():
        held = countries_held(store.conn)
    return {"ok": True, "countries": [{"code": code, "name": name, "events": n}
                                      for code, name, n in held]}
