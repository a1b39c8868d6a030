"""Shared plumbing for the scorers: read gold lines, produce or read predictions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from warlog.config import Settings
from warlog.errors import EvaluationError
from warlog.times.dates import parse_value


def read_gold(path: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file; every line must be an object with ``id`` and ``text``."""
    rows: list[dict[str, Any]] = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}:{n}: invalid JSON: {exc.msg}") from exc
                if not isinstance(row, dict) or "id" not in row or "text" not in row:
                    raise EvaluationError(f"{path}:{n}: expected an object with id and text")
                rows.append(row)
                if limit is not None and len(rows) >= limit:
                    break
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read gold file: {exc}") from exc
    return rows


def predictions_for(
    gold: list[dict[str, Any]], settings: Settings, predictions: str | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each gold row with the output object for it (None if none was produced).

    Without ``predictions`` the pipeline runs on the gold texts, each with its own
    ``published`` date; the texts are used exactly as given, so offsets line up.
    """
    if predictions is not None:
        by_id: dict[str, dict[str, Any]] = {}
        with open(predictions, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    obj = json.loads(line)
                    by_id[str(obj["id"])] = obj
        for row in gold:
            yield row, by_id.get(str(row["id"]))
        return
    from warlog.export import to_json
    from warlog.pipeline import Resources, annotate
    from warlog.text.clean import document_from_record

    res = Resources(settings)
    docs = [document_from_record(row, settings) for row in gold]
    for row, ad in zip(gold, annotate(docs, res), strict=True):
        yield row, to_json(ad)


def date_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a date value names: day, ISO week, month, quarter, year, decade."""
    return parse_value(str(value or ""))
