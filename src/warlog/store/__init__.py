"""The store: documents, extractions and canonical events in SQLite (docs/store.md)."""

from warlog.store.query import EventFilter
from warlog.store.sqlite import MergeReport, Store, open_store

__all__ = ["EventFilter", "MergeReport", "Store", "open_store"]
