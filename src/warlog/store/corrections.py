"""Record analysts' corrections, list them, and import a teammate's.

Every command is one transaction: the corrections are written, the canonical events
they concern are recomputed (dedup, then every correction laid over it: see
:mod:`warlog.corrections.apply`) and committed together, or nothing changes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from warlog import codec
from warlog.corrections.values import Correction, check_value, correction_id, field_value
from warlog.errors import CorrectionError
from warlog.merge.dedup import member_key
from warlog.models import CanonicalEvent
from warlog.store import merging
from warlog.store.review import all_corrections
from warlog.store.sqlite import Store


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def load_event(c: sqlite3.Connection, event_id: str) -> CanonicalEvent:
    """The canonical event ``event_id`` (deleted or not), or CorrectionError."""
    row = c.execute("SELECT record FROM canonical_events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise CorrectionError(f"no event with id {event_id!r}; list them with 'warlog events'")
    return codec.loads(CanonicalEvent, row[0])


def _keys(ev: CanonicalEvent) -> tuple[str, ...]:
    return tuple(sorted(member_key(m) for m in ev.members))


def make(kind: str, reports: tuple[str, ...], event: str | None, note: str, by: str,
         field_name: str | None = None, old: Any = None, new: Any = None,
         at: str | None = None) -> Correction:
    """A new correction with its deterministic id."""
    at = at or now()
    old_text = None if field_name is None else json.dumps(old, ensure_ascii=False)
    new_text = None if field_name is None else json.dumps(new, ensure_ascii=False)
    return Correction(id=correction_id(kind, field_name, new_text, reports, at, by),
                      kind=kind, field=field_name, old_value=old_text, new_value=new_text,
                      reports=reports, event=event, note=note, at=at, by=by)


def _insert(c: sqlite3.Connection, corr: Correction) -> bool:
    cur = c.execute("INSERT OR IGNORE INTO corrections (id, kind, field, old_value, new_value, "
                    "event, note, at, by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (corr.id, corr.kind, corr.field, corr.old_value, corr.new_value,
                     corr.event, corr.note, corr.at, corr.by))
    if cur.rowcount <= 0:
        return False
    c.executemany("INSERT INTO correction_reports VALUES (?, ?, ?, ?)",
                  [(corr.id, i, r, r.split(":", 1)[0]) for i, r in enumerate(corr.reports)])
    return True


def _recompute(c: sqlite3.Connection, reports: Iterable[str]) -> None:
    """Unmerge the canonical events holding ``reports`` and merge again (same transaction)."""
    c.execute("CREATE TEMP TABLE IF NOT EXISTS touched (key TEXT PRIMARY KEY)")
    c.execute("DELETE FROM touched")
    c.executemany("INSERT OR IGNORE INTO touched VALUES (?)", [(r,) for r in reports])
    ids = [r[0] for r in c.execute(
        "SELECT DISTINCT e.canonical_id FROM touched t CROSS JOIN events e ON e.key = t.key "
        "WHERE e.canonical_id IS NOT NULL")]  # from the few reports, not every event
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        c.execute(f"UPDATE events SET canonical_id = NULL WHERE canonical_id IN ({marks})", chunk)
    merging.delete_canonical(c, ids)
    for country, lo, hi in merging.pending_windows(c):
        merging.merge_window(c, country, lo, hi)


def _event_of(c: sqlite3.Connection, report: str) -> str | None:
    row = c.execute("SELECT canonical_id FROM events WHERE key = ?", (report,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def commit(store: Store, corrections: list[Correction]) -> list[str | None]:
    """Write ``corrections`` and recompute what they touch; for each, the id of the
    event that now holds its first report."""
    with store.transaction() as c:
        for corr in corrections:
            _insert(c, corr)
        _recompute(c, [r for corr in corrections for r in corr.reports])
        return [_event_of(c, corr.reports[0]) if corr.reports else None
                for corr in corrections]


def correct(store: Store, event_id: str, values: Mapping[str, Any], note: str = "",
            by: str = "") -> str | None:
    """Set fields (stored forms, checked here again) of a canonical event; its id after."""
    if not values:
        raise CorrectionError("nothing to correct: give at least one FIELD=VALUE")
    with store.guard():
        ev = load_event(store.conn, event_id)
    at = now()
    corrs = [make("set", _keys(ev), ev.id, note, by, name, field_value(ev, name),
                  check_value(name, value), at) for name, value in values.items()]
    return commit(store, corrs)[0]


def delete(store: Store, event_id: str, note: str = "", by: str = "",
           restore: bool = False) -> str | None:
    """Mark a canonical event as no event (or, ``restore``, as one again)."""
    with store.guard():
        ev = load_event(store.conn, event_id)
    return commit(store, [make("restore" if restore else "delete", _keys(ev), ev.id, note,
                               by)])[0]


def merge(store: Store, event_ids: list[str], note: str = "", by: str = "") -> str | None:
    """Join canonical events into one; the id of the joined event."""
    if len(set(event_ids)) < 2:
        raise CorrectionError("merging needs two different event ids")
    with store.guard():
        events = [load_event(store.conn, i) for i in event_ids]
    keys = tuple(k for ev in events for k in _keys(ev))
    return commit(store, [make("merge", keys, events[0].id, note, by)])[0]


def split(store: Store, event_id: str, report: str, note: str = "",
          by: str = "") -> tuple[str | None, str | None]:
    """Take one report (a document id, or ``document_id:event_id``) out of an event into
    an event of its own; the ids of the event left and of the new one."""
    with store.guard():
        ev = load_event(store.conn, event_id)
    keys = _keys(ev)
    chosen = [k for k in keys if k == report or k.split(":", 1)[0] == report]
    if len(chosen) != 1:
        raise CorrectionError(
            f"split: {report!r} names {len(chosen)} of the event's reports; give one of "
            + ", ".join(keys))
    if len(keys) < 2:
        raise CorrectionError(f"split: event {event_id} has one report only")
    rest = next(k for k in keys if k != chosen[0])
    corr = make("split", (chosen[0], *[k for k in keys if k != chosen[0]]), ev.id, note, by)
    new_id = commit(store, [corr])[0]
    with store.guard():
        return _event_of(store.conn, rest), new_id


def listing(store: Store) -> list[Correction]:
    with store.guard():
        return all_corrections(store.conn)


@dataclass
class ImportReport:
    """What importing a corrections file did."""

    added: int = 0
    already: int = 0
    conflicts: list[str] = field(default_factory=list)
    unknown_reports: int = 0  # corrections none of whose reports is in this database

    def describe(self) -> str:
        parts = [f"{self.added} corrections applied", f"{self.already} already there",
                 f"{len(self.conflicts)} conflicts"]
        if self.unknown_reports:
            parts.append(f"{self.unknown_reports} about reports not in this database "
                         "(kept: they apply once those reports are ingested)")
        return "warlog: " + ", ".join(parts)


def import_corrections(store: Store, corrections: list[Correction]) -> ImportReport:
    """Apply a teammate's corrections: known ones are skipped (idempotent), a value set
    differently by both sides is reported as a conflict (the later one wins), and all of
    it is one transaction."""
    report = ImportReport()
    with store.transaction() as c:
        seen = all_corrections(c)
        for corr in corrections:
            if not _insert(c, corr):
                report.already += 1
                continue
            report.added += 1
            report.conflicts += [_conflict(corr, old) for old in seen if _clash(corr, old)]
            marks = ",".join("?" * len(corr.reports))
            stored = c.execute(f"SELECT count(*) FROM events WHERE key IN ({marks})",
                               corr.reports).fetchone()
            report.unknown_reports += int(stored[0] == 0)
            seen.append(corr)
        _recompute(c, [r for corr in corrections for r in corr.reports])
    return report


def _clash(new: Correction, old: Correction) -> bool:
    return (new.kind == old.kind == "set" and new.field == old.field and new.id != old.id
            and new.new_value != old.new_value and bool(set(new.reports) & set(old.reports)))


def _conflict(new: Correction, old: Correction) -> str:
    last = max((new, old), key=lambda x: (x.at, x.id))
    return (f"{new.field} of event {new.event or old.event}: {old.new_value} (by {old.by}, "
            f"{old.at}) and {new.new_value} (by {new.by}, {new.at}); {last.new_value} "
            f"wins, the later")
