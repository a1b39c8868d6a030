"""warlog eval on malformed gold and prediction files: one line naming the file, the
line and what is wrong (exit code 1), never a traceback from inside a scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from warlog.cli import cli

GOOD = {"id": "g1", "text": "Gunmen killed two soldiers near an invented town on Monday.",
        "published": "2021-06-01", "gold": {"date": "2021-05-31", "country": "Iraq"}}


def _eval(tmp_path: Path, gold: bytes, predictions: bytes | None = None,
          scorer: str = "incidents") -> tuple[int, str]:
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_bytes(gold)
    pred_file = tmp_path / "out.jsonl"
    pred_file.write_bytes(predictions if predictions is not None else
                          json.dumps({"id": "g1", "events": []}).encode() + b"\n")
    result = CliRunner().invoke(cli, ["eval", scorer, str(gold_file), "--predictions",
                                      str(pred_file)])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    return result.exit_code, result.stderr


@pytest.mark.parametrize(("gold", "says"), [
    (b"", "gold.jsonl: no gold records: the file is empty"),
    (b"\n\n", "gold.jsonl: no gold records: the file is empty"),
    (b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x00", "gold.jsonl:1: not UTF-8 text"),
    (json.dumps(GOOD).encode() + b'\n{"id": "g2", "text": "cut sh',
     "gold.jsonl:2: invalid JSON: Unterminated string starting at column 22"),
    # a cut line among good ones: its own line break is not taken for a bad character
    (json.dumps(GOOD).encode() + b'\n{"id": "g2", "text": "cut sh\r\n' + json.dumps(GOOD).encode(),
     "gold.jsonl:2: invalid JSON: Unterminated string starting at column 22"),
    (json.dumps({**GOOD, "gold": "Iraq"}).encode(), 'gold.jsonl:1: "gold" must be an object'),
    (json.dumps({**GOOD, "text": 42}).encode(), 'gold.jsonl:1: "text" must be a string'),
    (json.dumps({**GOOD, "published": 20210601}).encode(),
     'gold.jsonl:1: "published" must be a string or null'),
    (json.dumps(["not", "an", "object"]).encode(), "expected an object with id and text"),
])
def test_evaluate_malformed_gold_file_is_one_line_naming_it(tmp_path: Path, gold: bytes,
                                                           says: str) -> None:
    code, err = _eval(tmp_path, gold)
    assert code == 1
    assert err.startswith("Error: ") and says in err and "Traceback" not in err


@pytest.mark.parametrize(("scorer", "record", "says"), [
    ("articles", {"id": "a", "text": "x", "events": {"place": "Mosul"}},
     '"events" must be an array'),
    ("timex", {"id": "t", "text": "x", "timexes": "2021-06-01"}, '"timexes" must be an array'),
    ("geoparse", {"id": "p", "text": "x", "places": None}, '"places" must be an array'),
    ("event-types", {"id": "e", "text": "x", "label": 3}, '"label" must be a string'),
])
def test_evaluate_each_scorers_fields_are_checked(tmp_path: Path, scorer: str,
                                                  record: dict[str, object], says: str) -> None:
    code, err = _eval(tmp_path, json.dumps(record).encode() + b"\n", scorer=scorer)
    assert code == 1 and f"gold.jsonl:1: {says}" in err


@pytest.mark.parametrize(("predictions", "says"), [
    (b'{"id": "g1", "events": [', "out.jsonl:1: not a line of warlog extract output"),
    (b'["g1"]\n', "out.jsonl:1: not a line of warlog extract output (an object with an id)"),
    (b"\xff\xfe\x00\x01\n", "out.jsonl:1: not a line of warlog extract output"),
])
def test_evaluate_malformed_predictions_are_one_line_naming_them(
        tmp_path: Path, predictions: bytes, says: str) -> None:
    code, err = _eval(tmp_path, json.dumps(GOOD).encode() + b"\n", predictions)
    assert code == 1 and says in err


def test_evaluate_a_good_gold_file_still_scores(tmp_path: Path) -> None:
    code, err = _eval(tmp_path, json.dumps(GOOD).encode() + b"\n\n")
    assert code == 0, err


@pytest.mark.parametrize(("content", "says"), [
    (b"", "merge.jsonl: no labelled reports: the file is empty"),
    (b"\xd6\x00binary\xff\n", "merge.jsonl: cannot read merge set"),
    (b'{"report": "r1", "document": "d1"}\n', "merge.jsonl:1: not a merge-set line: no 'event' "
                                               "field"),
])
def test_evaluate_merge_set_malformed_is_one_line_naming_it(tmp_path: Path, content: bytes,
                                                            says: str) -> None:
    path = tmp_path / "merge.jsonl"
    path.write_bytes(content)
    result = CliRunner().invoke(cli, ["eval", "merge", str(path)])
    assert result.exit_code == 1 and says in result.stderr, result.output


@pytest.mark.parametrize(("expected", "predictions", "says"), [
    (b"\xff\xfe\x00binary", b"", "expected.json: cannot read expected events"),
    (b'["a list"]', b"", "expected.json: expected events must be a JSON object"),
    (b'{"must_find": [], "must_not_find": []}', b'{"id": "x", "events": [\n',
     "out.jsonl:1: not a line of warlog extract output"),
])
def test_evaluate_seed_malformed_files_are_one_line_naming_them(
        tmp_path: Path, expected: bytes, predictions: bytes, says: str) -> None:
    spec = tmp_path / "expected.json"
    spec.write_bytes(expected)
    out = tmp_path / "out.jsonl"
    out.write_bytes(predictions)
    result = CliRunner().invoke(cli, ["eval", "seed", str(spec), "--predictions", str(out)])
    assert result.exit_code == 1 and says in result.stderr, result.output
