"""The schema, as numbered migrations. Never edit a released migration: add one.

Tables:

- ``documents``: one row per cleaned document (text, metadata, the whole annotated record
  as JSON), with ``documents_fts`` (FTS5 over title and text) kept in step by triggers;
- ``failures``: inputs that could not be read or annotated, with the reason;
- ``events``: every extracted event of every document (``key`` = document id + event id),
  with ``canonical_id`` pointing at the canonical event it was merged into (NULL = not
  merged yet);
- ``canonical_events``: one row per real-world event, with ``canonical_rtree`` (R*Tree over
  longitude, latitude and day) for bounding-box and date queries;
- ``relations``: every relation between actors the network stage read in a document
  (``key`` = document id + relation id), one row per sentence that shows it, with that
  sentence (``start``, ``end``, ``text``) as its evidence; ``documents.relations_read``
  says whether the document went through the network stage (0 for documents stored before
  migration 4: the next ``ingest`` of their input reads their relations, and nothing else);
- ``corrections``: analysts' corrections (set a field, delete, restore, merge, split),
  with ``correction_reports`` anchoring each to the reports it concerns (member keys
  ``document_id:event_id``, in order, and their documents), and on ``canonical_events`` the columns
  ``deleted``, ``reviewed`` and ``automatic`` (the automation's record of a reviewed
  event, for ``warlog eval corrections``);
- ``_migrations``: the migrations applied, numbered.

Migration 6 replaces the (country, first day) index of ``events`` with (country, first
day, last day), which answers the merge's window reads alone.

Migration 3 shows how the schema grows: a column added, filled from the stored records.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    version: int
    name: str
    sql: str


_DOCUMENTS = """
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT,
    source TEXT,
    url TEXT,
    published TEXT,
    language TEXT NOT NULL,
    origin_path TEXT NOT NULL,
    origin_line INTEGER,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    line INTEGER,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    document_id TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE UNIQUE INDEX failures_unique ON failures(path, coalesce(line, -1), stage, reason);
"""

_EVENTS = """
CREATE TABLE events (
    key TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    date TEXT,
    day_first INTEGER,
    day_last INTEGER,
    country_code TEXT,
    record TEXT NOT NULL,
    canonical_id TEXT
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_canonical ON events(canonical_id);
CREATE INDEX events_country_day ON events(country_code, day_first);
CREATE TABLE canonical_events (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    date TEXT,
    day_first INTEGER,
    day_last INTEGER,
    country TEXT,
    country_code TEXT,
    admin1 TEXT,
    location TEXT,
    lat REAL,
    lon REAL,
    geo_precision INTEGER,
    actors TEXT NOT NULL,
    sources TEXT NOT NULL,
    n_sources INTEGER NOT NULL,
    fatalities INTEGER,
    record TEXT NOT NULL
);
CREATE INDEX canonical_day ON canonical_events(day_first);
CREATE INDEX canonical_country ON canonical_events(country_code, day_first);
CREATE VIRTUAL TABLE canonical_rtree USING rtree(
    rowid, min_lon, max_lon, min_lat, max_lat, min_day, max_day
);
"""

_HISTORICAL = """
ALTER TABLE canonical_events ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;
UPDATE canonical_events SET historical = coalesce(json_extract(record, '$.historical'), 0);
"""

_RELATIONS = """
ALTER TABLE documents ADD COLUMN relations_read INTEGER NOT NULL DEFAULT 0;
CREATE TABLE relations (
    key TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    claimed_by TEXT,
    date TEXT,
    day_first INTEGER,
    day_last INTEGER,
    historical INTEGER NOT NULL DEFAULT 0,
    country_code TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX relations_document ON relations(document_id);
CREATE INDEX relations_source ON relations(source COLLATE NOCASE);
CREATE INDEX relations_target ON relations(target COLLATE NOCASE);
CREATE INDEX relations_day ON relations(day_first);
"""

_CORRECTIONS = """
CREATE TABLE corrections (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('set', 'delete', 'restore', 'merge', 'split')),
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    event TEXT,
    note TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    by TEXT NOT NULL
);
CREATE TABLE correction_reports (
    correction_id TEXT NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    report TEXT NOT NULL,
    document_id TEXT NOT NULL,
    PRIMARY KEY (correction_id, position)
);
CREATE INDEX correction_reports_report ON correction_reports(report);
CREATE INDEX correction_reports_document ON correction_reports(document_id);
ALTER TABLE canonical_events ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE canonical_events ADD COLUMN reviewed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE canonical_events ADD COLUMN automatic TEXT;
"""

# The merge's window reads (store/merging.py) filter on the last day and take the longest
# span near a window: with day_last in the index both are read from the index alone, not
# one table row per stored event of the decade before the window.
_WINDOW_INDEX = """
CREATE INDEX events_country_days ON events(country_code, day_first, day_last);
DROP INDEX events_country_day;
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, full-text index and failures", _DOCUMENTS),
    Migration(2, "extracted events, canonical events and their spatial index", _EVENTS),
    Migration(3, "canonical_events.historical: background history kept out of queries",
              _HISTORICAL),
    Migration(4, "relations between actors, with their evidence", _RELATIONS),
    Migration(5, "corrections by analysts, anchored to reports", _CORRECTIONS),
    Migration(6, "merge windows read from the index: events by country, first and last day",
              _WINDOW_INDEX),
)
LATEST = MIGRATIONS[-1].version
