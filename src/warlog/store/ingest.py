"""Run the pipeline into the store: ``warlog ingest`` as a library call.

Documents are committed with their extractions in small batches (32 documents, or what
two seconds brought), so a killed run loses at most the batch in flight; documents
already stored are skipped before any NLP runs on them, and failures go to the
``failures`` table; at the end the new events are merged into canonical events.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from warlog.config import Settings
from warlog.models import AnnotatedDocument, Document, Failure
from warlog.runner import counted, undated_note
from warlog.store.sqlite import MergeReport, Store


@dataclass
class IngestReport:
    """What an ingest run did."""

    stored: int = 0
    already: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    merge: MergeReport | None = None
    undated: int = 0  # documents stored with no publication date
    already_undated: int = 0  # skipped as stored, stored undated, though --published is given

    def describe(self) -> str:
        parts = [f"{counted(self.stored, 'document')} stored", counted(self.events, "event")]
        if self.already:
            parts.append(f"{self.already} already stored")
        parts.append(f"{len(self.failures)} failed")
        if self.merge is not None:
            parts.append(f"{counted(self.merge.total, 'canonical event')} in the store")
        return "warlog: " + ", ".join(parts) + undated_note(self.undated) + self._late_date()

    def _late_date(self) -> str:
        """``--published`` given again for documents stored undated: ingest skips them, so
        say how to date them (the hint of an undated run sends users here)."""
        if not self.already_undated:
            return ""
        n = self.already_undated
        return (f"; {counted(n, 'document')} already stored {'has' if n == 1 else 'have'} "
                "no publication date, and --published dates only documents stored now: "
                "to date stored ones, run warlog reextract --db FILE --published YYYY-MM-DD")


BATCH_DOCUMENTS = 32  # documents per transaction at most ...
BATCH_SECONDS = 2.0  # ... and a commit at least this often while documents come in


class _Batch:
    """Annotated documents waiting for their transaction."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store, self.report = store, report
        self.pending: list[AnnotatedDocument] = []
        self.since = 0.0

    def add(self, ad: AnnotatedDocument) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(ad)
        if (len(self.pending) >= BATCH_DOCUMENTS
                or time.monotonic() - self.since >= BATCH_SECONDS):
            self.flush()

    def flush(self) -> None:
        pending, self.pending = self.pending, []
        if not pending:
            return
        for ad, added in zip(pending, self.store.add_many(pending), strict=True):
            if added:
                self.report.stored += 1
                self.report.events += len(ad.events)
                self.report.undated += ad.document.published is None
            else:
                self.report.already += 1


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    settings: Settings,
    on_progress: Callable[[AnnotatedDocument | None], None] | None = None,
    merge: bool = True,
    full_merge: bool = False,
    dask: str | None = None,
) -> IngestReport:
    """Annotate and store every new document under ``paths``; then merge (unless told not).
    With ``dask`` (an address, as for ``warlog extract --dask``) the annotation runs on
    that cluster and this process alone writes the store."""
    from warlog.runner import extract_paths

    report = IngestReport()
    batch = _Batch(store, report)

    def done(ad: AnnotatedDocument) -> None:
        batch.add(ad)
        if on_progress is not None:
            on_progress(ad)

    def skip(doc: Document) -> bool:
        if store.has_read(doc.id) or any(p.document.id == doc.id for p in batch.pending):
            report.already += 1
            if settings.published and store.stored_undated(doc.id):
                report.already_undated += 1
            if on_progress is not None:
                on_progress(None)
            return True
        return False

    def failed(f: Failure) -> None:
        report.failures.append(f)
        store.add_failure(f)

    paths = list(paths)
    if paths:
        try:
            if dask:
                from warlog.scale.dask import extract_with_dask

                extract_with_dask(paths, settings, done, address=dask, on_failure=failed,
                                  skip=skip)
            else:
                extract_paths(paths, settings, done, skip=skip, on_failure=failed)
        finally:
            batch.flush()  # an interrupted run keeps what it had finished
    if merge or full_merge:
        report.merge = store.merge(full=full_merge)
    return report


@dataclass
class ReextractReport:
    """What a re-extraction of stored documents did."""

    documents: int = 0
    events_before: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    merge: MergeReport | None = None

    def describe(self) -> str:
        parts = [f"{counted(self.documents, 'document')} read again",
                 f"{counted(self.events, 'event')} (were {self.events_before})",
                 f"{len(self.failures)} failed"]
        if self.merge is not None:
            parts.append(f"{counted(self.merge.total, 'canonical event')} in the store")
        return "warlog: " + ", ".join(parts)


def reextract_stored(
    store: Store,
    settings: Settings,
    on_progress: Callable[[AnnotatedDocument | None], None] | None = None,
) -> ReextractReport:
    """Run the pipeline again on every stored document's text, in place: each document's
    events and relations are replaced (in batches, a transaction each), then every
    canonical event is merged anew with the analysts' corrections laid over it. This is
    how places imported since (``warlog gazetteer import``) or a newer warlog reach
    documents already stored; a document that now fails keeps its old extraction."""
    from warlog.pipeline import Resources, annotate

    report = ReextractReport(events_before=store.counts()["events"])
    pending: list[AnnotatedDocument] = []

    def flush() -> None:
        store.replace_many(pending)
        pending.clear()

    def documents() -> Iterator[Document]:
        for doc_id in store.document_ids():
            stored = store.get(doc_id)
            if stored is not None:
                yield _given(stored.document, settings)

    def failed(f: Failure) -> None:
        report.failures.append(f)
        store.add_failure(f)

    try:
        for ad in annotate(documents(), Resources(settings), on_failure=failed):
            pending.append(ad)
            report.documents += 1
            if on_progress is not None:
                on_progress(ad)
            if len(pending) >= BATCH_DOCUMENTS:
                flush()
    finally:
        flush()
    report.events = store.counts()["events"]
    report.merge = store.merge(full=True)
    return report


def _given(doc: Document, settings: Settings) -> Document:
    """The stored document with the publication date and outlet of ``settings``
    (``--published``, ``--source``) where it has none, as ingest gives them."""
    import dataclasses
    import datetime as dt

    if doc.published is None and settings.published:
        warnings = tuple(w for w in doc.warnings if not w.startswith("no publication date"))
        doc = dataclasses.replace(doc, published=dt.date.fromisoformat(settings.published),
                                  warnings=warnings)
    if doc.source is None and settings.source:
        doc = dataclasses.replace(doc, source=settings.source)
    return doc
