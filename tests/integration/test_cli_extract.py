"""`warlog extract` end to end: JSON Lines out, offsets that slice back, exit codes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import FIXTURES
from warlog.cli import cli
from warlog.cli.common import EXIT_SKIPPED

pytestmark = pytest.mark.model
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(autouse=True)
def _shared_cache(cache_dir: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARLOG_CACHE_DIR", cache_dir)


def _run(
    args: list[str], tmp_path: Path, stdin: str | None = None
) -> tuple[int, list[dict[str, Any]], str]:
    runner = CliRunner()
    env = {"WARLOG_CACHE_DIR": os.environ["WARLOG_CACHE_DIR"]}
    result = runner.invoke(cli, ["extract", *args], input=stdin, env=env)
    objs = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, objs, result.stderr


def _spans(obj: dict[str, Any]) -> list[dict[str, Any]]:
    spans = [m for key in ("places", "times", "actors", "numbers") for m in obj[key]]
    for ev in obj["events"]:
        spans += ev["evidence"] + ev["claims"]
    return spans


def test_extract_samples_offsets_slice_back(tmp_path: Path) -> None:
    code, objs, _ = _run([str(SAMPLES), "--published", "2021-06-01"], tmp_path)
    assert code == 0
    assert len(objs) == 6
    for obj in objs:
        for m in _spans(obj):
            assert obj["text"][m["start"] : m["end"]] == m["text"]
        for key in ("id", "title", "source", "url", "published", "language", "origin", "text",
                    "events", "places", "times", "actors", "warnings"):
            assert key in obj
        assert [e["confidence"] for e in obj["events"]] == sorted(
            (e["confidence"] for e in obj["events"]), reverse=True)


def test_extract_published_flag_fills_missing_dates_only(tmp_path: Path) -> None:
    _, objs, _ = _run([str(SAMPLES), "--published", "2021-06-01"], tmp_path)
    by_title = {o["title"]: o for o in objs}
    assert by_title["Gunmen abduct 20 villagers in Zamfara"]["published"] == "2021-02-18"
    mogadishu = by_title["Car bomb kills at least 12 at market in Mogadishu"]
    assert mogadishu["published"] == "2021-06-01"
    assert by_title["Gunmen abduct 20 villagers in Zamfara"]["extra"] == {"desk": "Africa"}


def test_extract_ids_stable_across_runs(tmp_path: Path) -> None:
    _, first, _ = _run([str(FIXTURES / "dump.txt")], tmp_path)
    _, again, _ = _run([str(FIXTURES / "dump.txt")], tmp_path)
    assert [o["id"] for o in first] == [o["id"] for o in again]
    assert len({o["id"] for o in first}) == 3


def test_extract_bad_file_reported_and_batch_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "ok", "text": "Gunmen killed two people in a village."}\n{oops\n',
                   encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, objs, err = _run([str(bad), str(empty), str(FIXTURES / "dump.txt")], tmp_path)
    assert code == EXIT_SKIPPED
    assert objs[0]["id"] == "ok" and len(objs) == 4
    assert f"{bad}:2" in err and "invalid JSON" in err
    assert f"{empty}: file is empty" in err


def test_extract_reads_stdin(tmp_path: Path) -> None:
    text = (FIXTURES / "dump.txt").read_text(encoding="utf-8")
    code, objs, _ = _run(["-", "--source", "Wire"], tmp_path, stdin=text)
    assert code == 0
    assert [o["origin"]["path"] for o in objs] == ["<stdin>"] * 3
    assert objs[2]["source"] == "Wire"  # the last report has no outlet of its own


def test_extract_non_english_listed_not_mined(tmp_path: Path) -> None:
    f = tmp_path / "de.txt"
    f.write_text("Bei einem Anschlag in der Stadt wurden am Montag zwei Menschen getötet, "
                 "sagte die Polizei. Die Täter sind auf der Flucht.", encoding="utf-8")
    code, [obj], _ = _run([str(f)], tmp_path)
    assert code == 0
    assert obj["language"] == "de" and obj["events"] == [] and obj["places"] == []


@pytest.mark.parametrize("bad", ["2017-13-01", "15/09/2017", "yesterday"])
def test_extract_invalid_published_is_a_usage_error(tmp_path: Path, bad: str) -> None:
    code, objs, err = _run([str(FIXTURES / "dump.txt"), "--published", bad], tmp_path)
    assert code == 2 and not objs
    assert "YYYY-MM-DD" in err


def test_extract_output_same_whatever_the_hash_seed(cache_dir: str) -> None:
    """Two processes with different string hashing give byte-identical output: nothing
    depends on set or dict iteration order."""
    import subprocess
    import sys

    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "WARLOG_CACHE_DIR": cache_dir}
        proc = subprocess.run(
            [sys.executable, "-m", "warlog.cli", "extract", str(SAMPLES),
             str(FIXTURES / "dump.txt"), "--published", "2021-06-01"],
            capture_output=True, text=True, env=env, check=True, timeout=300)
        outs.append(proc.stdout)
    assert outs[0] == outs[1] and outs[0].count("\n") == 9


def test_extract_documents_up_to_max_chars_are_accepted_by_spacy() -> None:
    """The clean stage cuts at max_chars (2,000,000 by default); spaCy's own limit of
    1,000,000 characters must not end the run on a document between the two."""
    from warlog.config import Settings
    from warlog.pipeline import Resources

    settings = Settings()
    assert settings.max_chars > 1_000_000
    assert Resources(settings).nlp.max_length > settings.max_chars
