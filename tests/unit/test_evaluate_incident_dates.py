"""The incidents date breakdown: one aggregate cell per report, never the report."""

from __future__ import annotations

from typing import Any

from warlog.evaluate.incident_dates import date_cell, render_dates


def _out(date: str | None, times: list[str], published: str = "2020-03-05") -> dict[str, Any]:
    events = [{"date": date, "date_precision": "day"}] if date else []
    return {"published": published, "events": events,
            "times": [{"type": "DATE", "value": v} for v in times]}


def _cell(gold: str, date: str | None, times: list[str]) -> tuple[str, str, str] | None:
    out = _out(date, times)
    ev = out["events"][0] if out["events"] else None
    return date_cell({"date": gold}, "2020-03-05", ev, out)


def test_evaluate_incident_dates_cells() -> None:
    assert _cell("2020-03-05", "2020-03-05", []) == ("pub", "published", "")
    assert _cell("2020-03-04", "2020-03-05", []) == ("pub-1", "published", "+1")
    assert _cell("2020-03-04", "2020-03-04", ["2020-03-04"]) == ("pub-1", "told", "")
    assert _cell("2020-03-05", "2020-03-01", ["2020-03-01"]) == ("pub", "told", "-2..-7")
    assert _cell("2020-02-01", None, []) == ("older", "none", "none")
    assert date_cell({"date": None}, "2020-03-05", None, None) is None


def test_evaluate_incident_dates_render_counts_only() -> None:
    lines = render_dates({"pub|told|": 3, "pub|told|-1": 1, "pub-1|published|+1": 2})
    assert any("pub     told" in ln and "3 /    4" in ln and "-1 1" in ln for ln in lines)
    assert any("pub-1   published" in ln and "0 /    2" in ln for ln in lines)
