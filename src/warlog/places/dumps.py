"""Read GeoNames dump files as geonames.org publishes them (``allCountries.zip``, a
country file such as ``SY.zip``, ``cities500.zip``, ``alternateNamesV2.zip``, or the
``.txt`` inside any of them): which kind a file is, and its rows, streamed.

A place file has 19 tab-separated columns (geonameid, name, asciiname, alternatenames,
latitude, longitude, feature class, feature code, country code, cc2, admin1 code, admin2
code, admin3, admin4, population, elevation, dem, timezone, modification date); an
alternate-names file has 10 (alternateNameId, geonameid, isolanguage, alternate name,
isPreferredName, isShortName, isColloquial, isHistoric, from, to), or 8 in the older
``alternateNames`` dump; a codes file (``admin1CodesASCII.txt``, ``admin2Codes.txt``)
has 4 (code such as "SY.12" or "SY.12.169388", name, ASCII name, geonameid). Anything
else is refused with the file and line named.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from warlog.errors import InputError

PLACES, ALTERNATES, CODES = "places", "alternate names", "division codes"
PLACE_COLUMNS = 19
CODE_COLUMNS = 4
ALTERNATE_COLUMNS = (10, 8)
_CODE = re.compile(r"^[A-Z]{2}\.[^.\s]+(?:\.[^.\s]+)?$")  # "SY.12", "SY.12.169388"
# isolanguage values that are codes or links, not names
NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "abbr"})


@dataclass(frozen=True, slots=True)
class Dump:
    """One GeoNames file to import: its kind, the zip member holding it (None for a
    plain ``.txt``) and its uncompressed size in bytes."""

    path: Path
    kind: str
    member: str | None
    size: int


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """The columns of a place row that the index uses."""

    geonameid: int
    name: str
    asciiname: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    fclass: str
    fcode: str
    cc: str
    admin1: str
    population: int
    admin2: str = ""


def _member(path: Path, zf: zipfile.ZipFile) -> zipfile.ZipInfo:
    """The ``.txt`` a GeoNames zip holds: named like the zip (``SY.zip`` -> ``SY.txt``)."""
    want = path.stem + ".txt"
    for info in zf.infolist():
        if info.filename == want or info.filename.endswith("/" + want):
            return info
    names = ", ".join(i.filename for i in zf.infolist()[:5]) or "nothing"
    raise InputError(str(path), f"not a GeoNames dump: the zip holds no {want} (it holds {names})")


@contextmanager
def _binary(dump: Dump) -> Iterator[IO[bytes]]:
    if dump.member is None:
        with open(dump.path, "rb") as fh:
            yield fh
        return
    with zipfile.ZipFile(dump.path) as zf, zf.open(dump.member) as fh:
        yield fh


def _kind_of(path: Path, first: str | None) -> str:
    if first is None:
        raise InputError(str(path), "not a GeoNames dump: the file is empty")
    cols = first.rstrip("\r\n").split("\t")
    if len(cols) == PLACE_COLUMNS and cols[0].isdigit():
        return PLACES
    if len(cols) in ALTERNATE_COLUMNS and cols[0].isdigit() and cols[1].isdigit():
        return ALTERNATES
    if len(cols) == CODE_COLUMNS and _CODE.match(cols[0]):
        return CODES
    raise InputError(
        str(path),
        f"not a GeoNames dump: {len(cols)} tab-separated columns on the first row; a place "
        f"file has {PLACE_COLUMNS}, an alternate-names file 10 (alternateNamesV2) or 8, a "
        f"codes file (admin1CodesASCII.txt, admin2Codes.txt) {CODE_COLUMNS}",
        line=1,
    )


def open_dump(path: str | Path) -> Dump:
    """Check that ``path`` is a GeoNames place or alternate-names file (zipped or not)
    and say which; raises :class:`InputError` naming the file otherwise."""
    p = Path(path)
    try:
        if zipfile.is_zipfile(p):
            with zipfile.ZipFile(p) as zf:
                info = _member(p, zf)
            member: str | None = info.filename
            size = info.file_size
        elif p.suffix.lower() == ".zip":
            raise InputError(str(p), "not a zip file (is the download complete?)")
        else:
            member, size = None, p.stat().st_size
        dump = Dump(p, "", member, size)
        with _binary(dump) as fh:
            first = next((ln for ln in _lines(fh) if not ln.startswith("#")), None)
    except UnicodeDecodeError as exc:  # GeoNames writes UTF-8: this is another file
        raise InputError(str(p), f"not a GeoNames dump: not UTF-8 text ({exc.reason} at "
                                 f"byte {exc.start}); GeoNames files are UTF-8, tab-separated",
                         line=1) from exc
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(str(p), f"cannot read: {exc}") from exc
    return Dump(p, _kind_of(p, first), member, size)


def _lines(fh: IO[bytes]) -> Iterator[str]:
    for raw in fh:
        yield raw.decode("utf-8")


def rows(dump: Dump) -> Iterator[tuple[int, int, list[str]]]:
    """``(line number, bytes read so far, columns)`` for every row of ``dump``; a row with the wrong
    number of columns or undecodable text raises :class:`InputError` with its line."""
    want = {PLACES: (PLACE_COLUMNS,), CODES: (CODE_COLUMNS,)}.get(dump.kind, ALTERNATE_COLUMNS)
    done = 0
    n = 0
    try:
        with _binary(dump) as fh:
            for n, raw in enumerate(fh, 1):
                done += len(raw)
                line = raw.decode("utf-8").rstrip("\r\n")
                if not line or line.startswith("#"):
                    continue
                cols = line.split("\t")
                if len(cols) not in want:
                    raise InputError(
                        str(dump.path),
                        f"{len(cols)} tab-separated columns where a GeoNames {dump.kind} "
                        f"file has {' or '.join(map(str, want))}",
                        line=n,
                    )
                yield n, done, cols
    except UnicodeDecodeError as exc:
        raise InputError(str(dump.path), f"not UTF-8 text ({exc.reason})", line=n) from exc
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise InputError(str(dump.path), f"cannot read: {exc}", line=n or None) from exc


def place_row(dump: Dump, n: int, cols: list[str]) -> PlaceRow:
    """The columns of one place row, checked; ``n`` is its line number."""
    try:
        lat, lon = float(cols[4]), float(cols[5])
        row = PlaceRow(
            geonameid=int(cols[0]),
            name=cols[1],
            asciiname=cols[2],
            alternates=tuple(a for a in cols[3].split(",") if a),
            lat=lat,
            lon=lon,
            fclass=cols[6],
            fcode=cols[7],
            cc=cols[8],
            admin1=cols[10],
            population=int(cols[14] or 0),
            admin2=cols[11],
        )
    except ValueError as exc:
        raise InputError(str(dump.path), f"not a GeoNames place row ({exc})", line=n) from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not row.name:
        raise InputError(str(dump.path), "no name, or coordinates out of range", line=n)
    return row


def alternate_name(dump: Dump, n: int, cols: list[str]) -> tuple[int, str] | None:
    """``(geonameid, name)`` of one alternate-names row, or None for codes and links."""
    if cols[2] in NOT_NAMES:
        return None
    try:
        return int(cols[1]), cols[3]
    except ValueError as exc:
        raise InputError(str(dump.path), "not a GeoNames alternate-names row", line=n) from exc


def code_row(dump: Dump, n: int, cols: list[str]) -> tuple[str, str]:
    """``(code, name)`` of one codes-file row; the name is the ASCII one when the row
    has no other."""
    if not _CODE.match(cols[0]) or not (cols[1] or cols[2]):
        raise InputError(str(dump.path), "not a GeoNames division-codes row "
                         '(a code such as "SY.12" or "SY.12.169388", then names)', line=n)
    return cols[0], cols[1] or cols[2]
