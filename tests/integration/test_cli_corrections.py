"""`warlog correct`, `warlog corrections` and `warlog corrections import` end to end:
correct -> events shows it -> re-ingest and full re-merge -> still there -> export ->
import into another database, twice, with the same result."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.unit.test_store import fixture_documents
from warlog.cli import cli
from warlog.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def _db(path: Path) -> str:
    with open_store(path) as store:
        for ad in fixture_documents():
            store.add(ad)
        store.merge()
    return str(path)


def _events(db: str, *extra: str) -> dict[str, dict[str, object]]:
    code, out, err = run("events", "--db", db, *extra)
    assert code == 0, err
    return {e["id"]: e for e in map(json.loads, out.splitlines())}


def test_cli_correct_round_trip_survives_remerge_and_imports_idempotently(
        tmp_path: Path) -> None:
    db = _db(tmp_path / "a.db")
    first, second = sorted(_events(db))[:2]
    code, out, err = run("correct", first, "--db", db, "--set", "fatalities=17",
                         "--set", "sub_event_type=Armed clash", "--note", "checked", "--by", "ann")
    assert code == 0, err
    fixed = out.strip()
    code, _, err = run("correct", second, "--db", db, "--delete", "--note", "a drill")
    assert code == 0, err
    for _ in range(2):  # as corrected, and after a full re-merge
        events = _events(db)
        assert events[fixed]["fatalities"]["best"] == 17  # type: ignore[index]
        assert events[fixed]["sub_event_type"] == "Armed clash" and second not in events
        assert second in _events(db, "--include-deleted")
        code, _, err = run("ingest", "--db", db, "--full-merge")
        assert code == 0, err
    code, out, _ = run("events", "--db", db, "--format", "csv")
    row = next(r for r in csv.DictReader(io.StringIO(out)) if fixed in r["tags"])
    assert "reviewed" in row["tags"] and row["fatalities"] == "17"
    code, listing, err = run("corrections", "--db", db)
    assert code == 0 and "3 corrections" in err
    rows = [json.loads(line) for line in listing.splitlines()]
    assert {(r["field"], r["new_value"], r["by"]) for r in rows if r["kind"] == "set"} == {
        ("fatalities", 17, "ann"), ("sub_event_type", "Armed clash", "ann")}
    shared = tmp_path / "team.jsonl"
    shared.write_text(listing, encoding="utf-8")
    other = _db(tmp_path / "b.db")
    code, _, err = run("corrections", "import", str(shared), "--db", other)
    assert code == 0 and "3 corrections applied" in err, err
    assert _events(other) == _events(db)
    code, _, err = run("corrections", "import", str(shared), "--db", other)
    assert code == 0 and "0 corrections applied, 3 already there" in err
    assert _events(other) == _events(db)


def test_cli_corrections_import_reports_conflicts_and_rejects_bad_files(tmp_path: Path) -> None:
    db, other = _db(tmp_path / "a.db"), _db(tmp_path / "b.db")
    target = sorted(_events(db))[0]
    assert run("correct", target, "--db", db, "--set", "fatalities=5", "--by", "ann")[0] == 0
    assert run("correct", target, "--db", other, "--set", "fatalities=9", "--by", "bo")[0] == 0
    _, theirs, _ = run("corrections", "--db", db, "--format", "csv")
    path = tmp_path / "ann.csv"
    path.write_text(theirs, encoding="utf-8")
    code, _, err = run("corrections", "import", str(path), "--db", other)
    assert code == 0 and "1 conflicts" in err and "conflict  fatalities" in err
    bad = tmp_path / "bad.csv"
    bad.write_text(theirs.replace(",5,", ",-5,"), encoding="utf-8")
    before = _events(other)
    code, _, err = run("corrections", "import", str(bad), "--db", other)
    assert code == 1 and "bad.csv:2: fatalities" in err
    assert _events(other) == before


@pytest.mark.parametrize(("args", "says"), [
    (["--set", "fatalities=-1"], "fatalities"),
    (["--set", "date=15/09/2017"], "date"),
    (["--set", "nonsense"], "FIELD=VALUE"),
    ([], "give one of"),
    (["--delete", "--set", "fatalities=2"], "give one of"),
])
def test_cli_correct_bad_input_is_a_usage_error_and_changes_nothing(
        tmp_path: Path, args: list[str], says: str) -> None:
    db = _db(tmp_path / "a.db")
    before = _events(db)
    code, _, err = run("correct", sorted(before)[0], "--db", db, *args)
    assert code == 2 and says in err
    assert _events(db) == before
    code, _, err = run("correct", "ev-unknown", "--db", db, "--set", "fatalities=1")
    assert code == 1 and "no event with id" in err
    code, _, err = run("correct", "x", "--db", str(tmp_path / "none.db"), "--delete")
    assert code == 1 and "no such database" in err and not (tmp_path / "none.db").exists()


@pytest.mark.model
def test_cli_correction_survives_a_real_reingest(tmp_path: Path, request: pytest.FixtureRequest,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    if getattr(request.config, "cache", None) is None:
        pytest.skip("the session's gazetteer lives in pytest's cache (-p no:cacheprovider)")
    monkeypatch.setenv("WARLOG_CACHE_DIR", request.getfixturevalue("cache_dir"))
    db = str(tmp_path / "s.db")
    ingest = ["ingest", str(ROOT / "samples"), "--db", db, "--published", "2021-06-01"]
    assert run(*ingest)[0] == 0
    target = sorted(_events(db))[0]
    code, out, err = run("correct", target, "--db", db, "--set", "injured=4",
                         "--set", "location=Aleppo")
    assert code == 0, err
    fixed = out.strip()
    assert run(*ingest, "--full-merge")[0] == 0
    event = _events(db)[fixed]
    assert event["injured"]["best"] == 4  # type: ignore[index]
    assert event["location"]["name"] == "Aleppo"  # type: ignore[index]


def test_cli_correct_merge_then_split_back(tmp_path: Path) -> None:
    db = _db(tmp_path / "a.db")
    before = _events(db)
    a, b = sorted(before)[:2]
    code, out, err = run("correct", a, "--db", db, "--merge-with", b, "--note", "same raid")
    assert code == 0, err
    joined = _events(db)[out.strip()]
    assert len(_events(db)) == len(before) - 1
    report = joined["members"][-1]["document_id"]  # type: ignore[index]
    code, out, err = run("correct", out.strip(), "--db", db, "--split", report)
    assert code == 0 and "keeps the other reports" in err, err
    alone = _events(db)[out.strip()]
    assert [m["document_id"] for m in alone["members"]] == [report]  # type: ignore[attr-defined]
    code, _, err = run("correct", out.strip(), "--db", db, "--split", report)
    assert code == 1 and "one report only" in err


@pytest.mark.parametrize(("args", "says"), [
    (["--token", "long-enough-token"], "--token is for --allow-edits"),
    (["--allow-edits", "--token", "short"], "at least 8 characters"),
])
def test_cli_serve_token_options_are_checked(tmp_path: Path, args: list[str],
                                             says: str) -> None:
    code, _, err = run("serve", "--db", _db(tmp_path / "a.db"), *args)
    assert code == 2 and says in err



def test_cli_correct_does_not_announce_a_new_id_when_the_event_keeps_its_own(
        tmp_path: Path) -> None:
    """A correction of fields keeps the event's id: the message names it, without the
    "the event is now" that would have the user look for another event."""
    db = _db(tmp_path / "a.db")
    first = sorted(_events(db))[0]
    code, out, err = run("correct", first, "--db", db, "--set", "fatalities=3")
    assert code == 0 and out.strip() == first, err
    assert f"corrected {first}" in err and "is now" not in err
