"""Run the whole pipeline over paths: ingest -> clean -> annotate, reporting failures.

This is the library entry point behind ``warlog extract`` and ``warlog ingest``.
A bad file, line or document never stops the batch: it becomes a :class:`Failure`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from warlog.config import Settings
from warlog.models import AnnotatedDocument, Document, Failure

log = logging.getLogger("warlog")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for one: "1 document", "2 documents", "0 documents"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def undated_note(n: int) -> str:
    """What to say of the documents read with no publication date: their relative dates
    ("on Sunday", "last week") have nothing to count from, so their events go undated,
    and only a document's own JSON said so."""
    if not n:
        return ""
    one = n == 1
    return (f"; {n} {'document has' if one else 'documents have'} no publication date, so "
            f"{'its' if one else 'their'} relative dates (\"on Sunday\") are left "
            "unresolved: give --published YYYY-MM-DD (or each record a \"published\" "
            "field)")


@dataclass
class Summary:
    """What a run did."""

    documents: int = 0
    skipped_existing: int = 0
    non_english: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    undated: int = 0  # documents with no publication date (page, record or --published)

    def describe(self) -> str:
        parts = [counted(self.documents, "document"), counted(self.events, "event")]
        if self.skipped_existing:
            parts.append(f"{self.skipped_existing} already stored")
        if self.non_english:
            parts.append(f"{self.non_english} not in English (not mined)")
        parts.append(f"{len(self.failures)} skipped")
        return "warlog: " + ", ".join(parts) + undated_note(self.undated)

    def count(self, ad: AnnotatedDocument) -> None:
        """One document annotated: its events, and whether it is dated and in English."""
        self.documents += 1
        self.events += len(ad.events)
        self.undated += ad.document.published is None
        self.non_english += ad.document.language != "en"

    def unskipped(self, docs: Iterable[Document],
                  skip: Callable[[Document], bool] | None) -> Iterator[Document]:
        """``docs`` but those ``skip`` leaves out (stored already), counted."""
        for doc in docs:
            if skip is not None and skip(doc):
                self.skipped_existing += 1
                continue
            yield doc


def iter_documents(
    paths: Iterable[str], settings: Settings, on_failure: Callable[[Failure], None]
) -> Iterator[Document]:
    """Read and clean every input under ``paths``; failures go to ``on_failure``."""
    from warlog.text import clean_input, read_inputs

    for item in read_inputs(paths, settings):
        if isinstance(item, Failure):
            on_failure(item)
            continue
        yield from clean_input(item, settings, on_failure)


def extract_paths(
    paths: Iterable[str],
    settings: Settings,
    on_done: Callable[[AnnotatedDocument], None],
    skip: Callable[[Document], bool] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> Summary:
    """Annotate every document under ``paths`` and hand each result to ``on_done``.

    ``skip(doc)`` returning True leaves a document out (used by the store to resume).
    """
    from warlog.pipeline import Resources, annotate

    summary = Summary()

    def failed(f: Failure) -> None:
        log.debug("skipped %s", f.describe())
        summary.failures.append(f)
        if on_failure is not None:
            on_failure(f)

    def done(ad: AnnotatedDocument) -> None:
        summary.count(ad)
        on_done(ad)

    docs = summary.unskipped(iter_documents(paths, settings, failed), skip)
    for _ in annotate(docs, Resources(settings), done, failed):
        pass
    return summary
