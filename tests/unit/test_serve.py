"""The web API, in memory: events with their sources, filters, the one error shape, and
a page that needs nothing from outside the machine."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.routing import Route

from warlog.models import (
    ActorKind,
    AnnotatedDocument,
    Claim,
    Document,
    Event,
    EventActor,
    Evidence,
    Location,
    Origin,
    Precision,
    Range,
)
from warlog.serve.app import STATIC, create_app
from warlog.store.sqlite import open_store

TEXT = "Suicide bombers killed at least 70 people near Nasiriyah on Thursday, officials said."


def _doc(doc_id: str, source: str, deaths: int, lat: float, lon: float, place: str,
         day: str = "2017-09-14") -> AnnotatedDocument:
    doc = Document(id=doc_id, text=TEXT, title="t", source=source, url=f"https://e.org/{doc_id}",
                   published=dt.date(2017, 9, 15), language="en",
                   origin=Origin(path="x.txt", start=0, end=len(TEXT)))
    event = Event(
        id=f"e-{doc_id}", event_type="Explosions/Remote violence", sub_event_type="Suicide bomb",
        confidence=0.9, date=day, date_precision=Precision.DAY, historical=False,
        actors=(EventActor("Islamic State", ("IS", "ISIS"), "actor1", ActorKind.REBEL_GROUP),),
        location=Location(place, "Dhi Qar", "Iraq", "IQ", lat, lon, 98854, 1),
        fatalities=Range(deaths, deaths, None), injured=None,
        claims=(Claim("officials", "reported", 71, 85, "officials said"),),
        evidence=(Evidence(0, len(TEXT), TEXT),), notes="Suicide bombing near Nasiriyah.",
    )
    return AnnotatedDocument(document=doc, events=(event,))


def _historical(doc_id: str) -> AnnotatedDocument:
    """A report's background: the 1995 Tokyo attack, told as history."""
    old = _doc(doc_id, "DW", 12, 35.69, 139.69, "Tokyo", day="1995-03-20")
    return dataclasses.replace(old, events=(dataclasses.replace(old.events[0], historical=True),))


class ApiClient:
    """A synchronous in-memory client over httpx's ASGI transport (no server, no port)."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def get(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
                return await c.get(url, params=params)

        return asyncio.run(go())


def make_db(path: Path) -> str:
    """A store with two reports of one bombing (70 and 84 dead) and one other event."""
    with open_store(path) as store:
        store.add(_doc("a", "DW", 70, 31.05, 46.26, "Nasiriyah"))
        store.add(_doc("b", "RT", 84, 31.06, 46.25, "Nasiriyah"))
        store.add(_doc("c", "AFP", 3, 36.2, 37.16, "Aleppo", day="2017-09-01"))
        store.merge()
    return str(path)


@pytest.fixture
def client(tmp_path: Path) -> ApiClient:
    return ApiClient(create_app(make_db(tmp_path / "w.db")))


def test_serve_lists_merged_events_with_sources(client: ApiClient) -> None:
    body = client.get("/api/events").json()
    assert body["ok"] and body["count"] == 2
    nasiriyah = next(e for e in body["events"] if e["location"]["name"] == "Nasiriyah")
    assert nasiriyah["reports"] == 2 and nasiriyah["sources"] == ["DW", "RT"]


def test_serve_event_detail_compares_sources(client: ApiClient) -> None:
    events = client.get("/api/events", params={"country": "IQ", "since": "2017-09-10"}).json()
    [ev] = [e for e in events["events"] if e["reports"] == 2]
    detail = client.get(f"/api/events/{ev['id']}").json()["event"]
    assert sorted(v["fatalities"]["best"] for v in detail["versions"]) == [70, 84]
    assert {v["source"] for v in detail["versions"]} == {"DW", "RT"}
    assert any(d["field"] == "fatalities" for d in detail["disagreements"])


def test_serve_bbox_filter(client: ApiClient) -> None:
    body = client.get("/api/events", params={"bbox": "36,35,38,37"}).json()
    assert [e["location"]["name"] for e in body["events"]] == ["Aleppo"]


@pytest.mark.parametrize(
    ("url", "status", "words"),
    [
        ("/api/events?since=2017-13-01", 400, "invalid date"),
        ("/api/events?bbox=1,2,3", 400, "bbox"),
        ("/api/events?limit=0", 400, "limit"),
        ("/api/events?limit=abc", 400, "limit"),
        ("/api/events?type=suicide%20bombing", 400, "unknown event type 'suicide bombing'"),
        ("/api/events/nope", 404, "no event"),
        ("/api/documents/nope", 404, "no document"),
        ("/api/nothing", 404, "Not Found"),
    ],
)
def test_serve_errors_have_one_json_shape(client: ApiClient, url: str, status: int,
                                          words: str) -> None:
    res = client.get(url)
    body = res.json()
    assert res.status_code == status
    assert body["ok"] is False and body["status"] == status and words in body["error"]


def test_serve_document_with_annotations(client: ApiClient) -> None:
    doc = client.get("/api/documents/a").json()["document"]
    assert doc["text"] == TEXT and doc["events"][0]["fatalities"]["best"] == 70


def test_serve_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    res = ApiClient(create_app(str(tmp_path / "none.db"))).get("/api/events")
    assert res.status_code == 503 and "warlog ingest" in res.json()["error"]


def test_serve_page_loads_only_local_assets(client: ApiClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/static/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200
    scripts = sorted(STATIC.glob("*.js"))  # the page's own; vendor/ holds the libraries
    assert {f"/static/{p.name}" for p in scripts} <= set(assets)  # none left unloaded
    for script in scripts:
        text = script.read_text(encoding="utf-8").replace("HTTP ${res.status}", "")
        assert "http" not in text, script.name
    assert client.get("/static/vendor/countries-50m.json").status_code == 200


def test_serve_history_only_on_request(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    with open_store(db) as store:
        store.add(_historical("old"))
        store.add(_doc("new", "DW", 3, 31.05, 46.26, "Nasiriyah"))
        store.merge()
    client = ApiClient(create_app(str(db)))
    news = client.get("/api/events").json()["events"]
    assert [e["location"]["name"] for e in news] == ["Nasiriyah"]
    both = client.get("/api/events", params={"history": "true"}).json()["events"]
    assert sorted(e["location"]["name"] for e in both) == ["Nasiriyah", "Tokyo"]


@pytest.mark.parametrize("q", ['"unbalanced', "AND", "*", "NEAR(", "a OR", "disk:x",
                               "memory:x", "nocolumn:word", "\x00"])
def test_serve_invalid_text_query_is_a_400(client: ApiClient, q: str) -> None:
    res = client.get("/api/events", params={"q": q})
    assert res.status_code == 400, res.text
    assert res.json() == {"ok": False, "status": 400, "error": res.json()["error"]}
    assert "invalid text search" in res.json()["error"]
    assert "--q" not in res.json()["error"]  # the page has no flags


def test_serve_valid_text_query_still_filters(client: ApiClient) -> None:
    assert client.get("/api/events", params={"q": "Nasiriyah"}).json()["count"] == 2
    assert client.get("/api/events", params={"q": '"no such words"'}).json()["count"] == 0
    assert client.get("/api/events", params={"q": "  "}).json()["count"] == 2  # blank: no filter


@pytest.fixture(scope="module")
def shared_client(tmp_path_factory: pytest.TempPathFactory) -> ApiClient:
    """One database for the property tests (hypothesis reruns a test many times)."""
    return ApiClient(create_app(make_db(tmp_path_factory.mktemp("prop") / "w.db")))


FTS_TOKENS = st.sampled_from(['"', "AND", "OR", "NOT", "NEAR(", "NEAR", "(", ")", "*", ":",
                              "^", "+", "-", ",", "{", "}", "title", "text", "killed",
                              "Nasiriyah", " ", "\x00", "'", "disk", "5"])
QUERIES = st.text() | st.lists(FTS_TOKENS | st.text(max_size=3), max_size=8).map("".join)


def _never_500(res: httpx.Response) -> None:
    assert res.status_code in (200, 400), (res.status_code, res.text)
    body = res.json()
    if res.status_code == 400:
        assert body["ok"] is False and body["status"] == 400 and body["error"]
    else:
        assert body["ok"] is True and body["count"] == len(body["events"])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=QUERIES)
def test_serve_any_text_query_is_answered_never_500(shared_client: ApiClient, q: str) -> None:
    _never_500(shared_client.get("/api/events", params={"q": q}))


EVENT_PARAMS = ["since", "until", "country", "bbox", "type", "actor", "source", "q", "limit",
                "history"]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(EVENT_PARAMS),
                              QUERIES | st.from_regex(r"-?[0-9.e,]{0,20}", fullmatch=True),
                              max_size=4))
def test_serve_any_filter_is_answered_never_500(shared_client: ApiClient,
                                                params: dict[str, str]) -> None:
    _never_500(shared_client.get("/api/events", params=params))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
# make_db's ids are "a", "b", "c"; "." and ".." are dot segments that URL normalisation
# (RFC 3986, 5.2.4) removes before any server sees them: "/api/events/." is the list
@given(key=st.text(min_size=1).filter(lambda k: k not in {"a", "b", "c", ".", ".."}))
def test_serve_any_unknown_id_is_a_404(shared_client: ApiClient, key: str) -> None:
    for route in ("/api/events/", "/api/documents/"):
        res = shared_client.get(route + quote(key, safe=""))
        assert res.status_code == 404, (res.status_code, res.text)
        assert res.json()["ok"] is False and res.json()["status"] == 404


@pytest.mark.parametrize("url", [
    "/api/events?bbox=a,b,c,d", "/api/events?bbox=nan,nan,nan,nan", "/api/events?bbox=1,2,3,4,5",
    "/api/events?bbox=inf,0,inf,0", "/api/events?bbox=10,0,1,1", "/api/events?bbox=,,,",
    "/api/events?limit=-1", "/api/events?limit=1.5", "/api/events?limit=99999999999999999999",
    "/api/events?history=maybe", "/api/events?since=2018-01-01&until=2017-01-01",
])
def test_serve_bad_parameters_are_400(client: ApiClient, url: str) -> None:
    res = client.get(url)
    assert res.status_code == 400 and res.json()["ok"] is False, res.text


def _page_assets(html: str) -> list[str]:
    """The URLs that script, link and img tags of a page load."""
    found: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            want = {"script": "src", "img": "src", "link": "href"}.get(tag)
            found.extend(v for k, v in attrs if k == want and v)

    Tags().feed(html)
    return found


HTML_PAGES = ["/", "/api/docs"]


def test_serve_html_pages_are_the_known_ones(client: ApiClient) -> None:
    """Every page route the app has is in HTML_PAGES (so the test below sees each)."""
    pages = {r.path for r in client.app.routes
             if isinstance(r, APIRoute | Route) and not r.include_in_schema
             and r.path != "/api/openapi.json"}
    assert pages == set(HTML_PAGES)
    for off in ("/redoc", "/docs", "/api/redoc", "/docs/oauth2-redirect"):
        assert client.get(off).status_code == 404


@pytest.mark.parametrize("page", HTML_PAGES)
def test_serve_html_pages_load_nothing_from_off_host(client: ApiClient, page: str) -> None:
    res = client.get(page)
    assert res.status_code == 200 and "text/html" in res.headers["content-type"]
    assets = _page_assets(res.text)
    assert assets, "a page with no script, stylesheet or image: the parser missed them?"
    for url in assets:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, f"{page} loads {url} from off-host"
        assert client.get(url).status_code == 200, url
    assert not re.search(r"""(?:src|href|url)\s*[:=]\s*["']?(?:https?:)?//""", res.text)


def test_serve_docs_use_the_vendored_swagger_ui(client: ApiClient) -> None:
    html = client.get("/api/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in html and "/api/openapi.json" in html
    for name in ("LICENSE.swagger-ui", "NOTICE.swagger-ui", "swagger-ui-bundle.js.LICENSE.txt"):
        assert (STATIC / "vendor" / name).is_file()


def test_serve_counts_hidden_historical_events(tmp_path: Path) -> None:
    db = make_db(tmp_path / "w.db")
    with open_store(db) as store:
        store.add(_historical("old"))
        store.merge()
    client = ApiClient(create_app(db))
    news = client.get("/api/events").json()
    assert news["count"] == 2 and news["historical_count"] == 1
    assert news["historical_included"] is False
    both = client.get("/api/events", params={"history": "true"}).json()
    assert both["count"] == 3 and both["historical_count"] == 1 and both["historical_included"]
    # the count follows the other filters
    assert client.get("/api/events", params={"country": "SY"}).json()["historical_count"] == 0


def test_serve_openapi_documents_the_history_parameter(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert "historical" in params["history"]["description"]
    assert "historical_count" in params["history"]["description"]


def test_serve_types_are_the_values_the_type_filter_takes(client: ApiClient) -> None:
    """/api/types lists every event type with its sub-event types (the page offers them in
    its Type box), and each of them is a type filter the API takes."""
    body = client.get("/api/types").json()
    groups = {g["event_type"]: g["sub_event_types"] for g in body["event_types"]}
    assert body["ok"] is True and "Air/drone strike" in groups["Explosions/Remote violence"]
    assert list(groups)[:6] == ["Battles", "Explosions/Remote violence",
                                "Violence against civilians", "Protests", "Riots",
                                "Strategic developments"]
    for name in [*groups, *(s for subs in groups.values() for s in subs)]:
        assert client.get("/api/events", params={"type": name}).status_code == 200, name


def test_serve_openapi_lists_the_errors_it_answers(client: ApiClient) -> None:
    spec = client.get("/api/openapi.json").json()
    events = spec["paths"]["/api/events"]["get"]["responses"]
    assert "422" not in events and {"200", "400", "503"} <= set(events)
    assert "404" in spec["paths"]["/api/events/{event_id}"]["get"]["responses"]
    shape = spec["components"]["schemas"]["ApiError"]
    body = client.get("/api/events", params={"q": "AND"}).json()
    assert set(shape["required"]) == set(body)


def test_serve_unknown_country_is_a_400_naming_the_nearest(client: ApiClient) -> None:
    """A country name that names no country is refused with the nearest known names (it
    matched nothing, silently); ACLED's names and common variants are taken."""
    answer = client.get("/api/events", params={"country": "Irak"})
    body = answer.json()
    assert answer.status_code == 400 and body["ok"] is False
    assert "unknown country 'Irak'" in body["error"] and "Iraq (IQ)" in body["error"]
    for name in ("Iraq", "IRQ", "Democratic Republic of Congo", "Palestine", "Ivory Coast"):
        assert client.get("/api/events", params={"country": name}).status_code == 200, name
    assert client.get("/api/network", params={"country": "Irak"}).status_code == 400


def test_serve_countries_are_those_the_store_holds(client: ApiClient) -> None:
    """/api/countries lists the countries of the stored events with their counts (the
    page's Country box offers them), and each name is a country filter the API takes."""
    body = client.get("/api/countries").json()
    assert body["ok"] is True
    assert body["countries"] == [{"code": "IQ", "name": "Iraq", "events": 2}]
    for c in body["countries"]:
        listed = client.get("/api/events", params={"country": c["name"]}).json()
        assert listed["count"] == c["events"]


@pytest.mark.parametrize(("actor", "unknown", "suggested"), [
    ("Islamic", True, [{"name": "Islamic State", "events": 2}]),  # a part of a name
    ("state", True, [{"name": "Islamic State", "events": 2}]),  # a later word
    ("Hezbollah", True, []),  # held by no name
    ("isis", False, []),  # an alias, whole: it matches
    ("Islamic State", False, []),
])
def test_serve_unknown_actor_is_said_with_the_names_that_hold_it(
        client: ApiClient, actor: str, unknown: bool, suggested: list[dict[str, object]]
) -> None:
    """An actor filter matches a whole name or alias; a name no stored actor has is said
    (``actor_unknown``) with the actors whose names hold it, rather than an empty list."""
    body = client.get("/api/events", params={"actor": actor}).json()
    assert body["actor_unknown"] is unknown and body["actor_suggestions"] == suggested
    assert body["count"] == (0 if unknown else 2)


@pytest.mark.parametrize(("actor", "generic"), [
    ("Unidentified Armed Group (Iraq)", True),
    ("rioters (syria)", True),
    ("Unidentified Military Forces", True),
    ("Hezbollah", False),  # an unknown name that is no generic one
    ("Islamic", False),  # a part of a stored name: suggestions instead
])
def test_serve_generic_actor1_of_the_acled_columns_is_flagged(
        client: ApiClient, actor: str, generic: bool) -> None:
    """A generic actor1 copied from the ACLED columns (warlog.unnamed), which no stored
    event holds, is flagged ``actor_generic`` so the page can say what it is."""
    body = client.get("/api/events", params={"actor": actor}).json()
    assert body["actor_unknown"] is True and body["actor_generic"] is generic


def test_serve_event_notes_tell_the_canonical_event(client: ApiClient) -> None:
    """The page's summary line of an event is written from its canonical fields (its
    type, actors, place, date and dead), not the lead report's own sentence."""
    body = client.get("/api/events").json()
    ev = body["events"][0]
    assert ev["notes"].startswith(f"{ev['sub_event_type']}: Islamic State in ")
    assert "Suicide bombing near Nasiriyah" not in ev["notes"]
    detail = client.get(f"/api/events/{ev['id']}").json()["event"]
    assert detail["notes"] == ev["notes"]
    assert detail["versions"][0]["notes"] == "Suicide bombing near Nasiriyah."  # the report's own


def test_serve_places_names_the_largest_towns_in_view(client: ApiClient) -> None:
    """The map has no tiles: ``/api/places`` gives the largest towns inside a box, most
    populous first, for the page to label an event's view offline."""
    body = client.get("/api/places", params={"bbox": "43,29,48,34", "limit": 3}).json()
    places = body["places"]
    assert body["ok"] and len(places) == 3
    assert places[0]["name"] == "Baghdad" and places[0]["country"] == "IQ"
    assert all(43 <= p["lon"] <= 48 and 29 <= p["lat"] <= 34 for p in places)
    pops = [p["population"] for p in places]
    assert pops == sorted(pops, reverse=True)
    assert client.get("/api/places", params={"bbox": "1,2,3"}).status_code == 400
    assert client.get("/api/places", params={"bbox": "43,29,48,34", "limit": 0}).json() == {
        "ok": False, "error": "limit must be within 1..100, got 0", "status": 400}
