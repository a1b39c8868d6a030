"""Apply the numbered migrations of :mod:`warlog.store.schema`, recorded in ``_migrations``.

A database written by a newer warlog (a version above ours) is refused untouched; a
SQLite file that holds other tables but no ``_migrations`` is not ours and is refused too.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from warlog.errors import StoreError
from warlog.store.schema import LATEST, MIGRATIONS


def schema_version(conn: sqlite3.Connection, path: str) -> int:
    """The highest migration applied (0 for an empty database); refuses foreign files."""
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not names:
        return 0
    if "_migrations" not in names:
        raise StoreError(f"{path}: this SQLite file is not a warlog database "
                         f"(it has tables but no _migrations); choose another --db file")
    version = conn.execute("SELECT max(version) FROM _migrations").fetchone()[0]
    return int(version or 0)


def check_version(version: int, path: str) -> None:
    if version > LATEST:
        raise StoreError(
            f"{path}: database schema version {version} was written by a newer warlog "
            f"(this one knows up to {LATEST}); upgrade warlog to read it. Nothing was changed.")


def migrate(conn: sqlite3.Connection, path: str) -> list[int]:
    """Apply every missing migration, each in its own transaction; the versions applied."""
    version = schema_version(conn, path)
    check_version(version, path)
    applied: list[int] = []
    for m in MIGRATIONS:
        if m.version <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if m.version == 1:
                conn.execute("CREATE TABLE IF NOT EXISTS _migrations (version INTEGER "
                             "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            for statement in _statements(m.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO _migrations VALUES (?, ?, ?)",
                         (m.version, m.name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(m.version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (triggers hold inner semicolons)."""
    out: list[str] = []
    buf = ""
    for line in sql.strip().splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out
