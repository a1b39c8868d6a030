"""The exception tree. Every error warlog raises on purpose derives from WarlogError::

    WarlogError
    ├── InputError            a file or line the user gave cannot be read
    │   └── ExtractionError   a page was read but held no article text
    ├── GazetteerUnavailable  the place index is missing or unreadable
    ├── ModelUnavailable      the spaCy model package is not installed
    ├── StoreError            the database cannot be opened, read or written
    ├── OutputError           an output file (events -o, network -o) cannot be written
    ├── CorrectionError       an analyst's correction is invalid (names the field)
    └── EvaluationError       a gold file is malformed

The CLI turns a WarlogError into exit code 1 with its message; usage errors exit with 2.
"""

from __future__ import annotations

import json


class WarlogError(Exception):
    """Base class for every error warlog raises on purpose."""


class InputError(WarlogError):
    """An input file, or one line of it, cannot be read. The message names the file."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ExtractionError(InputError):
    """A page was read but no article text could be extracted from it."""


class GazetteerUnavailable(WarlogError):
    """The gazetteer index is missing or unreadable."""


class ModelUnavailable(WarlogError):
    """The spaCy model package is not installed."""


class StoreError(WarlogError):
    """The database cannot be opened, read or written."""


class OutputError(WarlogError):
    """An output file cannot be written (its folder is missing, no permission, a full
    disk). The message names the file."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class CorrectionError(WarlogError):
    """A correction of an event is invalid: an unknown field, a bad value, an unknown
    event, or a corrections file that cannot be applied. The message names the field."""


class EvaluationError(WarlogError):
    """A gold file is malformed."""


def json_reason(exc: json.JSONDecodeError) -> str:
    """The decoder's message with its column; some messages already end in "at"
    ("Invalid control character at", "Unterminated string starting at"), which is not
    said twice. A string still open where the text ends is a record cut short or broken
    over two lines by a raw line break (which JSON writes as \\n): that is said."""
    cut = " (the line ends inside it)" if exc.msg.startswith("Unterminated string") else ""
    return f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}{cut}"
