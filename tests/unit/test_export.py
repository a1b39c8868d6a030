"""Export: canonical events as ACLED-layout CSV, JSON Lines, GeoJSON and Parquet."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest

from warlog.evaluate import merge as merge_eval
from warlog.export import (
    ACLED_COLUMNS,
    acled_row,
    write_csv,
    write_events,
    write_geojson,
    write_jsonl,
    write_parquet,
)
from warlog.merge.dedup import merge_events
from warlog.models import ActorKind, CanonicalEvent, EventActor, Location

MERGE_SET = Path(__file__).parents[1] / "fixtures" / "merge" / "reports.jsonl"
LABELLED = merge_eval.read_merge_set(str(MERGE_SET))
EVENTS = merge_events(it for it, _ in LABELLED)


def _event(truth: str) -> CanonicalEvent:
    (ev,) = merge_events(it for it, t in LABELLED if t == truth)
    return ev


def test_export_csv_has_acleds_columns_in_acleds_order() -> None:
    out = io.StringIO()
    assert write_csv(EVENTS, out) == len(EVENTS)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert rows[0][:8] == ["event_id_cnty", "event_date", "year", "time_precision",
                           "disorder_type", "event_type", "sub_event_type", "actor1"]
    assert len(rows) == len(EVENTS) + 1 and all(len(r) == len(ACLED_COLUMNS) for r in rows)


def test_export_acled_row_of_a_merged_event() -> None:
    row = acled_row(_event("idlib-strike-1"))
    assert row["event_id_cnty"].startswith("SYR") and row["event_id_cnty"][3:].isdigit()
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-06-10", 2023, 1)
    assert row["disorder_type"] == "Political violence"
    assert row["actor1"] == "Military Forces of Russia" and row["inter1"] == 8
    assert (row["country"], row["iso"], row["location"]) == ("Syria", 760, "Idlib")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (35.9306, 36.6339, 1)
    assert row["fatalities"] == 7  # ACLED's conservative figure: the lowest best
    assert row["source"] == "Aleppo Observer; Crescent News; Orontes Daily"
    assert "[3 reports]" in row["notes"]
    assert "Sources differ on fatalities: 7 (Aleppo Observer, Orontes Daily); 9 (Crescent News)" \
        in row["notes"]


def test_export_acled_inter_codes_and_civilian_targeting() -> None:
    row = acled_row(_event("maiduguri-abduction"))
    assert (row["inter1"], row["inter2"], row["interaction"]) == (2, 7, 27)
    assert row["civilian_targeting"] == "Civilian targeting"
    protest = acled_row(_event("dhaka-protest"))
    assert protest["disorder_type"] == "Demonstrations" and protest["fatalities"] == 0


def test_export_jsonl_keeps_every_report_and_disagreement() -> None:
    out = io.StringIO()
    write_jsonl([_event("idlib-strike-1")], out)
    obj = json.loads(out.getvalue())
    assert len(obj["members"]) == 3
    assert {d["field"] for d in obj["disagreements"]} >= {"fatalities", "actor1"}
    assert obj["fatalities"] == {"low": 7, "best": 7, "high": 9}


def test_export_geojson_is_a_feature_collection() -> None:
    out = io.StringIO()
    n = write_geojson(EVENTS, out)
    data = json.loads(out.getvalue())
    assert data["type"] == "FeatureCollection" and len(data["features"]) == n == len(EVENTS)
    f = data["features"][0]
    assert f["geometry"]["type"] == "Point"
    lon, lat = f["geometry"]["coordinates"]
    assert (lat, lon) == (f["properties"]["latitude"], f["properties"]["longitude"])


def test_export_geojson_of_nothing_is_valid() -> None:
    out = io.StringIO()
    write_geojson([], out)
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_export_parquet_round_trip(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert write_parquet(EVENTS, str(path), batch=7) == len(EVENTS)
    table = pq.read_table(path)
    assert table.num_rows == len(EVENTS)
    assert table.column_names[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert sorted(table.column("warlog_id").to_pylist()) == sorted(e.id for e in EVENTS)


def test_export_to_a_file_leaves_no_half_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")

    def broken() -> object:
        yield EVENTS[0]
        raise ValueError("query failed")

    with pytest.raises(ValueError):
        write_events(broken(), "csv", str(target))  # type: ignore[arg-type]
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert write_events(EVENTS, "csv", str(target)) == len(EVENTS)


def test_export_coarse_dates_become_the_first_day_with_their_precision() -> None:
    import dataclasses

    from warlog.models import Precision

    ev = dataclasses.replace(_event("quetta-arrests"), date="2023-09",
                             date_precision=Precision.MONTH)
    row = acled_row(ev)
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-09-01", 2023, 3)


_SYRIA = Location("Idlib", "Idlib", "Syria", "SY", 35.93, 36.63, 169389, 1)
_IS = EventActor("Islamic State", (), "actor1", ActorKind.REBEL_GROUP)
_CIVILIANS = EventActor("Civilians (Syria)", (), "actor2", ActorKind.CIVILIANS)


@pytest.mark.parametrize(("event_type", "sub", "actor1", "inter1"), [
    ("Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified Armed Group (Syria)", 3),
    ("Violence against civilians", "Attack", "Unidentified Armed Group (Syria)", 3),
    ("Battles", "Armed clash", "Unidentified Armed Group (Syria)", 3),
    ("Explosions/Remote violence", "Air/drone strike", "Unidentified Military Forces", 1),
    ("Battles", "Government regains territory", "Military Forces of Syria", 1),
    ("Strategic developments", "Looting/property destruction",
     "Unidentified Armed Group (Syria)", 3),
    ("Protests", "Peaceful protest", "Protesters (Syria)", 6),
    ("Protests", "Excessive force against protesters", "Unidentified Armed Group (Syria)", 3),
    ("Riots", "Mob violence", "Rioters (Syria)", 5),
])
def test_export_unnamed_side_gets_acleds_generic_actor1(event_type: str, sub: str,
                                                         actor1: str, inter1: int) -> None:
    ev = dataclasses.replace(EVENTS[0], event_type=event_type, sub_event_type=sub,
                             location=_SYRIA, actors=(_CIVILIANS,))
    row = acled_row(ev)
    assert (row["actor1"], row["inter1"]) == (actor1, inter1)
    assert row["actor2"] == "Civilians (Syria)" and "actor1_unnamed" in row["tags"]
    assert not any(a.role == "actor1" for a in ev.actors)  # the event itself is unchanged


@pytest.mark.parametrize(("sub", "actors"), [
    ("Remote explosive/landmine/IED", (_IS, _CIVILIANS)),  # a named actor1 is kept
    ("Remote explosive/landmine/IED",  # a side named as an associate is not overwritten
     (dataclasses.replace(_IS, role="assoc_actor_1"),)),
    ("Agreement", ()),  # no generic actor in the codebook
    ("Arrests", ()),
])
def test_export_named_or_non_violent_events_get_no_generic_actor1(
        sub: str, actors: tuple[EventActor, ...]) -> None:
    event_type = "Strategic developments" if sub in ("Agreement", "Arrests") else (
        "Explosions/Remote violence")
    ev = dataclasses.replace(EVENTS[0], event_type=event_type, sub_event_type=sub,
                             location=_SYRIA, actors=actors)
    row = acled_row(ev)
    assert row["actor1"] == ("Islamic State" if actors and actors[0].role == "actor1" else "")
    assert "actor1_unnamed" not in row["tags"]


def test_export_unnamed_side_without_a_country() -> None:
    ev = dataclasses.replace(EVENTS[0], event_type="Battles", sub_event_type="Armed clash",
                             location=None, actors=())
    assert acled_row(ev)["actor1"] == "Unidentified Armed Group"


def test_export_csv_bom_is_an_option_for_excel(tmp_path: Path) -> None:
    """``bom=True`` starts the CSV with the UTF-8 byte-order mark Excel needs to read a
    non-ASCII name; without it the file starts with the header, as before."""
    plain, marked = tmp_path / "plain.csv", tmp_path / "excel.csv"
    write_events(EVENTS, "csv", str(plain))
    write_events(EVENTS, "csv", str(marked), bom=True)
    assert plain.read_bytes().startswith(b"event_id_cnty,")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    with pytest.raises(ValueError, match="CSV only"):
        write_events(EVENTS, "jsonl", str(tmp_path / "x.jsonl"), bom=True)


def test_export_kosovo_id_has_three_letters_like_every_country() -> None:
    """GeoNames gives Kosovo XK, a code ISO leaves user-assigned: ``event_id_cnty`` starts
    with XKX, the three-letter code in common use (not "XK"), the country is named, and
    ``iso`` stays empty (there is no ISO numeric code)."""
    pristina = Location(name="Pristina", admin1="Pristina", country="Kosovo",
                        country_code="XK", lat=42.67, lon=21.17, geonameid=786714,
                        precision=1)
    row = acled_row(dataclasses.replace(EVENTS[0], location=pristina))
    assert row["event_id_cnty"].startswith("XKX") and row["event_id_cnty"][3:].isdigit()
    assert (row["country"], row["iso"], row["region"]) == ("Kosovo", None, "Europe")


def test_export_notes_tell_the_canonical_event_not_the_lead_reports_sentence() -> None:
    """The notes' first sentence is written from the canonical fields: a report outvoted
    in the merge, or an actor an analyst corrected, no longer speaks for the row (the CSV
    said "actor1 X" in its column and "Y against ..." in its notes)."""
    lead_said = "Suicide bomb: Old Front against Civilians (Iraq) in Kirkuk on 2023-03-01."
    ev = dataclasses.replace(_event("idlib-strike-1"), notes=lead_said, historical=False)
    row = acled_row(ev)
    assert row["notes"].startswith(
        f"{ev.sub_event_type}: {row['actor1']}") and "Old Front" not in row["notes"]
    assert f" in {ev.location.name} on {ev.date}; {row['fatalities']} killed." in row["notes"]  # type: ignore[union-attr]
    past = dataclasses.replace(ev, historical=True, actors=())
    assert acled_row(past)["notes"].startswith(
        f"{ev.sub_event_type}: unknown actors in ") and "(told as background)." in \
        acled_row(past)["notes"]
    assert json.loads(_jsonl([ev]))["notes"] == row["notes"].split(" [")[0]


def _jsonl(events: list[CanonicalEvent]) -> str:
    out = io.StringIO()
    write_jsonl(events, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_to_a_missing_folder_is_an_error_naming_the_file(tmp_path: Path,
                                                                 fmt: str) -> None:
    """An -o whose folder does not exist is a WarlogError (exit code 1 and one line) that
    names the file and the folder, not a traceback from the temporary file's name."""
    from warlog.errors import OutputError

    target = tmp_path / "no-such-folder" / f"events.{fmt}"
    with pytest.raises(OutputError, match=r"events\.\w+: the folder .*no-such-folder does not "
                                          r"exist"):
        write_events(EVENTS, fmt, str(target))
    assert list(tmp_path.iterdir()) == []


def test_export_a_write_that_fails_leaves_no_file_and_names_the_target(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A disk that fills up half-way is an OutputError naming the target; neither the
    target nor the temporary file is left behind."""
    import warlog.export
    from warlog.errors import OutputError

    def full_disk(_events: object, out: io.StringIO, _divisions: object) -> int:
        out.write("event_id_cnty\n")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(warlog.export._WRITERS, "csv", full_disk)
    target = tmp_path / "out.csv"
    with pytest.raises(OutputError, match=r"out\.csv: cannot write: No space left on device"):
        write_events(EVENTS, "csv", str(target))
    assert list(tmp_path.iterdir()) == []


def test_export_geojson_event_without_coordinates_has_no_geometry() -> None:
    """An event placed nowhere is a Feature with a null geometry (valid GeoJSON), not a
    point at [null, null] that GIS tools reject."""
    out = io.StringIO()
    write_geojson([dataclasses.replace(EVENTS[0], location=None)], out)
    [feature] = json.loads(out.getvalue())["features"]
    assert feature["geometry"] is None and feature["properties"]["latitude"] is None
