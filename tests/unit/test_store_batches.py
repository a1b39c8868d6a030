"""Batched writes and windowed merging: a batch is stored whole or not at all, an error
mid-run keeps the documents finished before it (ingest and reextract), and merging
window by window gives the canonical events of a full pass, however far apart the new
events' days lie."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest

from tests.unit.test_store import document, fixture_documents
from warlog.config import Settings
from warlog.errors import StoreError
from warlog.models import AnnotatedDocument
from warlog.store import merging, open_store, sqlite
from warlog.store.ingest import ingest_paths, reextract_stored


def _moved(ad: AnnotatedDocument, years: int) -> AnnotatedDocument:
    """The same report, ``years`` later, under a new id."""
    def later(value: str | None) -> str | None:
        return f"{int(value[:4]) + years}{value[4:]}" if value and value[:4].isdigit() else value

    doc = ad.document
    published = doc.published.replace(year=doc.published.year + years) if doc.published else None
    return dataclasses.replace(
        ad, document=dataclasses.replace(doc, id=f"{doc.id}-later", published=published),
        events=tuple(dataclasses.replace(e, date=later(e.date)) for e in ad.events))


def test_store_add_many_reports_what_was_already_there(tmp_path: Path) -> None:
    with open_store(tmp_path / "b.db") as s:
        assert s.add_many([document(1), document(2), document(1)]) == [True, True, False]
        assert s.add_many([document(2), document(3)]) == [False, True]
        assert s.counts()["documents"] == 3


def test_store_a_batch_that_fails_leaves_nothing_of_it(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    real = sqlite._document_rows

    def unbindable(ad: AnnotatedDocument) -> tuple[tuple[object, ...], list[tuple[object, ...]]]:
        row, events = real(ad)
        return ((*row[:-1], object()) if ad.document.id == "doc-3" else row), events

    with open_store(tmp_path / "b.db") as s:
        s.add_many([document(1)])
        monkeypatch.setattr(sqlite, "_document_rows", unbindable)
        with pytest.raises(StoreError, match=r"b\.db"):
            s.add_many([document(2), document(3), document(4)])
        assert [s.has_document(f"doc-{i}") for i in (1, 2, 3, 4)] == [True, False, False, False]
        monkeypatch.setattr(sqlite, "_document_rows", real)
        assert s.add_many([document(2), document(4)]) == [True, True]  # the next run goes on


def test_store_pending_windows_split_far_apart_days(tmp_path: Path) -> None:
    docs = fixture_documents()
    with open_store(tmp_path / "w.db") as s:
        s.add_many([*docs, *(_moved(ad, 3) for ad in docs)])
        windows = merging.pending_windows(s.conn)
    iraq = [(lo, hi) for country, lo, hi in windows if country == "IQ"]
    assert len(iraq) >= 2  # the merge set's Iraqi days, and the same three years later
    assert all(b[0] - a[1] > 8 for a, b in itertools.pairwise(iraq))
    assert len(windows) == len(set(windows))


def test_store_windowed_merge_equals_a_full_pass_over_years(tmp_path: Path) -> None:
    docs = fixture_documents()
    later = [_moved(ad, 3) for ad in docs]
    with open_store(tmp_path / "y.db") as s:
        s.add_many(docs[::2] + later[1::2])
        s.merge()
        s.add_many(docs[1::2] + later[::2])
        s.merge()
        incremental = list(s.events())
        s.merge(full=True)
        assert list(s.events()) == incremental
    years = {c.date[:4] for c in incremental if c.date}
    assert len(years) >= 2


def _fake_extract(docs: list[AnnotatedDocument], then: Exception | None = None) -> object:
    """A stand-in for runner.extract_paths that annotates ``docs`` (skipping those the
    store already holds), then raises ``then``: the store's side of ingest, no model."""
    def extract_paths(_paths: object, _settings: object, done: object, skip: object,
                      on_failure: object) -> None:
        for ad in docs:
            if not skip(ad.document):  # type: ignore[operator]
                done(ad)  # type: ignore[operator]
        if then is not None:
            raise then

    return extract_paths


def test_store_ingest_an_error_mid_batch_keeps_the_finished_documents(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run that dies of an error (not only Ctrl-C) between two commits keeps the
    documents annotated before it, whole; the next run skips them and stores the rest."""
    import warlog.runner

    docs = fixture_documents()
    monkeypatch.setattr(warlog.runner, "extract_paths",
                        _fake_extract(docs[:3], RuntimeError("the parser crashed")))
    with open_store(tmp_path / "e.db") as s:
        with pytest.raises(RuntimeError, match="parser crashed"):
            ingest_paths(s, ["in.jsonl"], settings)
        assert s.document_ids() == sorted(ad.document.id for ad in docs[:3])
        assert [s.get(ad.document.id) for ad in docs[:3]] == docs[:3]
        assert s.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        monkeypatch.setattr(warlog.runner, "extract_paths", _fake_extract(docs))
        report = ingest_paths(s, ["in.jsonl"], settings)
        assert (report.already, report.stored) == (3, len(docs) - 3)


def test_store_ingest_counts_documents_stored_and_skipped_without_a_date(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """The summary's undated counts: documents stored now with no date, and documents a
    --published run skips as stored though they were stored undated."""
    import warlog.runner

    undated = [dataclasses.replace(ad, document=dataclasses.replace(ad.document,
                                                                    published=None))
               for ad in fixture_documents()[:2]]
    monkeypatch.setattr(warlog.runner, "extract_paths", _fake_extract(undated))
    with open_store(tmp_path / "u.db") as s:
        first = ingest_paths(s, ["in.jsonl"], Settings(cache_dir=settings.cache_dir))
        assert (first.stored, first.undated, first.already_undated) == (2, 2, 0)
        again = ingest_paths(s, ["in.jsonl"], settings)  # settings give --published
        assert (again.stored, again.already, again.already_undated) == (0, 2, 2)
        assert "2 documents already stored have no publication date" in again.describe()


def _fake_annotate(fail_after: int | None = None) -> object:
    """A stand-in for pipeline.annotate that reads each document to no events, and
    raises after ``fail_after`` documents."""
    def annotate(docs: object, _resources: object, on_failure: object = None) -> object:
        for n, doc in enumerate(docs):  # type: ignore[call-overload]
            if n == fail_after:
                raise RuntimeError("the parser crashed")
            yield AnnotatedDocument(document=doc)

    return annotate


def test_store_reextract_an_error_keeps_the_documents_read_again_before_it(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import warlog.pipeline

    docs = fixture_documents()
    monkeypatch.setattr(warlog.pipeline, "annotate", _fake_annotate(fail_after=2))
    with open_store(tmp_path / "r.db") as s:
        s.add_many(docs)
        with pytest.raises(RuntimeError, match="parser crashed"):
            reextract_stored(s, settings)
        kept = {i: s.get(i) for i in s.document_ids()}
    read_again = [i for i, ad in kept.items() if ad is not None and not ad.events]
    assert len(read_again) == 2  # the two read before the error, in place
    assert all(ad is not None and ad.events for i, ad in kept.items() if i not in read_again)


def test_store_reextract_gives_stored_documents_the_date_and_outlet_they_lack(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """``reextract --published --source`` fills in what a stored document lacks, as
    ``ingest`` does, and leaves what it has."""
    import warlog.pipeline

    bare = document(1)
    bare = dataclasses.replace(bare, document=dataclasses.replace(
        bare.document, published=None, source=None,
        warnings=("no publication date: relative dates are left unresolved",)))
    monkeypatch.setattr(warlog.pipeline, "annotate", _fake_annotate())
    given = Settings(cache_dir=settings.cache_dir, published="2021-06-01", source="Desk")
    with open_store(tmp_path / "g.db") as s:
        s.add_many([bare, document(2)])
        reextract_stored(s, given)
        one, two = s.get("doc-1"), s.get("doc-2")
    assert one is not None and two is not None
    assert (one.document.published, one.document.source) == (dt.date(2021, 6, 1), "Desk")
    assert one.document.warnings == ()
    assert (two.document.published, two.document.source) == (dt.date(2023, 1, 1), "Wire")
