"""The actor network end to end: a report written for these tests (every kind of relation,
a claim and a bit of history) through `warlog ingest` and out of `warlog network` in each
format; re-ingest, old databases, filters; the seed's alliances when the seed is there."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES, SHARED
from warlog.cli import cli
from warlog.store import open_store
from warlog.store.graphs import GEXF_NS, GRAPHML_NS
from warlog.store.migrations import _statements
from warlog.store.schema import LATEST, MIGRATIONS

pytestmark = pytest.mark.model

STORY = FIXTURES / "network" / "alliances.txt"


@pytest.fixture(autouse=True)
def _shared_cache(cache_dir: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLOG_CACHE_DIR", cache_dir)


def _run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


def _ingest(db: str, path: Path = STORY, published: str = "2019-03-12") -> None:
    code, _, err = _run(["ingest", str(path), "--db", db, "--published", published])
    assert code == 0, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "net.db")
    _ingest(path)
    return path


def _graph(db: str, *args: str) -> dict[str, Any]:
    code, out, err = _run(["network", "--db", db, *args])
    assert code == 0, err
    return dict(json.loads(out))


def _edges(graph: dict[str, Any]) -> dict[tuple[str, str, str], dict[str, Any]]:
    names = {n["id"]: n["name"] for n in graph["nodes"]}
    return {(names[e["source"]], e["relation"], names[e["target"]]): e for e in graph["edges"]}


def test_network_reads_every_kind_of_relation_with_its_sentence(db: str) -> None:
    edges = _edges(_graph(db))
    houthis, somalia = "Houthi extremists (Ansar Allah)", "Military Forces of Somalia"
    assert ("Military Forces of Iran", "supports", houthis) in edges  # "Iran-backed Houthi"
    assert ("Military Forces of Kenya", "supports", somalia) in edges  # ", supported by"
    assert (houthis, "fights", "Military Forces of Saudi Arabia") in edges
    assert ("Al-Shabaab", "fights", somalia) in edges
    assert ("Al-Shabaab", "agreement", somalia) in edges  # "a truce between X and Y"
    assert ("Military Forces of Afghanistan", "agreement", "Taliban") in edges  # "X and Y agreed"
    joined = edges[("Ahrar al-Sham", "member_of", "Islamic Front")]
    assert joined["historical"] and joined["first"] == "2014"  # "In 2014 ... joined"
    for e in edges.values():
        [ev] = e["evidence"]
        assert e["weight"] == 1 and ev["published"] == "2019-03-12"


def test_network_a_partys_word_is_a_claim_and_evidence_quotes_the_report(db: str) -> None:
    graph = _graph(db)
    edges = _edges(graph)
    claim = edges[("Military Forces of Iran", "supports", "Al-Qaida")]
    assert claim["claimed_by"] == "Houthi extremists (Ansar Allah)"
    assert all(e["claimed_by"] is None for k, e in edges.items() if k[2] != "Al-Qaida")
    with open_store(db, readonly=True) as store:
        for e in graph["edges"]:
            for ev in e["evidence"]:
                ad = store.get(ev["document_id"])
                assert ad is not None
                assert ad.document.text[ev["start"]:ev["end"]] == ev["text"]
    assert "trained al-Qaeda fighters" in claim["evidence"][0]["text"]


def test_network_reingest_adds_nothing(db: str) -> None:
    before = _graph(db)
    _ingest(db)
    with open_store(db, readonly=True) as store:
        assert store.counts()["relations"] == len(before["edges"])
    assert _graph(db) == before


def test_network_filters(db: str) -> None:
    supports = _graph(db, "--relation", "supports")["edges"]
    assert supports and {e["relation"] for e in supports} == {"supports"}
    taliban = _graph(db, "--actor", "taliban")
    assert [n["name"] for n in taliban["nodes"]] == ["Military Forces of Afghanistan",
                                                      "Taliban"]
    assert _graph(db, "--since", "2019-03-13")["edges"] == []
    assert {e["first"] for e in _graph(db, "--until", "2015-01-01")["edges"]} == {"2014"}


@pytest.mark.parametrize("args", [["--relation", "allies"], ["--since", "2019-13-01"],
                                  ["--since", "2019-03-12", "--until", "2019-01-01"]])
def test_network_bad_filters_are_usage_errors(db: str, args: list[str]) -> None:
    code, _, err = _run(["network", "--db", db, *args])
    assert code == 2 and "Error" in err


def _check_graphml(text: str, graph: dict[str, Any]) -> None:
    ns = {"g": GRAPHML_NS}
    root = ET.fromstring(text)
    assert root.tag == f"{{{GRAPHML_NS}}}graphml"
    keys = {k.get("id"): k.get("for") for k in root.findall("g:key", ns)}
    nodes = root.findall("g:graph/g:node", ns)
    edges = root.findall("g:graph/g:edge", ns)
    assert len(nodes) == len(graph["nodes"]) and len(edges) == len(graph["edges"])
    ids = {n.get("id") for n in nodes}
    assert all(e.get("source") in ids and e.get("target") in ids for e in edges)
    assert len({e.get("id") for e in edges}) == len(edges)
    for el, scope in [*((n, "node") for n in nodes), *((e, "edge") for e in edges)]:
        assert all(keys.get(d.get("key")) == scope for d in el.findall("g:data", ns))


def _check_gexf(text: str, graph: dict[str, Any]) -> None:
    ns = {"x": GEXF_NS}
    root = ET.fromstring(text)
    assert root.tag == f"{{{GEXF_NS}}}gexf" and root.get("version") == "1.2"
    g = root.find("x:graph", ns)
    assert g is not None and g.get("defaultedgetype") == "directed"
    declared = {a.get("class"): {x.get("id") for x in a} for a in g.findall("x:attributes", ns)}
    nodes = g.findall("x:nodes/x:node", ns)
    edges = g.findall("x:edges/x:edge", ns)
    assert len(nodes) == len(graph["nodes"]) and len(edges) == len(graph["edges"])
    assert {n.get("label") for n in nodes} == {n["name"] for n in graph["nodes"]}
    for el, scope in [*((n, "node") for n in nodes), *((e, "edge") for e in edges)]:
        assert {v.get("for") for v in el.findall("x:attvalues/x:attvalue", ns)} <= declared[scope]
    assert all(float(e.get("weight", "0")) >= 1 for e in edges)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_network_files_open_in_graph_tools(db: str, tmp_path: Path, fmt: str) -> None:
    graph = _graph(db)
    out = tmp_path / f"net.{fmt}"
    code, _, err = _run(["network", "--db", db, "--format", fmt, "-o", str(out)])
    assert code == 0 and "relations" in err
    text = out.read_text(encoding="utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == len(graph["edges"])
        assert {r["relation"] for r in rows} == {"fights", "supports", "member_of", "agreement"}
        return
    (_check_graphml if fmt == "graphml" else _check_gexf)(text, graph)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_read_back_by_networkx(db: str, tmp_path: Path, fmt: str) -> None:
    nx = pytest.importorskip("networkx")  # not a dependency: checked where it is installed
    graph = _graph(db)
    out = tmp_path / f"net.{fmt}"
    assert _run(["network", "--db", db, "--format", fmt, "-o", str(out)])[0] == 0
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(str(out))
    assert g.number_of_nodes() == len(graph["nodes"])
    assert g.number_of_edges() == len(graph["edges"])


def test_network_an_older_database_migrates_and_gains_its_relations(tmp_path: Path) -> None:
    """A database of schema 3 opens as 4; a document stored before the network stage is
    read for its relations on the next ingest of its input, its events left as they were."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE _migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "applied_at TEXT NOT NULL)")
    for m in MIGRATIONS[:3]:
        for statement in _statements(m.sql):
            conn.execute(statement)
        conn.execute("INSERT INTO _migrations VALUES (?, ?, 'then')", (m.version, m.name))
    conn.close()
    _ingest(str(path))
    with open_store(path) as store:
        assert store.conn.execute("SELECT max(version) FROM _migrations").fetchone()[0] == LATEST
        counts = store.counts()
        store.conn.execute("DELETE FROM relations")  # as stored by a warlog before migration 4
        store.conn.execute("UPDATE documents SET relations_read = 0")
    _ingest(str(path))
    with open_store(path, readonly=True) as store:
        assert store.counts() == counts and counts["relations"] > 0


@pytest.mark.skipif(not (SHARED / "seed" / "seed-articles.txt").exists(), reason="no seed")
def test_network_of_the_seed(tmp_path: Path) -> None:
    """The alliances issue 13 names, from the seed reports."""
    db = str(tmp_path / "seed.db")
    _ingest(db, SHARED / "seed" / "seed-articles.txt", "2017-09-15")
    edges = _edges(_graph(db))
    isis, sdf, syria = ("Islamic State of Iraq and the Levant (ISIL)",
                        "Syrian Democratic Forces (SDF)", "Military Forces of Syria")
    facts = {k for k, e in edges.items() if e["claimed_by"] is None}
    assert {(isis, "fights", sdf), (isis, "fights", syria),
            ("Global Coalition Against Daesh", "fights", isis),
            ("Military Forces of the United States", "supports", sdf),
            ("Military Forces of Russia", "supports", syria),
            ("Syriac Military Council", "member_of", sdf),
            ("Hezbollah", "agreement", isis)} <= facts
    nurtured = edges[("Military Forces of the United States", "supports", isis)]
    assert nurtured["claimed_by"] == "Hezbollah"


def test_network_count_line_says_one_relation_in_the_singular(db: str) -> None:
    """The line on stderr counts as the page's header does: "1 relation", not
    "1 relations"."""
    code, out, err = _run(["network", "--db", db, "--actor", "taliban"])
    assert code == 0 and len(json.loads(out)["edges"]) == 1, err
    assert err.strip().endswith("warlog: 2 actors, 1 relation")
