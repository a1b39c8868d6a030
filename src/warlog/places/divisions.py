"""Second-level divisions (ACLED's ``admin2``) of places, from the GeoNames files a user
imports (``warlog gazetteer import``), read back for the ACLED layout's columns.

What an import records (tables made by the first import that brings any):

* ``admin_code(cc, admin1, admin2, name)``: the names of division codes, from GeoNames'
  ``admin1CodesASCII.txt`` ("SY.12" -> Idlib; ``admin2`` is "") and ``admin2Codes.txt``
  ("SY.12.169388" -> Idlib District), and from the ADM1/ADM2 rows of a place file;
* ``place_admin2(id, cc, admin1, admin2, lat, lon, division)``: every imported town,
  village or second-level division (``division`` 1) that carries an admin2 code, by
  geonameid (the id the index gives it), with its point.

How a place finds its second-level division (:meth:`Divisions.admin2`):

1. :meth:`Divisions.own`: its own admin2 code, when the imported file gave it one;
2. :meth:`Divisions.nearest`: otherwise the district whose own point (the ADM2 row's)
   lies nearest, in the same country and, when known, the same first-level division,
   within ``NEAREST_KM``. GeoNames leaves many towns without an admin2 code (most of
   Syria's: cities1000 gives one to 6 of 283) while it keeps a point for every
   district: exact for a district's seat and the towns around it, an approximation near
   a border. Coded towns are not used here: where they are few (Syria), the nearest one
   is often in another district.

The name is the one ``admin2Codes.txt`` gives the code, else the ADM2 row's own name.
An index without these tables answers None, and the caller falls back on what it has.
"""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

from warlog.geo import haversine_km

NEAREST_KM = 75.0
_DEG_KM = 111.0

TABLES = """
CREATE TABLE IF NOT EXISTS admin_code(cc TEXT NOT NULL, admin1 TEXT NOT NULL,
  admin2 TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(cc, admin1, admin2));
CREATE TABLE IF NOT EXISTS place_admin2(id INTEGER PRIMARY KEY, cc TEXT NOT NULL,
  admin1 TEXT NOT NULL, admin2 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  division INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS place_admin2_area ON place_admin2(cc, division, admin1, lat);
CREATE TEMP TABLE s_code(cc TEXT, admin1 TEXT, admin2 TEXT, name TEXT, file INTEGER);
CREATE TEMP TABLE s_admin2(id INTEGER, cc TEXT, admin1 TEXT, admin2 TEXT, lat REAL, lon REAL,
  division INTEGER);
"""

# a name from the codes files wins over an ADM2 row's own (``file`` 1 sorts first)
MERGE = (
    "INSERT OR IGNORE INTO admin_code SELECT cc, admin1, admin2, name FROM temp.s_code "
    "ORDER BY file DESC",
    "INSERT OR REPLACE INTO admin_code SELECT cc, admin1, admin2, name FROM temp.s_code "
    "WHERE file = 1",
    "INSERT OR IGNORE INTO place_admin2 SELECT * FROM temp.s_admin2 ORDER BY id",
)


def parse_code(code: str) -> tuple[str, str, str] | None:
    """``(cc, admin1, admin2)`` of a GeoNames division code ("SY.12" or "SY.12.169388");
    None for anything else."""
    parts = code.split(".")
    if len(parts) not in (2, 3) or not (len(parts[0]) == 2 and parts[0].isalpha()) \
            or not all(parts):
        return None
    return parts[0], parts[1], parts[2] if len(parts) == 3 else ""


def _box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    dlat = km / _DEG_KM
    dlon = km / (_DEG_KM * max(math.cos(math.radians(lat)), 0.01))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


class Divisions:
    """Read access to the division tables of an index (None from :func:`open_divisions`
    when it has none)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        self._names: dict[tuple[str, str, str], str] = {
            (r[0], r[1], r[2]): r[3] for r in con.execute("SELECT * FROM admin_code")}

    def close(self) -> None:
        self._con.close()

    def admin1(self, geonameid: int | None, cc: str) -> str | None:
        """The name ``admin1CodesASCII.txt`` gives the first-level division of a place of
        the index, or None."""
        code = self._place_admin1(geonameid) if geonameid is not None else None
        return self._names.get((cc.upper(), code, "")) if code else None

    def _name(self, cc: str, admin1: str, admin2: str) -> str | None:
        return self._names.get((cc, admin1, admin2))

    def _place_admin1(self, geonameid: int) -> str | None:
        row = self._con.execute("SELECT admin1 FROM place WHERE id = ?", (geonameid,)).fetchone()
        return str(row[0]) if row and row[0] else None

    def admin2(self, geonameid: int | None, lat: float, lon: float,
               cc: str) -> str | None:
        """The name of the second-level division of a place (its own code, else the
        nearest district's), or None when the imported data cannot tell."""
        return self.own(geonameid, cc) or self.nearest(geonameid, lat, lon, cc)

    def own(self, geonameid: int | None, cc: str) -> str | None:
        """The name of the admin2 code an imported file gave the place itself."""
        if geonameid is None:
            return None
        cc = cc.upper()
        row = self._con.execute("SELECT admin1, admin2 FROM place_admin2 WHERE id = ? "
                                "AND cc = ?", (geonameid, cc)).fetchone()
        return self._name(cc, row[0], row[1]) if row is not None else None

    def nearest(self, geonameid: int | None, lat: float, lon: float,
                cc: str) -> str | None:
        """The name of the district whose point lies nearest (see the module's notes)."""
        cc = cc.upper()
        admin1 = self._place_admin1(geonameid) if geonameid is not None else None
        s, n, w, e = _box(lat, lon, NEAREST_KM)
        sql = ("SELECT admin1, admin2, lat, lon FROM place_admin2 WHERE cc = ? "
               "AND division = 1 " + ("AND admin1 = ? " if admin1 else "")
               + "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
        args: tuple[object, ...] = (cc, *([admin1] if admin1 else []), s, n, w, e)
        best = min(((haversine_km(lat, lon, r[2], r[3]), r[0], r[1])
                    for r in self._con.execute(sql, args)), default=None)
        if best is None or best[0] > NEAREST_KM:
            return None
        return self._name(cc, best[1], best[2])


def open_divisions(index: str | Path) -> Divisions | None:
    """The division tables of the index at ``index``, or None when it has none (no
    import brought any) or there is no index."""
    if not Path(index).is_file():
        return None
    con = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
    try:
        con.execute("SELECT 1 FROM admin_code LIMIT 1")
        con.execute("SELECT 1 FROM place_admin2 LIMIT 1")
    except sqlite3.OperationalError:
        con.close()
        return None
    return Divisions(con)


__all__ = ["NEAREST_KM", "Divisions", "open_divisions", "parse_code"]
