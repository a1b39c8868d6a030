"""An imported GeoNames file makes its villages resolvable: a report naming a village of
the file gets that village as its event's location (before the import, only the
province). The fixture village "Tell Wardiyeh" (geonameid 99000001, population 0) exists
only in tests/fixtures/geonames/XX.txt."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from warlog.cli import cli
from warlog.config import Settings
from warlog.places import load_gazetteer
from warlog.places.gazetteer import index_path

pytestmark = pytest.mark.model

REPORT = {
    "id": "idlib-village",
    "published": "2019-05-14",
    "text": "Government aircraft struck the village of Tell Wardiyeh in Idlib province on "
            "Tuesday, killing four civilians and wounding nine others, activists said.",
}


def _event_location(cache: Path, tmp_path: Path) -> dict[str, Any]:
    src = tmp_path / "report.jsonl"
    src.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(src)],
                                env={"WARLOG_CACHE_DIR": str(cache)})
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout.splitlines()[0])
    location: dict[str, Any] = doc["events"][0]["location"]
    return location


def test_imported_village_becomes_the_event_location(cache_dir: str, tmp_path: Path) -> None:
    load_gazetteer(Settings(cache_dir=cache_dir))  # the session's full index, built once
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy(index_path(Settings(cache_dir=cache_dir)), cache)
    before = _event_location(cache, tmp_path)
    assert before["name"] == "Idlib" and before["geonameid"] is None  # the province only

    dump = tmp_path / "XX.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.write(FIXTURES / "geonames" / "XX.txt", "XX.txt")
    imported = CliRunner().invoke(cli, ["gazetteer", "import", str(dump)],
                                  env={"WARLOG_CACHE_DIR": str(cache)})
    assert imported.exit_code == 0, imported.output

    after = _event_location(cache, tmp_path)
    assert after["name"] == "Tell Wardiyeh" and after["geonameid"] == 99000001
    assert (after["country_code"], after["admin1"]) == ("SY", "Idlib")
    assert (round(after["lat"], 2), round(after["lon"], 2)) == (35.97, 36.70)


def test_reextract_places_stored_reports_with_imported_villages(cache_dir: str,
                                                                tmp_path: Path) -> None:
    """A report stored before the import keeps its province (ingest skips it); `warlog
    reextract` reads the stored documents again in place: the event moves to the
    imported village, and an analyst's correction of it is kept."""
    load_gazetteer(Settings(cache_dir=cache_dir))
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy(index_path(Settings(cache_dir=cache_dir)), cache)
    env = {"WARLOG_CACHE_DIR": str(cache)}
    src = tmp_path / "report.jsonl"
    src.write_text(json.dumps(REPORT) + "\n", encoding="utf-8")
    db = str(tmp_path / "w.db")

    def run(*args: str) -> str:
        result = CliRunner().invoke(cli, list(args), env=env)
        assert result.exit_code == 0, result.output
        return result.stdout

    def events() -> list[dict[str, Any]]:
        return [json.loads(line) for line in run("events", "--db", db).splitlines()]

    run("ingest", str(src), "--db", db)
    [before] = events()
    assert before["location"]["name"] == "Idlib" and before["fatalities"]["best"] == 4
    run("correct", before["id"], "--db", db, "--set", "fatalities=5", "--note", "test")
    dump = tmp_path / "XX.zip"
    with zipfile.ZipFile(dump, "w") as zf:
        zf.write(FIXTURES / "geonames" / "XX.txt", "XX.txt")
    run("gazetteer", "import", str(dump))
    run("ingest", str(src), "--db", db)  # already stored: nothing changes
    assert events()[0]["location"]["name"] == "Idlib"

    run("reextract", "--db", db)
    [after] = events()
    assert after["location"]["name"] == "Tell Wardiyeh"
    assert after["fatalities"]["best"] == 5  # the analyst's figure, not the report's 4
