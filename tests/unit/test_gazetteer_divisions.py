"""Second-level divisions from imported GeoNames files: ``warlog gazetteer import`` takes
``admin2Codes.txt`` and ``admin1CodesASCII.txt`` with the place files, and the ACLED
layout names a town's district from them. The fixture files in
tests/fixtures/geonames/divisions are written for these tests: invented places
99100001-7 around an invented "Wardiyeh District" and "Mintaqat Qasrun" in Idlib
governorate (admin1 12), one town in Hama (10), one town far from every district."""

from __future__ import annotations

import csv
import dataclasses
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from tests.unit.test_export import EVENTS
from tests.unit.test_gazetteer_import import BASE
from tests.unit.test_store import document
from warlog.cli import cli
from warlog.errors import InputError
from warlog.export import acled_row
from warlog.models import Location
from warlog.places import gazetteer as gz
from warlog.places.divisions import Divisions, open_divisions, parse_code
from warlog.places.imports import carry_over, import_dumps
from warlog.store import open_store

FILES = FIXTURES / "geonames" / "divisions"
ALL = [FILES / "SY.txt", FILES / "admin2Codes.txt", FILES / "admin1CodesASCII.txt"]
# (geonameid, lat, lon): the district each town gets, and why
TOWNS = {
    99100003: ("Mintaqat Qasrun", 35.92, 36.66),  # its own code, though Wardiyeh's point is nearer
    99100004: ("Wardiyeh District", 35.99, 36.74),  # no code: the nearest district point;
    # the name admin2Codes.txt gives the code wins over the ADM2 row's "Mintaqat Wardiyeh"
    99100005: ("Mintaqat Qasrun", 35.62, 36.45),  # no code: the district's own point
    # a town of the bundled index (Idlib city): Wardiyeh's point (7 km), not the coded
    # town Ain Qasrun (3 km): a coded town is no district's point
    169389: ("Wardiyeh District", 35.93, 36.63),
    99100006: (None, 34.60, 36.00),  # over 75 km from every district point
    99100007: (None, 35.93, 36.72),  # in Hama: Idlib's districts are not its own
}


@pytest.fixture
def index(tmp_path: Path) -> Path:
    return Path(gz.write_index(tmp_path / "index.sqlite", BASE))


def _divisions(index: Path) -> Divisions:
    got = open_divisions(index)
    assert got is not None
    return got


def test_divisions_codes_parse() -> None:
    assert parse_code("SY.12") == ("SY", "12", "")
    assert parse_code("SY.12.169388") == ("SY", "12", "169388")
    assert parse_code("12.169388") is None and parse_code("SY..1") is None


def test_divisions_none_before_an_import_brings_them(index: Path, tmp_path: Path) -> None:
    assert open_divisions(index) is None
    assert open_divisions(tmp_path / "missing.sqlite") is None


@pytest.mark.parametrize("gid", sorted(TOWNS))
def test_divisions_each_town_gets_its_district(index: Path, gid: int) -> None:
    import_dumps(index, ALL)
    want, lat, lon = TOWNS[gid]
    divs = _divisions(index)
    assert divs.admin2(gid, lat, lon, "sy") == want
    divs.close()


def test_divisions_by_point_alone_and_admin1_names(index: Path) -> None:
    import_dumps(index, ALL)
    divs = _divisions(index)
    assert divs.admin2(None, 35.97, 36.71, "SY") == "Wardiyeh District"  # "lat,lon" places
    assert divs.admin2(None, 35.97, 36.71, "IQ") is None  # another country's point
    assert divs.admin1(99100007, "SY") == "Hama"  # from admin1CodesASCII.txt
    assert divs.admin1(None, "SY") is None
    divs.close()


def test_divisions_fill_the_acled_admin2_column(index: Path) -> None:
    """Every town-precision row whose town has a district point of its governorate within
    reach, or a code of its own, gets its district: the 4 such rows in Idlib; not the
    far one, nor Hama's."""
    import_dumps(index, ALL)
    divs = _divisions(index)
    rows = []
    base = EVENTS[0]
    for gid, (want, lat, lon) in TOWNS.items():
        loc = Location("x", None, "Syria", "SY", lat, lon, gid, 1)
        row = acled_row(dataclasses.replace(base, location=loc), divs)
        rows.append((gid, row["admin2"], want))
        # a district inferred from the nearest district's point says so in the tags
        assert ("admin2_nearest" in row["tags"]) == (gid in (99100004, 99100005, 169389))
    divs.close()
    assert [(gid, got) for gid, got, _ in rows] == [
        (gid, want or "") for gid, (want, _, _) in TOWNS.items()]
    hama = acled_row(dataclasses.replace(base, location=Location(
        "Hamat Wardi", None, "Syria", "SY", 35.93, 36.72, 99100007, 1)), _divisions(index))
    assert hama["admin1"] == "Hama"  # an empty admin1 takes the codes file's name


def test_divisions_import_is_idempotent_and_kept_by_a_rebuild(index: Path,
                                                              tmp_path: Path) -> None:
    import_dumps(index, ALL)
    first = _tables(index)
    report = import_dumps(index, ALL)
    assert report.places_added == 0 and _tables(index) == first
    assert first["admin_code"] == [("SY", "10", "", "Hama"), ("SY", "12", "", "Idlib"),
                                   ("SY", "12", "99100001", "Wardiyeh District"),
                                   ("SY", "12", "99100002", "Mintaqat Qasrun")]
    fresh = Path(gz.write_index(tmp_path / "fresh.sqlite", BASE))
    carry_over(index, fresh)
    assert _tables(fresh) == first


def test_divisions_codes_file_of_another_format_is_refused(index: Path,
                                                           tmp_path: Path) -> None:
    bad = tmp_path / "admin2Codes.txt"
    bad.write_text("SY.12.1\tName\tName\t1\nnot a code\tX\tX\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="division-codes row") as err:
        import_dumps(index, [FILES / "SY.txt", bad])
    assert "line 2" in str(err.value) or err.value.line == 2  # type: ignore[attr-defined]
    assert open_divisions(index) is None  # nothing was written


def test_divisions_cli_import_then_events_csv(index: Path, tmp_path: Path) -> None:
    """What a user does: import a country file with the codes files, then export."""
    (tmp_path / gz.INDEX_NAME).write_bytes(index.read_bytes())
    env = {"WARLOG_CACHE_DIR": str(tmp_path)}
    db = tmp_path / "w.db"
    loc = Location("Kafr Wardi", "Idlib", "Syria", "SY", 35.99, 36.74, 99100004, 1)
    ad = document(1)
    ev = dataclasses.replace(EVENTS[0].members[0].event, location=loc)
    with open_store(db) as store:
        store.add(dataclasses.replace(ad, events=(ev,)))
        store.merge()
    runner = CliRunner()
    before = runner.invoke(cli, ["events", "--db", str(db), "--format", "csv"], env=env)
    assert before.exit_code == 0, before.output
    assert next(csv.DictReader(io.StringIO(before.stdout)))["admin2"] == ""
    got = runner.invoke(cli, ["gazetteer", "import", *map(str, ALL)], env=env)
    assert got.exit_code == 0, got.output
    after = runner.invoke(cli, ["events", "--db", str(db), "--format", "csv"], env=env)
    assert next(csv.DictReader(io.StringIO(after.stdout)))["admin2"] == "Wardiyeh District"


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as con:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in ("admin_code", "place_admin2")}


def test_divisions_bundled_towns_and_the_order_of_sources(index: Path) -> None:
    """A town of the bundled index has GeoNames' admin2 without any import
    (data/admin2_towns.tsv.gz), and keeps it over the nearest imported district's point."""
    from warlog import acled

    assert acled.admin2(36.37913, 42.44806, "IQ", 1, 90393) == "Tel Afar District"
    assert acled.admin2(36.52815, 37.95495, "SY", 1, 167357) == "Manbij District"
    assert acled.admin2(36.52815, 37.95495, "SY", 3, 167357) == ""  # not town precision
    import_dumps(index, ALL)
    divs = _divisions(index)
    # Kafr Wardi has no code of its own in the file: the nearest district point
    assert acled.admin2(35.99, 36.74, "SY", 1, 99100004, divs) == "Wardiyeh District"
    # Idlib city's id has no bundled admin2: the nearest imported district's point
    assert acled.admin2(35.93, 36.63, "SY", 1, 169389, divs) == "Wardiyeh District"
    # a bundled town near an imported district keeps its own GeoNames admin2
    assert acled.admin2(35.96, 36.70, "SY", 1, 167357, divs) == "Manbij District"
    divs.close()
