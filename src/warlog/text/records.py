"""Records: the fields of one document read from a JSON Lines line, a JSON file's object
or a CSV or TSV row (:func:`record`), checked for their JSON types; and the CSV and TSV
reader (:func:`read_csv`), a record a row. A bad record is an InputError (a Failure in
the batch) naming the file, the line and what is wrong."""

from __future__ import annotations

from collections.abc import Iterator

from warlog.errors import InputError
from warlog.models import Failure, RawInput

OPTIONAL = ("title", "published", "source", "url", "author")
CSV_CELL_LIMIT = 131072  # csv's default, ours: csv's is process-wide (reverse_geocoder)


def read_csv(path: str, text: str, delimiter: str) -> Iterator[RawInput | Failure]:
    """A spreadsheet export (CSV, or TSV): a record a row, its fields named by the header
    as in JSON Lines (``text`` required; empty cells are absent fields; other columns are
    carried along), each named by the line its row starts on. Read as plain text, a
    corpus became one document titled by its header line, its rows' events mixed."""
    import csv
    import io

    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [(name or "").strip() for name in reader.fieldnames or []]
    if "text" not in header:
        yield Failure(path, "ingest", 'a CSV file is read as records, one a row, and needs a '
                                      f'"text" column; its header has: {", ".join(header)}')
        return
    reader.fieldnames = header
    line, left_open = 2, _open_at_end(text, delimiter)
    try:
        while True:
            line = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                if line == 2:  # a header and no row: nothing to read, as an empty file
                    yield Failure(path, "ingest", "CSV file has a header and no rows")
                return
            if any(isinstance(v, str) and len(v) > CSV_CELL_LIMIT for v in row.values()):
                raise csv.Error(f"field larger than field limit ({CSV_CELL_LIMIT})")
            if line == left_open:
                yield Failure(path, "ingest", "invalid CSV: a quoted cell is not closed "
                                              "before the end of the file", line)
                return
            if any(v.strip() for v in row.get(None) or ()):
                yield Failure(path, "ingest", _too_many_cells(len(header), row), line)
                continue
            obj = {k: v for k, v in row.items()
                   if k is not None and (k == "text" or v not in (None, ""))}
            try:
                yield record(path, line, obj)
            except InputError as exc:
                yield Failure(path, "ingest", exc.reason, line)
    except csv.Error as exc:
        yield Failure(path, "ingest", f"invalid CSV: {exc}", line)  # where its row starts


def _too_many_cells(named: int, row: dict[str | None, object]) -> str:
    """A row with more (non-empty) cells than its header names was cut at a delimiter in
    its text, or ran on past a quote closed too early, and took in the next row: which
    cell holds what is then a guess, so the row is a failure, not a mangled record."""
    cells = named + len(row[None])  # type: ignore[arg-type]
    return (f"invalid CSV: the row has {cells} cells where the header names {named} (quote "
            'a text that holds the delimiter, and write a quote inside it twice: "")')


def _open_at_end(text: str, delimiter: str) -> int | None:
    """The line of the row whose quoted cell is still open at the end of the file (csv,
    unless strict, ends the cell there in silence and the rows it swallowed are lost),
    or None. Read strictly here only for that: other strict complaints are let pass."""
    import csv
    import io

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            if next(reader, None) is None:
                return None
        except csv.Error as exc:
            if "end of data" in str(exc):
                return start


def record(path: str, n: int, obj: object) -> RawInput:
    """The RawInput of one decoded record (line ``n``), or InputError saying what is wrong."""
    if not isinstance(obj, dict):
        raise InputError(path, f"a record must be an object, not {json_kind(obj)}", n)
    text = obj.get("text")
    if "text" not in obj:
        raise InputError(path, 'record has no "text" field', n)
    if not isinstance(text, str):
        raise InputError(path, f'"text" must be a string, not {json_kind(text)}', n)
    if not text.strip():  # nothing to read: a failure, as an empty file is
        raise InputError(path, '"text" is empty', n)
    fields: dict[str, str | None] = {}
    for key in OPTIONAL:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(path, f'"{key}" must be a string, not {json_kind(value)}', n)
        fields[key] = value
    ident = obj.get("id")
    if isinstance(ident, bool | list | dict):  # str() would make "[1, 2]" or "True" an id
        raise InputError(path, f'"id" must be a string or a number, not {json_kind(ident)}', n)
    extra = tuple((k, v) for k, v in obj.items() if k not in ("id", "text", *OPTIONAL))
    return RawInput(
        path=path, text=text, kind="jsonl", start=0, end=len(text), line=n,
        id=None if ident is None else str(ident), extra=extra, **fields,
    )


def json_kind(value: object) -> str:
    """What a JSON value is, in JSON's words (for messages)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"
