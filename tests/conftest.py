"""Shared fixtures. Tests never write to the user's cache: ``settings`` points the cache
at a per-session temporary folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from warlog.config import Settings, load_settings

if TYPE_CHECKING:
    from warlog.places.index import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def cache_dir(request: pytest.FixtureRequest) -> str:
    """One cache folder for the whole test session, inside pytest's own cache (never the
    user's): the gazetteer is built there once and reused by every test."""
    return str(request.config.cache.mkdir("warlog-gazetteer"))


@pytest.fixture
def settings(cache_dir: str) -> Settings:
    return load_settings(cache_dir=cache_dir, published="2017-09-15")


@pytest.fixture(scope="session")
def full_gazetteer(request: pytest.FixtureRequest) -> Gazetteer:
    """The full GeoNames index, built once into pytest's cache folder (not the user's
    cache) and rebuilt only when its bundled data change; for tests marked ``model``."""
    from warlog.places import load_gazetteer

    return load_gazetteer(Settings(cache_dir=str(request.config.cache.mkdir("warlog-gazetteer"))))
