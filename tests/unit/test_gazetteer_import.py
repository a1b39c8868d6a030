"""``warlog gazetteer import``: GeoNames dump files merged into the index, idempotently,
with files of another format refused and the index left as it was. The fixture files in
tests/fixtures/geonames are written for these tests (invented geonameids 99000001-5 and
88000001-4; "Tell Wardiyeh" is a fixture-only village near Idlib)."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from warlog.cli import cli
from warlog.config import Settings
from warlog.errors import GazetteerUnavailable, InputError
from warlog.places import gazetteer as gz
from warlog.places.imports import MERGING, carry_over, import_dumps, imported_files
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.load import open_index

DUMPS = FIXTURES / "geonames"
BASE = [
    (GazetteerEntry(163843, 163843, "Syria", "country", "SY", "", 35.0, 38.0, 16_906_283), []),
    (GazetteerEntry(99_388_000, None, "Iraq", "country", "IQ", "", 33.0, 44.0, 38_000_000), []),
    (GazetteerEntry(gz.ADMIN1_BASE + 12, None, "Idlib", "admin1", "SY", "12", 35.8, 36.6,
                    442_917), []),
    (GazetteerEntry(169389, 169389, "Idlib", "city", "SY", "12", 35.93, 36.63, 128_840), []),
]


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(cache_dir=str(tmp_path))


@pytest.fixture
def index(tmp_path: Path) -> Path:
    return Path(gz.write_index(tmp_path / "index.sqlite", BASE))


def _gaz(path: Path, settings: Settings) -> Gazetteer:
    return open_index(str(path), settings)


def _zip(tmp_path: Path, txt: Path, name: str | None = None) -> Path:
    out = tmp_path / (name or txt.with_suffix(".zip").name)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(txt, txt.name)
    return out


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in tables}


def test_import_makes_a_village_of_the_file_resolvable(index: Path, tmp_path: Path,
                                                      settings: Settings) -> None:
    assert _gaz(index, settings).lookup("Tell Wardiyeh") == ()
    report = import_dumps(index, [_zip(tmp_path, DUMPS / "XX.txt")])
    assert report.rows == 9 and report.places_added == 5
    gaz = _gaz(index, settings)
    syrian = gaz.resolve("Tell Wardiyeh", "SY")
    assert syrian is not None and syrian.geonameid == 99000001 and syrian.feature == "city"
    assert (round(syrian.lat, 2), round(syrian.lon, 2)) == (35.97, 36.70)
    assert {e.country_code for e in gaz.lookup("Tell Wardiyeh")} == {"SY", "IQ"}
    assert gaz.lookup("Tall al-Wardiyah") == (syrian,)  # alternate names of the row
    assert gaz.lookup("Khirbat Wardiyeh") == ()  # historical places (PPLH) are left out
    assert gaz.lookup("Jisr Wardiyeh") == ()  # class S is not taken unless asked for
    assert gaz.lookup("Tell Wardiyeh Hill") == ()  # nor T, but for islands:
    assert [e.feature for e in gaz.lookup("Jazirat Wardiyeh")] == ["terrain"]
    assert len(gaz.lookup("Wardiyeh District")) == 2  # two districts of one name: both


def test_import_lends_names_to_divisions_already_there(index: Path, tmp_path: Path,
                                                       settings: Settings) -> None:
    import_dumps(index, [DUMPS / "XX.txt", DUMPS / "alternateNamesV2.txt"])
    gaz = _gaz(index, settings)
    province = gaz.admin1("SY", "12")
    assert province is not None
    assert gaz.lookup("Muhafazat Idlib") == (province,)
    assert gaz.lookup("Idlib Province") == (province,)  # from the alternate-names file
    assert [e.name for e in gaz.lookup("Idlib")].count("Idlib") == 2  # no third Idlib
    assert gaz.lookup("Tal Wardiya")[0].geonameid == 99000001
    assert gaz.lookup("https://example.org/Tell_Wardiyeh") == ()  # links are no names


def test_import_twice_changes_nothing(index: Path, tmp_path: Path) -> None:
    files = [_zip(tmp_path, DUMPS / "XX.txt"), _zip(tmp_path, DUMPS / "alternateNamesV2.txt")]
    import_dumps(index, files)
    once = _content(index)
    again = import_dumps(index, list(reversed(files)))
    assert (again.places_added, again.names_added) == (0, 0)
    assert _content(index) == once
    assert imported_files(index) == [("XX.zip", "places"), ("alternateNamesV2.zip",
                                                               "alternate names")]


def test_import_other_classes_when_asked_rank_below_towns(index: Path,
                                                          settings: Settings) -> None:
    import_dumps(index, [DUMPS / "XX.txt"], classes="PAS")
    gaz = _gaz(index, settings)
    bridge = gaz.lookup("Jisr Wardiyeh")
    assert [e.feature for e in bridge] == ["spot"]
    town = GazetteerEntry(1, 1, "Jisr Wardiyeh", "city", "SY", "12", 36.0, 36.7, 0)
    assert gaz.prior(bridge[0], "Jisr Wardiyeh") < gaz.prior(town, "Jisr Wardiyeh")


@pytest.mark.parametrize(("content", "zipped_as", "message"), [
    ("id,name,lat\n1,Foo,2\n", None, "not a GeoNames dump: 1 tab-separated columns"),
    ("", None, "the file is empty"),
    (None, "cities500.zip", "the zip holds no cities500.txt"),
    ("1\tA\tA\t\t1\t2\tP\tPPL\tSY\t\t12\t\t\t\t0\t\t\t\t\n2\tB\n", None,
     ":2: 2 tab-separated columns"),
    ("1\tA\tA\t\tnorth\t2\tP\tPPL\tSY\t\t12\t\t\t\t0\t\t\t\t\n", None, ":1: not a GeoNames"),
])
def test_import_refuses_other_formats_naming_the_file_and_keeps_the_index(
        index: Path, tmp_path: Path, settings: Settings, content: str | None,
        zipped_as: str | None, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(content if content is not None else "readme\n", encoding="utf-8")
    path = _zip(tmp_path, bad, zipped_as) if zipped_as else bad
    before = _content(index)
    with pytest.raises(InputError) as err:
        import_dumps(index, [DUMPS / "XX.txt", path])
    assert str(path) in str(err.value) and message in str(err.value)
    assert _content(index) == before  # nothing half-written, not even the XX.txt rows
    assert _gaz(index, settings).resolve("Idlib") is not None


def test_import_refuses_a_binary_file_as_no_geonames_dump(
        index: Path, tmp_path: Path) -> None:
    """A file that is not UTF-8 text (an image, a database, a file of another encoding) is
    told as no GeoNames dump, not by the codec's message alone."""
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\xe1\xff\xfe" * 40)
    before = _content(index)
    with pytest.raises(InputError) as err:
        import_dumps(index, [bad])
    assert str(bad) in str(err.value) and "not a GeoNames dump: not UTF-8 text" in str(err.value)
    assert _content(index) == before


def test_import_interrupted_leaves_the_index_as_it_was(index: Path, settings: Settings) -> None:
    before = _content(index)

    def interrupt(name: str, done: int, total: int) -> None:
        if name == MERGING:
            raise KeyboardInterrupt  # Ctrl-C while the rows are being merged

    with pytest.raises(KeyboardInterrupt):
        import_dumps(index, [DUMPS / "XX.txt"], progress=interrupt)
    assert _content(index) == before
    assert _gaz(index, settings).lookup("Tell Wardiyeh") == ()


def test_import_needs_an_index_and_creates_none(tmp_path: Path) -> None:
    with pytest.raises(GazetteerUnavailable, match="build it first"):
        import_dumps(tmp_path / "missing.sqlite", [DUMPS / "XX.txt"])
    assert not (tmp_path / "missing.sqlite").exists()


def test_rebuild_keeps_what_was_imported(index: Path, tmp_path: Path,
                                         settings: Settings) -> None:
    import_dumps(index, [DUMPS / "XX.txt"])
    fresh = Path(gz.write_index(tmp_path / "fresh.sqlite", BASE))
    assert carry_over(index, fresh) == 5
    gaz = _gaz(fresh, settings)
    assert gaz.resolve("Tell Wardiyeh", "SY") is not None
    assert imported_files(fresh) == [("XX.txt", "places")]


def test_cli_import_reports_and_refuses_bad_files(index: Path, tmp_path: Path) -> None:
    (tmp_path / gz.INDEX_NAME).write_bytes(index.read_bytes())
    env = {"WARLOG_CACHE_DIR": str(tmp_path)}
    runner = CliRunner()
    ok = runner.invoke(cli, ["gazetteer", "import", str(DUMPS / "XX.txt")], env=env)
    assert ok.exit_code == 0, ok.output
    assert "5 new places" in ok.stderr
    assert "warlog reextract --db" in ok.stderr  # stored events keep their places
    again = runner.invoke(cli, ["gazetteer", "import", str(DUMPS / "XX.txt")], env=env)
    assert again.exit_code == 0 and "reextract" not in again.stderr  # nothing new
    bad = tmp_path / "notes.csv"
    bad.write_text("a,b\n", encoding="utf-8")
    refused = runner.invoke(cli, ["gazetteer", "import", str(bad)], env=env)
    assert refused.exit_code == 1 and "notes.csv" in refused.stderr
    usage = runner.invoke(cli, ["gazetteer", "import", "--classes", "PQ",
                                str(DUMPS / "XX.txt")], env=env)
    assert usage.exit_code == 2


def test_imported_spot_is_as_precise_a_place_as_a_town() -> None:
    from warlog.events.location import place_rank
    from warlog.models import Place

    def place(feature: str) -> Place:
        return Place(0, 5, "Jisr", "Jisr", 35.9, 36.7, 99000003, feature, "SY", "Idlib", 0.9)

    assert place_rank(place("spot")) == place_rank(place("city")) > place_rank(place("admin2"))
