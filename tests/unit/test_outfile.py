"""Output files that appear only when complete (``warlog events -o``, ``network -o``):
what the finished file is like."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from warlog.outfile import complete_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_complete_file_gets_the_permissions_of_a_new_file(tmp_path: Path) -> None:
    """A new export gets the permissions ``open`` gives a new file under the umask (0644
    under 022), as ``extract -o`` does, not the owner-only 0600 of its temporary file, which
    left a teammate or a web server unable to read the CSV."""
    old = os.umask(0o022)
    try:
        out = tmp_path / "events.csv"
        with complete_file(str(out)) as tmp:
            Path(tmp).write_text("a,b\n", encoding="utf-8")
    finally:
        os.umask(old)
    assert out.read_text(encoding="utf-8") == "a,b\n"
    assert _mode(out) == 0o644


def test_complete_file_keeps_the_permissions_of_the_file_it_replaces(tmp_path: Path) -> None:
    out = tmp_path / "network.json"
    out.write_text("{}", encoding="utf-8")
    out.chmod(0o640)
    with complete_file(str(out)) as tmp:
        Path(tmp).write_text('{"nodes": []}', encoding="utf-8")
    assert out.read_text(encoding="utf-8") == '{"nodes": []}' and _mode(out) == 0o640
