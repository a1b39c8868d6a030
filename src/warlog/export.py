"""Output formats.

- ``to_json(ad)``: one annotated document (``warlog extract``; docs/output-format.md);
- canonical events (``warlog events``): JSON Lines, CSV in ACLED's column layout, GeoJSON
  and Parquet (with pyarrow, the ``parquet`` extra).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
from collections.abc import Iterable
from typing import IO, Any

from warlog import acled, unnamed
from warlog.codec import to_plain
from warlog.errors import WarlogError
from warlog.merge.consensus import range_label
from warlog.merge.dedup import date_interval
from warlog.models import ActorKind, AnnotatedDocument, CanonicalEvent, EventActor
from warlog.outfile import complete_file
from warlog.places.divisions import Divisions

_plain = to_plain


def to_json(ad: AnnotatedDocument) -> dict[str, Any]:
    """The output object of one annotated document."""
    d = ad.document
    out: dict[str, Any] = {
        "id": d.id,
        "title": d.title,
        "source": d.source,
        "url": d.url,
        "published": d.published.isoformat() if d.published else None,
        "language": d.language,
        "author": d.author,
        "origin": {**_plain(d.origin),
                   "segments": [[s.start, s.origin_start, s.length] for s in d.segments]},
        "text": d.text,
        "events": [_plain(e) for e in ad.events],
        "places": [_plain(p) for p in ad.places],
        "times": [_plain(t) for t in ad.times],
        "actors": [_plain(a) for a in ad.actors],
        "numbers": [_plain(q) for q in ad.numbers],
        "relations": [_plain(r) for r in ad.relations],
        "warnings": list(ad.warnings),
    }
    if d.extra:
        out["extra"] = {k: v for k, v in d.extra}
    return out


ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)
# ACLED's numeric actor type codes (inter1/inter2).
INTER_CODES = {
    ActorKind.STATE_FORCES: 1, ActorKind.REBEL_GROUP: 2, ActorKind.POLITICAL_MILITIA: 3,
    ActorKind.IDENTITY_MILITIA: 4, ActorKind.RIOTERS: 5, ActorKind.PROTESTERS: 6,
    ActorKind.CIVILIANS: 7, ActorKind.EXTERNAL_OTHER: 8,
}
_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_SUB = {
    "Mob violence": "Political violence",
    "Excessive force against protesters": "Political violence; Demonstrations",
}
_TIME_PRECISION = {"day": 1, "week": 2}
ADMIN2_NEAREST = "admin2_nearest"  # admin2 inferred from nearby points (acled.admin2_found)


# Countries GeoNames gives a code that ISO 3166 leaves user-assigned: the three-letter
# code in common use (EU, IMF, World Bank), so every event_id_cnty starts with three
# letters; no ISO numeric code exists, so ``iso`` stays empty.
_USER_ASSIGNED = {"XK": ("XKX", "Kosovo", None)}


@functools.cache
def _country(code: str) -> tuple[str, str, int | None]:
    """ISO alpha-3, English name and ISO numeric code of an alpha-2 code (or name)."""
    import pycountry

    if code.upper() in _USER_ASSIGNED:
        return _USER_ASSIGNED[code.upper()]
    try:
        c = pycountry.countries.lookup(code)
    except LookupError:
        return (code.upper()[:3], code, None)
    return (str(c.alpha_3), str(c.name), int(c.numeric))


@functools.cache
def _alpha2(code: str) -> str:
    import pycountry

    try:
        return str(pycountry.countries.lookup(code).alpha_2)
    except LookupError:
        return ""


def event_id_cnty(ev: CanonicalEvent) -> str:
    """ACLED-style id: the country's ISO alpha-3 code and a number taken from the id."""
    loc = ev.location
    code = (loc.country_code or loc.country) if loc else None
    prefix = _country(code)[0] if code else "XXX"
    return f"{prefix}{int(ev.id.removeprefix('ev-')[:12], 16)}"


def _role(ev: CanonicalEvent, role: str) -> list[EventActor]:
    return [a for a in ev.actors if a.role == role]


def summary_note(ev: CanonicalEvent) -> str:
    """The event told in one sentence from its canonical fields, in the events stage's form
    ("Suicide bomb: X against Y in Nasiriyah on 2017-09-14; 70 killed."): the consensus of
    its reports with an analyst's corrections, as the row's columns say. The stored note
    is the most confident report's own, which can name another actor or date than the
    canonical event's (a report outvoted in a merge, a corrected actor)."""
    names = [a[0].name for a in (_role(ev, "actor1"), _role(ev, "actor2")) if a]
    where = f" in {ev.location.name}" if ev.location and ev.location.name else ""
    when = f" on {ev.date}" if ev.date else ""
    dead = f"; {ev.fatalities.best} killed" if ev.fatalities and ev.fatalities.best else ""
    past = " (told as background)" if ev.historical else ""
    return (f"{ev.sub_event_type}: {' against '.join(names) or 'unknown actors'}"
            f"{where}{when}{dead}{past}.")


def _notes(ev: CanonicalEvent) -> str:
    parts = [summary_note(ev)]
    reports = {m.document_id for m in ev.members}
    if len(reports) > 1:
        parts.append(f"[{len(reports)} reports]")
    for d in ev.disagreements:
        if d.field in ev.reviewed:
            continue  # an analyst settled it
        versions = "; ".join(f"{v.value} ({', '.join(v.sources)})" for v in d.versions)
        parts.append(f"[Sources differ on {d.field}: {versions}]")
    if ev.reviewed:
        parts.append(f"[Reviewed by an analyst: {', '.join(ev.reviewed)}]")
    return " ".join(parts)


def _tags(ev: CanonicalEvent, *extra: str | None) -> str:
    tags = [f"warlog_id={ev.id}", *(t for t in extra if t)]
    if ev.reviewed:
        tags.append("reviewed")
    if ev.deleted:
        tags.append("deleted")
    return "; ".join(tags)


def acled_row(ev: CanonicalEvent, divisions: Divisions | None = None) -> dict[str, Any]:
    """One canonical event as a row of ACLED's CSV layout (see docs/store.md). A date
    known only to the week, month or year is written as its first day, with
    ``time_precision`` 2 or 3 saying so. ``divisions``: the second-level divisions a
    user imported into the place index (:func:`warlog.places.divisions.open_divisions`)."""
    loc = ev.location
    code = (loc.country_code or loc.country) if loc else None
    _, country_name, iso = _country(code) if code else ("", "", None)
    country = (loc.country if loc and loc.country else country_name) or ""
    cc = (loc.country_code or "").upper() if loc else ""
    a1, a2 = _role(ev, "actor1"), _role(ev, "actor2")
    admin2, near = (acled.admin2_found(loc.lat, loc.lon, cc or None, loc.precision,
                                       loc.geonameid, divisions) if loc else ("", False))
    generic = unnamed.unnamed_actor1(ev, country or None)
    if generic is not None:  # ACLED's layout never leaves actor1 empty (warlog.unnamed)
        a1 = [generic]
    inter1 = INTER_CODES.get(a1[0].kind) if a1 else None
    inter2 = INTER_CODES.get(a2[0].kind) if a2 else None
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    published = [m.published for m in ev.members if m.published]
    span = date_interval(ev.date, ev.date_precision)
    day = dt.date.fromordinal(span[0]) if span else None
    civilian = ev.event_type == "Violence against civilians" or (
        _DISORDER.get(ev.event_type) == "Political violence"
        and any(a.kind == ActorKind.CIVILIANS for a in a2))
    outlets = sorted({m.source or m.document_id for m in ev.members})
    return {
        "event_id_cnty": event_id_cnty(ev),
        "event_date": day.isoformat() if day else "",
        "year": day.year if day else None,
        "time_precision": _TIME_PRECISION.get(ev.date_precision.value, 3),
        "disorder_type": _DISORDER_SUB.get(ev.sub_event_type,
                                           _DISORDER.get(ev.event_type, "Other")),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": a1[0].name if a1 else "",
        "assoc_actor_1": "; ".join(a.name for a in _role(ev, "assoc_actor_1")),
        "inter1": inter1,
        "actor2": a2[0].name if a2 else "",
        "assoc_actor_2": "; ".join(a.name for a in _role(ev, "assoc_actor_2")),
        "inter2": inter2,
        "interaction": int("".join(map(str, codes)).ljust(2, "0")) if codes else None,
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": iso,
        "region": acled.region(cc or (_alpha2(code) if code else "")),
        "country": country,
        "admin1": ((loc.admin1 or (divisions.admin1(loc.geonameid, cc) if divisions else None))
                   if loc else None) or "",
        "admin2": admin2,
        "admin3": "",
        "location": (loc.name if loc else None) or "",
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.precision if loc else None,
        "source": "; ".join(outlets),
        "source_scale": acled.source_scale(m.source or "" for m in ev.members),
        "notes": _notes(ev),
        "fatalities": ev.fatalities.best if ev.fatalities else 0,
        "tags": _tags(ev, unnamed.TAG if generic is not None else None,
                      ADMIN2_NEAREST if near else None),
        "timestamp": _timestamp(max(published)) if published else None,
    }


def _timestamp(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


def write_csv(events: Iterable[CanonicalEvent], out: IO[str],
              divisions: Divisions | None = None) -> int:
    """ACLED-layout CSV with a header row; the number of rows written."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow({k: "" if v is None else v
                         for k, v in acled_row(ev, divisions).items()})
        n += 1
    return n


def canonical_json(ev: CanonicalEvent) -> dict[str, Any]:
    """The JSON object of a canonical event: every field, every report, every disagreement."""
    out: dict[str, Any] = {"id": ev.id, "event_id_cnty": event_id_cnty(ev)}
    out.update(to_plain(ev))
    out["notes"] = summary_note(ev)
    out["fatalities_label"] = range_label(ev.fatalities)
    return out


def write_jsonl(events: Iterable[CanonicalEvent], out: IO[str],
                divisions: Divisions | None = None) -> int:
    """Canonical events as stored (``divisions`` is for the ACLED layouts alone)."""
    n = 0
    for ev in events:
        out.write(json.dumps(canonical_json(ev), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_geojson(events: Iterable[CanonicalEvent], out: IO[str],
                  divisions: Divisions | None = None) -> int:
    """A GeoJSON FeatureCollection (written as it goes); ACLED columns as properties."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for ev in events:
        row = acled_row(ev, divisions)
        lat, lon = row["latitude"], row["longitude"]
        geometry = ({"type": "Point", "coordinates": [lon, lat]}
                    if lat is not None and lon is not None else None)
        feature = {"type": "Feature", "id": ev.id, "geometry": geometry,
                   "properties": {**row, "reports": len({m.document_id for m in ev.members})}}
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write_parquet(events: Iterable[CanonicalEvent], out: str | IO[bytes],
                  batch: int = 10_000, divisions: Divisions | None = None) -> int:
    """ACLED columns plus ``warlog_id``, ``reports`` and the full JSON ``record``."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise WarlogError("Parquet output needs pyarrow: pip install 'warlog[parquet]'") from exc
    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso",
            "geo_precision", "fatalities", "timestamp", "reports"}
    floats = {"latitude", "longitude"}
    names = [*ACLED_COLUMNS, "warlog_id", "reports", "record"]
    schema = pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats
                         else pa.string()) for c in names])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        rows: list[dict[str, Any]] = []
        for ev in events:
            rows.append({**acled_row(ev, divisions), "warlog_id": ev.id,
                         "reports": len({m.document_id for m in ev.members}),
                         "record": json.dumps(to_plain(ev), ensure_ascii=False)})
            if len(rows) >= batch:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                n, rows = n + len(rows), []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            n += len(rows)
    return n


BOM = "\ufeff".encode()  # the UTF-8 byte-order mark, EF BB BF
_WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}


def write_events(events: Iterable[CanonicalEvent], fmt: str, output: str,
                 divisions: Divisions | None = None, bom: bool = False) -> int:
    """Write ``events`` in ``fmt`` to the file ``output`` ("-": stdout). A file is written
    under a temporary name and renamed when complete, so a failed export leaves no half
    file (and an older file of that name untouched).

    ``bom`` starts a CSV with the UTF-8 byte-order mark: Excel reads a CSV without one
    in the machine's legacy code page and garbles every non-ASCII name ("Tall ‘Afar"),
    while pandas, R and LibreOffice read UTF-8 either way. It is no default because a
    reader that does not expect it sees it in the first column's name."""
    import sys

    if bom and fmt != "csv":
        raise ValueError(f"--bom applies to CSV only, not to --format {fmt}")
    if output == "-":
        if fmt == "parquet":
            return write_parquet(events, sys.stdout.buffer, divisions=divisions)
        if bom:
            sys.stdout.flush()
            sys.stdout.buffer.write(BOM)
        return _WRITERS[fmt](events, sys.stdout, divisions)
    with complete_file(output) as tmp:
        if fmt == "parquet":
            return write_parquet(events, tmp, divisions=divisions)
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            return _WRITERS[fmt](events, fh, divisions)
