"""Shared fixtures. Tests never write to the user's cache: ``settings`` points the cache
at a per-session temporary folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from warlog.config import Settings, load_settings

if TYPE_CHECKING:
    from warlog.stages.placeindex import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(cache_dir=str(tmp_path / "cache"), published="2017-09-15")


@pytest.fixture(scope="session")
def full_gazetteer(request: pytest.FixtureRequest) -> Gazetteer:
    """The full GeoNames index, built once into pytest's cache folder (not the user's
    cache) and rebuilt only when its bundled data change; for tests marked ``model``."""
    from warlog.stages.gazetteer import open_gazetteer

    folder = request.config.cache.mkdir("warlog-gazetteer")
    return open_gazetteer(Settings(cache_dir=str(folder)))
