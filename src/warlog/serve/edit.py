"""The write API: analysts' corrections from the page (``warlog serve --allow-edits``).

    GET    /api/edits               whether editing is on (never the token)
    PATCH  /api/events/{id}         set fields: {"fatalities": 12, "actor1": "...", ...,
                                    "note": "...", "by": "..."}
    DELETE /api/events/{id}         not an event (body optional: {"note", "by"})
    POST   /api/events/merge        {"ids": [a, b, ...], "note", "by"}: one event

Every write is refused unless the server was started with ``--allow-edits`` (403), the
request carries the server's token in ``X-Warlog-Token`` (or ``Authorization: Bearer``;
401 without, 403 when wrong), comes from the page's own origin (an ``Origin`` or
``Sec-Fetch-Site`` naming another site: 403), sends JSON (415), and every field and
value is valid (400, naming the field). A refused request changes nothing; an accepted
one is one transaction (:mod:`warlog.store.corrections`).
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Request

from warlog.corrections.values import FIELDS, check_value, parse_value
from warlog.errors import CorrectionError
from warlog.events.codes import CODES
from warlog.serve.api import ApiError, comparison
from warlog.store import corrections as store_corrections
from warlog.store.sqlite import Store, open_store

router = APIRouter()
MAX_BODY = 64 * 1024
_META = ("note", "by")


def check_write(request: Request) -> None:
    """ApiError unless editing is on, the token is right and the origin is the page's."""
    state = request.app.state
    if not getattr(state, "allow_edits", False):
        raise ApiError("editing is off: start the server with warlog serve --allow-edits", 403)
    site = request.headers.get("sec-fetch-site")
    if site and site not in ("same-origin", "none"):
        raise ApiError(f"cross-site request refused (Sec-Fetch-Site: {site})", 403)
    origin = request.headers.get("origin")
    if origin is not None:
        own = {f"{request.url.scheme}://{request.headers.get('host', '')}"}
        parts = urlsplit(origin)
        if f"{parts.scheme}://{parts.netloc}" not in own:
            raise ApiError(f"request from another origin refused ({origin})", 403)
    auth = request.headers.get("authorization", "")
    given = request.headers.get("x-warlog-token") or (
        auth[7:] if auth.lower().startswith("bearer ") else "")
    if not given:
        raise ApiError("a token is needed to edit: send it in X-Warlog-Token (warlog serve "
                       "printed it at start)", 401)
    if not hmac.compare_digest(given.encode("utf-8"), str(state.token).encode("utf-8")):
        raise ApiError("wrong token", 403)


async def json_body(request: Request, optional: bool = False) -> dict[str, Any]:
    """The request's JSON object, or ApiError (415 not JSON, 413 too large, 400 bad)."""
    raw = await request.body()
    if not raw.strip() and optional:
        return {}
    if "application/json" not in request.headers.get("content-type", ""):
        raise ApiError("send the body as JSON (Content-Type: application/json)", 415)
    if len(raw) > MAX_BODY:
        raise ApiError(f"request body over {MAX_BODY} bytes", 413)
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(f"the body is not valid JSON ({exc})") from None
    if not isinstance(body, dict):
        raise ApiError("the body must be a JSON object")
    return body


def _meta(body: dict[str, Any]) -> tuple[str, str]:
    note, by = body.get("note", ""), body.get("by", "")
    for name, value in (("note", note), ("by", by)):
        if not isinstance(value, str) or len(value) > 2000:
            raise ApiError(f"{name}: must be text of at most 2000 characters")
    return note, by or "web"


def _values(request: Request, body: dict[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(body) - set(FIELDS) - set(_META))
    if unknown:
        raise ApiError(f"{unknown[0]}: not a field that can be corrected; use "
                       + ", ".join(FIELDS))
    resolvers = request.app.state.resolvers
    out: dict[str, Any] = {}
    try:
        for name in FIELDS:
            if name not in body:
                continue
            value = body[name]
            if isinstance(value, str):
                out[name] = parse_value(name, value, resolvers.place, resolvers.kind)
            else:
                out[name] = check_value(name, value)
    except CorrectionError as exc:
        raise ApiError(str(exc)) from None
    if not out:
        raise ApiError("nothing to correct: give at least one of " + ", ".join(FIELDS))
    return out


@contextmanager
def _writable(request: Request) -> Iterator[Store]:
    store = open_store(request.app.state.db_path, create=False)
    try:
        yield store
    finally:
        store.close()


def _answer(store: Store, event_id: str | None) -> dict[str, Any]:
    if event_id is None:
        return {"ok": True, "id": None, "event": None}
    with store.guard():
        ev = store_corrections.load_event(store.conn, event_id)
    return {"ok": True, "id": event_id, "event": comparison(ev)}


def _run(request: Request, action: Any) -> dict[str, Any]:
    with _writable(request) as store:
        try:
            return _answer(store, action(store))
        except CorrectionError as exc:
            raise ApiError(str(exc), 404 if "no event with id" in str(exc) else 400) from None


@router.get("/edits")
def edits(request: Request) -> dict[str, Any]:
    """Whether this server accepts corrections (``warlog serve --allow-edits``)."""
    return {"ok": True, "edits": bool(getattr(request.app.state, "allow_edits", False)),
            "fields": list(FIELDS), "sub_event_types": [sub for _, sub in CODES.values()]}


@router.post("/events/merge")
async def merge_events(request: Request) -> dict[str, Any]:
    """Join events into one: ``{"ids": [...], "note": ..., "by": ...}``."""
    check_write(request)
    body = await json_body(request)
    ids = body.get("ids")
    if not isinstance(ids, list) or len(ids) < 2 or not all(isinstance(i, str) for i in ids):
        raise ApiError("ids: give a list of at least two event ids")
    note, by = _meta(body)
    return _run(request, lambda s: store_corrections.merge(s, ids, note, by))


@router.patch("/events/{event_id}")
async def patch_event(request: Request, event_id: str) -> dict[str, Any]:
    """Correct fields of an event; the event as it now is."""
    check_write(request)
    body = await json_body(request)
    note, by = _meta(body)
    values = _values(request, body)
    return _run(request, lambda s: store_corrections.correct(s, event_id, values, note, by))


@router.delete("/events/{event_id}")
async def delete_event(request: Request, event_id: str) -> dict[str, Any]:
    """Mark an event as no event: left out of lists and exports from now on."""
    check_write(request)
    body = await json_body(request, optional=True)
    note, by = _meta(body)
    return _run(request, lambda s: store_corrections.delete(s, event_id, note, by))
