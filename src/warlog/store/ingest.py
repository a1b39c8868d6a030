"""Run the pipeline into the store: ``warlog ingest`` as a library call.

Each document is committed with its extraction as it is done, documents already stored
are skipped before any NLP runs on them, and failures go to the ``failures`` table; at
the end the new events are merged into canonical events.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from warlog.config import Settings
from warlog.models import AnnotatedDocument, Document, Failure
from warlog.store.sqlite import MergeReport, Store

_LINE_FILES = (".jsonl", ".ndjson", ".jsonlines")


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
        if store.has_document(doc.id):
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


def estimate_documents(paths: Iterable[str]) -> int:
    """A rough count of input documents (a file each, a line each in JSON Lines), for
    the progress bar; 0 when unknown (standard input)."""
    total = 0
    for path in paths:
        if path == "-":
            return 0
        for name in _walk(path):
            if name.lower().endswith(_LINE_FILES):
                try:
                    with open(name, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _walk(path: str) -> Iterable[str]:
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            yield from (os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
    else:
        yield path
