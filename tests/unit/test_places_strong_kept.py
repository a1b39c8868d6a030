"""places/known.strong, and the gazetteer's candidates and alias targets, keep their answer
per gazetteer and name (detection asks the same names many times, and the answer
depends on nothing else). A tiny invented index."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.config import Settings
from warlog.places import gazetteer as gz
from warlog.places.index import Gazetteer, GazetteerEntry
from warlog.places.known import strong
from warlog.places.load import open_index

TINY = [
    (GazetteerEntry(1, 1, "Vantoria", "country", "VT", "", 10.0, 20.0, 9_000_000), []),
    (GazetteerEntry(2, 2, "Brellwick", "city", "VT", "01", 10.5, 20.5, 450_000), []),
    (GazetteerEntry(3, 3, "Ossford", "city", "VT", "01", 10.2, 20.1, 3_000), []),
]


@pytest.fixture
def gaz(tmp_path: Path, settings: Settings) -> Gazetteer:
    return open_index(gz.write_index(tmp_path / "tiny.sqlite", TINY), settings)


def test_places_strong_answers_a_name_once_per_gazetteer(
        gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    # a country and a large town are strong, a hamlet is not
    assert [strong(gaz, n) for n in ("Vantoria", "Brellwick", "Ossford")] == [True, True, False]

    def no_more_queries(*_: object, **__: object) -> None:
        raise AssertionError("the gazetteer was asked again")

    monkeypatch.setattr(gaz, "lookup", no_more_queries)
    monkeypatch.setattr(gaz, "alias_targets", no_more_queries)
    assert [strong(gaz, n) for n in ("Vantoria", "Brellwick", "Ossford")] == [True, True, False]


def test_places_strong_kept_apart_per_gazetteer(
        gaz: Gazetteer, tmp_path: Path, settings: Settings) -> None:
    other = open_index(gz.write_index(tmp_path / "other.sqlite", TINY[2:]), settings)
    assert strong(gaz, "Vantoria") and not strong(other, "Vantoria")


def test_places_gazetteer_candidates_answered_once_per_name(
        gaz: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    first = gaz.candidates("Brellwick"), gaz.alias_targets("Brellwick")
    assert [e.name for e in first[0]] == ["Brellwick"] and first[1] == ()

    def no_more_queries(*_: object, **__: object) -> None:
        raise AssertionError("the index was asked again")

    monkeypatch.setattr(gaz, "lookup", no_more_queries)
    assert (gaz.candidates("Brellwick"), gaz.alias_targets("Brellwick")) == first
