"""Turn pipeline records into JSON-ready dictionaries (the format in docs/output-format.md)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from typing import Any

from warlog.models import AnnotatedDocument

_SKIP = {"method"}


def _plain(value: object) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_json(ad: AnnotatedDocument) -> dict[str, Any]:
    """The output object of one annotated document."""
    d = ad.document
    out: dict[str, Any] = {
        "id": d.id,
        "title": d.title,
        "source": d.source,
        "url": d.url,
        "published": d.published.isoformat() if d.published else None,
        "language": d.language,
        "author": d.author,
        "origin": {**_plain(d.origin),
                   "segments": [[s.start, s.origin_start, s.length] for s in d.segments]},
        "text": d.text,
        "events": [_plain(e) for e in ad.events],
        "places": [_plain(p) for p in ad.places],
        "times": [_plain(t) for t in ad.times],
        "actors": [_plain(a) for a in ad.actors],
        "numbers": [_plain(q) for q in ad.numbers],
        "warnings": list(ad.warnings),
    }
    if d.extra:
        out["extra"] = {k: v for k, v in d.extra}
    return out
