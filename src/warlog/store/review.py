"""Read the corrections that concern a set of reports, for the merge to lay over dedup.

The merge fills the temporary table ``merge_keys`` with the reports it recomputes;
:func:`pull_in_grouped` adds the reports that a merge or split correction ties to them
(so that merging two events of different days or countries recomputes both), and every
event of a document whose corrected report is gone (a rule change gave its event a new
id), so the correction can find it again by its document; :func:`corrections_for_keys`
reads every correction touching ``merge_keys``, by report or, for a report gone, by
document.
"""

from __future__ import annotations

import sqlite3

from warlog.corrections.values import Correction

_COLUMNS = "c.id, c.kind, c.field, c.old_value, c.new_value, c.event, c.note, c.at, c.by"
_GONE = "NOT EXISTS (SELECT 1 FROM events x WHERE x.key = q.report)"
# Every read starts from the reports being merged (``merge_keys``, the window's few
# hundred) and reaches corrections and events through their indexes: CROSS JOIN fixes
# that order, since the planner has no statistics on the temporary table and would
# otherwise scan every stored event (a merge into 10,000 documents spent 7.8 s of its
# 13 s here, with no correction stored).
_BY_REPORT = "merge_keys k CROSS JOIN correction_reports q ON q.report = k.key"
_BY_DOCUMENT = ("merge_keys k CROSS JOIN events e ON e.key = k.key "
                "CROSS JOIN correction_reports q ON q.document_id = e.document_id")


def pull_in_grouped(c: sqlite3.Connection) -> int:
    """Add to ``merge_keys`` the stored reports of merges and splits touching it, and
    every event of a document whose corrected report is gone."""
    grouped = c.execute(
        "INSERT OR IGNORE INTO merge_keys SELECT r.report FROM correction_reports r "
        "JOIN corrections x ON x.id = r.correction_id JOIN events e ON e.key = r.report "
        "WHERE x.kind IN ('merge', 'split') AND r.correction_id IN (SELECT q.correction_id "
        f"FROM {_BY_REPORT}) AND r.report NOT IN (SELECT key FROM merge_keys)").rowcount
    orphans = c.execute(
        f"INSERT OR IGNORE INTO merge_keys SELECT DISTINCT e2.key FROM {_BY_DOCUMENT} "
        f"CROSS JOIN events e2 ON e2.document_id = q.document_id WHERE {_GONE} "
        "AND e2.key NOT IN (SELECT key FROM merge_keys)").rowcount
    return max(grouped, 0) + max(orphans, 0)


def corrections_for_keys(c: sqlite3.Connection) -> list[Correction]:
    """Every correction with a report in ``merge_keys`` (or, for a report no longer
    stored, an event of its document there), oldest first."""
    rows = c.execute(
        f"SELECT {_COLUMNS} FROM corrections c WHERE c.id IN (SELECT q.correction_id FROM "
        f"{_BY_REPORT} UNION SELECT q.correction_id FROM {_BY_DOCUMENT} WHERE {_GONE}) "
        "ORDER BY c.at, c.id").fetchall()
    return [_correction(c, row) for row in rows]


def all_corrections(c: sqlite3.Connection) -> list[Correction]:
    """Every correction in the database, oldest first."""
    rows = c.execute(f"SELECT {_COLUMNS} FROM corrections c ORDER BY c.at, c.id").fetchall()
    return [_correction(c, row) for row in rows]


def _correction(c: sqlite3.Connection, row: tuple[object, ...]) -> Correction:
    cid, kind, field, old, new, event, note, at, by = row
    reports = tuple(r for (r,) in c.execute(
        "SELECT report FROM correction_reports WHERE correction_id = ? ORDER BY position",
        (cid,)))
    return Correction(id=str(cid), kind=str(kind), field=_opt(field), old_value=_opt(old),
                      new_value=_opt(new), reports=reports, event=_opt(event),
                      note=str(note), at=str(at), by=str(by))


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
