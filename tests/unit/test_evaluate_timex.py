"""The timex scorer: DATE value accuracy and its breakdown by value shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warlog.config import Settings
from warlog.evaluate import timex


@pytest.mark.parametrize("value, shape", [
    ("1998-08-07", "day"), ("2000-04-05TNI", "day+part"), ("2000-04-04T09:00", "day+clock"),
    ("1998-08", "month"), ("1998", "year"), ("1998-W07", "week"),
    ("1990-W32-WE", "weekend"), ("1989-Q3", "quarter"), ("1989-H2", "half"),
    ("1998-FA", "season"), ("199", "decade"), ("19", "century"), ("PAST_REF", "PAST_REF"),
    ("1998-WXX", "9999-WXX"), ("XXXX-09-18", "XXXX-99-99"), (None, "none"),
])
def test_value_shape_names_the_calendar_unit(value: str | None, shape: str) -> None:
    assert timex.value_shape(value) == shape


@pytest.mark.parametrize("text, cue", [
    ("two years ago", "ago/earlier/later"), ("last week", "last/past/previous"),
    ("next month", "next/coming/following"), ("this week", "this/current/same"),
    ("Wednesday night", "weekday"), ("Sept. 30", "month name"), ("1998", "digits"),
    ("the third quarter", "the + unit"), ("now", "bare"),
])
def test_text_cue_classes_how_an_expression_is_anchored(text: str, cue: str) -> None:
    assert timex.text_cue(text) == cue


def _t(start: int, end: int, value: str, kind: str = "DATE") -> dict[str, object]:
    return {"start": start, "end": end, "text": "x", "type": kind, "value": value}


def test_breakdown_counts_found_right_and_what_was_predicted_instead(tmp_path: Path) -> None:
    gold = [{"id": "a", "text": "x" * 60, "published": "2000-01-15", "timexes": [
        _t(0, 5, "2000-01-12"), _t(10, 15, "2000-01-05"), _t(20, 25, "2000-01"),
        _t(30, 35, "1999-WXX"), _t(40, 45, "P3D", "DURATION")]}]
    out = [{"id": "a", "times": [
        _t(0, 5, "2000-01-12"), _t(10, 15, "2000-01-12"), _t(30, 35, "2000-W01"),
        _t(50, 55, "PAST_REF")]}]
    g, p = tmp_path / "g.jsonl", tmp_path / "p.jsonl"
    g.write_text("\n".join(json.dumps(r) for r in gold), encoding="utf-8")
    p.write_text("\n".join(json.dumps(r) for r in out), encoding="utf-8")
    report = timex.run(str(g), Settings(), predictions=str(p))
    assert (report["gold_dates"], report["found"], report["right"]) == (4, 3, 1)
    day = report["by_shape"]["day"]
    assert (day["gold"], day["found"], day["right"]) == (2, 2, 1)
    assert day["wrong"] == {"got day": 1, "off +7 days (weekday, wrong week)": 1,
                            "wrong, cue bare": 1, "wrong, span same": 1}
    assert report["by_shape"]["month"]["found"] == 0
    assert report["by_shape"]["month"]["wrong"] == {"missed, cue bare": 1}
    assert report["by_shape"]["9999-WXX"]["wrong"] == {"got week": 1, "wrong, cue bare": 1,
                                                       "wrong, span same": 1}
    assert report["by_shape"]["PAST_REF"]["spurious"] == 1
    table = "\n".join(timex.render_shapes(report["by_shape"]))
    assert "2000-01" not in table  # aggregates only: no value of any item is printed


def test_breakdown_by_expression_class_and_side_of_the_publication_date() -> None:
    from warlog.evaluate.timex_classes import by_class, render_classes

    gold = [{"start": 0, "end": 8, "text": "Thursday", "type": "DATE", "value": "2000-01-13"},
            {"start": 10, "end": 17, "text": "Jan. 20", "type": "DATE", "value": "2000-01-20"},
            {"start": 20, "end": 29, "text": "last week", "type": "DATE", "value": "2000-W01"}]
    predicted = [{"start": 0, "end": 8, "type": "DATE", "value": "2000-01-06"},
                 {"start": 10, "end": 17, "type": "DATE", "value": "1999-01-20"}]
    s = timex.score_document(gold, predicted, "2000-01-15")
    rows = by_class(s["classes"])
    assert rows["weekday"] == {"gold": 1, "found": 1, "right": 0, "wrong": {
        "wrong: gold before, got before": 1, "days from published: gold -2, got -9": 1}}
    assert rows["month + day"]["wrong"] == {"wrong: gold after, got before": 1}
    assert rows["last/past/previous"] == {"gold": 1, "found": 0, "right": 0,
                                          "wrong": {"missed": 1}}
    assert "2000" not in "\n".join(render_classes(rows))  # aggregates only


@pytest.mark.parametrize(("start", "end", "relation"), [
    (10, 15, "same"), (8, 15, "longer"), (11, 14, "shorter"), (12, 18, "shifted"),
])
def test_a_wrong_predictions_span_against_the_gold_span(start: int, end: int,
                                                         relation: str) -> None:
    s = timex.score_document([_t(10, 15, "2000-01-05")], [_t(start, end, "2000-01")])
    assert s["shapes"][f"day|wrong, span {relation}"] == 1
