"""The Dask runner gives the same documents, in the same order, as a single process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from warlog.config import Settings
from warlog.export import to_json
from warlog.models import AnnotatedDocument, Failure
from warlog.runner import extract_paths
from warlog.scale.dask import extract_with_dask, partition

pytestmark = pytest.mark.model
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_scale_partition_keeps_every_file_in_order() -> None:
    files = [f"f{i}" for i in range(7)]
    parts = partition(files, 3)
    assert parts == [["f0", "f1", "f2"], ["f3", "f4", "f5"], ["f6"]]
    assert partition([], 3) == []


def test_scale_dask_matches_single_process(tmp_path: Path, settings: Settings) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    paths = [str(SAMPLES), str(FIXTURES / "dump.txt"), str(bad)]
    single: list[AnnotatedDocument] = []
    one = extract_paths(paths, settings, single.append)
    spread: list[AnnotatedDocument] = []
    failures: list[Failure] = []
    many = extract_with_dask(paths, settings, spread.append, address="local:1",
                             files_per_task=2, on_failure=failures.append)
    assert [json.dumps(to_json(a)) for a in spread] == [json.dumps(to_json(a)) for a in single]
    assert many.documents == one.documents == 9
    assert [f.describe() for f in failures] == [f.describe() for f in one.failures]


def test_scale_dask_cli_keeps_the_schedulers_logs_off_stderr(cache_dir: str) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "WARLOG_CACHE_DIR": cache_dir}
    run = subprocess.run(
        [sys.executable, "-m", "warlog.cli", "extract", str(SAMPLES), "--published",
         "2021-06-01", "--dask", "local:1"], capture_output=True, text=True, env=env,
        check=True, timeout=300)
    assert len(run.stdout.splitlines()) == 6
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("warlog: 6 documents"), lines
