"""Reading inputs: formats, encodings, and bad input reported with file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warlog.config import Settings
from warlog.models import Failure, RawInput
from warlog.text.ingest import read_inputs

TEXT = "Gunmen attacked a checkpoint near the town on Monday, killing two soldiers."


def _read(paths: list[str], settings: Settings) -> tuple[list[RawInput], list[Failure]]:
    items = list(read_inputs(paths, settings))
    return ([i for i in items if isinstance(i, RawInput)],
            [i for i in items if isinstance(i, Failure)])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_ingest_detects_encodings(tmp_path: Path, settings: Settings, encoding: str) -> None:
    text = "Clashes in Saint-Étienne-du-Rouvray: the café owner, José, said “enough”. " * 3
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode(encoding))
    [raw], failures = _read([str(f)], settings)
    assert not failures
    assert raw.text.strip() == text.strip()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("image.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("photo.jpg", b"\xff\xd8\xff\xe0 JFIF", "unsupported"),
    ],
)
def test_ingest_reports_unreadable_files(tmp_path: Path, settings: Settings, name: str,
                                         data: bytes, reason: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    raws, failures = _read([str(f), str(good)], settings)
    assert [r.path for r in raws] == [str(good)]
    assert len(failures) == 1 and failures[0].path == str(f)
    assert reason in failures[0].reason


def test_ingest_too_large_file_is_skipped_with_reason(tmp_path: Path, settings: Settings) -> None:
    f = tmp_path / "big.txt"
    f.write_text(TEXT * 100, encoding="utf-8")
    small = Settings(cache_dir=settings.cache_dir, max_file_bytes=1000)
    raws, failures = _read([str(f)], small)
    assert not raws
    assert "limit" in failures[0].reason and "MB" in failures[0].reason


def test_ingest_jsonl_bad_lines_named_and_rest_kept(tmp_path: Path, settings: Settings) -> None:
    f = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "published": "2020-05-01", "desk": "x"}),
        '{"id": "a2", "text": ',
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a4", "title": "no text"}),
        "",
        json.dumps({"id": 5, "text": TEXT, "url": "https://e.org/5"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["a1", "5"]
    assert raws[0].extra == (("desk", "x"),) and raws[0].line == 1
    assert [(x.line, x.path) for x in failures] == [(2, str(f)), (3, str(f)), (4, str(f))]
    assert "invalid JSON" in failures[0].reason
    assert "text" in failures[2].reason


@pytest.mark.parametrize(("line", "reason"), [
    ('{"id": "b1", "text": "a tab\tinside"}', "Invalid control character at column 28"),
    ('{"id": "b2", "text": "never closed}',
     "Unterminated string starting at column 22 (the line ends inside it)"),
])
def test_ingest_jsonl_invalid_line_says_at_once(tmp_path: Path, settings: Settings,
                                                line: str, reason: str) -> None:
    """The decoder's messages that end in "at" get the column once ("starting at column
    22", not "starting at at column 22")."""
    f = tmp_path / "c.jsonl"
    f.write_text(line, encoding="utf-8")
    _, failures = _read([str(f)], settings)
    assert [x.reason for x in failures] == [f"invalid JSON: {reason}"]


def test_ingest_jsonl_line_cut_short_says_the_string_is_open(tmp_path: Path,
                                                             settings: Settings) -> None:
    """A line whose text string is never closed (a record cut short, or one broken over two
    lines by a raw line break) is told as an unterminated string where that string starts;
    the line's own line break counted as inside the string and was reported as an "Invalid
    control character" at the end of the line. The good lines around it are still read."""
    f = tmp_path / "cut.jsonl"
    lines = [json.dumps({"id": "g1", "text": TEXT}),
             '{"id": "g2", "text": "Rebels shelled the port of',
             json.dumps({"id": "g3", "text": TEXT})]
    f.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["g1", "g3"]
    assert [(x.line, x.reason) for x in failures] == [
        (2, "invalid JSON: Unterminated string starting at column 22 (the line ends inside it)")]


@pytest.mark.parametrize(("record", "reason"), [
    ({"id": "e1", "text": ""}, '"text" is empty'),
    ({"id": "e2", "text": "  \n\t "}, '"text" is empty'),
    ({"id": "e3", "title": "a headline alone"}, 'record has no "text" field'),
    ({"id": "e4", "text": 42}, '"text" must be a string, not a number'),
    ({"id": "e5", "text": None}, '"text" must be a string, not null'),
    ({"id": "e6", "text": ["a", "b"]}, '"text" must be a string, not an array'),
])
def test_ingest_jsonl_record_without_text_says_what_is_wrong(
    tmp_path: Path, settings: Settings, record: dict[str, object], reason: str
) -> None:
    """A record with nothing to read is a failure naming its line, as an empty file is, and
    not a document in no language; the batch goes on with the next line."""
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n",
                 encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["ok"]
    assert [(x.path, x.line, x.reason) for x in failures] == [(str(f), 1, reason)]


def test_ingest_json_array_is_read_as_records(tmp_path: Path, settings: Settings) -> None:
    """A .json export (an array of records, pretty-printed) is a corpus like JSON Lines,
    each record named by the line its object starts on, not one text of JSON source."""
    f = tmp_path / "export.json"
    records = [{"id": "r1", "text": TEXT, "published": "2020-05-01"}, {"id": "r2"},
               "a bare string", {"id": 4, "text": TEXT + " Again.", "desk": "x"}]
    f.write_text(json.dumps(records, indent=2), encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [(r.id, r.line, r.kind) for r in raws] == [("r1", 2, "jsonl"), ("4", 11, "jsonl")]
    assert raws[0].text == TEXT and raws[1].extra == (("desk", "x"),)
    assert [(x.line, x.reason) for x in failures] == [
        (7, 'record has no "text" field'), (10, "a record must be an object, not a string")]


@pytest.mark.parametrize(("content", "ids", "reasons"), [
    (json.dumps({"id": "one", "text": TEXT}, indent=2), ["one"], []),
    ('[{"id": "a", "text": "' + TEXT + '"},\n {"id": "b", "text": broken\n', ["a"],
     ["invalid JSON: Expecting value at column 22"]),
    ("not JSON at all, though named .json\n", [], ["invalid JSON: Expecting value at column 1"]),
])
def test_ingest_json_document_one_record_or_broken(
    tmp_path: Path, settings: Settings, content: str, ids: list[str], reasons: list[str]
) -> None:
    f = tmp_path / "doc.json"
    f.write_text(content, encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ids and [x.reason for x in failures] == reasons


def test_ingest_stdin_json_object_over_several_lines(settings: Settings) -> None:
    import io

    from warlog.text.ingest import _read_stream

    data = json.dumps({"id": "piped", "text": TEXT}, indent=2).encode("utf-8")
    items = list(_read_stream("<stdin>", io.BufferedReader(io.BytesIO(data)), settings))
    assert [(i.id, i.kind) for i in items if isinstance(i, RawInput)] == [("piped", "jsonl")]


def test_ingest_folder_is_recursive_sorted_and_skips_hidden(
    tmp_path: Path, settings: Settings
) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text(TEXT, encoding="utf-8")
    raws, failures = _read([str(tmp_path)], settings)
    assert [Path(r.path).relative_to(tmp_path).as_posix() for r in raws] == ["1.txt", "b/2.txt"]
    assert not failures


def test_ingest_html_detected_by_content(tmp_path: Path, settings: Settings) -> None:
    f = tmp_path / "page"
    f.write_text(f"<!DOCTYPE html><html><body><p>{TEXT}</p></body></html>", encoding="utf-8")
    [raw], _ = _read([str(f)], settings)
    assert raw.kind == "html"


def test_ingest_missing_path_is_a_failure(tmp_path: Path, settings: Settings) -> None:
    raws, failures = _read([str(tmp_path / "nope.txt")], settings)
    assert not raws and "no such file" in failures[0].reason


def test_ingest_csv_is_a_corpus_of_records(tmp_path: Path, settings: Settings) -> None:
    """A spreadsheet export (a header, then a report a row) is read as JSON Lines is: a
    record a row with its fields by column name, empty cells absent, other columns
    carried along, a row without text a failure naming its line (a quoted cell may run
    over lines). Read as plain text it was one document titled "id,title,text,..."."""
    f = tmp_path / "reports.csv"
    f.write_text('id,title,text,published,desk\n'
                 f'c1,Checkpoint attacked,"{TEXT}",2020-05-01,north\n'
                 f'c2,,"{TEXT}\nA second, quoted ""paragraph"".",,\n'
                 'c3,Headline only,,2020-05-02,\n', encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [(r.id, r.line, r.kind, r.title, r.published) for r in raws] == [
        ("c1", 2, "jsonl", "Checkpoint attacked", "2020-05-01"), ("c2", 3, "jsonl", None, None)]
    assert raws[0].text == TEXT and raws[0].extra == (("desk", "north"),)
    assert raws[1].text.endswith('A second, quoted "paragraph".') and raws[1].extra == ()
    assert [(x.line, x.reason) for x in failures] == [(5, '"text" is empty')]


def test_ingest_estimate_counts_csv_rows_for_the_progress_bar(tmp_path: Path) -> None:
    """The progress bar's total counts a CSV's rows as JSON Lines' lines (the header
    aside), not the file as one document."""
    from warlog.text.ingest import estimate_documents

    f = tmp_path / "reports.csv"
    f.write_text("id,text\n" + "".join(f"r{i},{TEXT}\n" for i in range(5)), encoding="utf-8")
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    assert estimate_documents([str(tmp_path)]) == 6


def test_ingest_csv_without_a_text_column_says_so(tmp_path: Path, settings: Settings) -> None:
    f = tmp_path / "list.tsv"
    f.write_text("id\tbody\n1\tGunmen attacked a checkpoint.\n", encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert not raws and '"text" column' in failures[0].reason and "id, body" in failures[0].reason


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "file is empty"),
    (b"\n  \n\n", "file is empty"),
    (b"\x00\x01binary\x00" * 50 + b"\n" + b"\xff\xfe\x00" * 20, "binary file (holds NUL bytes)"),
])
def test_ingest_jsonl_empty_or_binary_is_one_failure_naming_the_file(
    tmp_path: Path, settings: Settings, data: bytes, reason: str
) -> None:
    """An empty .jsonl file is a failure as an empty .txt file is (it was passed over in
    silence), and a binary one is one failure, not one for every stretch of bytes
    between two newline bytes; the files after it are read."""
    bad = tmp_path / "a.jsonl"
    bad.write_bytes(data)
    good = tmp_path / "b.jsonl"
    good.write_text(json.dumps({"id": "ok", "text": TEXT}) + "\n", encoding="utf-8")
    raws, failures = _read([str(bad), str(good)], settings)
    assert [r.id for r in raws] == ["ok"]
    assert len(failures) == 1 and failures[0].path == str(bad) and failures[0].line is None
    assert failures[0].reason.startswith(reason)


@pytest.mark.parametrize(("record", "reason"), [
    ({"id": "f1", "text": TEXT, "published": 20200501}, '"published" must be a string, not a '
                                                        'number'),
    ({"id": "f2", "text": TEXT, "title": ["a", "b"]}, '"title" must be a string, not an array'),
    ({"id": "f3", "text": TEXT, "url": {"href": "x"}}, '"url" must be a string, not an object'),
    ({"id": "f4", "text": TEXT, "source": True}, '"source" must be a string, not a boolean'),
    ({"id": ["f", 5], "text": TEXT}, '"id" must be a string or a number, not an array'),
    ({"id": {"n": 6}, "text": TEXT}, '"id" must be a string or a number, not an object'),
    ({"id": True, "text": TEXT}, '"id" must be a string or a number, not a boolean'),
])
def test_ingest_jsonl_field_of_the_wrong_type_says_which_and_what(
    tmp_path: Path, settings: Settings, record: dict[str, object], reason: str
) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps(record) + "\n" + json.dumps({"id": "ok", "text": TEXT}) + "\n",
                 encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["ok"]
    assert [(x.line, x.reason) for x in failures] == [(1, reason)]


def test_ingest_jsonl_line_not_utf8_names_its_line(tmp_path: Path, settings: Settings) -> None:
    f = tmp_path / "c.jsonl"
    f.write_bytes(json.dumps({"id": "ok", "text": TEXT}).encode() + b"\n"
                  + b'{"id": "latin", "text": "caf\xe9"}\n')
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["ok"]
    assert [(x.line, x.reason.split(" (")[0]) for x in failures] == [(2, "line is not UTF-8")]


def _refuse_to_open(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``open`` refuses ``path`` as the system refuses a file without read permission
    (tests run as root read through chmod, so the refusal is simulated)."""
    import builtins

    real_open = builtins.open

    def guarded(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", guarded)


def test_ingest_unreadable_file_is_a_failure_and_the_batch_goes_on(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file the system will not open (permissions; root reads through chmod, so the
    refusal is simulated) is a failure naming it; the other files are read."""
    bad, good = tmp_path / "a.txt", tmp_path / "b.txt"
    bad.write_text(TEXT, encoding="utf-8")
    good.write_text(TEXT, encoding="utf-8")
    _refuse_to_open(bad, monkeypatch)
    raws, failures = _read([str(tmp_path)], settings)
    assert [r.path for r in raws] == [str(good)]
    assert [(x.path, x.reason) for x in failures] == [(str(bad), "cannot read: Permission denied")]


def test_ingest_empty_folder_is_a_failure(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "empty").mkdir()
    raws, failures = _read([str(tmp_path / "empty")], settings)
    assert not raws and [x.reason for x in failures] == ["folder holds no files"]


def test_ingest_stdin_over_the_size_limit_is_a_failure(settings: Settings) -> None:
    import io

    from warlog.text.ingest import _read_stream

    small = Settings(cache_dir=settings.cache_dir, max_file_bytes=1000)
    items = list(_read_stream("<stdin>", io.BufferedReader(io.BytesIO(TEXT.encode() * 30)),
                              small))
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("Failure", "standard input is over the max_file_bytes limit")]


def test_ingest_csv_broken_quoting_is_a_failure_naming_the_line(tmp_path: Path,
                                                                settings: Settings) -> None:
    """A quote never closed swallows the rest of the file into one cell; past the csv
    module's cell limit that is a failure naming the file and the line where that row
    starts (it named the line before, a good row), and the rows before it are kept."""
    f = tmp_path / "r.csv"
    rest = "".join(f"c{i},{TEXT}\n" for i in range(2, 2000))
    f.write_text(f'id,text\nc1,"{TEXT}"\nc2,"{TEXT}\n{rest}', encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["c1"]
    assert [(x.path, x.reason) for x in failures] == [
        (str(f), "invalid CSV: field larger than field limit (131072)")]
    assert failures[0].line == 3  # where the row with the open quote starts


def test_ingest_decoded_text_mostly_control_characters_is_binary(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bytes that a detector reads in some 8-bit encoding but that decode to control
    characters are binary data, not a text in that encoding."""
    import charset_normalizer

    from warlog.errors import InputError
    from warlog.text.ingest import decode_bytes

    class Guess:
        encoding = "latin-1"

    class Matches:
        def best(self) -> Guess:
            return Guess()

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda _data: Matches())
    with pytest.raises(InputError, match=r"mostly control characters"):
        decode_bytes("x.bin", bytes([1, 2, 3, 4, 0xE9]) * 100)
    assert decode_bytes("x.txt", b"caf\xe9 " * 100).startswith("café")


def test_ingest_estimate_counts_an_unreadable_corpus_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The progress bar's estimate never fails the run: a JSON Lines file it cannot open
    counts as one document (reading then reports the failure)."""
    from warlog.text.ingest import estimate_documents

    f = tmp_path / "c.jsonl"
    f.write_text("".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in range(4)),
                 encoding="utf-8")
    assert estimate_documents([str(f)]) == 4
    _refuse_to_open(f, monkeypatch)
    assert estimate_documents([str(f)]) == 1


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("list.csv", "id,title,text\n", "CSV file has a header and no rows"),
    ("list.tsv", "id\ttext\r\n\r\n", "CSV file has a header and no rows"),
    ("export.json", "[]\n", "JSON array holds no records"),
    ("export.json", "[\n  ]", "JSON array holds no records"),
])
def test_ingest_corpus_with_no_records_is_a_failure(tmp_path: Path, settings: Settings,
                                                    name: str, content: str,
                                                    reason: str) -> None:
    """A spreadsheet export with its header alone, or an empty JSON array, is a failure
    as an empty file is: the run said nothing of it."""
    f = tmp_path / name
    f.write_text(content, encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert not raws and [(x.path, x.line, x.reason) for x in failures] == [(str(f), None, reason)]


def test_ingest_csv_cell_limit_holds_when_a_library_raised_csvs_own(
        tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    """csv's cell limit is process-wide and reverse_geocoder raises it to the largest int
    on import: a quote never closed is still a failure naming its line, whatever was
    imported before."""
    import csv
    import sys

    old = csv.field_size_limit(sys.maxsize)
    try:
        f = tmp_path / "r.csv"
        rest = "".join(f"c{i},{TEXT}\n" for i in range(2, 2000))
        f.write_text(f'id,text\nc1,"{TEXT}"\nc2,"{TEXT}\n{rest}', encoding="utf-8")
        raws, failures = _read([str(f)], settings)
    finally:
        csv.field_size_limit(old)
    assert [r.id for r in raws] == ["c1"]
    assert [(x.path, x.reason, x.line) for x in failures] == [
        (str(f), "invalid CSV: field larger than field limit (131072)", 3)]


def test_ingest_csv_row_with_more_cells_than_the_header_is_a_failure(
        tmp_path: Path, settings: Settings) -> None:
    """A row with more non-empty cells than the header names (an unquoted text cut at its
    commas, or a quote closed too early that took in the next row) is a failure naming
    its line; its text was silently cut, or two reports were read as one. The rows
    around it are read, and empty cells past the header (a trailing comma) are no fault."""
    f = tmp_path / "r.csv"
    f.write_text(f'id,text\nc1,"{TEXT}"\n'
                 "c2,Rebels shelled the port on Monday, killing two\n"
                 'c3,"A bomb went off in the market.\nc4,"Troops took the bridge, then a hill."\n'
                 f'c5,"{TEXT}",,\n', encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [(r.id, r.line) for r in raws] == [("c1", 2), ("c5", 6)]
    assert [x.line for x in failures] == [3, 4]
    assert all(x.reason.startswith("invalid CSV: the row has 3 cells where the header names 2")
               for x in failures)


def test_ingest_csv_quote_left_open_at_the_end_is_a_failure(tmp_path: Path,
                                                            settings: Settings) -> None:
    """A quoted cell never closed ends the file: csv read it to the end in silence, the
    rows it swallowed lost. It is a failure naming the line its row starts on; the rows
    before it are read."""
    f = tmp_path / "r.tsv"
    f.write_text(f'id\ttext\nc1\t"{TEXT}"\nc2\t"Gunmen killed two\nc3\tTroops took a hill.\n',
                 encoding="utf-8")
    raws, failures = _read([str(f)], settings)
    assert [r.id for r in raws] == ["c1"]
    assert [(x.line, x.reason) for x in failures] == [
        (3, "invalid CSV: a quoted cell is not closed before the end of the file")]
