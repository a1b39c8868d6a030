"""The Dask runner gives the same documents, in the same order, as a single process; a
bad document is reported and the rest go on; ``ingest --dask`` stores what a plain
ingest stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from warlog import pipeline
from warlog.config import Settings
from warlog.export import canonical_json, to_json
from warlog.models import AnnotatedDocument, Document, Failure, Origin
from warlog.runner import extract_paths
from warlog.scale import dask as scale
from warlog.scale.dask import annotate_batch, batches, extract_with_dask
from warlog.store import open_store
from warlog.store.ingest import ingest_paths

pytestmark = pytest.mark.model
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _doc(ident: str, text: str) -> Document:
    return Document(id=ident, text=text, title=None, source=None, url=None, published=None,
                    language="en", origin=Origin(path="x.jsonl", start=0, end=len(text)))


def test_scale_batches_keep_every_document_in_order_and_bound_the_text() -> None:
    docs = [_doc(f"d{i}", "x" * n) for i, n in enumerate([10, 10, 10, 50, 10, 10, 10])]
    runs = list(batches(docs, max_docs=3, max_chars=40))
    assert [[d.id for d in r] for r in runs] == [["d0", "d1", "d2"], ["d3"],
                                                 ["d4", "d5", "d6"]]
    assert list(batches([], max_docs=3, max_chars=40)) == []


def test_scale_bad_document_is_reported_and_the_task_goes_on(
        settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.annotate_parsed

    def breaks_on_two(doc: Document, sdoc: object, res: pipeline.Resources) -> AnnotatedDocument:
        if doc.id == "two":
            raise ValueError("broken on purpose")
        return real(doc, sdoc, res)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "annotate_parsed", breaks_on_two)
    docs = [_doc(i, f"Gunmen killed {n} villagers in Makurdi on Sunday.")
            for i, n in (("one", "two"), ("two", "three"), ("three", "four"))]
    done, failures = annotate_batch(docs, settings)
    assert [ad.document.id for ad in done] == ["one", "three"]
    assert [(f.document_id, f.stage) for f in failures] == [("two", "annotate")]
    assert "broken on purpose" in failures[0].reason


def _inputs(tmp_path: Path) -> list[str]:
    bad = tmp_path / "bad.jsonl"
    lines = [json.dumps({"id": f"j{i}", "text": f"Gunmen killed {i + 2} villagers near Makurdi "
                         f"on Sunday, police said. Residents fled to Benue's capital."})
             for i in range(5)]
    lines.insert(2, "{oops")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(SAMPLES), str(FIXTURES / "dump.txt"), str(bad)]


def test_scale_dask_two_workers_give_the_same_bytes_in_input_order(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scale, "TASK_DOCUMENTS", 2)  # many small tasks on two workers
    paths = _inputs(tmp_path)
    single: list[AnnotatedDocument] = []
    one = extract_paths(paths, settings, single.append)
    spread: list[AnnotatedDocument] = []
    failures: list[Failure] = []
    many = extract_with_dask(paths, settings, spread.append, address="local:2",
                             on_failure=failures.append)
    assert [json.dumps(to_json(a)) for a in spread] == [json.dumps(to_json(a)) for a in single]
    assert many.documents == one.documents == 14
    assert [f.describe() for f in failures] == [f.describe() for f in one.failures]
    assert any(":3" in f.describe() and "invalid JSON" in f.reason for f in failures)


def test_scale_ingest_dask_stores_what_a_plain_ingest_stores(
        tmp_path: Path, settings: Settings) -> None:
    paths = _inputs(tmp_path)
    counts = []
    for name, address in (("plain.db", None), ("dask.db", "local:1")):
        with open_store(tmp_path / name) as store:
            report = ingest_paths(store, paths, settings, dask=address)
            assert report.stored == 14 and len(report.failures) == 1
            events = [json.dumps(canonical_json(e)) for e in store.events()]
            counts.append((store.counts(), events))
            again = ingest_paths(store, paths, settings, dask=address)
            assert again.stored == 0 and again.already == 14  # resumes: nothing annotated
    assert counts[0] == counts[1]


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
