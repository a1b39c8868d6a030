"""``python -m warlog.cli``: the same as the ``warlog`` command."""

from warlog.cli import main

main()
