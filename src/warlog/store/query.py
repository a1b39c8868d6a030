"""Filters over canonical events, checked before any query runs, and the SQL behind them.

A bounding box goes through the R*Tree (longitude, latitude and day together), so a box
and a date range over a million events touch only the events inside them.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from warlog.store.countries import country_code, resolve_country

_NOT_QUERY_ERRORS = ("locked", "busy", "malformed", "not a database", "disk", "memory")
_FTS_HINT = "see the FTS5 query syntax, or put the words in double quotes"
BBox = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat (GeoJSON)


def parse_date(text: str) -> dt.date:
    """A YYYY-MM-DD date, or ValueError saying what is wrong with it."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"invalid date {text!r} ({exc}); use YYYY-MM-DD") from exc


def parse_bbox(text: str) -> BBox:
    """``min_lon,min_lat,max_lon,max_lat`` in degrees, or ValueError."""
    parts = text.split(",")
    try:
        values = tuple(float(p) for p in parts)
    except ValueError as exc:
        raise ValueError(f"invalid bbox {text!r}: four numbers needed, "
                         "min_lon,min_lat,max_lon,max_lat") from exc
    if len(values) != 4:
        raise ValueError(f"invalid bbox {text!r}: four numbers needed, "
                         "min_lon,min_lat,max_lon,max_lat")
    bbox = (values[0], values[1], values[2], values[3])
    check_bbox(bbox)
    return bbox


def check_bbox(bbox: BBox) -> None:
    min_lon, min_lat, max_lon, max_lat = bbox
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise ValueError(f"bbox longitudes must be within -180..180, got {min_lon}, {max_lon}")
    if not (-90 <= min_lat <= 90 and -90 <= max_lat <= 90):
        raise ValueError(f"bbox latitudes must be within -90..90, got {min_lat}, {max_lat}")
    if min_lon > max_lon or min_lat > max_lat:
        raise ValueError("bbox minimum above maximum: give min_lon,min_lat,max_lon,max_lat")


class QueryError(ValueError):
    """A text search (``--q``, the API's ``q``) that is no valid FTS5 query."""


# a word joined by a hyphen or an apostrophe ("al-Shabaab", "Deir ez-Zor", "Tal'Afar"),
# outside double quotes: no FTS5 bareword holds those marks, so FTS5 refused it
_JOINED = re.compile(r"(?<![\w\"])\w+(?:[-'’‘]\w+)+(?![\w\"])")
_PHRASE = re.compile(r'("[^"]*")')


def fts_query(text: str) -> str:
    """The FTS5 query of a text search: words joined by hyphens or apostrophes, names the
    way conflict reports spell them ("al-Shabaab"), are searched as the phrase they are
    (as if in double quotes) instead of failing as FTS5 syntax ("no such column:
    Shabaab"); quoted phrases and FTS5's operators are left as written."""
    parts = _PHRASE.split(text)
    return "".join(part if i % 2 else _JOINED.sub(lambda m: f'"{m.group(0)}"', part)
                   for i, part in enumerate(parts))


def check_fts_query(text: str) -> None:
    """QueryError unless ``text`` is a valid FTS5 query over the documents' columns.

    The query is run against an empty in-memory FTS5 table with the same columns as
    ``documents_fts``, so a bad query ('"unbalanced', 'AND', '*', 'NEAR(', 'nocolumn:x')
    is told apart from a database error before the real query runs, whatever words the
    SQLite message happens to contain.
    """
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE q USING fts5(title, text)")
        conn.execute("SELECT rowid FROM q WHERE q MATCH ?", (fts_query(text),)).fetchall()
    except (sqlite3.Error, UnicodeError) as exc:
        raise QueryError(f"invalid --q search {text!r} ({exc}); {_FTS_HINT}") from exc
    finally:
        conn.close()


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What ``warlog events`` selects. Every field is optional; all given must hold."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None  # ISO code, or a name as ACLED, GeoNames or ISO write it
    bbox: BBox | None = None
    event_type: str | None = None  # event type or sub-event type
    actor: str | None = None  # actor name or alias, whole and case-insensitive
    source: str | None = None  # outlet name, case-insensitive
    q: str | None = None  # FTS5 query over the texts of the reporting documents
    historical: bool | None = False  # False: news only; True: history only; None: both
    deleted: bool | None = False  # False: leave out what analysts deleted; None: both
    dated_only: bool = False  # True: leave out events with no date (nothing dated them)
    limit: int | None = None

    def __post_init__(self) -> None:
        if self.bbox is not None:
            check_bbox(self.bbox)
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"--since {self.since} is after --until {self.until}")
        if self.limit is not None and self.limit < 0:
            raise ValueError("limit must be zero or more")
        if self.q is not None:
            check_fts_query(self.q)
        if self.event_type is not None:
            check_event_type(self.event_type)
        if self.country is not None:
            resolve_country(self.country)  # an unknown name would match nothing, silently


def check_event_type(text: str) -> None:
    """ValueError unless ``text`` names an event type or sub-event type of the typology
    (any case): a misspelt type would otherwise match nothing, silently."""
    from warlog.events.codes import CODES

    names = {n.casefold() for pair in CODES.values() for n in pair}
    if text.strip().casefold() not in names:
        types = ", ".join(dict.fromkeys(t for t, _ in CODES.values()))
        raise ValueError(f"unknown event type {text!r}: give an event type ({types}) or a "
                         "sub-event type such as 'Air/drone strike' or 'Armed clash' "
                         "(all listed in docs/events.md)")


def _bbox_clauses(bbox: BBox, first: int | None, last: int | None,
                  clauses: list[str], params: list[object]) -> None:
    """Box and days through the R*Tree, then the exact box (R*Tree boxes are float32)."""
    min_lon, min_lat, max_lon, max_lat = bbox
    inner = ["min_lon >= ?", "max_lon <= ?", "min_lat >= ?", "max_lat <= ?"]
    params += [min_lon, max_lon, min_lat, max_lat]
    if first is not None:
        inner.append("max_day >= ?")
        params.append(first)
    if last is not None:
        inner.append("min_day <= ?")
        params.append(last)
    clauses.append(f"c.rowid IN (SELECT rowid FROM canonical_rtree WHERE {' AND '.join(inner)})")
    clauses.append("c.lon BETWEEN ? AND ? AND c.lat BETWEEN ? AND ?")
    params += [min_lon, max_lon, min_lat, max_lat]


def _where(flt: EventFilter) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    first = flt.since.toordinal() if flt.since else None
    last = flt.until.toordinal() if flt.until else None
    if flt.bbox is not None:
        _bbox_clauses(flt.bbox, first, last, clauses, params)
    if first is not None:
        clauses.append("c.day_last >= ?")
        params.append(first)
    if last is not None:
        clauses.append("c.day_first <= ?")
        params.append(last)
    if flt.historical is not None:
        clauses.append("c.historical = ?")
        params.append(int(flt.historical))
    if flt.dated_only:  # an undated event has no day: ACLED's event_date is required
        clauses.append("c.day_first IS NOT NULL")
    if flt.deleted is not None:
        clauses.append("c.deleted = ?")
        params.append(int(flt.deleted))
    if flt.country:
        clauses.append("(c.country_code = ? OR c.country = ? COLLATE NOCASE)")
        params += [country_code(flt.country) or flt.country.upper(), flt.country.strip()]
    if flt.event_type:
        clauses.append("(c.event_type = ? COLLATE NOCASE OR c.sub_event_type = ? COLLATE NOCASE)")
        params += [flt.event_type.strip(), flt.event_type.strip()]
    if flt.actor:
        clauses.append("instr(char(10) || c.actors || char(10), char(10) || ? || char(10)) > 0")
        params.append(flt.actor.casefold().strip())
    if flt.source:
        clauses.append("instr(char(10) || lower(c.sources) || char(10), "
                       "char(10) || lower(?) || char(10)) > 0")
        params.append(flt.source.strip())
    if flt.q:
        clauses.append("c.id IN (SELECT e.canonical_id FROM documents_fts f "
                       "JOIN documents d ON d.rowid = f.rowid "
                       "JOIN events e ON e.document_id = d.id WHERE documents_fts MATCH ?)")
        params.append(fts_query(flt.q))
    return (" AND ".join(clauses) or "1"), params


def select_events(conn: sqlite3.Connection, flt: EventFilter) -> Iterator[str]:
    """The JSON records of the canonical events matching ``flt``, by date then id."""
    where, params = _where(flt)
    sql = f"SELECT c.record FROM canonical_events c WHERE {where} ORDER BY c.day_first, c.id"
    if flt.limit is not None:
        sql += f" LIMIT {int(flt.limit)}"
    try:
        yield from (record for (record,) in conn.execute(sql, params))
    except sqlite3.OperationalError as exc:
        if flt.q and not any(w in str(exc) for w in _NOT_QUERY_ERRORS):
            raise QueryError(f"invalid --q search {flt.q!r} ({exc}); {_FTS_HINT}") from exc
        raise


def count_events(conn: sqlite3.Connection, flt: EventFilter) -> int:
    """How many canonical events match ``flt``, its limit aside."""
    where, params = _where(flt)
    row = conn.execute(f"SELECT count(*) FROM canonical_events c WHERE {where}", params)
    return int(row.fetchone()[0])


def countries_held(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """The countries of the canonical events not deleted, most events first: (ISO
    alpha-2 code, the name to give ``--country``, number of events)."""
    from warlog.store.countries import country_name

    rows = conn.execute("SELECT country_code, count(*) FROM canonical_events WHERE deleted = 0 "
                        "AND country_code IS NOT NULL GROUP BY country_code "
                        "ORDER BY count(*) DESC, country_code")
    return [(code, country_name(code), int(n)) for code, n in rows]


def actor_known(conn: sqlite3.Connection, actor: str) -> bool:
    """Whether some stored event (deleted or historical ones too) has an actor of this
    whole name or alias, as ``--actor`` matches."""
    row = conn.execute("SELECT 1 FROM canonical_events WHERE instr(char(10) || actors || "
                       "char(10), char(10) || ? || char(10)) > 0 LIMIT 1",
                       (actor.casefold().strip(),)).fetchone()
    return row is not None


def actor_suggestions(conn: sqlite3.Connection, text: str,
                      n: int = 8) -> list[tuple[str, int]]:
    """The actors whose name or an alias holds ``text`` as the start of a word (any case:
    "islamic" in "Islamic State", "state" in "Islamic State"), else anywhere in it, with
    how many events (not deleted, history included) name them, most first."""
    import json
    import re
    from collections import Counter

    key = " ".join(text.casefold().split())
    if not key:
        return []
    word = re.compile(rf"(?<!\w){re.escape(key)}")
    rows = conn.execute("SELECT record FROM canonical_events WHERE deleted = 0 "
                        "AND instr(actors, ?) > 0", (key,))
    by_word: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for (record,) in rows:
        names: dict[str, bool] = {}
        for actor in json.loads(record).get("actors", []):
            spellings = [s.casefold() for s in (actor["name"], *actor.get("aliases", []))]
            if any(key in s for s in spellings):
                names[actor["name"]] = names.get(actor["name"], False) or any(
                    word.search(s) for s in spellings)
        by_word.update(name for name, w in names.items() if w)
        inside.update(name for name, w in names.items() if not w)
    return (by_word or inside).most_common(n)
