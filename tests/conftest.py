"""Shared fixtures. Tests never write to the user's cache: ``settings`` points the cache
at a per-session temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from warlog.config import Settings, load_settings

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(cache_dir=str(tmp_path / "cache"), published="2017-09-15")
