"""The actor network in the store and over the API, from relations made by hand: edges
gather their sentences, a claim stays its own edge, filters, the one error shape."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.unit.test_serve import TEXT, ApiClient, _doc
from warlog.models import (
    ActorKind,
    AnnotatedDocument,
    Evidence,
    Party,
    Relation,
    RelationKind,
)
from warlog.serve.app import create_app
from warlog.store.graphs import render
from warlog.store.network import NetworkFilter
from warlog.store.sqlite import network_graph, open_store

IS = Party("Islamic State", ("IS", "ISIS"), ActorKind.REBEL_GROUP)
IRAQ = Party("Military Forces of Iraq", ("Iraqi army",), ActorKind.STATE_FORCES)
US = Party("Military Forces of the United States", (), ActorKind.STATE_FORCES)


def _relation(n: int, kind: RelationKind, a: Party, b: Party, claimed_by: str | None = None,
              date: str = "2017-09-14", historical: bool = False) -> Relation:
    return Relation(id=f"r{n}", relation=kind, source=a, target=b,
                    evidence=Evidence(0, len(TEXT), TEXT), claimed_by=claimed_by, date=date,
                    historical=historical, cue="x")


def network_docs() -> list[AnnotatedDocument]:
    """Two reports of the army fighting IS (one edge, weight 2), US support for the army,
    and a claim that the US backs IS (its own edge), one of it history."""
    fights = RelationKind.FIGHTS
    a = dataclasses.replace(_doc("a", "DW", 70, 31.05, 46.26, "Nasiriyah"), relations=(
        _relation(1, fights, IRAQ, IS), _relation(2, RelationKind.SUPPORTS, US, IRAQ)))
    b = dataclasses.replace(_doc("b", "RT", 84, 31.06, 46.25, "Nasiriyah"), relations=(
        _relation(3, fights, IRAQ, IS, date="2017-09-13"),
        _relation(4, RelationKind.SUPPORTS, US, IS, claimed_by="Hezbollah", date="2014",
                  historical=True)))
    return [a, b]


def make_network_db(path: Path) -> str:
    with open_store(path) as store:
        for ad in network_docs():
            store.add(ad)
        store.merge()
    return str(path)


@pytest.fixture
def client(tmp_path: Path) -> ApiClient:
    return ApiClient(create_app(make_network_db(tmp_path / "n.db")))


def _by_relation(body: dict[str, object]) -> dict[tuple[str, str | None], dict[str, object]]:
    edges = body["edges"]
    assert isinstance(edges, list)
    return {(e["relation"], e["claimed_by"]): e for e in edges}


def test_network_api_gathers_sentences_into_weighted_edges(client: ApiClient) -> None:
    body = client.get("/api/network").json()
    assert body["ok"] is True
    names = {n["id"]: n["name"] for n in body["nodes"]}
    assert sorted(names.values()) == ["Islamic State", "Military Forces of Iraq",
                                      "Military Forces of the United States"]
    iraq = next(n for n in body["nodes"] if n["name"] == "Military Forces of Iraq")
    assert iraq["kind"] == "state forces" and iraq["aliases"] == ["Iraqi army"]
    edges = _by_relation(body)
    fight = edges[("fights", None)]
    assert fight["weight"] == 2 and (fight["first"], fight["last"]) == ("2017-09-13",
                                                                        "2017-09-14")
    assert {names[str(fight["source"])], names[str(fight["target"])]} == {
        "Military Forces of Iraq", "Islamic State"}
    sources = {(ev["document_id"], ev["source"]) for ev in fight["evidence"]}  # type: ignore[attr-defined]
    assert sources == {("a", "DW"), ("b", "RT")}
    claim = edges[("supports", "Hezbollah")]
    assert claim["weight"] == 1 and claim["historical"] is True
    assert edges[("supports", None)]["historical"] is False


def test_network_api_filters_like_the_command(client: ApiClient) -> None:
    only = client.get("/api/network", params={"relation": "supports"}).json()
    assert {e["relation"] for e in only["edges"]} == {"supports"}
    by_alias = client.get("/api/network", params={"actor": "isis"}).json()
    assert len(by_alias["edges"]) == 2  # the fight and the claim
    recent = client.get("/api/network", params={"since": "2017-01-01"}).json()
    assert ("supports", "Hezbollah") not in _by_relation(recent)
    assert client.get("/api/network", params={"country": "SY"}).json()["edges"] == []
    assert len(client.get("/api/network", params={"country": "Iraq"}).json()["edges"]) == 3


@pytest.mark.parametrize("params", [{"relation": "allies"}, {"since": "yesterday"},
                                    {"since": "2017-09-15", "until": "2017-09-01"}])
def test_network_api_bad_filter_is_the_one_error_shape(client: ApiClient,
                                                       params: dict[str, str]) -> None:
    res = client.get("/api/network", params=params)
    body = res.json()
    assert res.status_code == 400 and body["ok"] is False and body["status"] == 400
    assert body["error"]


def test_network_adding_a_document_twice_keeps_one_set_of_relations(tmp_path: Path) -> None:
    path = make_network_db(tmp_path / "n.db")
    with open_store(path) as store:
        before = store.counts()["relations"]
        assert not store.add(network_docs()[0])
        assert store.counts()["relations"] == before == 4


def test_network_filter_refuses_an_unknown_relation() -> None:
    with pytest.raises(ValueError, match="unknown relation"):
        NetworkFilter(relation="friends")
    with pytest.raises(ValueError, match="after"):
        NetworkFilter(since=dt.date(2017, 2, 1), until=dt.date(2017, 1, 1))


def test_network_csv_names_the_ends(tmp_path: Path) -> None:
    with open_store(make_network_db(tmp_path / "n.db"), readonly=True) as store:
        text = render(network_graph(store), "csv")
    header, *rows = text.splitlines()
    assert header.startswith("source,target,relation,weight,first,last,claimed_by")
    assert any(r.startswith("Military Forces of Iraq,Islamic State,fights,2,") for r in rows)


def test_network_csv_bom_for_excel(tmp_path: Path) -> None:
    """``warlog network --format csv --bom`` starts the CSV with the UTF-8 byte-order
    mark, on stdout and in a file, as ``warlog events --bom`` does (Excel otherwise reads
    it in the legacy code page); with another format it is a usage error."""
    from click.testing import CliRunner

    from warlog.cli import cli

    db = make_network_db(tmp_path / "n.db")
    result = CliRunner().invoke(cli, ["network", "--db", db, "--format", "csv", "--bom"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfsource,target,")
    out = tmp_path / "net.csv"
    result = CliRunner().invoke(cli, ["network", "--db", db, "--format", "csv", "--bom",
                                      "-o", str(out)])
    assert result.exit_code == 0 and out.read_bytes().startswith(b"\xef\xbb\xbfsource,")
    result = CliRunner().invoke(cli, ["network", "--db", db, "--bom"])
    assert result.exit_code == 2 and "--bom applies to --format csv only" in result.stderr
