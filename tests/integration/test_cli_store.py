"""`warlog ingest`, `warlog events`, `warlog failures` end to end, and kill -9 resumability."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import SHARED
from tests.unit.test_store import fixture_documents
from warlog.cli import cli
from warlog.export import ACLED_COLUMNS
from warlog.models import Failure
from warlog.store import open_store
from warlog.store.schema import LATEST

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _shared_cache(cache_dir: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLOG_CACHE_DIR", cache_dir)  # build the gazetteer once per session


def _invoke(args: list[str], tmp_path: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, args)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "events.db")
    with open_store(path) as store:
        for ad in fixture_documents():
            store.add(ad)
        store.add_failure(Failure(path="bad.html", stage="clean", reason="no article text"))
    return path


def test_cli_ingest_without_paths_merges_what_is_pending(db: str, tmp_path: Path) -> None:
    code, _, err = _invoke(["ingest", "--db", db], tmp_path)
    assert code == 0, err
    assert "25 canonical events in the store" in err
    with open_store(db, readonly=True) as store:
        assert store.counts()["unmerged"] == 0


def test_cli_events_csv_opens_as_acled(db: str, tmp_path: Path) -> None:
    _invoke(["ingest", "--db", db], tmp_path)
    code, out, err = _invoke(["events", "--db", db, "--format", "csv", "--country", "Syria"],
                             tmp_path)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 4 and {r["country"] for r in rows} == {"Syria"}
    assert "warlog: 4 events" in err


def test_cli_events_country_as_acled_writes_it(db: str, tmp_path: Path) -> None:
    """ACLED's country names and common variants select the events GeoNames names
    otherwise ("Democratic Republic of the Congo"); the network filter takes them too."""
    _invoke(["ingest", "--db", db], tmp_path)
    for name in ("Democratic Republic of Congo", "DRC", "COD"):
        code, out, err = _invoke(["events", "--db", db, "--country", name], tmp_path)
        assert code == 0 and len(out.splitlines()) == 1, (name, err)
    code, _, err = _invoke(["network", "--db", db, "--country", "Sirya"], tmp_path)
    assert code == 2 and "Syria (SY)" in err


def test_cli_events_unknown_actor_names_those_that_hold_it(db: str, tmp_path: Path) -> None:
    """``--actor`` matches a whole name or alias; a part of a name ("Islamic") matches no
    event, and the command says so on stderr with the actors whose names hold it."""
    _invoke(["ingest", "--db", db], tmp_path)
    code, out, err = _invoke(["events", "--db", db, "--actor", "Islamic"], tmp_path)
    assert code == 0 and out == ""
    assert f"no actor in {db} is named 'Islamic'" in err
    assert "actors whose names hold it: Islamic State (5 events)" in err
    code, out, err = _invoke(["events", "--db", db, "--actor", "daesh"], tmp_path)
    assert code == 0 and out and "no actor" not in err


def test_cli_events_says_how_many_historical_events_it_left_out(db: str,
                                                                tmp_path: Path) -> None:
    """Events told only as background are left out without ``--history``; the count line
    says how many match, so an actor or country found only in history does not look
    absent (the page says the same above its list)."""
    first = fixture_documents()[0]
    old = dataclasses.replace(first.document, id="history-1",
                              text="An invented report recalling a raid of 2009.")
    events = tuple(dataclasses.replace(e, historical=True, date="2009-05-01")
                   for e in first.events)
    with open_store(db) as store:
        store.add(dataclasses.replace(first, document=old, events=events))
    _invoke(["ingest", "--db", db], tmp_path)
    country = first.events[0].location.country  # type: ignore[union-attr]
    code, out, err = _invoke(["events", "--db", db, "--country", country], tmp_path)
    shown = len(out.splitlines())
    assert code == 0 and "historical event" in err and "add --history" in err
    code, out, err = _invoke(["events", "--db", db, "--country", country, "--history"],
                             tmp_path)
    assert code == 0 and len(out.splitlines()) > shown and "--history" not in err


def test_cli_events_limit_says_how_many_matched(db: str, tmp_path: Path) -> None:
    """``--limit`` cuts the list; the count line says how many matched in all, so that a
    first look at a few events is not taken for all there are."""
    _invoke(["ingest", "--db", db], tmp_path)
    code, out, err = _invoke(["events", "--db", db, "--limit", "2"], tmp_path)
    assert code == 0 and len(out.splitlines()) == 2
    assert "warlog: 2 events of 25 matching (--limit 2;" in err
    code, out, err = _invoke(["events", "--db", db, "--limit", "100"], tmp_path)
    assert code == 0 and "--limit" not in err


def test_cli_events_dated_only_leaves_out_undated_events(db: str, tmp_path: Path) -> None:
    """An event no report dates exports with an empty event_date and year; ACLED's rows
    always have one, so ``--dated-only`` leaves such events out."""
    first = fixture_documents()[0]
    doc = dataclasses.replace(first.document, id="undated-1", published=None,
                              text="An invented report of a raid on an unnamed day.")
    events = tuple(dataclasses.replace(e, date=None) for e in first.events[:1])
    with open_store(db) as store:
        store.add(dataclasses.replace(first, document=doc, events=events))
    _invoke(["ingest", "--db", db], tmp_path)
    code, out, _ = _invoke(["events", "--db", db, "--format", "csv"], tmp_path)
    assert code == 0 and any(r["event_date"] == "" for r in csv.DictReader(io.StringIO(out)))
    code, out, _ = _invoke(["events", "--db", db, "--format", "csv", "--dated-only"],
                           tmp_path)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and rows and all(r["event_date"] and r["year"] for r in rows)


@pytest.mark.parametrize("name", ["Unidentified Armed Group (Iraq)",
                                  "unidentified military forces", "Rioters (Iraq)"])
def test_cli_events_generic_actor1_of_the_acled_columns_is_explained(
        db: str, tmp_path: Path, name: str) -> None:
    """The ACLED columns give an event whose reports name no one a generic actor1
    (warlog.unnamed) that the store does not hold; a user who copies it into --actor is
    told what it is and how to select those events, not only that no actor has it."""
    _invoke(["ingest", "--db", db], tmp_path)
    code, out, err = _invoke(["events", "--db", db, "--actor", name], tmp_path)
    assert code == 0 and out == ""
    assert "generic actor1" in err and "actor1_unnamed" in err and "--country" in err


def test_cli_events_csv_bom_for_excel(db: str, tmp_path: Path) -> None:
    """``--bom`` starts the CSV on stdout with the UTF-8 byte-order mark (Excel then reads
    non-ASCII names right); it is a usage error with another format."""
    _invoke(["ingest", "--db", db], tmp_path)
    result = CliRunner().invoke(cli, ["events", "--db", db, "--format", "csv", "--bom"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfevent_id_cnty,")
    code, _, err = _invoke(["events", "--db", db, "--bom"], tmp_path)
    assert code == 2 and "--bom applies to --format csv only" in err


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "parquet", "csv"])
def test_cli_events_writes_each_format_to_a_file(db: str, tmp_path: Path, fmt: str) -> None:
    _invoke(["ingest", "--db", db], tmp_path)
    target = tmp_path / f"out.{fmt}"
    code, _, err = _invoke(["events", "--db", db, "--format", fmt, "-o", str(target),
                            "--bbox", "44,35,45,36"], tmp_path)
    assert code == 0, err
    assert target.stat().st_size > 0 and "warlog: 2 events" in err


@pytest.mark.parametrize("command", ["events", "network"])
def test_cli_output_in_a_missing_folder_exits_1_naming_it(db: str, tmp_path: Path,
                                                         command: str) -> None:
    """``-o`` into a folder that does not exist: one line naming the file, exit code 1,
    no traceback and no file."""
    _invoke(["ingest", "--db", db], tmp_path)
    target = tmp_path / "exports" / "out.csv"
    code, _, err = _invoke([command, "--db", db, "--format", "csv", "-o", str(target)],
                           tmp_path)
    assert code == 1, err
    assert err.strip() == (f"Error: {target}: the folder {target.parent} does not exist; "
                           "create it first")
    assert not target.parent.exists()


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "2017-13-01"], "month must be in 1..12"),
    (["--bbox", "0,0,200,1"], "longitudes must be within -180..180"),
    (["--bbox", "1,2,3"], "four numbers"),
    (["--since", "2020-02-01", "--until", "2020-01-01"], "is after"),
    (["--q", '"unclosed'], "invalid --q search"),
    (["--type", "Airstrike"], "unknown event type 'Airstrike'"),
    (["--country", "Sirya"], "unknown country 'Sirya'"),
    (["--country", "Sirya"], "nearest known names: Syria (SY)"),
    (["--country", "Congo"], "ambiguous: give one of Democratic Republic of Congo (CD)"),
])
def test_cli_events_invalid_filter_is_a_usage_error(db: str, tmp_path: Path, args: list[str],
                                                   message: str) -> None:
    _invoke(["ingest", "--db", db], tmp_path)
    before = Path(db).read_bytes()
    code, _, err = _invoke(["events", "--db", db, *args], tmp_path)
    assert code == 2 and message in err
    assert Path(db).read_bytes() == before


def test_cli_bad_database_files_exit_1_untouched(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"garbage" * 500)
    for command in (["events", "--db", str(corrupt)], ["ingest", "--db", str(corrupt)]):
        code, _, err = _invoke(command, tmp_path)
        assert code == 1 and "corrupt.db" in err and "corrupt" in err
    assert corrupt.read_bytes() == b"garbage" * 500
    code, _, err = _invoke(["events", "--db", str(tmp_path / "missing.db")], tmp_path)
    assert code == 1 and "no such database" in err
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("command", [["reextract"], ["correct", "ev-0", "--delete"],
                                     ["serve", "--allow-edits", "--port", "0"]])
@pytest.mark.parametrize("content", [None, b""])
def test_cli_commands_that_change_a_database_never_create_one(
        tmp_path: Path, command: list[str], content: bytes | None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """reextract, correct and serve --allow-edits work on a database warlog ingest made:
    a missing or empty --db exits 1 saying so, and stays missing or empty (reextract made
    an empty events.jsonl given by mistake a database, and said "0 documents read")."""
    import importlib

    def no_serving(*_: object) -> None:
        raise AssertionError("the server started")

    monkeypatch.setattr(importlib.import_module("warlog.cli.serve"), "listening_socket",
                        no_serving)
    path = tmp_path / "events.jsonl"
    if content is not None:
        path.write_bytes(content)
    code, _, err = _invoke([*command, "--db", str(path)], tmp_path)
    assert code == 1, err
    assert "no such database" in err or "is empty" in err
    assert "warlog ingest PATH --db" in err
    assert (path.read_bytes() if path.exists() else None) == content


def test_cli_newer_database_is_refused(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        store.conn.execute("INSERT INTO _migrations VALUES (?, 'future', 'x')", (LATEST + 1,))
    code, _, err = _invoke(["ingest", "--db", db], tmp_path)
    assert code == 1 and "newer warlog" in err


def test_cli_failures_lists_stage_and_reason(db: str, tmp_path: Path) -> None:
    code, out, _ = _invoke(["failures", "--db", db], tmp_path)
    assert code == 0 and "bad.html: no article text" in out and "clean" in out


def test_cli_failures_csv_bom_for_excel(db: str) -> None:
    """``warlog failures --csv --bom`` starts with the UTF-8 byte-order mark, as ``warlog
    events --bom`` does, for Excel; without --csv it is a usage error."""
    result = CliRunner().invoke(cli, ["failures", "--db", db, "--csv", "--bom"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfpath,line,stage,reason")
    result = CliRunner().invoke(cli, ["failures", "--db", db, "--bom"])
    assert result.exit_code == 2 and "--bom applies to --csv only" in result.stderr


def test_cli_ingest_survives_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "resume_kill9.py"), "--docs", "600",
         "--kills", "2", "--min-wait", "1.0", "--max-wait", "1.5", "--db", str(db)],
        capture_output=True, text=True, check=False, timeout=300)
    report = json.loads(out.stdout)
    assert out.returncode == 0, report
    assert report["documents"] == 600 and report["integrity"] == "ok"
    assert report["same_records"] is True
    assert not any(k.get("lost") for k in report["kills"])


@pytest.mark.model
def test_cli_ingest_samples_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    args = ["ingest", str(ROOT / "samples"), "--db", db, "--published", "2021-06-01"]
    code, _, err = _invoke(args, tmp_path)
    assert code == 0, err
    with open_store(db, readonly=True) as store:
        first = store.counts()
    code, _, err = _invoke(args, tmp_path)
    assert code == 0 and "0 documents stored" in err
    with open_store(db, readonly=True) as store:
        assert store.counts() == first
    code, out, _ = _invoke(["events", "--db", db, "--format", "csv"], tmp_path)
    assert code == 0 and out.startswith("event_id_cnty,event_date,year")


@pytest.mark.model
@pytest.mark.skipif(not (SHARED / "seed" / "seed-articles.txt").exists(), reason="no seed")
def test_cli_ingest_seed_and_query_it(tmp_path: Path) -> None:
    db = str(tmp_path / "seed.db")
    code, _, err = _invoke(["ingest", str(SHARED / "seed" / "seed-articles.txt"), "--db", db,
                            "--published", "2017-09-15"], tmp_path)
    assert code == 0, err
    code, out, _ = _invoke(["events", "--db", db, "--country", "Iraq"], tmp_path)
    assert code == 0
    assert all(json.loads(line)["location"]["country_code"] == "IQ"
               for line in out.splitlines())


@pytest.mark.model
def test_cli_late_published_dates_stored_documents_by_reextract(tmp_path: Path) -> None:
    """A document ingested with no publication date keeps "on Sunday" unresolved; the
    summary says to give --published, but ingesting again skips it as stored. That run
    now says so and names `warlog reextract --published`, which dates it in place."""
    report = tmp_path / "report.txt"
    report.write_text("Gunmen attacked a police post in the invented town of Xandria on "
                      "Sunday, killing three officers, officials said. The attackers fled "
                      "into the hills after the raid.\n", encoding="utf-8")
    db = str(tmp_path / "late.db")
    code, _, err = _invoke(["ingest", str(report), "--db", db], tmp_path)
    assert code == 0 and "give --published" in err
    code, _, err = _invoke(["ingest", str(report), "--db", db, "--published", "2021-06-01"],
                           tmp_path)
    assert code == 0 and "1 document already stored has no publication date" in err
    assert "warlog reextract --db FILE --published" in err
    code, out, _ = _invoke(["events", "--db", db], tmp_path)
    assert [json.loads(line)["date"] for line in out.splitlines()] == [None]
    code, _, err = _invoke(["reextract", "--db", db, "--published", "2021-06-01"], tmp_path)
    assert code == 0 and "1 document read again" in err
    code, out, _ = _invoke(["events", "--db", db], tmp_path)
    assert [json.loads(line)["date"] for line in out.splitlines()] == ["2021-05-30"]
    with open_store(db, readonly=True) as store:
        [doc_id] = store.document_ids()
        stored = store.get(doc_id)
    assert stored is not None and stored.document.published is not None
    assert not any(w.startswith("no publication date") for w in stored.document.warnings)
