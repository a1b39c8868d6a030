"""Ingest: turn paths (files, folders, ``-``) into decoded :class:`RawInput` records.

This is the only stage that reads files. Readers are chosen by extension and content:
JSON Lines corpora (and JSON arrays, CSV and TSV exports of records), HTML pages, and
plain text (one article or a dump of many). Bytes are
decoded as UTF-8 when they are UTF-8 (with or without BOM), as UTF-16 when a BOM says
so, and otherwise by charset detection; undecodable and binary files are reported.

A bad file or line never stops the batch: it is yielded as a :class:`Failure` naming the
file (and line) and the reason, and reading goes on with the rest.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from warlog.config import Settings
from warlog.errors import InputError, json_reason
from warlog.models import Failure, RawInput
from warlog.text.records import read_csv, record

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}  # spreadsheet exports: a record a row
SKIP_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".zip", ".gz", ".db", ".sqlite"}
_SNIFF = 8192


def input_files(path: str) -> list[str]:
    """The files ``path`` names, in the order every run reads them: the file itself, or a
    folder's files (recursively, sorted, hidden ones left out)."""
    p = Path(path)
    if not p.is_dir():
        return [path]
    files = sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f.relative_to(p)))
    return [str(f) for f in files]  # sorted as paths: "a/b" before "a-c"


def missing_paths(paths: Iterable[str]) -> list[str]:
    """The paths that name nothing (``-``, standard input, always exists)."""
    return [p for p in paths if p != "-" and not Path(p).exists()]


def read_inputs(paths: Iterable[str], settings: Settings) -> Iterator[RawInput | Failure]:
    """Yield every input unit under ``paths`` in a stable order, or a Failure for each
    unit that cannot be read."""
    for path in paths:
        if path == "-":
            yield from _read_stream("<stdin>", sys.stdin.buffer, settings)
            continue
        if not Path(path).exists():
            yield Failure(path, "ingest", "no such file or folder")
            continue
        files = input_files(path)
        if not files:
            yield Failure(path, "ingest", "folder holds no files")
        for f in files:
            yield from _read_file(f, settings)


def estimate_documents(paths: Iterable[str]) -> int:
    """A rough count of input documents (a file each, a line each in JSON Lines, a line
    each but the header in CSV), for progress bars; 0 when unknown (standard input)."""
    total = 0
    for path in paths:
        if path == "-":
            return 0
        for name in input_files(path):
            suffix = Path(name).suffix.lower()
            if suffix in JSONL_SUFFIXES or suffix in CSV_SUFFIXES:
                try:
                    with open(name, "rb") as fh:
                        lines = sum(1 for line in fh if line.strip())
                except OSError:
                    lines = 1
                total += max(1, lines - (suffix in CSV_SUFFIXES))
            else:
                total += 1
    return total


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _read_file(path: str, settings: Settings) -> Iterator[RawInput | Failure]:
    suffix = Path(path).suffix.lower()
    try:
        size = os.path.getsize(path)
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as fh:
                if b"\x00" in fh.peek(_SNIFF)[:_SNIFF]:  # one failure, not one a "line"
                    raise InputError(path, "binary file (holds NUL bytes), not JSON Lines "
                                           "(UTF-8 text, one JSON object a line)")
                yield from _read_jsonl(path, fh)
            return
        if size > settings.max_file_bytes:
            raise InputError(
                path,
                f"file is {size / 1e6:.0f} MB, over the {settings.max_file_bytes / 1e6:.0f} MB "
                "limit for one text or HTML file; split it, convert it to JSON Lines (read "
                "line by line), or raise max_file_bytes",
            )
        with open(path, "rb") as fh:
            data = fh.read()
    except InputError as exc:
        yield Failure(path, "ingest", exc.reason, exc.line)
        return
    except OSError as exc:
        yield Failure(path, "ingest", f"cannot read: {exc.strerror or exc}")
        return
    yield from _from_bytes(path, data, suffix)


def _read_stream(path: str, stream: BinaryIO, settings: Settings) -> Iterator[RawInput | Failure]:
    head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{") and _first_line_is_json(head.lstrip()):
        yield from _read_jsonl(path, stream)  # streamed: JSON Lines of any size
        return
    data = stream.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        yield Failure(path, "ingest", "standard input is over the max_file_bytes limit")
        return
    yield from _from_bytes(path, data, "")


def _first_line_is_json(head: bytes) -> bool:
    """Whether a stream that starts with "{" is JSON Lines: its first line is one whole
    object (or runs past the sniffed head, as a long record does), not the "{" alone of
    one record written over several lines."""
    line, newline, _ = head.partition(b"\n")
    if not newline:
        return True
    try:
        return isinstance(json.loads(line), dict)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return line.strip() != b"{"


def _from_bytes(path: str, data: bytes, suffix: str) -> Iterator[RawInput | Failure]:
    if suffix in SKIP_SUFFIXES:
        yield Failure(path, "ingest", f"unsupported file type {suffix}")
        return
    try:
        text = decode_bytes(path, data)
    except InputError as exc:
        yield Failure(path, "ingest", exc.reason)
        return
    if not text.strip():
        yield Failure(path, "ingest", "file is empty")
        return
    if suffix in CSV_SUFFIXES:
        yield from read_csv(path, text, CSV_SUFFIXES[suffix])
    elif suffix in HTML_SUFFIXES or (suffix not in {".txt", ".text"} and looks_like_html(text)):
        yield RawInput(path=path, text=text, kind="html", start=0, end=len(text))
    elif suffix not in {".txt", ".text"} and _looks_like_jsonl(text):
        yield from _read_jsonl(path, _lines_of(text))
    elif suffix == ".json" or (suffix not in {".txt", ".text"} and _looks_like_json(text)):
        yield from _read_json_document(path, text)
    else:
        yield RawInput(path=path, text=text, kind="text", start=0, end=len(text))


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML document."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and ("<body" in text[:20000].lower() or "<p>" in head)
    )


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    if first != "{":
        return False
    line = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _looks_like_json(text: str) -> bool:
    """A JSON document (an array of records, or one record over several lines)."""
    head = text.lstrip()[:1]
    if head not in ("[", "{"):
        return False
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _read_json_document(path: str, text: str) -> Iterator[RawInput | Failure]:
    """A JSON file holding an array of records (or one record) with the fields of a JSON
    Lines record; each is named by the line its object starts on. The records of an array
    are read one at a time, so a bad one is reported and the others are kept."""
    decoder = json.JSONDecoder()
    pos = _skip_space(text, 0)
    if not text.startswith("[", pos):
        try:
            obj, _ = decoder.raw_decode(text, pos)
            yield record(path, _line_at(text, pos), obj)
        except json.JSONDecodeError as exc:
            yield _invalid_json(path, exc)
        except InputError as exc:
            yield Failure(path, "ingest", exc.reason, exc.line)
        return
    pos = _skip_space(text, pos + 1)
    if text.startswith("]", pos):  # [] holds nothing to read, as an empty file
        yield Failure(path, "ingest", "JSON array holds no records")
    while pos < len(text) and text[pos] != "]":
        try:
            obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield _invalid_json(path, exc)  # no way to find the next record: stop here
            return
        try:
            yield record(path, _line_at(text, pos), obj)
        except InputError as exc:
            yield Failure(path, "ingest", exc.reason, exc.line)
        pos = _skip_space(text, end)
        pos = _skip_space(text, pos + 1) if text.startswith(",", pos) else pos


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n\ufeff":
        pos += 1
    return pos


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _invalid_json(path: str, exc: json.JSONDecodeError) -> Failure:
    return Failure(path, "ingest", json_reason(exc), exc.lineno)


def _lines_of(text: str) -> Iterator[bytes]:
    for line in text.splitlines(keepends=True):
        yield line.encode("utf-8")


def decode_bytes(path: str, data: bytes) -> str:
    """Decode a file's bytes, detecting the encoding; raise InputError for binary data."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:_SNIFF]:
        raise InputError(path, "binary file (holds NUL bytes), not text, HTML or JSON Lines")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        raise InputError(path, "unknown text encoding: not UTF-8 and no encoding could be detected")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise InputError(path, f"cannot decode as {best.encoding}: {exc}") from exc
    if _control_share(text) > 0.05:
        raise InputError(path, "binary file (mostly control characters), not text")
    return text


def _control_share(text: str) -> float:
    sample = text[:_SNIFF]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\n\r\t\f")
    return bad / len(sample)


def _read_jsonl(path: str, lines: Iterable[bytes]) -> Iterator[RawInput | Failure]:
    """One RawInput per JSON line; a bad line is a Failure naming path:line, and a file
    with no line at all is a Failure as an empty text file is."""
    empty = True
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        empty = False
        try:
            yield _jsonl_record(path, n, raw)
        except InputError as exc:
            yield Failure(path, "ingest", exc.reason, n)
    if empty:
        yield Failure(path, "ingest", "file is empty")


def _jsonl_record(path: str, n: int, raw: bytes) -> RawInput:
    try:
        obj = json.loads(raw.decode("utf-8-sig").rstrip("\r\n"))  # the break ends the line
    except UnicodeDecodeError as exc:
        raise InputError(path, f"line is not UTF-8 ({exc.reason})", n) from exc
    except json.JSONDecodeError as exc:
        raise InputError(path, json_reason(exc), n) from exc
    if not isinstance(obj, dict):
        raise InputError(path, "a JSON Lines record must be an object", n)
    return record(path, n, obj)
