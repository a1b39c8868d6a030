"""Open the place index for a run: build it first when it is missing or was built from
other data, then add the bundled and the user's aliases."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from warlog.config import Settings
from warlog.errors import GazetteerUnavailable
from warlog.places.data import data_file, read_aliases
from warlog.places.gazetteer import build_gazetteer, index_path, source_stamp
from warlog.places.index import Gazetteer

log = logging.getLogger("warlog.places.gazetteer")  # the logger the build reports to


def _stamp_of(path: Path) -> str | None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT value FROM meta WHERE key = 'source'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def load_gazetteer(settings: Settings) -> Gazetteer:
    """Open the index (building it first if missing) with bundled and user aliases."""
    path = index_path(settings)
    if not path.exists():
        log.warning(
            "gazetteer not found at %s; building it now (once, about a minute). "
            'Run "warlog gazetteer build" to do this ahead of time.',
            path,
        )
        build_gazetteer(settings)
    elif _stamp_of(path) != source_stamp():
        log.warning(
            "gazetteer at %s was built from other data; rebuilding it (about a minute)", path
        )
        build_gazetteer(settings, force=True)
    return open_index(str(path), settings)


def open_index(path: str, settings: Settings) -> Gazetteer:
    """A :class:`Gazetteer` over the index file at ``path`` with the bundled aliases and
    adjectives, and the user's ``aliases_file`` (whose rows come first)."""
    aliases = read_aliases(data_file("place_aliases.tsv"))
    if settings.aliases_file:
        try:
            user = Path(settings.aliases_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise GazetteerUnavailable(
                f"aliases_file {settings.aliases_file}: cannot read: {exc}"
            ) from exc
        aliases = read_aliases(user) + aliases
    return Gazetteer(path, aliases, read_aliases(data_file("demonyms.tsv")))
