"""The command line's contract with a new user: usage errors before any work, settings
files wherever --config is given, a clear word on a busy port, a progress line whose
estimate excludes start-up."""

from __future__ import annotations

import io
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from warlog.cli import cli
from warlog.cli.progress import Progress
from warlog.config import Settings


@pytest.mark.parametrize("command", [["extract"], ["ingest", "--db", "{tmp}/x.db"],
                                     ["extract", "--dask", "local:2"]])
def test_cli_missing_path_is_a_usage_error_before_any_work(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warlog.runner
    import warlog.scale.dask

    def no_work(*_: object, **__: object) -> None:
        raise AssertionError("work started before the paths were checked")

    monkeypatch.setattr(warlog.scale.dask, "_client", no_work)
    monkeypatch.setattr(warlog.runner, "extract_paths", no_work)
    real = tmp_path / "real.txt"
    real.write_text("A report long enough to be read as one.", encoding="utf-8")
    missing = str(tmp_path / "no-such-folder")
    command = [a.format(tmp=tmp_path) for a in command]
    result = CliRunner().invoke(cli, [*command, str(real), missing])
    assert not (tmp_path / "x.db").exists()
    assert result.exit_code == 2
    assert "no-such-folder" in result.stderr and "no such file or folder" in result.stderr


def test_cli_ingest_interrupted_says_what_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in the middle of an ingest tells how many documents the database kept and how
    to go on (click alone printed "Aborted!"), with the shells' exit code for a Ctrl-C."""
    import warlog.store.ingest
    from tests.unit.test_store import document

    def stop_after_two(store: object, *_: object, **__: object) -> None:
        store.add_many([document(1), document(2)])  # type: ignore[attr-defined]
        raise KeyboardInterrupt

    monkeypatch.setattr(warlog.store.ingest, "ingest_paths", stop_after_two)
    report = tmp_path / "r.txt"
    report.write_text("A report long enough to be read as one.", encoding="utf-8")
    db = tmp_path / "w.db"
    result = CliRunner().invoke(cli, ["ingest", str(report), "--db", str(db)])
    assert result.exit_code == 130, result.output
    assert f"the 2 documents stored by this run are kept in {db}" in result.stderr
    assert "Run the same command again" in result.stderr and "Aborted" not in result.output


def test_cli_extract_interrupted_says_the_output_is_partial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during extract says that the output holds only the documents written so far,
    so a partial out.jsonl is not taken for the whole corpus."""
    import warlog.runner
    from tests.unit.test_store import document

    def stop_after_two(_paths: object, _settings: object, emit: Any, **__: object) -> None:
        emit(document(1))
        emit(document(2))
        raise KeyboardInterrupt

    monkeypatch.setattr(warlog.runner, "extract_paths", stop_after_two)
    report = tmp_path / "r.txt"
    report.write_text("A report long enough to be read as one.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(report), "-o", str(out)])
    assert result.exit_code == 130, result.output
    assert f"{out} holds only the first 2 documents" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_cli_progress_line_is_closed_once() -> None:
    stream = io.StringIO()
    bar = Progress("extract", 3, stream=stream)
    bar.update()
    bar.close()
    bar.close()
    assert stream.getvalue().count("\n") == 1


@pytest.mark.parametrize("before", [True, False])
def test_cli_config_before_or_after_the_sub_command(
    before: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import warlog.places.gazetteer

    monkeypatch.delenv("WARLOG_CACHE_DIR", raising=False)  # the environment beats the file
    seen: list[Settings] = []
    monkeypatch.setattr(warlog.places.gazetteer, "build_gazetteer",
                        lambda s, force=False: seen.append(s) or "index")
    config = tmp_path / "team.toml"
    config.write_text(f'cache_dir = "{tmp_path / "team-cache"}"\n', encoding="utf-8")
    args = ["gazetteer", "build"]
    args = ["--config", str(config), *args] if before else [*args, "--config", str(config)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.stderr
    assert seen[0].cache_dir == str(tmp_path / "team-cache")


def test_cli_config_file_with_an_unknown_key_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("no_such_setting = 1\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["gazetteer", "build", "--config", str(config)])
    assert result.exit_code == 1
    assert "bad.toml" in result.stderr and "no_such_setting" in result.stderr


def test_cli_serve_on_a_busy_port_says_so_without_serving(tmp_path: Path) -> None:
    from warlog.store import open_store

    db = str(tmp_path / "w.db")
    open_store(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 1
    assert f"port {port}" in result.stderr and "in use" in result.stderr
    assert "serving" not in result.stderr


@pytest.mark.parametrize("command", ["events", "failures", "serve", "ingest"])
def test_cli_help_says_whether_the_database_is_created(command: str) -> None:
    text = CliRunner().invoke(cli, [command, "--help"]).output
    if command == "ingest":
        assert "created if missing" in text
    else:
        assert "created if missing" not in text and "warlog ingest" in text


class _Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_cli_progress_estimate_leaves_out_start_up_and_the_first_batch() -> None:
    clock = _Clock()
    bar = Progress("ingest", 96, io.StringIO(), clock=clock)
    clock.t += 40.0  # model loading: no document finishes
    for _ in range(32):  # the first batch finishes at once
        bar.update()
    assert bar.left_s() is None  # nothing to measure a rate on yet
    clock.t += 4.0  # the next batch takes 4 s: 8 documents a second
    for _ in range(32):
        bar.update()
    assert bar.rate() == pytest.approx(8.0)
    assert bar.left_s() == pytest.approx(4.0)
    assert "00:04 left" in bar.line()


def test_cli_progress_disabled_writes_nothing() -> None:
    out = io.StringIO()
    bar = Progress("extract", 3, out, enabled=False)
    for _ in range(3):
        bar.update()
    bar.close()
    assert out.getvalue() == ""


@pytest.mark.parametrize(("documents", "events", "line"), [
    (1, 1, "warlog: 1 document, 1 event, 0 skipped"),
    (2, 0, "warlog: 2 documents, 0 events, 0 skipped"),
])
def test_cli_run_summary_counts_in_the_singular_for_one(documents: int, events: int,
                                                       line: str) -> None:
    """The summary a run prints says "1 document", not "1 documents" (the sample job
    stores one JSON Lines corpus; no script parses the line)."""
    from warlog.runner import Summary
    from warlog.store.ingest import IngestReport

    assert Summary(documents=documents, events=events).describe() == line
    stored = IngestReport(stored=documents, events=events).describe()
    assert stored.startswith(f"warlog: {line.split(': ')[1].split(',')[0]} stored")


def test_cli_run_summary_says_how_many_documents_have_no_date() -> None:
    """A document read with no publication date (none on the page or record, no
    --published) gets its relative dates left unresolved and its events undated; the
    summary line says so and how to fix it, for extract and ingest alike."""
    from warlog.runner import Summary
    from warlog.store.ingest import IngestReport

    line = Summary(documents=2, events=2, undated=1).describe()
    assert line.startswith("warlog: 2 documents, 2 events, 0 skipped; 1 document has no "
                           "publication date") and "give --published YYYY-MM-DD" in line
    assert "2 documents have no publication date" in IngestReport(stored=2,
                                                                   undated=2).describe()
    assert "publication date" not in Summary(documents=2, events=2).describe()


def test_cli_ingest_lists_twenty_failures_then_counts_the_rest_and_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch with bad inputs finishes, names the first 20 on stderr, says how to list
    the rest, and exits with 3 (some input skipped), not 0."""
    import warlog.store.ingest
    from warlog.models import Failure
    from warlog.store.ingest import IngestReport

    failures = [Failure(f"in/{i:02d}.txt", "ingest", "file is empty") for i in range(23)]
    monkeypatch.setattr(warlog.store.ingest, "ingest_paths",
                        lambda *_, **__: IngestReport(stored=1, failures=failures))
    report = tmp_path / "r.txt"
    report.write_text("A report long enough to be read as one.", encoding="utf-8")
    db = tmp_path / "w.db"
    result = CliRunner().invoke(cli, ["ingest", str(report), "--db", str(db)])
    assert result.exit_code == 3, result.stderr
    listed = [line for line in result.stderr.splitlines() if line.startswith("failed  ingest")]
    assert listed[0] == "failed  ingest    in/00.txt: file is empty" and len(listed) == 20
    assert f"... and 3 more: warlog failures --db {db}" in result.stderr
    assert "warlog: 1 document stored, 0 events, 23 failed" in result.stderr


@pytest.mark.parametrize("command", [["extract"], ["ingest", "--db", "{tmp}/x.db"],
                                     ["reextract", "--db", "{tmp}/x.db"]])
def test_cli_published_not_a_date_is_a_usage_error_before_any_work(
    command: list[str], tmp_path: Path
) -> None:
    report = tmp_path / "r.txt"
    report.write_text("A report long enough to be read as one.", encoding="utf-8")
    args = [a.format(tmp=tmp_path) for a in command]
    if command[0] != "reextract":
        args.append(str(report))
    result = CliRunner().invoke(cli, [*args, "--published", "2021-13-01"])
    assert result.exit_code == 2
    assert "'2021-13-01' is not a date in YYYY-MM-DD form" in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_cli_run_summary_counts_what_both_runners_saw() -> None:
    """The one count the local and the Dask runner share: documents, events, undated and
    not-English documents, and those left out as stored already."""
    import dataclasses

    from tests.unit.test_store import document, fixture_documents
    from warlog.runner import Summary

    summary = Summary()
    undated = dataclasses.replace(document(1), document=dataclasses.replace(
        document(1).document, published=None, language="fr"))
    for ad in [undated, *fixture_documents()[:2]]:
        summary.count(ad)
    docs = [ad.document for ad in fixture_documents()[:4]]
    kept = list(summary.unskipped(docs, lambda d: d.id == docs[1].id))
    assert kept == [docs[0], *docs[2:]]
    events = sum(len(ad.events) for ad in fixture_documents()[:2])
    assert (summary.documents, summary.events, summary.undated, summary.non_english,
            summary.skipped_existing) == (3, events, 1, 1, 1)
    assert list(Summary().unskipped(docs, None)) == docs


def test_cli_extract_output_in_a_missing_folder_is_a_usage_error_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o`` is opened at the first write: a folder that does not exist was found only
    after the model had loaded and the first document was read (exit 1). It is now a
    usage error (exit 2) before anything runs, and nothing is created."""
    import warlog.runner

    def no_work(*_: object, **__: object) -> None:
        raise AssertionError("work started before -o was checked")

    monkeypatch.setattr(warlog.runner, "extract_paths", no_work)
    report = tmp_path / "r.txt"
    report.write_text("A report long enough to be read as one.", encoding="utf-8")
    target = tmp_path / "out" / "o.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(report), "-o", str(target)])
    assert result.exit_code == 2
    assert f"the folder {target.parent} does not exist" in result.stderr
    assert not target.parent.exists()
