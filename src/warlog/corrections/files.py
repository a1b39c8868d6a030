"""Corrections files: what ``warlog corrections`` writes and ``warlog corrections import``
reads, as JSON Lines (values as JSON) or CSV (values as JSON text).

Columns: ``id``, ``event`` (its canonical id when made), ``kind``, ``field``,
``old_value``, ``new_value``, ``note``, ``at`` (UTC), ``by``, ``reports`` (the member
reports it is anchored to; CSV: separated by spaces). Reading checks every line and
every value, and recomputes each id from the content, so a file is applied whole or
not at all and twice is the same as once.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from warlog.corrections.values import FIELDS, KINDS, Correction, check_value, correction_id
from warlog.errors import CorrectionError

COLUMNS = ("id", "event", "kind", "field", "old_value", "new_value", "note", "at", "by",
           "reports")


def to_json(c: Correction) -> dict[str, Any]:
    return {"id": c.id, "event": c.event, "kind": c.kind, "field": c.field,
            "old_value": None if c.old_value is None else json.loads(c.old_value),
            "new_value": None if c.new_value is None else json.loads(c.new_value),
            "note": c.note, "at": c.at, "by": c.by, "reports": list(c.reports)}


def write(corrections: Iterable[Correction], fmt: str, out: IO[str]) -> int:
    """Write in ``fmt`` (jsonl or csv); how many were written."""
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
    for c in corrections:
        if fmt == "csv":
            writer.writerow({**to_json(c), "old_value": c.old_value or "",
                             "new_value": c.new_value or "", "field": c.field or "",
                             "event": c.event or "", "reports": " ".join(c.reports)})
        else:
            out.write(json.dumps(to_json(c), ensure_ascii=False) + "\n")
        n += 1
    return n


def read(path: str) -> list[Correction]:
    """Every correction of the file (JSON Lines, or CSV by its header), checked; a bad
    line is a CorrectionError naming the file, the line and the field."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError) as exc:
        raise CorrectionError(f"{path}: cannot read the corrections file ({exc})") from exc
    if text.lstrip().startswith("{") or not text.strip():
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                why = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
                raise CorrectionError(f"{path}:{n}: not a JSON object ({why})") from None
    else:
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:  # neither JSON Lines nor the CSV 'warlog corrections' writes
            raise CorrectionError(f"{path}: not a corrections file: its first line is neither "
                                  f"a JSON object nor the CSV header {','.join(COLUMNS)}")
        rows = [(n, _from_csv(row, path, n)) for n, row in enumerate(reader, 2)]
    return [_correction(row, path, n) for n, row in rows]


def _from_csv(row: dict[str, str], path: str, n: int) -> dict[str, Any]:
    missing = [c for c in COLUMNS if c not in row]
    if missing:
        raise CorrectionError(f"{path}:{n}: missing columns {', '.join(missing)}")
    out: dict[str, Any] = dict(row)
    for key in ("old_value", "new_value"):
        try:
            out[key] = json.loads(row[key]) if row[key] else None
        except json.JSONDecodeError:
            raise CorrectionError(f"{path}:{n}: {key} is not JSON: {row[key]!r}") from None
    out["reports"] = row["reports"].split()
    out["field"] = row["field"] or None
    out["event"] = row["event"] or None
    return out


def _text(row: dict[str, Any], key: str, where: str) -> str:
    value = row.get(key)
    if not isinstance(value, str):
        raise CorrectionError(f"{where}: {key} must be text")
    return value


def _correction(row: Any, path: str, n: int) -> Correction:
    where = f"{path}:{n}"
    if not isinstance(row, dict):
        raise CorrectionError(f"{where}: not a JSON object")
    kind = row.get("kind")
    if kind not in KINDS:
        raise CorrectionError(f"{where}: kind must be one of {', '.join(KINDS)}, got {kind!r}")
    field, new, old = row.get("field"), None, None
    if kind == "set":
        if field not in FIELDS:
            raise CorrectionError(f"{where}: field must be one of {', '.join(FIELDS)}")
        try:
            new = json.dumps(check_value(field, row.get("new_value")), ensure_ascii=False)
        except CorrectionError as exc:
            raise CorrectionError(f"{where}: {exc}") from None
        old = json.dumps(row.get("old_value"), ensure_ascii=False)
    elif field is not None:
        raise CorrectionError(f"{where}: a {kind} correction has no field")
    reports = row.get("reports")
    if not isinstance(reports, list) or not reports or not all(
            isinstance(r, str) and ":" in r for r in reports):
        raise CorrectionError(f"{where}: reports must list document_id:event_id keys")
    at, by, note = _text(row, "at", where), _text(row, "by", where), row.get("note") or ""
    try:
        dt.datetime.fromisoformat(at)
    except ValueError:
        raise CorrectionError(f"{where}: at must be an ISO date and time, got {at!r}") from None
    event = row.get("event")
    return Correction(id=correction_id(kind, field, new, tuple(reports), at, by), kind=kind,
                      field=field, old_value=old, new_value=new, reports=tuple(reports),
                      event=event if isinstance(event, str) else None, note=str(note),
                      at=at, by=by)
