"""The articles and fakes scorers, on hand-made gold and output dicts (no model, no text)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from warlog.config import Settings
from warlog.evaluate import articles, fakes

ISIL = {
    "name": "Islamic State of Iraq and the Levant (ISIL)",
    "aliases": ["Islamic State", "IS", "ISIS", "Daesh"],
    "kind": "rebel group",
}
SAA = {"name": "Military Forces of Syria", "aliases": ["Syrian Arab Army"], "kind": "state forces"}
# Two invented towns 40 km apart, both in Syria.
TOWN_A = (35.00, 38.00)
TOWN_B = (35.36, 38.00)


def gold_event(n: int, sub: list[str], **kw: Any) -> dict[str, Any]:
    g: dict[str, Any] = {
        "n": n, "sub_event_type": sub, "date": "2017-09-14", "place": "Town A",
        "country": "Syria", "lat": TOWN_A[0], "lon": TOWN_A[1], "km": 25,
        "actor1": ["Islamic State", "ISIS"], "fatalities": None, "historical": False,
        "evidence": "invented",
    }
    g.update(kw)
    return g


def out_event(sub: str, conf: float, *, at: tuple[float, float] | None = TOWN_A,
              date: str | None = "2017-09-14", actors: list[dict[str, Any]] | None = None,
              killed: int | None = None, historical: bool = False,
              country: str = "Syria") -> dict[str, Any]:
    loc = {"name": "x", "admin1": None, "country": country, "country_code": None,
           "lat": at[0] if at else None, "lon": at[1] if at else None}
    return {
        "sub_event_type": sub, "confidence": conf, "date": date, "historical": historical,
        "actors": actors or [], "location": loc,
        "fatalities": None if killed is None else {"low": killed, "best": killed, "high": None},
        "evidence": [{"start": 0, "end": 1, "text": "invented"}],
    }


# ---- dates -----------------------------------------------------------------------


def test_month_precision_date_overlaps_its_month_and_two_days_around() -> None:
    assert articles.date_gap("2017-09", "2017-09-30") == 0
    assert articles.date_gap("2017-09-15", "2017-09") == 0
    assert articles.date_gap("2017-09", "2017-10-02") == 2
    assert articles.date_gap("2017-09", "2017-10-03") is None
    assert articles.date_gap("2017-09-14", "2017-09-17") is None
    assert articles.date_gap("2017-09-14", "2017-09-16") == 2
    assert articles.date_gap("2015", "2015-06-01") == 0
    assert articles.date_gap("2017-09-14", "2017-W37") == 0  # 11-17 September
    assert articles.date_gap("2017-09-14", None) is None
    assert articles.date_gap(None, "2017-09-14") == 0


# ---- matching conditions ----------------------------------------------------------


def test_family_groups_explosions_with_violence_against_civilians() -> None:
    g = gold_event(1, ["Attack"])
    assert articles.failed_conditions(g, out_event("Air/drone strike", 0.5)) == []
    assert articles.failed_conditions(g, out_event("Armed clash", 0.5)) == ["family"]
    protest = gold_event(2, ["Peaceful protest"])
    assert articles.failed_conditions(protest, out_event("Violent demonstration", 0.5)) == []
    assert articles.family("Diplomatic event") is None


def test_location_within_the_gold_tolerance() -> None:
    g = gold_event(1, ["Armed clash"])
    assert articles.failed_conditions(g, out_event("Armed clash", 0.5, at=TOWN_B)) == ["place"]
    wide = gold_event(1, ["Armed clash"], km=50)
    assert articles.failed_conditions(wide, out_event("Armed clash", 0.5, at=TOWN_B)) == []


def test_an_event_without_coordinates_matches_only_a_placeless_gold_event_by_country() -> None:
    placed = gold_event(1, ["Armed clash"])
    placeless = gold_event(2, ["Armed clash"], place=None, lat=None, lon=None, km=400)
    bare = out_event("Armed clash", 0.5, at=None)
    assert articles.failed_conditions(placed, bare) == ["place"]
    assert articles.failed_conditions(placeless, bare) == []
    assert articles.failed_conditions(placeless, out_event("Armed clash", 0.5, at=None,
                                                           country="Iraq")) == ["place"]
    row = {"id": "d", "events": [placed, placeless]}
    doc = articles.score_document(row, {"events": [bare]})
    assert doc["counts"]["matched"] == 1
    assert [m["gold"][:2] for m in doc["missed"]] == ["#1"]


# ---- one-to-one greedy matching ------------------------------------------------------


def test_matching_is_one_to_one_highest_confidence_first() -> None:
    golds = [gold_event(1, ["Armed clash"])]
    low = out_event("Armed clash", 0.2, actors=[{**SAA, "role": "actor1"}])
    high = out_event("Armed clash", 0.9, actors=[{**ISIL, "role": "actor1"}])
    assert articles.greedy_match([low, high], golds) == [(1, 0)]
    doc = articles.score_document({"id": "d", "events": golds}, {"events": [low, high]})
    assert doc["counts"]["matched"] == 1 and doc["counts"]["output_events"] == 2
    assert doc["right"]["actor1"] == 1  # the ISIL event took the gold event, not the army's
    assert len(doc["false_positives"]) == 1
    assert "compatible, taken by another" in doc["false_positives"][0]["note"]


def test_an_event_prefers_the_gold_event_of_its_own_type() -> None:
    golds = [gold_event(1, ["Armed clash"]), gold_event(2, ["Government regains territory"])]
    ev = out_event("Government regains territory", 0.5)
    assert articles.greedy_match([ev], golds) == [(0, 1)]


# ---- document and corpus scores ------------------------------------------------------


def _document() -> tuple[dict[str, Any], dict[str, Any]]:
    row = {"id": "doc-1", "events": [
        gold_event(1, ["Air/drone strike", "Shelling/artillery/missile attack"], fatalities=5),
        gold_event(2, ["Armed clash"], lat=TOWN_B[0], lon=TOWN_B[1], actor1=["SDF"]),
        gold_event(3, ["Suicide bomb"], date="2015-11", historical=True),
        gold_event(4, ["Agreement"], actor1=[]),
    ]}
    out = {"events": [
        out_event("Shelling/artillery/missile attack", 0.9, killed=5,
                  actors=[{**ISIL, "name": "isis", "role": "assoc_actor_1"}]),
        out_event("Armed clash", 0.6, at=TOWN_A, actors=[{**SAA, "role": "actor1"}]),
        out_event("Suicide bomb", 0.3, date="2015-11-20", historical=True),
        out_event("Diplomatic event", 0.8),
        out_event("Agreement", 0.1, date="2017-09-13"),
    ]}
    return row, out


def test_precision_recall_fields_and_history() -> None:
    row, out = _document()
    report = articles.aggregate([articles.score_document(row, out)])
    # scored output: the shelling, the clash (wrong town: FP), the agreement; the
    # historical suicide bomb and the diplomatic event are left out
    assert report["counts"]["output_events"] == 3
    assert report["counts"]["gold_events"] == 3
    assert report["counts"]["matched"] == 2
    assert report["precision"] == pytest.approx(2 / 3)
    assert report["recall"] == pytest.approx(2 / 3)
    # the shelling: acceptable type, ISIS as assoc_actor_1 (case-insensitive), 5 killed;
    # the agreement: unknown gold perpetrator and no named actor, no figure on either side
    assert report["fields"]["sub_event_type"] == 1.0
    assert report["fields"]["actor1"] == 1.0
    assert report["fields"]["fatalities"] == 1.0
    assert report["field_counts"]["fatalities_stated"] == {"right": 1, "scored": 1}
    assert report["history"] == 1.0
    assert report["counts"]["non_acled_events"] == 1


def test_field_errors_are_reported_on_matched_pairs() -> None:
    g = gold_event(1, ["Air/drone strike"], fatalities=5)
    ev = out_event("Shelling/artillery/missile attack", 0.9, killed=7,
                   actors=[{**SAA, "role": "actor1"}, {**ISIL, "role": "actor2"}])
    doc = articles.score_document({"id": "d", "events": [g]}, {"events": [ev]})
    assert doc["field_errors"][0]["wrong"] == ["sub_event_type", "actor1", "fatalities"]
    # an unknown gold perpetrator is not matched by a named one
    unknown = gold_event(1, ["Air/drone strike"], actor1=[])
    assert articles.pair_fields(unknown, ev)["actor1"] is False


def test_history_flag_missing_is_counted_as_reported_without_flag() -> None:
    row = {"id": "d", "events": [gold_event(1, ["Suicide bomb"], date="2015-11",
                                            historical=True)]}
    ev = out_event("Suicide bomb", 0.5, date="2015-11-13")
    doc = articles.score_document(row, {"events": [ev]})
    assert doc["counts"]["historical_found"] == 0
    assert doc["counts"]["history_unflagged"] == 1
    assert doc["counts"]["output_events"] == 1 and doc["counts"]["matched"] == 0
    assert doc["false_positives"][0]["note"].endswith("compatible but not flagged historical")
    assert doc["history_missed"][0]["note"].endswith("compatible but not flagged historical")


def test_run_scores_a_saved_extract_output(tmp_path: Path) -> None:
    row, out = _document()
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**row, "text": "invented", "published": "2017-09-15"}) + "\n")
    preds = tmp_path / "out.jsonl"
    preds.write_text(json.dumps({**out, "id": "doc-1"}) + "\n")
    report = articles.run(str(gold), Settings(), predictions=str(preds))
    assert report["precision"] == pytest.approx(2 / 3)
    assert [e["id"] for e in report["errors"]] == ["doc-1"]
    assert "FP   Armed clash" in articles.render(report)


# ---- fakes ------------------------------------------------------------------------


@pytest.mark.parametrize(("admin1", "key"), [
    ("Dimashq", "damascus"), ("Rif Dimashq", "damascus"), ("Rif-dimashq", "damascus"),
    ("Deir ez-Zor", "deir ezzor"), ("deir ezzor", "deir ezzor"), ("Al-Hasakah", "hasakeh"),
    ("hasakeh", "hasakeh"), ("Ar-Raqqah", "raqqa"), ("Latakia", "lattakia"),
    ("Tartus", "tartous"), ("Idleb", "idlib"), ("Dar'a", "daraa"), ("Aleppo Governorate", "aleppo"),
    ("Bavaria", None), (None, None),
])
def test_governorate_spellings(admin1: str | None, key: str | None) -> None:
    assert fakes.governorate_key(admin1) == key


def test_actor_classes() -> None:
    assert fakes.actor_class("Military Forces of Syria") == "government"
    assert fakes.actor_class("Military Forces of Russia (2000-)") == "government"
    assert fakes.actor_class("Islamic State (Syria)") == "isis"
    assert fakes.actor_class("People's Protection Units (YPG)") == "sdf"
    assert fakes.actor_class("Al-Nusrah Front") == "nusra"
    assert fakes.actor_class("Jaysh al Islam") == "opposition"
    assert fakes.actor_class("Global Coalition Against Daesh") == "coalition"
    assert fakes.actor_class("Some Brigade", parent="Military Forces of Syria") == "government"
    assert fakes.actor_class("United Nations") is None
    assert fakes.gold_class("self administration forces") == "sdf"
    assert fakes.gold_class("unknown") is None


def test_causes() -> None:
    assert fakes.cause_fits("shelling", "Air/drone strike") is True
    assert fakes.cause_fits("explosion", "Grenade") is True
    assert fakes.cause_fits("chemical and toxic gases", "Chemical weapon") is True
    assert fakes.cause_fits("shooting", "Air/drone strike") is False
    assert fakes.cause_fits("execution", "Abduction/forced disappearance") is True
    assert fakes.cause_fits("unknown", "Attack") is None


def test_fakes_score_row() -> None:
    gold = {"governorate": "damascus", "actor": "syrian government or russian troops",
            "cause": "shelling", "civilians": 3, "noncivilians": 2}
    ev = out_event("Air/drone strike", 0.7, killed=5, actors=[{**SAA, "role": "actor1"}])
    ev["location"]["admin1"] = "Rif Dimashq"
    assert fakes.score_row(gold, ev) == {
        "governorate": True, "perpetrator_class": True, "cause": True, "exact_toll": True,
    }
    gold2 = {**gold, "actor": "unknown", "cause": "unknown", "civilians": 0, "noncivilians": 0}
    assert fakes.score_row(gold2, ev) == {
        "governorate": True, "perpetrator_class": None, "cause": None, "exact_toll": None,
    }
    assert fakes.score_row(gold, None) == {
        "governorate": False, "perpetrator_class": False, "cause": False, "exact_toll": False,
    }


def test_fakes_scores_the_event_listed_first_whatever_its_confidence(tmp_path: Path) -> None:
    # warlog lists the report's main event first; the confidence is whether it is real
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "f1", "text": "invented", "gold": {
        "governorate": "idlib", "actor": "the organization of the islamic state in iraq and "
        "the levant - isis", "cause": "explosion", "civilians": 4, "noncivilians": 0}}) + "\n")
    weak = out_event("Air/drone strike", 0.2, actors=[{**SAA, "role": "actor1"}])
    strong = out_event("Suicide bomb", 0.8, killed=4, actors=[{**ISIL, "role": "actor1"}])
    strong["location"]["admin1"] = "Idleb"
    preds = tmp_path / "out.jsonl"
    preds.write_text(json.dumps({"id": "f1", "events": [strong, weak], "actors": []}) + "\n")
    report = fakes.run(str(gold), Settings(), predictions=str(preds))
    assert report["rates"] == {
        "governorate": 1.0, "perpetrator_class": 1.0, "cause": 1.0, "exact_toll": 1.0,
    }
    assert report["errors"] == []
    preds.write_text(json.dumps({"id": "f1", "events": [weak, strong], "actors": []}) + "\n")
    report = fakes.run(str(gold), Settings(), predictions=str(preds))
    assert report["rates"]["cause"] == 0.0  # the strike listed first is the main event
