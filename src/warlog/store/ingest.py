"""Run the pipeline into the store: ``warlog ingest`` as a library call.

Each document is committed with its extraction as it is done, documents already stored
are skipped before any NLP runs on them, and failures go to the ``failures`` table; at
the end the new events are merged into canonical events.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from warlog.config import Settings
from warlog.models import AnnotatedDocument, Document, Failure
from warlog.store.sqlite import MergeReport, Store


@dataclass
class IngestReport:
    """What an ingest run did."""

    stored: int = 0
    already: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    merge: MergeReport | None = None

    def describe(self) -> str:
        parts = [f"{self.stored} documents stored", f"{self.events} events"]
        if self.already:
            parts.append(f"{self.already} already stored")
        parts.append(f"{len(self.failures)} failed")
        if self.merge is not None:
            parts.append(f"{self.merge.total} canonical events in the store")
        return "warlog: " + ", ".join(parts)


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    settings: Settings,
    on_progress: Callable[[AnnotatedDocument | None], None] | None = None,
    merge: bool = True,
    full_merge: bool = False,
) -> IngestReport:
    """Annotate and store every new document under ``paths``; then merge (unless told not)."""
    from warlog.runner import extract_paths

    report = IngestReport()

    def done(ad: AnnotatedDocument) -> None:
        if store.add(ad):
            report.stored += 1
            report.events += len(ad.events)
        else:
            report.already += 1
        if on_progress is not None:
            on_progress(ad)

    def skip(doc: Document) -> bool:
        if store.has_read(doc.id):
            report.already += 1
            if on_progress is not None:
                on_progress(None)
            return True
        return False

    def failed(f: Failure) -> None:
        report.failures.append(f)
        store.add_failure(f)

    paths = list(paths)
    if paths:
        extract_paths(paths, settings, done, skip=skip, on_failure=failed)
    if merge or full_merge:
        report.merge = store.merge(full=full_merge)
    return report
