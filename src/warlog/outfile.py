"""Output files that appear only when complete (``warlog events -o``, ``warlog network -o``).

The data are written under a temporary name in the target's folder and renamed over the
target at the end, so an export that fails half-way leaves no half file, and an older
file of that name stays as it was. A target that cannot be written (a folder that does
not exist, no permission, a full disk) is an :class:`OutputError` naming the file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from warlog.errors import OutputError


@contextmanager
def complete_file(output: str) -> Iterator[str]:
    """A temporary path beside ``output`` to write to; renamed to ``output`` when the
    block ends, removed when it raises."""
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        raise OutputError(output, f"the folder {folder} does not exist; create it first")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".warlog-", suffix=".partial", dir=folder)
    except OSError as exc:
        raise OutputError(output, f"cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(output))
        os.replace(tmp, output)
    except OSError as exc:
        _remove(tmp)
        raise OutputError(output, f"cannot write: {exc.strerror or exc}") from exc
    except BaseException:
        _remove(tmp)
        raise


def _mode_for(output: str) -> int:
    """The permissions the finished file gets: those of the file it replaces, else those
    a new file gets under the umask (as ``open`` gives ``extract -o``). A temporary file
    is made readable by its owner alone, and the export kept that: 0600, not 0644."""
    try:
        return stat.S_IMODE(os.stat(output).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def _remove(tmp: str) -> None:
    if os.path.exists(tmp):
        os.unlink(tmp)
