"""Batched writes and windowed merging: a batch is stored whole or not at all, and merging
window by window gives the canonical events of a full pass, however far apart the new
events' days lie."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest

from tests.unit.test_store import document, fixture_documents
from warlog.errors import StoreError
from warlog.models import AnnotatedDocument
from warlog.store import merging, open_store, sqlite


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
