"""The SQLite store: open safely, write documents in small transactions, read back.

Safety rules:

- WAL mode, one transaction per batch of documents with their extractions (``add_many``;
  ``warlog ingest`` commits every few documents), so a killed run (even ``kill -9``)
  loses at most the batch in flight, and the next run skips every stored document
  (``has_document``) and carries on;
- a corrupt file, a file that is not a warlog database, a schema from a newer warlog, a
  lock held too long or a full disk all raise :class:`StoreError` naming the file, after
  rolling back the transaction in flight: what was committed stays as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Self

from warlog import codec
from warlog.errors import StoreError
from warlog.merge.dedup import date_interval, event_country
from warlog.models import AnnotatedDocument, CanonicalEvent, Event, Failure
from warlog.store import merging, network
from warlog.store.migrations import check_version, migrate, schema_version
from warlog.store.query import EventFilter, select_events
from warlog.store.schema import LATEST

DEFAULT_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge pass did."""

    events: int  # extracted events (re)considered
    canonical: int  # canonical events written
    total: int  # canonical events in the store afterwards


def explain(exc: sqlite3.Error, path: str, timeout: float) -> StoreError:
    """A StoreError that says what went wrong with ``path`` and what to do."""
    msg = str(exc)
    if "locked" in msg or "busy" in msg:
        text = (f"{path} is locked by another process (waited {timeout:g} s); "
                "wait for it to finish and run again")
    elif "disk is full" in msg or "disk I/O" in msg:
        text = (f"{path}: the disk is full or failing ({msg}); nothing of the document "
                "in flight was written; free space and run again to continue")
    elif "not a database" in msg or "malformed" in msg or "corrupt" in msg:
        text = (f"{path} is not a readable warlog database ({msg}): the file is corrupt "
                "or of another kind; restore it from a copy or choose another --db file")
    elif "readonly" in msg or "unable to open" in msg:
        text = f"{path} cannot be opened for writing ({msg}); check the path and permissions"
    else:
        text = f"{path}: database error: {msg}"
    return StoreError(text)


class Store:
    """A warlog database. Use :func:`open_store`; close it (or use ``with``)."""

    def __init__(self, conn: sqlite3.Connection, path: str, timeout: float) -> None:
        self.conn = conn
        self.path = path
        self.timeout = timeout

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """Turn sqlite3 errors into StoreError naming the file."""
        try:
            yield
        except sqlite3.Error as exc:
            raise explain(exc, self.path, self.timeout) from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT; ROLLBACK on any error (then StoreError)."""
        with self.guard():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def has_document(self, document_id: str) -> bool:
        with self.guard():
            row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (document_id,))
            return row.fetchone() is not None

    def has_read(self, document_id: str) -> bool:
        """Whether the document is stored with everything this warlog reads (its relations
        too: a document stored before migration 4 is read again for them)."""
        with self.guard():
            row = self.conn.execute("SELECT relations_read FROM documents WHERE id = ?",
                                    (document_id,)).fetchone()
            return row is not None and bool(row[0])

    def add(self, ad: AnnotatedDocument) -> bool:
        """Store a document with its extraction in one transaction; False if already there
        (a document stored before the network stage only gains its relations)."""
        return self.add_many([ad])[0]

    def add_many(self, ads: Sequence[AnnotatedDocument]) -> list[bool]:
        """Store documents with their extractions and relations in one transaction (all or
        none of them); for each, False if it was already there (or earlier in ``ads``). A
        document stored before the network stage only gains its relations."""
        rows = [_document_rows(ad) for ad in ads]  # encoded before the write lock is taken
        added: list[bool] = []
        with self.transaction() as c:
            for ad, (doc_row, event_rows) in zip(ads, rows, strict=True):
                row = c.execute("SELECT relations_read FROM documents WHERE id = ?",
                                (doc_row[0],)).fetchone()
                if row is not None:
                    if not row[0]:
                        network.insert_relations(c, ad)
                    added.append(False)
                    continue
                c.execute(
                    "INSERT INTO documents (id, title, source, url, published, language, "
                    "origin_path, origin_line, text, record, stored_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, json(?), ?)", doc_row)
                c.executemany(
                    "INSERT OR IGNORE INTO events (key, document_id, event_id, event_type, "
                    "sub_event_type, date, day_first, day_last, country_code, record) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event_rows)
                network.insert_relations(c, ad)
                c.execute(_RESOLVED, (ad.document.origin.path, ad.document.origin.line,
                                      ad.document.id))
                added.append(True)
        return added

    def replace_many(self, ads: Sequence[AnnotatedDocument]) -> None:
        """Put a new extraction of stored documents in place of their old one (events,
        relations and record; the text stays), in one transaction; their new events wait
        for a merge. Analysts' corrections stay: they are anchored to reports and, when a
        report's event id changed, to its document (:mod:`warlog.corrections.apply`)."""
        rows = [_document_rows(ad) for ad in ads]
        with self.transaction() as c:
            for ad, (doc_row, event_rows) in zip(ads, rows, strict=True):
                c.execute("DELETE FROM events WHERE document_id = ?", (doc_row[0],))
                c.execute("DELETE FROM relations WHERE document_id = ?", (doc_row[0],))
                c.execute("UPDATE documents SET record = json(?), published = ?, source = ? "
                          "WHERE id = ?", (doc_row[9], doc_row[4], doc_row[2], doc_row[0]))
                c.executemany(
                    "INSERT OR IGNORE INTO events (key, document_id, event_id, event_type, "
                    "sub_event_type, date, day_first, day_last, country_code, record) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event_rows)
                network.insert_relations(c, ad)

    def stored_undated(self, document_id: str) -> bool:
        """Whether the document is stored with no publication date."""
        with self.guard():
            row = self.conn.execute("SELECT published FROM documents WHERE id = ?",
                                    (document_id,)).fetchone()
        return row is not None and row[0] is None

    def document_ids(self) -> list[str]:
        """The ids of the stored documents, in the order they were stored."""
        with self.guard():
            return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def get(self, document_id: str) -> AnnotatedDocument | None:
        """The annotated document as it was stored, or None."""
        with self.guard():
            row = self.conn.execute("SELECT text, record FROM documents WHERE id = ?",
                                    (document_id,)).fetchone()
        if row is None:
            return None
        record = json.loads(row[1])
        record["document"]["text"] = row[0]
        return codec.from_plain(AnnotatedDocument, record)

    def add_failure(self, f: Failure) -> None:
        """Record an input that failed; the same failure twice is one row (last_seen), and
        a new reason for the same input (file, line, document) replaces the old one."""
        now = _now()
        with self.transaction() as c:
            c.execute(
                "DELETE FROM failures WHERE path = ? AND coalesce(line, -1) = coalesce(?, -1) "
                "AND coalesce(document_id, '') = coalesce(?, '') AND NOT (stage = ? AND "
                "reason = ?)", (f.path, f.line, f.document_id, f.stage, f.reason))
            c.execute(
                "INSERT INTO failures (path, line, stage, reason, document_id, first_seen, "
                "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT DO UPDATE SET last_seen = excluded.last_seen",
                (f.path, f.line, f.stage, f.reason, f.document_id, now, now))

    def failures(self) -> list[Failure]:
        with self.guard():
            rows = self.conn.execute("SELECT path, stage, reason, line, document_id "
                                     "FROM failures ORDER BY path, line, id").fetchall()
        return [Failure(*r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, events, canonical_events, failures, unmerged."""
        queries = {
            "documents": "SELECT count(*) FROM documents",
            "events": "SELECT count(*) FROM events",
            "unmerged": "SELECT count(*) FROM events WHERE canonical_id IS NULL",
            "canonical_events": "SELECT count(*) FROM canonical_events",
            "failures": "SELECT count(*) FROM failures",
            "relations": "SELECT count(*) FROM relations",
        }
        with self.guard():
            return {k: int(self.conn.execute(q).fetchone()[0]) for k, q in queries.items()}

    def merge(self, full: bool = False) -> MergeReport:
        """Merge events not merged yet into canonical events (``full``: redo everything)."""
        with self.transaction() as c:
            if full:
                merging.reset(c)
            windows = merging.pending_windows(c)
        seen = written = 0
        spans: dict[str | None, int] = {}
        for country, lo, hi in windows:  # a transaction per window: progress survives
            with self.transaction() as c:
                if country not in spans:
                    days = [d for w in windows if w[0] == country for d in w[1:] if d is not None]
                    spans[country] = merging.longest_span(c, country, min(days), max(days)) \
                        if days else 0
                n, m = merging.merge_window(c, country, lo, hi, spans[country])
            seen, written = seen + n, written + m
        with self.guard():
            total = self.conn.execute("SELECT count(*) FROM canonical_events").fetchone()[0]
        return MergeReport(events=seen, canonical=written, total=int(total))

    def events(self, flt: EventFilter | None = None) -> Iterator[CanonicalEvent]:
        """Canonical events matching ``flt``, by date then id."""
        with self.guard():
            for record in select_events(self.conn, flt or EventFilter()):
                yield codec.loads(CanonicalEvent, record)


def network_graph(store: Store, flt: network.NetworkFilter | None = None) -> dict[str, Any]:
    """The actor network of the store (see :mod:`warlog.store.network`)."""
    with store.guard():
        return network.build_graph(store.conn, flt or network.NetworkFilter())


# The failures table tells what the latest reading of each input found: once a document
# of a file (or of a JSON line) is stored, that input's failures are history, and so is a
# failure of the file as a whole (it has been read since); a failure of another document
# or another line of the same file stays.
_RESOLVED = ("DELETE FROM failures WHERE path = ?1 AND ((line IS NULL AND document_id IS NULL)"
             " OR (coalesce(line, -1) = coalesce(?2, -1) AND (document_id IS NULL OR "
             "document_id = ?3)))")


def _document_rows(ad: AnnotatedDocument) -> tuple[tuple[object, ...], list[tuple[object, ...]]]:
    """The documents row and the events rows of one annotated document."""
    d = ad.document
    record = codec.to_plain(ad)
    record["document"]["text"] = None  # kept once, in the text column
    doc_row = (d.id, d.title, d.source, d.url, d.published.isoformat() if d.published else None,
               d.language, d.origin.path, d.origin.line, d.text,
               json.dumps(record, ensure_ascii=False), _now())
    return doc_row, [_event_row(d.id, e) for e in ad.events]


def _event_row(document_id: str, e: Event) -> tuple[object, ...]:
    span = date_interval(e.date, e.date_precision)
    country = event_country(e)  # dedup's country, so that merge windows match its blocks
    return (f"{document_id}:{e.id}", document_id, e.id, e.event_type, e.sub_event_type, e.date,
            span[0] if span else None, span[1] if span else None, country,
            codec.dumps(e))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def open_store(path: str | os.PathLike[str], readonly: bool = False,
               timeout: float = DEFAULT_TIMEOUT, create: bool = True) -> Store:
    """Open (creating and migrating unless ``readonly``) the warlog database at ``path``.
    With ``create=False`` (commands that change a database warlog ingest made) a missing
    or empty file is refused untouched, never made a database; an older one is migrated."""
    name = os.fspath(path)
    if os.path.isdir(name):
        raise StoreError(f"{name} is a folder; --db needs a database file")
    if (readonly or not create) and not os.path.exists(name):
        raise StoreError(f"{name}: no such database; run 'warlog ingest PATH --db {name}' first")
    uri = f"file:{_quote(os.path.abspath(name))}{'?mode=ro' if readonly else ''}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise explain(exc, name, timeout) from exc
    store = Store(conn, name, timeout)
    try:
        with store.guard():
            version = schema_version(conn, name)
            check_version(version, name)
            if readonly:
                _require_current(version, name)
            elif not create and version == 0:
                _require_current(version, name)  # empty: say so before writing anything
            else:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                migrate(conn, name)
            conn.execute("PRAGMA foreign_keys=ON")
    except BaseException:
        conn.close()
        raise
    return store


def _require_current(version: int, name: str) -> None:
    if version == 0:
        raise StoreError(f"{name} is empty; run 'warlog ingest PATH --db {name}' first")
    if version < LATEST:
        raise StoreError(f"{name} has schema version {version}; run 'warlog ingest --db "
                         f"{name}' once to upgrade it to version {LATEST}")


def _quote(path: str) -> str:
    return path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
