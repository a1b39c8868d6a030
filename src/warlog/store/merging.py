"""Incremental merging in the store: re-run dedup over the neighbourhood of new events.

Events not merged yet have ``canonical_id IS NULL``. Their days are cut into windows per
country (:func:`pending_windows`: runs of days more than eight days apart are windows of
their own), and for each window one transaction loads them, every stored event of that
country within four days of the window (an index lookup, bounded by the longest span
stored near it, at most a decade, so the cost does not grow with the store's history),
and (transitively) every other member of the canonical events those belong to;
runs :func:`warlog.merge.dedup.merge_events` on that set; replaces the old canonical
events with the new ones. Dedup only links events whose days overlap or touch, and a
report dated by its publication day reaches two days back, so this gives the canonical
events of a full pass (a test checks it on the merge set; in principle an old event just
outside the window could have competed for a member, which ``full=True``, recomputing
everything, settles). A run killed mid-merge resumes with the windows it had not
finished.

Analysts' corrections (:mod:`warlog.store.review`) are laid over dedup's output here, so
every merge, incremental or full, keeps them: the reports a merge or split correction
ties together are recomputed together.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from warlog import codec
from warlog.corrections.apply import apply_corrections
from warlog.merge.dedup import date_interval, merge_events
from warlog.models import CanonicalEvent, Event, SourcedEvent
from warlog.store.review import corrections_for_keys, pull_in_grouped

_SLACK_DAYS = 4  # a day of linking plus the two days of a loose date (dedup.loose_interval)
MAX_SPAN_DAYS = 3660  # a decade: events dated more loosely are not looked for around a window


def reset(c: sqlite3.Connection) -> None:
    """Forget every merge (for a full re-merge): events unmerged, canonical events gone."""
    c.execute("UPDATE events SET canonical_id = NULL")
    c.execute("DELETE FROM canonical_events")
    c.execute("DELETE FROM canonical_rtree")


def pending_windows(c: sqlite3.Connection) -> list[tuple[str | None, int | None, int | None]]:
    """The runs of days, per country, that the events not merged yet cover: runs more
    than twice the slack apart are merged separately, so that a merge reads only the
    stored events around the new ones, however long the store's history. Undated events
    make a window of their own (None, None)."""
    windows: list[tuple[str | None, int | None, int | None]] = []
    run: tuple[str | None, int, int] | None = None
    for country, first, last in c.execute(
            "SELECT DISTINCT country_code, day_first, day_last FROM events "
            "WHERE canonical_id IS NULL ORDER BY country_code, day_first"):
        if first is None:  # sorted first within the country
            windows.append((country, None, None))
        elif run is not None and run[0] == country and first <= run[2] + 2 * _SLACK_DAYS + 1:
            run = (country, run[1], max(run[2], last))
            continue
        if run is not None:
            windows.append(run)
        run = None if first is None else (country, first, last)
    if run is not None:
        windows.append(run)
    return windows


def longest_span(c: sqlite3.Connection, country: str | None, lo: int, hi: int) -> int:
    """The most days a stored event of ``country`` near days ``lo``..``hi`` spans (a
    year-long date: 365), which bounds how far before a window an overlapping event can
    start. Only events starting up to MAX_SPAN_DAYS before ``lo`` are read: an index range
    of (country, first day, last day), answered from the index alone (migration 6), not
    the country's whole history."""
    row = c.execute("SELECT max(day_last - day_first) FROM events WHERE country_code IS ? "
                    "AND day_first BETWEEN ? AND ?",
                    (country, lo - _SLACK_DAYS - MAX_SPAN_DAYS, hi + _SLACK_DAYS)).fetchone()
    return min(int(row[0] or 0), MAX_SPAN_DAYS)


def merge_window(c: sqlite3.Connection, country: str | None, lo: int | None,
                 hi: int | None, span: int = 0) -> tuple[int, int]:
    """Re-merge the events of ``country`` around days ``lo``..``hi`` (``span``: see
    :func:`longest_span`): new ones, stored ones within the slack, and every other member
    of the canonical events those belong to. Counts of events read and canonical written."""
    c.execute("CREATE TEMP TABLE IF NOT EXISTS merge_keys (key TEXT PRIMARY KEY)")
    c.execute("DELETE FROM merge_keys")
    if lo is None or hi is None:  # undated only: nothing around them to load
        c.execute("INSERT OR IGNORE INTO merge_keys SELECT key FROM events WHERE "
                  "country_code IS ? AND canonical_id IS NULL AND day_first IS NULL", (country,))
    else:  # the index on (country_code, day_first, day_last) bounds the read to the window
        c.execute("INSERT OR IGNORE INTO merge_keys SELECT key FROM events WHERE "
                  "country_code IS ? AND day_first BETWEEN ? AND ? AND day_last >= ?",
                  (country, lo - _SLACK_DAYS - span, hi + _SLACK_DAYS, lo - _SLACK_DAYS))
    # CROSS JOIN keeps the (small) window's keys as the outer loop: the planner, which has
    # no statistics on the temporary table, would otherwise scan every stored event
    while True:  # pull in the other members of every canonical event touched
        added = c.execute(
            "INSERT OR IGNORE INTO merge_keys SELECT e.key FROM events e WHERE e.canonical_id "
            "IN (SELECT DISTINCT x.canonical_id FROM merge_keys k CROSS JOIN events x "
            "ON x.key = k.key WHERE x.canonical_id IS NOT NULL) "
            "AND e.key NOT IN (SELECT key FROM merge_keys)"
        ).rowcount
        added += pull_in_grouped(c)
        if added <= 0:
            break
    old = [r[0] for r in c.execute(
        "SELECT DISTINCT e.canonical_id FROM merge_keys k CROSS JOIN events e "
        "ON e.key = k.key WHERE e.canonical_id IS NOT NULL")]
    rows = c.execute(
        "SELECT e.record, e.document_id, d.source, d.published, d.url FROM merge_keys k "
        "CROSS JOIN events e ON e.key = k.key CROSS JOIN documents d ON d.id = e.document_id"
    ).fetchall()
    merged = merge_events(
        SourcedEvent(event=codec.loads(Event, rec), document_id=doc, source=src,
                     published=dt.date.fromisoformat(pub) if pub else None, url=url)
        for rec, doc, src, pub, url in rows)
    reviewed = apply_corrections(merged, corrections_for_keys(c))
    # Only what changed is written: most of a window's canonical events are its stored
    # neighbours, merged again into what they were. Rewriting them cost index and R*Tree
    # upkeep that grows with the store (deeper trees); a row whose record and automatic
    # version are byte for byte what dedup gives now is kept as it is.
    fresh = [(ev, codec.dumps(ev), codec.dumps(auto) if auto else None) for ev, auto in reviewed]
    same = _unchanged(c, old, {ev.id: (rec, auto) for ev, rec, auto in fresh})
    delete_canonical(c, [i for i in old if i not in same])
    _insert_canonical(c, [item for item in fresh if item[0].id not in same])
    return len(rows), len(reviewed)


def _unchanged(c: sqlite3.Connection, ids: list[str],
               fresh: dict[str, tuple[str, str | None]]) -> set[str]:
    """The ids among ``ids`` whose stored record and automatic version are ``fresh``'s."""
    same: set[str] = set()
    wanted = [i for i in ids if i in fresh]
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, record, auto in c.execute(
                f"SELECT id, record, automatic FROM canonical_events WHERE id IN ({marks})",
                chunk):
            if fresh[cid] == (record, auto):
                same.add(cid)
    return same


def delete_canonical(c: sqlite3.Connection, ids: list[str]) -> None:
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        c.execute(f"DELETE FROM canonical_rtree WHERE rowid IN (SELECT rowid FROM "
                  f"canonical_events WHERE id IN ({marks}))", chunk)
        c.execute(f"DELETE FROM canonical_events WHERE id IN ({marks})", chunk)


def write_canonical(c: sqlite3.Connection, events: Iterable[CanonicalEvent],
                    automatic: dict[str, CanonicalEvent] | None = None) -> None:
    """Insert canonical events with their spatial index rows and member links
    (``automatic``: the automation's version of each reviewed event, by id)."""
    automatic = automatic or {}
    _insert_canonical(c, [(ev, codec.dumps(ev), codec.dumps(automatic[ev.id])
                           if ev.id in automatic else None) for ev in events])


def _insert_canonical(c: sqlite3.Connection,
                      items: Iterable[tuple[CanonicalEvent, str, str | None]]) -> None:
    """Insert canonical events given with their encoded record and automatic version."""
    for ev, record, auto in items:
        loc = ev.location
        span = date_interval(ev.date, ev.date_precision)
        names = sorted({n.casefold() for a in ev.actors for n in (a.name, *a.aliases)})
        outlets = sorted({m.source or m.document_id for m in ev.members})
        cur = c.execute(
            "INSERT INTO canonical_events (id, event_type, sub_event_type, date, day_first, "
            "day_last, country, country_code, admin1, location, lat, lon, geo_precision, "
            "actors, sources, n_sources, fatalities, record, historical, deleted, reviewed, "
            "automatic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ev.id, ev.event_type, ev.sub_event_type, ev.date,
             span[0] if span else None, span[1] if span else None,
             loc.country if loc else None,
             (loc.country_code or "").upper() or None if loc else None,
             loc.admin1 if loc else None, loc.name if loc else None,
             loc.lat if loc else None, loc.lon if loc else None,
             loc.precision if loc else None, "\n".join(names), "\n".join(outlets),
             len({m.document_id for m in ev.members}),
             ev.fatalities.best if ev.fatalities else None, record, int(ev.historical),
             int(ev.deleted), int(bool(ev.reviewed)), auto))
        if loc is not None and loc.lat is not None and loc.lon is not None:
            first, last = span if span else (0, 0)
            c.execute("INSERT INTO canonical_rtree VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (cur.lastrowid, loc.lon, loc.lon, loc.lat, loc.lat, first, last))
        c.executemany("UPDATE events SET canonical_id = ? WHERE key = ?",
                      [(ev.id, f"{m.document_id}:{m.event.id}") for m in ev.members])
