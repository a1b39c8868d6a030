"""Merge GeoNames dump files into the local index (``warlog gazetteer import``).

Rows are streamed from the files (:mod:`warlog.places.dumps`) into temporary tables in
batches, then merged into the index in key order, all in one transaction: an error (a
file of another format, a full disk, Ctrl-C) rolls everything back and the index stays as
it was. Every insert ignores rows already there, so importing a file twice changes
nothing. Place ids are geonameids, like the bundled towns': a town both in the bundled
extract and in the file is kept once, with the file's further names.

Which rows become which places:

* feature class P (populated places, villages of any population, also abandoned or
  destroyed ones and city quarters; not the historical PPLH) -> ``city``;
* class A: a country or first-level division the index already holds lends its entry
  the file's names (and alternate names); a second-level division likewise when one of
  that name is known in the country; other divisions (ADM3 and below) -> ``admin3``;
  historical ones (codes ending in H) are skipped;
* islands (T.ISL, ISLS, ISLET, ATOL: "Oahu", "Samos") -> ``terrain`` with the towns;
* other classes only when asked for (``classes``): S -> ``spot``, T -> ``terrain``,
  H -> ``hydro``, L -> ``area``, R -> ``road``, V -> ``vegetation``, U -> ``undersea``.
  They rank below a town of the same population (see ``Gazetteer.prior``).

A division-codes file (``admin1CodesASCII.txt``, ``admin2Codes.txt``) names the codes;
the admin2 code of every imported town and second-level division is kept with its point
(:mod:`warlog.places.divisions`), so the ACLED layout can name a place's district.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from warlog.errors import GazetteerUnavailable, InputError
from warlog.places import divisions, dumps
from warlog.places.names import admin_variants, loose_key, name_key, usable_alternate

DEFAULT_CLASSES = "PA"
OTHER_FEATURES = {"S": "spot", "T": "terrain", "H": "hydro", "L": "area", "R": "road",
                  "V": "vegetation", "U": "undersea"}
CLASSES = "PA" + "".join(OTHER_FEATURES)
ISLANDS = frozenset({"ISL", "ISLS", "ISLET", "ATOL"})
COUNTRY_CODES = frozenset({"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"})
DERIVED_BASE = 1_000_000_000  # geonameids lie below; warlog's own divisions and regions above
BATCH = 20_000
ImportProgress = Callable[[str, int, int], None]  # (file name, bytes read, bytes in all)
MERGING = "merging into the index"  # the last step, reported with no byte counts

_TABLES = """
CREATE TABLE IF NOT EXISTS geonames_link(geonameid INTEGER PRIMARY KEY, id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS import_log(file TEXT NOT NULL, size INTEGER NOT NULL,
  kind TEXT NOT NULL, rows INTEGER NOT NULL, PRIMARY KEY(file, size));
CREATE TEMP TABLE s_place(id INTEGER, geonameid INTEGER, name TEXT, feature TEXT, cc TEXT,
  admin1 TEXT, lat REAL, lon REAL, population INTEGER);
CREATE TEMP TABLE s_name(key TEXT, loose TEXT, id INTEGER, official INTEGER);
CREATE TEMP TABLE s_alt(geonameid INTEGER, key TEXT, loose TEXT);
CREATE TEMP TABLE s_link(geonameid INTEGER, id INTEGER);
""" + divisions.TABLES


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: rows read, places and names new to the index, seconds."""

    files: tuple[str, ...]
    rows: int
    places_added: int
    names_added: int
    seconds: float


class _Staging:
    """Buffers rows for the temporary tables and writes them in batches."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.buf: dict[str, list[tuple[object, ...]]] = {
            "s_place": [], "s_name": [], "s_alt": [], "s_link": [], "s_code": [],
            "s_admin2": []}
        known = con.execute("SELECT cc, id FROM country").fetchall()
        self.countries = {cc: pid for cc, pid in known}
        self.admin1 = {(cc, code): pid for cc, code, pid in
                       con.execute("SELECT cc, code, id FROM admin1")}
        self.admin2: dict[tuple[str, str], int] = {}
        for pid, name, cc in con.execute(  # warlog's own (an import's are rows of their own)
                "SELECT id, name, cc FROM place WHERE feature = 'admin2' AND id >= ?",
                (DERIVED_BASE,)):
            self.admin2.setdefault((cc, name_key(name)), pid)

    def add(self, table: str, row: tuple[object, ...]) -> None:
        buf = self.buf[table]
        buf.append(row)
        if len(buf) >= BATCH:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for t in [table] if table else list(self.buf):
            rows = self.buf[t]
            if rows:
                marks = ",".join("?" * len(rows[0]))
                self.con.executemany(f"INSERT INTO temp.{t} VALUES ({marks})", rows)
                rows.clear()

    def names(self, pid: int, official: Iterable[str], others: Iterable[str]) -> None:
        seen: set[str] = set()
        for flag, group in ((1, official), (0, others)):
            for n in group:
                key = name_key(n)
                if key and key not in seen:
                    seen.add(key)
                    self.add("s_name", (key, loose_key(key), pid, flag))


def _target(st: _Staging, r: dumps.PlaceRow, classes: str) -> tuple[str, int | None] | None:
    """The feature a row becomes and the index entry that already holds it (None: the row
    is a new place), or None to skip the row."""
    if r.fclass not in classes:
        if r.fclass == "T" and r.fcode in ISLANDS and "P" in classes:
            return "terrain", None  # islands come with the towns: news names them alike
        return None
    if r.fclass == "P":
        return None if r.fcode == "PPLH" else ("city", None)
    if r.fclass != "A":
        return OTHER_FEATURES.get(r.fclass, "spot"), None
    if r.fcode.endswith("H"):
        return None
    if r.fcode in COUNTRY_CODES:
        return "country", st.countries.get(r.cc)
    if r.fcode == "ADM1":
        return "admin1", st.admin1.get((r.cc, r.admin1))
    if r.fcode == "ADM2":
        return "admin2", st.admin2.get((r.cc, name_key(r.name)))
    return "admin3", None


def _stage_places(st: _Staging, dump: dumps.Dump, classes: str,
                  progress: ImportProgress) -> int:
    count = 0
    for n, done, cols in dumps.rows(dump):
        count += 1
        if count % BATCH == 0:
            progress(dump.path.name, done, dump.size)
        r = dumps.place_row(dump, n, cols)
        got = _target(st, r, classes)
        if got is None:
            continue
        feature, held = got
        alts = [a for a in r.alternates if usable_alternate(a)]
        official = [r.name, r.asciiname] if r.asciiname else [r.name]
        if feature in ("admin1", "admin2", "admin3"):
            alts += [v for a in [r.name, *alts] for v in admin_variants(a)]
        _stage_admin2(st, r, feature)
        if held is not None and held != r.geonameid:
            st.add("s_link", (r.geonameid, held))
            st.names(held, [], [*official, *alts])
            continue
        st.add("s_place", (r.geonameid, r.geonameid, r.name, feature, r.cc, r.admin1,
                           r.lat, r.lon, r.population))
        st.names(r.geonameid, official, alts)
        if feature == "country" and r.cc:
            st.countries[r.cc] = r.geonameid
        elif feature == "admin1":
            st.admin1[(r.cc, r.admin1)] = r.geonameid
    progress(dump.path.name, dump.size, dump.size)
    return count


def _stage_admin2(st: _Staging, r: dumps.PlaceRow, feature: str) -> None:
    """Keep the admin2 code of a town or second-level division, and an ADM2 row's name
    for its code (a codes file's name wins, see divisions.MERGE)."""
    if feature not in ("city", "admin2") or not r.admin2 or not r.admin1:
        return
    st.add("s_admin2", (r.geonameid, r.cc, r.admin1, r.admin2, r.lat, r.lon,
                        int(r.fcode == "ADM2")))
    if r.fcode == "ADM2":
        st.add("s_code", (r.cc, r.admin1, r.admin2, r.name, 0))


def _stage_codes(st: _Staging, dump: dumps.Dump, progress: ImportProgress) -> int:
    count = 0
    for n, _done, cols in dumps.rows(dump):
        count += 1
        code, name = dumps.code_row(dump, n, cols)
        parts = divisions.parse_code(code)
        if parts is not None:
            st.add("s_code", (*parts, name, 1))
    progress(dump.path.name, dump.size, dump.size)
    return count


def _stage_alternates(st: _Staging, dump: dumps.Dump, progress: ImportProgress) -> int:
    count = 0
    for n, done, cols in dumps.rows(dump):
        count += 1
        if count % BATCH == 0:
            progress(dump.path.name, done, dump.size)
        got = dumps.alternate_name(dump, n, cols)
        if got is not None and usable_alternate(got[1]):
            key = name_key(got[1])
            if key:
                st.add("s_alt", (got[0], key, loose_key(key)))
    progress(dump.path.name, dump.size, dump.size)
    return count


_MERGE = (
    "INSERT OR IGNORE INTO place SELECT * FROM temp.s_place ORDER BY id",
    "INSERT OR IGNORE INTO geonames_link SELECT geonameid, id FROM temp.s_link "
    "ORDER BY geonameid",
    "INSERT OR IGNORE INTO name SELECT key, id, MAX(official) FROM temp.s_name "
    "GROUP BY key, id ORDER BY key, id",
    "INSERT OR IGNORE INTO loose SELECT DISTINCT loose, id FROM temp.s_name ORDER BY 1, 2",
    "CREATE TEMP TABLE s_alt_id AS SELECT a.key, a.loose, COALESCE(l.id, p.id) AS id "
    "FROM temp.s_alt a LEFT JOIN geonames_link l ON l.geonameid = a.geonameid "
    "LEFT JOIN place p ON p.id = a.geonameid",
    "INSERT OR IGNORE INTO name SELECT key, id, 0 FROM temp.s_alt_id "
    "WHERE id IS NOT NULL GROUP BY key, id ORDER BY key, id",
    "INSERT OR IGNORE INTO loose SELECT DISTINCT loose, id FROM temp.s_alt_id "
    "WHERE id IS NOT NULL ORDER BY 1, 2",
    "INSERT OR IGNORE INTO country SELECT cc, name, id FROM temp.s_place "
    "WHERE feature = 'country' AND cc != ''",
    "INSERT OR IGNORE INTO admin1 SELECT cc, admin1, name, id FROM temp.s_place "
    "WHERE feature = 'admin1' AND admin1 != ''",
    *divisions.MERGE,
    "UPDATE meta SET value = (SELECT COUNT(*) FROM place) WHERE key = 'places'",
)


def _script(con: sqlite3.Connection, script: str) -> None:
    """Run ``script``'s statements inside the open transaction (``executescript`` would
    commit it first)."""
    for sql in script.split(";"):
        if sql.strip():
            con.execute(sql)


def _merge(con: sqlite3.Connection) -> tuple[int, int]:
    """Move the staged rows into the index; returns (places added, names added)."""
    counts = []
    for sql in _MERGE:
        before = con.total_changes
        con.execute(sql)
        counts.append(con.total_changes - before)
    return counts[0], counts[2] + counts[5]


def import_dumps(index: str | Path, files: Sequence[str | Path],
                 classes: str = DEFAULT_CLASSES,
                 progress: ImportProgress | None = None) -> ImportReport:
    """Merge the GeoNames ``files`` into the index at ``index``, in one transaction.

    Every file is checked before anything is written; a file of another format raises
    :class:`InputError` naming it, and the index is left as it was."""
    start = time.perf_counter()
    bad = sorted(set(classes.upper()) - set(CLASSES))
    if bad or not classes:
        raise ValueError(f"feature classes are letters among {CLASSES}, not {classes!r}")
    opened = [dumps.open_dump(f) for f in files]
    show = progress or (lambda _f, _d, _t: None)
    if not Path(index).is_file():
        raise GazetteerUnavailable(f"no gazetteer at {index}: build it first "
                                   '("warlog gazetteer build")')
    try:
        con = sqlite3.connect(index, timeout=60, isolation_level=None)
    except sqlite3.Error as exc:
        raise GazetteerUnavailable(f"cannot open the gazetteer at {index}: {exc}") from exc
    counts: dict[Path, int] = {}
    try:
        con.execute("PRAGMA cache_size = -131072")
        con.execute("BEGIN IMMEDIATE")
        _script(con, _TABLES)
        st = _Staging(con)
        for d in sorted(opened, key=lambda d: d.kind != dumps.PLACES):
            if d.kind == dumps.PLACES:
                counts[d.path] = _stage_places(st, d, classes.upper(), show)
            elif d.kind == dumps.CODES:
                counts[d.path] = _stage_codes(st, d, show)
            else:
                counts[d.path] = _stage_alternates(st, d, show)
        st.flush()
        show(MERGING, 0, 0)
        places, names = _merge(con)
        con.executemany("INSERT OR IGNORE INTO import_log VALUES (?,?,?,?)",
                        [(d.path.name, d.size, d.kind, counts[d.path]) for d in opened])
        con.execute("COMMIT")
    except BaseException as exc:
        if con.in_transaction:
            con.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise GazetteerUnavailable(f"cannot import into {index}: {exc}") from exc
        raise
    finally:
        con.close()
    return ImportReport(tuple(str(d.path) for d in opened), sum(counts.values()), places, names,
                        time.perf_counter() - start)


def imported_files(index: str | Path) -> list[tuple[str, str]]:
    """``(file name, kind)`` of every file imported into the index, oldest first."""
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        return [(r[0], r[1]) for r in con.execute("SELECT file, kind FROM import_log")]
    except sqlite3.OperationalError:
        return []
    finally:
        con.close()


def carry_over(old: Path, new: Path) -> int:
    """Copy the places, names and divisions imported into the index ``old`` into the
    freshly built ``new`` (a rebuild keeps what the user imported); returns how many
    places it copied. Names an import gave warlog's own divisions are not kept."""
    if not old.exists() or not imported_files(old):
        return 0
    con = sqlite3.connect(new, isolation_level=None)
    try:
        con.execute("ATTACH DATABASE ? AS old", (str(old),))
        con.execute("BEGIN")
        before = con.total_changes
        con.execute("INSERT OR IGNORE INTO place SELECT * FROM old.place WHERE id < ?",
                    (DERIVED_BASE,))
        copied = con.total_changes - before
        for table in ("name", "loose", "admin1", "country"):
            con.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM old.{table} "
                        "WHERE id < ?", (DERIVED_BASE,))
        _script(con, _TABLES.split("CREATE TEMP")[0])
        _script(con, divisions.TABLES.split("CREATE TEMP")[0])
        con.execute("INSERT OR IGNORE INTO import_log SELECT * FROM old.import_log")
        for table in ("admin_code", "place_admin2"):
            if con.execute("SELECT 1 FROM old.sqlite_master WHERE name = ?",
                           (table,)).fetchone():
                con.execute(f"INSERT OR IGNORE INTO {table} SELECT * FROM old.{table}")
        con.execute("UPDATE meta SET value = (SELECT COUNT(*) FROM place) WHERE key = 'places'")
        con.execute("COMMIT")
    finally:
        con.close()
    return copied


__all__ = ["DEFAULT_CLASSES", "ImportReport", "InputError", "carry_over", "import_dumps",
           "imported_files"]
