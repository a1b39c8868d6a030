"""Analysts' corrections of canonical events: what they may set, and how a correction is
laid over what the automation made (see docs/store.md, "Corrections").

- :mod:`warlog.corrections.values`: the fields an analyst may set, each value checked
  and turned into its stored (JSON) form, with errors that name the field;
- :mod:`warlog.corrections.apply`: :func:`apply_corrections`, which lays the corrections
  over freshly merged canonical events (merges and splits first, then deletions and
  field values, oldest first so the latest wins).

A correction is anchored to the reports it concerns (``document_id:event_id`` of the
member reports), never to a canonical id, so a re-ingest, a full re-merge or a rule
change that renames canonical events keeps it.
"""

from warlog.corrections.apply import apply_corrections
from warlog.corrections.values import (
    FIELDS,
    Correction,
    check_value,
    field_value,
    parse_value,
    show_value,
)
from warlog.errors import CorrectionError

__all__ = ["FIELDS", "Correction", "CorrectionError", "apply_corrections", "check_value",
           "field_value", "parse_value", "show_value"]
