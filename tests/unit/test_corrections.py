"""Corrections: values checked with errors naming the field, laid over dedup's events
(merges and splits, then fields, the latest winning), kept by every merge, written to
files and read back whole or not at all; the ACLED columns they and the tables fill."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.unit.test_store import LABELLED, fixture_documents
from warlog import acled
from warlog.corrections import apply_corrections, check_value, field_value, parse_value
from warlog.corrections.files import read, write
from warlog.errors import CorrectionError
from warlog.evaluate.corrections import run_db
from warlog.export import acled_row
from warlog.merge.dedup import member_key, merge_events
from warlog.models import ActorKind, CanonicalEvent, EventActor, Location
from warlog.store import corrections as sc
from warlog.store import open_store
from warlog.store.query import EventFilter

EVENTS = merge_events(it for it, _ in LABELLED)


@pytest.mark.parametrize(("field", "text", "says"), [
    ("fatalities", "-1", "whole number"),
    ("fatalities", "2.5", "whole number"),
    ("injured", "many", "whole number"),
    ("fatalities", "١٢", "whole number"),  # digits, but not ASCII ones
    ("date", "14/09/2017", "ISO date"),
    ("date", "2017-02-30", "day is out of range"),
    ("date", "0017-01-01", "out of range"),
    ("sub_event_type", "Bombing", "use one of"),
    ("historical", "maybe", "true or false"),
    ("location", "95,10", "latitude within"),
    ("location", "", "place name or lat,lon"),
    ("actor1", "X|warlords", "kind must be one of"),
    ("colour", "red", "not a field"),
])
def test_corrections_bad_values_name_the_field(field: str, text: str, says: str) -> None:
    with pytest.raises(CorrectionError, match=says) as err:
        parse_value(field, text)
    assert str(err.value).startswith(field) or repr(field) in str(err.value)


@pytest.mark.parametrize(("field", "text", "stored"), [
    ("fatalities", "12", 12),
    ("injured", " 0 ", 0),
    ("date", "2017-09-14", "2017-09-14"),
    ("date", "2017-09", "2017-09"),
    ("sub_event_type", "armed clash", "Armed clash"),
    ("historical", "Yes", True),
    ("actor2", "none", None),
    ("actor1", "Shabaab|rebel group", {"name": "Shabaab", "kind": "rebel group"}),
])
def test_corrections_good_values_take_their_stored_form(field: str, text: str,
                                                        stored: object) -> None:
    assert parse_value(field, text) == stored
    assert check_value(field, stored) == stored


def test_corrections_stored_forms_are_checked_strictly() -> None:
    for field, value in [("fatalities", True), ("fatalities", "3"), ("historical", 1),
                         ("location", {"lat": 1, "lon": 2}), ("actor1", {"name": ""})]:
        with pytest.raises(CorrectionError, match=field):
            check_value(field, value)


def test_corrections_place_name_uses_the_resolver_and_latlon_keeps_the_point() -> None:
    aleppo = Location("Aleppo", "Aleppo", "Syria", "SY", 36.2, 37.16, 170063, 1)
    value = parse_value("location", "Aleppo", resolve_place=lambda t: aleppo)
    assert value["name"] == "Aleppo" and value["geonameid"] == 170063
    with pytest.raises(CorrectionError, match="no such place"):
        parse_value("location", "Atlantis", resolve_place=lambda t: None)
    point = parse_value("location", "36.5, 37.1")
    assert (point["lat"], point["lon"], point["precision"]) == (36.5, 37.1, 1)


def _set(ev: CanonicalEvent, field: str, value: object, at: str) -> sc.Correction:
    keys = tuple(sorted(member_key(m) for m in ev.members))
    return sc.make("set", keys, ev.id, "", "ann", field, field_value(ev, field), value, at)


def test_corrections_latest_value_wins_and_the_automatic_version_is_kept() -> None:
    ev = max(EVENTS, key=lambda e: len(e.members))
    first, later = _set(ev, "fatalities", 3, "2026-01-01T00:00:00"), \
        _set(ev, "fatalities", 5, "2026-01-02T00:00:00")
    out = dict((e.id, (e, auto)) for e, auto in apply_corrections(EVENTS, [later, first]))
    fixed, auto = out[ev.id]
    assert fixed.fatalities is not None and fixed.fatalities.best == 5
    assert auto == ev and fixed.reviewed == ("fatalities",)
    untouched = [a for e, a in out.values() if e.id != ev.id]
    assert all(a is None for a in untouched)


def test_corrections_merge_and_split_regroup_the_reports() -> None:
    a, b = EVENTS[0], EVENTS[1]
    keys = tuple(member_key(m) for m in (*a.members, *b.members))
    joined = apply_corrections(EVENTS, [sc.make("merge", keys, a.id, "", "ann")])
    assert len(joined) == len(EVENTS) - 1
    (merged,) = [e for e, _ in joined if "merged" in e.reviewed]
    assert {member_key(m) for m in merged.members} == set(keys)
    big = max(EVENTS, key=lambda e: len(e.members))
    out_key = member_key(big.members[-1])
    split = apply_corrections(EVENTS, [sc.make("split", (out_key,), big.id, "", "ann")])
    assert len(split) == len(EVENTS) + 1
    alone = [e for e, _ in split if [member_key(m) for m in e.members] == [out_key]]
    assert alone and "split" in alone[0].reviewed


def test_corrections_survive_a_full_merge_and_deleted_events_are_left_out(
        tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        for ad in fixture_documents():
            store.add(ad)
        store.merge()
        events = list(store.events())
        target, gone = events[0], events[1]
        new_id = sc.correct(store, target.id, {"fatalities": 41}, "checked", "ann")
        sc.delete(store, gone.id, "a drill", "ann")
        for _ in range(2):
            store.merge(full=True)
            kept = {e.id: e for e in store.events()}
            assert new_id in kept and gone.id not in kept
            fatalities = kept[new_id].fatalities
            assert fatalities is not None and fatalities.best == 41
            assert gone.id in {e.id for e in store.events(EventFilter(deleted=None))}
        assert [c.kind for c in sc.listing(store)] == ["set", "delete"]


def test_corrections_bad_correction_changes_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        for ad in fixture_documents():
            store.add(ad)
        store.merge()
        before = list(store.events())
        with pytest.raises(CorrectionError, match="fatalities"):
            sc.correct(store, before[0].id, {"fatalities": -3})
        with pytest.raises(CorrectionError, match="no event with id"):
            sc.correct(store, "ev-nope", {"fatalities": 3})
        assert list(store.events()) == before and sc.listing(store) == []


def test_corrections_file_round_trip_and_a_bad_line_rejects_the_file(tmp_path: Path) -> None:
    ev = EVENTS[0]
    corrs = [_set(ev, "fatalities", 4, "2026-01-01T00:00:00+00:00"),
             sc.make("delete", ("d1:e1",), "ev-x", "no event", "bo", at="2026-01-02T00:00:00")]
    for fmt in ("jsonl", "csv"):
        path = tmp_path / f"c.{fmt}"
        with path.open("w", encoding="utf-8") as fh:
            write(corrs, fmt, fh)
        assert read(str(path)) == corrs
    lines = (tmp_path / "c.jsonl").read_text(encoding="utf-8").splitlines()
    bad = json.loads(lines[0]) | {"new_value": -4}
    (tmp_path / "bad.jsonl").write_text(lines[1] + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(CorrectionError, match=r"bad.jsonl:2: fatalities"):
        read(str(tmp_path / "bad.jsonl"))


def test_corrections_eval_counts_agreement_by_field(tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        for ad in fixture_documents():
            store.add(ad)
        store.merge()
        events = list(store.events())
        sc.correct(store, events[0].id, {"fatalities": 999})
        sc.delete(store, events[1].id)
    report = run_db(str(tmp_path / "w.db"))
    assert report["reviewed_events"] == 2
    assert report["by_field"]["fatalities"] == {"agreed": 0, "reviewed": 1, "rate": 0.0}
    assert report["by_field"]["event"]["agreed"] == 1
    assert report["by_field"]["date"]["rate"] == 1.0


def test_acled_region_scale_and_admin2_tables() -> None:
    assert acled.region("SY") == "Middle East" and acled.region("ng") == "Western Africa"
    assert acled.region("UA") == "Europe" and acled.region("MX") == "Central America"
    assert acled.region(None) == "" and acled.region("ZZ") == ""
    assert acled.source_scale(["Reuters", "sana"]) == "National-International"
    assert acled.source_scale(["Never Heard Of It"]) == "Other"
    assert acled.admin2(45.75, 4.85, "FR", 1) == "Departement du Rhone"  # Lyon
    assert acled.admin2(45.75, 4.85, "FR", 3) == ""  # only for town-precision places
    assert acled.admin2(45.75, 4.85, "IT", 1) == ""  # not a town of that country
    assert acled.admin2(0.0, -30.0, None, 1) == ""  # the middle of the ocean


def test_export_columns_from_actor_kinds_regions_and_review() -> None:
    ev = EVENTS[0]
    loc = Location("Lyon", "Auvergne-Rhone-Alpes", "France", "FR", 45.75, 4.85, 2996944, 1)
    gov = EventActor("Military Forces of Syria", (), "actor1", ActorKind.STATE_FORCES)
    civ = EventActor("Civilians (Syria)", (), "actor2", ActorKind.CIVILIANS)
    row = acled_row(dataclasses.replace(ev, location=loc, actors=(gov, civ),
                                        event_type="Explosions/Remote violence"))
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, 7, 17)
    assert row["civilian_targeting"] == "Civilian targeting"
    # Lyon's own GeoNames admin2 (data/admin2_towns.tsv.gz), before the nearest town's
    assert (row["region"], row["admin2"]) == ("Europe", "Rhône")
    assert row["source_scale"] and "reviewed" not in row["tags"]
    alone = acled_row(dataclasses.replace(ev, actors=(gov,), reviewed=("fatalities",)))
    assert (alone["interaction"], alone["civilian_targeting"]) == (10, "")
    assert "reviewed" in alone["tags"] and "Reviewed by an analyst: fatalities" in alone["notes"]


def test_corrections_merge_across_countries_and_a_split_survive_full_merges(
        tmp_path: Path) -> None:
    with open_store(tmp_path / "w.db") as store:
        for ad in fixture_documents():
            store.add(ad)
        store.merge()
        events = list(store.events())
        a = events[0]
        b = next(e for e in events if e.location and a.location
                 and e.location.country_code != a.location.country_code)
        joined = sc.merge(store, [a.id, b.id], "one campaign", "ann")
        big = max((e for e in store.events() if e.id != joined), key=lambda e: len(e.members))
        report = big.members[-1].document_id
        left, alone = sc.split(store, big.id, report, "another attack", "ann")
        for _ in range(2):
            store.merge(full=True)
            now = {e.id: e for e in store.events()}
            assert {m.document_id for m in now[joined].members} >= {
                m.document_id for m in (*a.members, *b.members)}
            assert alone is not None and [m.document_id for m in now[alone].members] == [report]
            assert left in now and report not in {m.document_id for m in now[left].members}
        assert len(now) == len(events)  # one event fewer by the merge, one more by the split


def _renumbered(docs: list, ids: set[str]) -> list:  # type: ignore[type-arg]
    """The documents with new event ids in ``ids``' documents (what a rule change that
    codes an event differently does: its id hashes the code)."""
    return [dataclasses.replace(ad, events=tuple(dataclasses.replace(e, id=e.id + "-v2")
                                                 for e in ad.events))
            if ad.document.id in ids else ad for ad in docs]


def test_corrections_find_their_reports_again_after_a_rule_change(tmp_path: Path) -> None:
    docs = fixture_documents()
    single = {ad.document.id for ad in docs if len(ad.events) == 1}
    with open_store(tmp_path / "a.db") as store:
        for ad in docs:
            store.add(ad)
        store.merge()
        target = next(e for e in store.events()
                      if {m.document_id for m in e.members} <= single)
        sc.correct(store, target.id, {"injured": 31}, "", "ann")
        mine = sc.listing(store)
    with open_store(tmp_path / "b.db") as store:
        for ad in _renumbered(docs, {m.document_id for m in target.members}):
            store.add(ad)
        store.merge()
        sc.import_corrections(store, mine)
        store.merge(full=True)
        (found,) = [e for e in store.events() if e.injured and e.injured.best == 31]
    assert {m.document_id for m in found.members} == {m.document_id for m in target.members}


def test_corrections_a_gone_report_of_a_two_event_document_is_left_alone() -> None:
    by_doc: dict[str, set[str]] = {}
    for ev in EVENTS:
        for m in ev.members:
            by_doc.setdefault(m.document_id, set()).add(ev.id)
    doc = next(d for d, ids in by_doc.items() if len(ids) == 2)
    corr = sc.make("set", (f"{doc}:gone",), None, "", "ann", "injured", None, 5)
    assert all(auto is None for _, auto in apply_corrections(EVENTS, [corr]))


@pytest.mark.parametrize(("content", "says"), [
    ("<html><body><p>not corrections</p></body></html>\n",
     r"page.txt: not a corrections file: its first line is neither a JSON object nor the "
     r"CSV header id,event,kind"),
    ("event,field\nev-1,fatalities\n", r"page.txt: not a corrections file"),
    ('{"id": "c1", "event": "ev-1", "kind": "se\n',
     r"page.txt:1: not a JSON object \(Unterminated string starting at column 39\)"),
])
def test_corrections_file_of_another_kind_is_refused_naming_it(tmp_path: Path, content: str,
                                                               says: str) -> None:
    """A file that is neither JSON Lines nor the CSV 'warlog corrections' writes (a web
    page, another spreadsheet) is refused whole; it was read as a CSV with no rows and
    '0 corrections applied'. A broken JSON line says where it broke."""
    path = tmp_path / "page.txt"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorrectionError, match=says):
        read(str(path))


def test_corrections_empty_file_is_no_correction(tmp_path: Path) -> None:
    """An empty file is what 'warlog corrections' writes for a database without any:
    importing it applies nothing and is no error."""
    path = tmp_path / "none.jsonl"
    path.write_text("", encoding="utf-8")
    assert read(str(path)) == []


def test_corrections_report_counts_one_event_in_the_singular() -> None:
    """One reviewed event is "1 event", in the header line and in the table of types,
    whose columns stay aligned across "1 event " and "12 events"."""
    from warlog.evaluate.corrections import render

    report = {"reviewed_events": 1,
              "by_field": {"date": {"agreed": 1, "reviewed": 1, "rate": 1.0}},
              "by_sub_event_type": {
                  "Armed clash": {"events": 1, "agreed": 3, "compared": 4, "rate": 0.75},
                  "Arrests": {"events": 12, "agreed": 9, "compared": 10, "rate": 0.9}}}
    text = render(report)
    assert text.splitlines()[0] == "corrections: 1 event reviewed by analysts"
    rows = [line for line in text.splitlines() if "Armed clash" in line or "Arrests" in line]
    assert "1 event " in rows[0] and "1 events" not in rows[0] and "12 events" in rows[1]
    assert rows[0].index("/") == rows[1].index("/")
