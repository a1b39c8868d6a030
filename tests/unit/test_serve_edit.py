"""The write API: off unless --allow-edits, then only with the token, from the page's own
origin, with valid values; anything refused leaves the database as it was."""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.unit.test_serve import make_db
from warlog.serve.app import create_app

TOKEN = "s3cret-token-for-tests"
GOOD = {"X-Warlog-Token": TOKEN, "Origin": "http://test"}


def request(app: FastAPI, method: str, url: str, json: Any = None,
            headers: dict[str, str] | None = None, content: bytes | None = None
            ) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
            return await c.request(method, url, json=json, headers=headers, content=content)

    return asyncio.run(go())


def fingerprint(db: str) -> str:
    """A digest of the database's file content (WAL included): unchanged = untouched."""
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        path = Path(db + suffix)
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return make_db(tmp_path / "w.db")


@pytest.fixture
def app(db: str) -> FastAPI:
    return create_app(db, allow_edits=True, token=TOKEN)


def _bombing(app: FastAPI) -> dict[str, Any]:
    events = request(app, "GET", "/api/events").json()["events"]
    return next(e for e in events if e["reports"] == 2)


def test_serve_edit_patch_with_token_corrects_and_a_merge_keeps_it(app: FastAPI) -> None:
    ev = _bombing(app)
    res = request(app, "PATCH", f"/api/events/{ev['id']}", json={
        "fatalities": 12, "actor2": "Civilians (Iraq)|civilians", "note": "ministry"},
        headers=GOOD)
    assert res.status_code == 200, res.text
    body = res.json()
    assert body["event"]["fatalities"]["best"] == 12
    assert "fatalities" in body["event"]["reviewed"]
    again = request(app, "GET", f"/api/events/{body['id']}").json()["event"]
    assert again["fatalities"]["best"] == 12
    assert any(a["role"] == "actor2" and a["kind"] == "civilians" for a in again["actors"])


def test_serve_edit_delete_leaves_the_event_out_of_the_list(app: FastAPI) -> None:
    ev = _bombing(app)
    res = request(app, "DELETE", f"/api/events/{ev['id']}", headers=GOOD)
    assert res.status_code == 200, res.text
    listed = {e["id"] for e in request(app, "GET", "/api/events").json()["events"]}
    assert ev["id"] not in listed
    assert request(app, "GET", f"/api/events/{ev['id']}").json()["event"]["deleted"] is True


def test_serve_edit_merge_joins_two_events(app: FastAPI) -> None:
    ids = [e["id"] for e in request(app, "GET", "/api/events").json()["events"]]
    res = request(app, "POST", "/api/events/merge", json={"ids": ids}, headers=GOOD)
    assert res.status_code == 200, res.text
    assert res.json()["event"]["reports"] == 3
    assert request(app, "GET", "/api/events").json()["count"] == 1


REFUSED = [
    ("no token", {"Origin": "http://test"}, {"fatalities": 5}, 401, "token"),
    ("wrong token", {"X-Warlog-Token": "guess", "Origin": "http://test"}, {"fatalities": 5},
     403, "wrong token"),
    ("other origin", {**GOOD, "Origin": "http://evil.example"}, {"fatalities": 5}, 403,
     "another origin"),
    ("cross-site fetch", {**GOOD, "Sec-Fetch-Site": "cross-site"}, {"fatalities": 5}, 403,
     "cross-site"),
    ("negative count", GOOD, {"fatalities": -5}, 400, "fatalities"),
    ("count as text", GOOD, {"injured": "lots"}, 400, "injured"),
    ("boolean count", GOOD, {"fatalities": True}, 400, "fatalities"),
    ("bad type", GOOD, {"sub_event_type": "Bombing"}, 400, "sub_event_type"),
    ("bad date", GOOD, {"date": "2017-13-01"}, 400, "date"),
    ("unknown field", GOOD, {"colour": "red"}, 400, "colour"),
    ("one bad of two", GOOD, {"fatalities": 3, "date": "yesterday"}, 400, "date"),
    ("nothing", GOOD, {"note": "hm"}, 400, "nothing to correct"),
    ("list body", GOOD, [1, 2], 400, "JSON object"),
    ("wrong bearer token", {"Authorization": "Bearer guess", "Origin": "http://test"},
     {"fatalities": 5}, 403, "wrong token"),
    ("body too large", GOOD, {"fatalities": 5, "note": "x" * (64 * 1024)}, 413, "over 65536"),
]


@pytest.mark.parametrize(("why", "headers", "body", "status", "says"), REFUSED,
                         ids=[r[0] for r in REFUSED])
def test_serve_edit_refused_requests_change_nothing(app: FastAPI, db: str, why: str,
                                                    headers: dict[str, str], body: Any,
                                                    status: int, says: str) -> None:
    ev = _bombing(app)
    before = fingerprint(db)
    res = request(app, "PATCH", f"/api/events/{ev['id']}", json=body, headers=headers)
    assert res.status_code == status, res.text
    assert res.json() == {"ok": False, "error": res.json()["error"], "status": status}
    assert says in res.json()["error"]
    assert fingerprint(db) == before, f"{why}: the database changed"
    for method, url in (("DELETE", f"/api/events/{ev['id']}"), ("POST", "/api/events/merge")):
        if status in (401, 403):
            res = request(app, method, url, json={"ids": [ev["id"], "x"]}, headers=headers)
            assert res.status_code == status
    assert fingerprint(db) == before


def test_serve_edit_off_by_default_and_form_posts_refused(db: str) -> None:
    app = create_app(db)
    before = fingerprint(db)
    ev = _bombing(app)
    res = request(app, "PATCH", f"/api/events/{ev['id']}", json={"fatalities": 1},
                  headers=GOOD)
    assert res.status_code == 403 and "--allow-edits" in res.json()["error"]
    assert request(app, "GET", "/api/edits").json()["edits"] is False
    on = create_app(db, allow_edits=True, token=TOKEN)
    form = request(on, "PATCH", f"/api/events/{ev['id']}", content=b"fatalities=1",
                   headers={**GOOD, "Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 415
    missing = request(on, "PATCH", "/api/events/ev-none", json={"fatalities": 1}, headers=GOOD)
    assert missing.status_code == 404
    assert fingerprint(db) == before
    with pytest.raises(ValueError, match="token"):
        create_app(db, allow_edits=True)


def test_serve_edit_takes_the_token_as_a_bearer_token(app: FastAPI) -> None:
    """``Authorization: Bearer TOKEN`` is as good as ``X-Warlog-Token`` (curl users)."""
    ev = _bombing(app)
    res = request(app, "PATCH", f"/api/events/{ev['id']}", json={"fatalities": 75},
                  headers={"Authorization": f"Bearer {TOKEN}", "Origin": "http://test"})
    assert res.status_code == 200, res.text
    assert res.json()["event"]["fatalities"]["best"] == 75
