"""Ingest cost that does not grow with the store: every statement that storing and merging
a new document runs reaches stored rows through an index (SQLite's query plan says SEARCH,
never SCAN, for every stored table), corrections stored or not."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from pathlib import Path

from tests.unit.test_store import fixture_documents
from tests.unit.test_store_batches import _moved
from warlog.models import AnnotatedDocument
from warlog.store import corrections as sc
from warlog.store import open_store

# A whole-table read is allowed only of the merge's own temporary key table and, for the
# spatial index, a lookup by rowid (R*Tree "INDEX 1").
_ALLOWED = re.compile(r"SCAN (k|merge_keys)\b|VIRTUAL TABLE INDEX 1:")


def _scans(conn: sqlite3.Connection, statements: list[str]) -> list[tuple[str, str]]:
    found = []
    for sql in statements:
        if not re.match(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", sql, re.I):
            continue
        for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"):
            step = str(row[-1])
            if step.startswith("SCAN") and not _ALLOWED.search(step):
                found.append((step, sql[:200]))
    return found


def _copy(ad: AnnotatedDocument, years: int) -> AnnotatedDocument:
    moved = _moved(ad, years)
    return dataclasses.replace(moved, document=dataclasses.replace(
        moved.document, id=f"{ad.document.id}-{years}"))


def test_store_ingest_and_merge_never_scan_a_stored_table(tmp_path: Path) -> None:
    docs = fixture_documents()
    with open_store(tmp_path / "p.db") as s:
        s.add_many([*docs, *(_copy(ad, years) for years in (-10, 10) for ad in docs)])
        s.merge()
        first = next(iter(s.events()))
        sc.correct(s, first.id, {"fatalities": 3}, "checked", "ann")  # corrections stored
        traced: list[str] = []
        s.conn.set_trace_callback(traced.append)
        new = [_copy(ad, 1) for ad in docs[:5]]
        for ad in new:
            s.has_read(ad.document.id)
        s.add_many(new)
        report = s.merge()
        s.conn.set_trace_callback(None)
        assert report.events > 0
        statements = [t for t in traced if "count(*)" not in t]  # the run's one total
        assert any("merge_keys" in t for t in statements)
        assert _scans(s.conn, statements) == []


def test_store_merge_windows_are_read_from_the_index_alone(tmp_path: Path) -> None:
    with open_store(tmp_path / "i.db") as s:
        s.add_many(fixture_documents())
        traced: list[str] = []
        s.conn.set_trace_callback(traced.append)
        s.merge()
        s.conn.set_trace_callback(None)
        span = [t for t in traced if "max(day_last - day_first)" in t]
        assert span
        plan = " ".join(str(r[-1]) for r in s.conn.execute(f"EXPLAIN QUERY PLAN {span[0]}"))
        assert "COVERING INDEX events_country_days" in plan


def test_store_merge_rewrites_only_the_canonical_events_that_change(tmp_path: Path) -> None:
    docs = fixture_documents()
    with open_store(tmp_path / "r.db") as s:
        s.add_many(docs[1:])
        s.merge()
        query = "SELECT id, rowid, record FROM canonical_events"
        before = {i: (rowid, rec) for i, rowid, rec in s.conn.execute(query)}
        s.add_many(docs[:1])
        report = s.merge()
        after = {i: (rowid, rec) for i, rowid, rec in s.conn.execute(query)}
        unchanged = [i for i in before if i in after and after[i][1] == before[i][1]]
        assert report.events > len(docs[0].events)  # stored neighbours were merged again
        assert unchanged and all(after[i][0] == before[i][0] for i in unchanged)
        assert any(i not in before or after[i][1] != before[i][1] for i in after)
        incremental = list(s.events())
        s.merge(full=True)
        assert list(s.events()) == incremental
