"""Store: what is written reads back; bad files, locks, full disks and newer schemas are
refused with a clear message and leave what is stored as it was."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warlog.errors import StoreError
from warlog.evaluate import merge as merge_eval
from warlog.merge.dedup import merge_events
from warlog.models import (
    ActorKind,
    ActorMention,
    AnnotatedDocument,
    Document,
    Failure,
    Origin,
    Place,
    Precision,
    Quantity,
    TimeExpr,
)
from warlog.store import EventFilter, Store, open_store
from warlog.store.query import parse_bbox, parse_date
from warlog.store.schema import LATEST

MERGE_SET = Path(__file__).parents[1] / "fixtures" / "merge" / "reports.jsonl"
LABELLED = merge_eval.read_merge_set(str(MERGE_SET))


def fixture_documents() -> list[AnnotatedDocument]:
    """The merge set as annotated documents (one per report; a report may tell 2 events)."""
    by_doc = defaultdict(list)
    for it, _ in LABELLED:
        by_doc[it.document_id].append(it)
    out = []
    for doc_id, items in by_doc.items():
        first = items[0]
        text = f"Report {doc_id} from {first.source}: {first.event.sub_event_type}."
        doc = Document(id=doc_id, text=text, title=f"Report {doc_id}", source=first.source,
                       url=None, published=first.published, language="en",
                       origin=Origin(path="merge.jsonl", start=0, end=len(text), line=1))
        out.append(AnnotatedDocument(document=doc, events=tuple(i.event for i in items)))
    return out


def document(i: int, text: str = "Militants attacked a checkpoint.") -> AnnotatedDocument:
    doc = Document(id=f"doc-{i}", text=text, title=f"T{i}", source="Wire", url=None,
                   published=dt.date(2023, 1, 1), language="en",
                   origin=Origin(path="in.txt", start=0, end=len(text)))
    return AnnotatedDocument(document=doc)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "w.db")
    yield s
    s.close()


@pytest.fixture
def filled(store: Store) -> Store:
    for ad in fixture_documents():
        store.add(ad)
    store.merge()
    return store


def test_store_round_trip_returns_what_was_written(store: Store) -> None:
    text = "IS fighters killed 70 people in Nasiriyah on Thursday."
    doc = Document(id="d1", text=text, title="t", source="DW", url="http://x",
                   published=dt.date(2017, 9, 15), language="en",
                   origin=Origin(path="a.jsonl", start=3, end=9, line=4),
                   extra=(("outlet_id", "7"),), warnings=("cut",))
    ad = AnnotatedDocument(
        document=doc, events=fixture_documents()[0].events,
        places=(Place(38, 47, "Nasiriyah", "Nasiriyah", 31.05, 46.26, 99347, "city", "IQ",
                      "Dhi Qar", 0.9),),
        times=(TimeExpr(51, 59, "Thursday", "2017-09-14", Precision.DAY, "DATE"),),
        actors=(ActorMention(0, 2, "IS", "Islamic State", ("ISIS",), ActorKind.REBEL_GROUP),),
        numbers=(Quantity(19, 21, "70", 70, 70, 70, "killed"),),
        warnings=("cut",))
    assert store.add(ad) is True
    assert store.get("d1") == ad


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1), title=st.one_of(st.none(), st.text()))
def test_store_round_trip_any_text(store: Store, text: str, title: str | None) -> None:
    doc = Document(id=f"h-{hash((text, title))}", text=text, title=title, source=None, url=None,
                   published=None, language="en", origin=Origin(path="-", start=0, end=1))
    store.add(AnnotatedDocument(document=doc))
    assert store.get(doc.id) == AnnotatedDocument(document=doc)


def test_store_adding_the_same_document_again_adds_nothing(store: Store) -> None:
    ad = fixture_documents()[0]
    assert store.add(ad) and not store.add(ad)
    store.merge()
    before = store.counts()
    assert not store.add(ad)
    assert store.merge().canonical == 0
    assert store.counts() == before == {**before, "documents": 1, "unmerged": 0}


def test_store_failures_are_kept_once_with_their_reason(store: Store) -> None:
    f = Failure(path="bad.html", stage="clean", reason="no article text")
    store.add_failure(f)
    store.add_failure(f)
    store.add_failure(Failure(path="c.jsonl", stage="ingest", reason="invalid JSON", line=3))
    assert store.failures() == [f, Failure("c.jsonl", "ingest", "invalid JSON", 3)]


def _line_document(path: str, line: int | None, ident: str) -> AnnotatedDocument:
    text = "Gunmen attacked a police post on the highway at dawn."
    doc = Document(id=ident, text=text, title=None, source="Wire", url=None,
                   published=dt.date(2023, 1, 1), language="en",
                   origin=Origin(path=path, start=0, end=len(text), line=line))
    return AnnotatedDocument(document=doc)


def test_store_failures_list_only_what_the_latest_reading_found(store: Store) -> None:
    """A JSON line mended and stored again is no longer listed as failed; a line failing
    for a new reason is listed with that reason only; other lines and other documents of a
    dump keep theirs."""
    store.add_failure(Failure("c.jsonl", "ingest", "invalid JSON", 2))
    store.add_failure(Failure("c.jsonl", "ingest", "invalid JSON", 3))
    store.add_failure(Failure("c.jsonl", "ingest", 'record has no "text" field', 3))
    store.add_failure(Failure("dump.txt", "annotate", "ValueError: x", None, "d-other"))
    store.add_failure(Failure("empty.txt", "ingest", "file is empty"))
    store.add_failure(Failure("locked.jsonl", "ingest", "cannot read: Permission denied"))
    store.add(_line_document("c.jsonl", 2, "d-mended"))
    store.add(_line_document("locked.jsonl", 5, "d-readable-now"))
    store.add(_line_document("dump.txt", None, "d-fine"))
    store.add(_line_document("empty.txt", None, "d-filled"))
    assert store.failures() == [
        Failure("c.jsonl", "ingest", 'record has no "text" field', 3),
        Failure("dump.txt", "annotate", "ValueError: x", None, "d-other"),
    ]


def test_store_incremental_merge_equals_one_full_pass(tmp_path: Path) -> None:
    docs = fixture_documents()
    with open_store(tmp_path / "a.db") as s:
        for batch in (docs[::3], docs[1::3], docs[2::3]):
            for ad in batch:
                s.add(ad)
            s.merge()
        incremental = list(s.events())
        assert s.merge(full=True).canonical == len(incremental)
        assert list(s.events()) == incremental
    full_pass = merge_events(it for it, _ in LABELLED)
    assert {c.id: c for c in incremental} == {c.id: c for c in full_pass}


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(), 25),
    (EventFilter(country="Iraq"), 5),
    (EventFilter(country="IRQ"), 5),
    (EventFilter(country="iq"), 5),
    # ACLED's names and common variants, not only pycountry's ("Congo, The Democratic
    # Republic of the") or GeoNames' ("Democratic Republic of the Congo")
    (EventFilter(country="Democratic Republic of Congo"), 1),
    (EventFilter(country="DRC"), 1),
    (EventFilter(country="dr congo"), 1),
    (EventFilter(country="COD"), 1),
    (EventFilter(bbox=(44.0, 35.0, 45.0, 36.0)), 2),  # Kirkuk
    (EventFilter(bbox=(44.0, 35.0, 45.0, 36.0), since=dt.date(2023, 3, 5)), 1),
    (EventFilter(since=dt.date(2023, 6, 10), until=dt.date(2023, 6, 10)), 1),
    (EventFilter(event_type="Air/drone strike"), 4),
    (EventFilter(event_type="battles"), 6),
    (EventFilter(event_type=" air/drone STRIKE "), 4),
    (EventFilter(actor="daesh"), 5),
    (EventFilter(actor="Islamic State", country="Iraq", since=dt.date(2023, 3, 1)), 2),
    (EventFilter(source="tigris wire"), 4),
    (EventFilter(q="Levant"), 2),
    (EventFilter(limit=3), 3),
])
def test_store_query_filters(filled: Store, flt: EventFilter, expected: int) -> None:
    assert len(list(filled.events(flt))) == expected


def test_store_query_orders_by_date(filled: Store) -> None:
    dates = [e.date for e in filled.events()]
    assert dates == sorted(dates)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: parse_date("2017-13-01"), "month must be in 1..12"),
    (lambda: parse_bbox("0,0,200,1"), "longitudes must be within -180..180"),
    (lambda: parse_bbox("0,0,1"), "four numbers"),
    (lambda: parse_bbox("10,0,1,1"), "minimum above maximum"),
    (lambda: EventFilter(since=dt.date(2020, 1, 2), until=dt.date(2020, 1, 1)), "after"),
    (lambda: EventFilter(event_type="Bombing"), "unknown event type 'Bombing'.*Battles"),
    (lambda: EventFilter(country="Sirya"), r"unknown country 'Sirya'.*nearest known names: "
                                           r"Syria \(SY\)"),
    (lambda: EventFilter(country="Congo"), r"'Congo' is ambiguous: give one of Democratic "
                                           r"Republic of Congo \(CD\), Republic of Congo"),
])
def test_store_invalid_filters_say_what_is_wrong(call: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()  # type: ignore[operator]


def test_store_invalid_text_query_is_a_clear_error(filled: Store) -> None:
    with pytest.raises(ValueError, match="invalid --q"):
        list(filled.events(EventFilter(q='"unclosed')))


def test_store_refuses_a_newer_schema_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("INSERT INTO _migrations VALUES (?, 'from the future', 'x')", (LATEST + 1,))
    c.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=f"version {LATEST + 1} was written by a newer warlog"):
        open_store(path)
    with pytest.raises(StoreError, match="newer warlog"):
        open_store(path, readonly=True)
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100,
                                     b"SQLite format 3\x00" + b"\x07" * 4000])
def test_store_refuses_a_corrupt_file_naming_it(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=r"broken\.db.*(corrupt|not a readable)"):
        open_store(path)
    assert path.read_bytes() == content


def test_store_refuses_a_foreign_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as c, c:
        c.execute("CREATE TABLE people (name TEXT)")
    c.close()
    with pytest.raises(StoreError, match="not a warlog database"):
        open_store(path)


def test_store_locked_database_says_so_after_the_timeout(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    open_store(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with open_store(path, timeout=0.2) as s, pytest.raises(StoreError, match="is locked"):
            s.add(document(1))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_store(path) as s:
        assert s.add(document(1))


def test_store_full_disk_keeps_what_was_committed(tmp_path: Path) -> None:
    with open_store(tmp_path / "full.db") as s:
        s.add(document(0))
        pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
        s.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(StoreError, match="disk is full"):
            for i in range(1, 200):
                s.add(document(i, text="x" * 20_000))
        stored = s.counts()["documents"]
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with open_store(tmp_path / "full.db") as s:
        assert s.counts()["documents"] == stored
        assert s.get("doc-0") == document(0)


def test_store_readonly_open_never_creates_a_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("content", [None, b""])
def test_store_open_without_create_leaves_a_missing_or_empty_file_alone(
        tmp_path: Path, content: bytes | None) -> None:
    """Commands that change a database warlog ingest made (reextract, correct, serve
    --allow-edits) refuse a missing or empty --db: an empty file (a typo'd name, a
    truncated copy, an empty JSON Lines file) is not made a database behind the user's
    back."""
    path = tmp_path / "typo.jsonl"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(StoreError, match=r"no such database|is empty"):
        open_store(path, create=False)
    assert (path.read_bytes() if path.exists() else None) == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if content is None else [path.name])


def test_store_records_its_migrations(store: Store) -> None:
    rows = store.conn.execute("SELECT version FROM _migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, LATEST + 1))


def test_store_upgrades_an_older_schema_in_place(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from warlog import codec
    from warlog.store import migrations
    from warlog.store.schema import MIGRATIONS

    path = tmp_path / "old.db"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:2])
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, str(path))
    ev = dataclasses.replace(merge_events(it for it, _ in LABELLED)[0], historical=True)
    conn.execute("INSERT INTO canonical_events (id, event_type, sub_event_type, actors, "
                 "sources, n_sources, record) VALUES (?, ?, ?, '', '', 1, ?)",
                 (ev.id, ev.event_type, ev.sub_event_type, codec.dumps(ev)))
    conn.close()
    monkeypatch.undo()
    with pytest.raises(StoreError, match="run 'warlog ingest --db"):
        open_store(path, readonly=True)
    with open_store(path) as s:
        versions = [r[0] for r in s.conn.execute("SELECT version FROM _migrations")]
        assert versions == list(range(1, LATEST + 1))
        assert list(s.events()) == []  # history is left out by default
        assert list(s.events(EventFilter(historical=None))) == [ev]


def test_store_history_is_left_out_unless_asked_for(store: Store) -> None:
    docs = fixture_documents()[:1] + fixture_documents()[-1:]  # two different events
    old = dataclasses.replace(docs[1], events=tuple(
        dataclasses.replace(e, historical=True) for e in docs[1].events))
    store.add(docs[0])
    store.add(old)
    store.merge()
    assert len(list(store.events())) == 1
    assert len(list(store.events(EventFilter(historical=True)))) == 1
    assert len(list(store.events(EventFilter(historical=None)))) == 2


@pytest.mark.parametrize(("name", "code"), [
    ("Democratic Republic of Congo", "CD"), ("Republic of Congo", "CG"),
    ("Palestine", "PS"), ("Russia", "RU"), ("Turkey", "TR"), ("Ivory Coast", "CI"),
    ("Cape Verde", "CV"), ("East Timor", "TL"), ("Kosovo", "XK"), ("eSwatini", "SZ"),
    ("Caribbean Netherlands", "BQ"), ("Saint-Barthelemy", "BL"), ("Vatican City", "VA"),
    ("Virgin Islands, U.S.", "VI"), ("Micronesia", "FM"), ("Brunei", "BN"),
    ("Czech Republic", "CZ"), ("Syria", "SY"), ("Laos", "LA"), ("North Macedonia", "MK"),
    # common variants, any case, accents and punctuation aside
    ("côte d’ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("Türkiye", "TR"), ("Burma", "MM"),
    ("UK", "GB"), ("USA", "US"), ("the Gambia", "GM"), ("Palestinian Territory", "PS"),
    # codes
    ("iq", "IQ"), ("IRQ", "IQ"), ("XKX", "XK"),
])
def test_store_country_names_as_acled_and_users_write_them(name: str, code: str) -> None:
    from warlog.store.countries import resolve_country

    assert resolve_country(name) == code


@pytest.mark.parametrize(("text", "query"), [
    ("al-Shabaab", '"al-Shabaab"'),
    ("Deir ez-Zor OR Raqqa", 'Deir "ez-Zor" OR Raqqa'),
    ("Tall 'Afar", "Tall 'Afar"),  # no word joined: FTS5 says what is wrong, as before
    ("Kurdistan's militia", '"Kurdistan\'s" militia'),
    ('"al-Shabaab claimed" AND Mogadishu', '"al-Shabaab claimed" AND Mogadishu'),
    ("airstrike NOT drill", "airstrike NOT drill"),
])
def test_store_text_query_reads_hyphenated_names_as_phrases(text: str, query: str) -> None:
    """Conflict reports spell names with hyphens and apostrophes ("al-Shabaab", "Deir
    ez-Zor"); no FTS5 bareword holds those marks, so --q refused them ("no such column:
    Shabaab"). Such a word is now searched as the phrase it is; quoted phrases and the
    operators stay as written."""
    from warlog.store.query import fts_query

    assert fts_query(text) == query


def test_store_text_query_finds_a_hyphenated_word(filled: Store) -> None:
    found = list(filled.events(EventFilter(q="merge-k1")))  # "Report merge-k1 from ..."
    assert found and all(any(m.document_id == "merge-k1" for m in ev.members) for ev in found)
