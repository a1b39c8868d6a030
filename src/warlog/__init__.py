"""warlog: rebuild conflict events from news reports, offline.

Library use::

    import warlog
    for ad in warlog.extract_text("Gunmen killed two people in Kabul on Monday.",
                                  published="2021-06-01"):
        print(ad.events)

Importing loads nothing: models and indexes load on first use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from warlog.config import Settings, load_settings
from warlog.errors import (
    EvaluationError,
    ExtractionError,
    GazetteerUnavailable,
    InputError,
    ModelUnavailable,
    OutputError,
    StoreError,
    WarlogError,
)
from warlog.models import (
    ActorMention,
    AnnotatedDocument,
    Document,
    Event,
    Failure,
    Place,
    Quantity,
    TimeExpr,
)
from warlog.runner import Summary, extract_paths

__version__ = "0.1.0"

__all__ = [
    "ActorMention",
    "AnnotatedDocument",
    "Document",
    "EvaluationError",
    "Event",
    "ExtractionError",
    "Failure",
    "GazetteerUnavailable",
    "InputError",
    "ModelUnavailable",
    "OutputError",
    "Place",
    "Quantity",
    "Settings",
    "StoreError",
    "Summary",
    "TimeExpr",
    "WarlogError",
    "__version__",
    "extract_paths",
    "extract_text",
    "load_settings",
]


def extract_text(
    text: str,
    published: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Iterator[AnnotatedDocument]:
    """Annotate one piece of text (an article, or a dump of several) given as a string."""
    from warlog.models import RawInput
    from warlog.pipeline import Resources, annotate
    from warlog.text.clean import clean_input

    base = settings or load_settings()
    cfg = dataclasses.replace(base, published=published or base.published,
                              source=source or base.source)
    failures: list[Failure] = []
    raw = RawInput(path="<text>", text=text, kind="text", start=0, end=len(text))
    docs = list(clean_input(raw, cfg, failures.append))
    if failures and not docs:
        raise InputError("<text>", failures[0].reason)
    yield from annotate(docs, Resources(cfg))

