"""Shared plumbing for the scorers: read gold lines, produce or read predictions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from warlog.config import Settings
from warlog.errors import EvaluationError
from warlog.times.dates import parse_value

# The fields a scorer reads from a gold record, with the JSON type each must have.
_GOLD_FIELDS: dict[str, tuple[type, ...]] = {
    "text": (str,), "published": (str, type(None)), "label": (str,), "gold": (dict,),
    "events": (list,), "places": (list,), "other_places": (list,), "timexes": (list,),
}
_JSON_NAMES = {str: "a string", dict: "an object", list: "an array", type(None): "null"}


def read_gold(path: str, limit: int | None = None) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file; every line must be an object with ``id`` and ``text``,
    and the fields the scorers read must have their JSON types. A malformed file is an
    EvaluationError naming the file and line, never a traceback from inside a scorer."""
    rows: list[dict[str, Any]] = []
    for n, raw in _lines(path, "gold file"):
        rows.append(_gold_row(path, n, raw))
        if limit is not None and len(rows) >= limit:
            break
    if not rows:
        raise EvaluationError(f"{path}: no gold records: the file is empty")
    return rows


def _gold_row(path: str, n: int, raw: bytes) -> dict[str, Any]:
    try:
        row = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{path}:{n}: not UTF-8 text ({exc.reason}); gold files are "
                              "UTF-8 JSON Lines") from exc
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"{path}:{n}: invalid JSON: {exc.msg.removesuffix(' at')} at "
                              f"column {exc.colno}") from exc
    if not isinstance(row, dict) or "id" not in row or "text" not in row:
        raise EvaluationError(f"{path}:{n}: expected an object with id and text")
    for key, types in _GOLD_FIELDS.items():
        if key in row and not isinstance(row[key], types):
            raise EvaluationError(f"{path}:{n}: \"{key}\" must be "
                                  f"{' or '.join(_JSON_NAMES[t] for t in types)}")
    return row


def predictions_for(
    gold: list[dict[str, Any]], settings: Settings, predictions: str | None = None
) -> Iterator[tuple[dict[str, Any], dict[str, Any] | None]]:
    """Pair each gold row with the output object for it (None if none was produced).

    Without ``predictions`` the pipeline runs on the gold texts, each with its own
    ``published`` date; the texts are used exactly as given, so offsets line up.
    """
    if predictions is not None:
        by_id = _read_predictions(predictions)
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


def _read_predictions(path: str) -> dict[str, dict[str, Any]]:
    """The output objects of ``warlog extract`` in ``path``, by document id."""
    return {str(obj["id"]): obj for obj in read_predictions(path)}


def read_predictions(path: str) -> list[dict[str, Any]]:
    """The output objects of ``warlog extract`` in ``path``, in order; a line that is none
    is an EvaluationError naming the file and line."""
    out: list[dict[str, Any]] = []
    for n, raw in _lines(path, "predictions"):
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvaluationError(f"{path}:{n}: not a line of warlog extract output "
                                  f"({exc})") from exc
        if not isinstance(obj, dict) or "id" not in obj:
            raise EvaluationError(f"{path}:{n}: not a line of warlog extract output "
                                  "(an object with an id)")
        out.append(obj)
    return out


def _lines(path: str, what: str) -> Iterator[tuple[int, bytes]]:
    """The lines of ``path`` that are not blank, numbered from 1, without their line
    break (kept, it read as a control character inside a string a cut line left open);
    a file that cannot be read is an EvaluationError naming it."""
    try:
        with open(path, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if raw.strip():
                    yield n, raw.rstrip(b"\r\n")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read {what}: {exc.strerror or exc}") from exc


def date_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a date value names: day, ISO week, month, quarter, year, decade."""
    return parse_value(str(value or ""))
