"""The bundled data files under ``warlog/data`` that the places stage reads: alias and
demonym tables, points, regions (tab-separated, ``#`` comments)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

from warlog.places.index import Alias


def data_file(name: str) -> str:
    """The text of a bundled data file."""
    return resources.files("warlog.data").joinpath(name).read_text(encoding="utf-8")


def tsv_rows(text: str) -> Iterator[list[str]]:
    """Rows of a bundled or user TSV file, skipping blank lines and ``#`` comments."""
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def read_aliases(text: str) -> list[Alias]:
    """Alias rows: name, target, country code, note (the last two optional)."""
    out = []
    for rec in tsv_rows(text):
        if len(rec) >= 2:
            rec += [""] * (4 - len(rec))
            out.append(Alias(rec[0], rec[1], rec[2].upper(), rec[3]))
    return out
