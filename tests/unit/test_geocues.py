"""The ``by_cue`` breakdown of ``eval geoparse``: the words around each prediction."""

from __future__ import annotations

import json
from pathlib import Path

from warlog.config import Settings
from warlog.evaluate import geoparse
from warlog.evaluate.geocues import cues


def _cues(text: str, name: str) -> list[str]:
    start = text.index(name)
    return cues(text, {"start": start, "end": start + len(name)})


def test_cues_read_the_words_around_a_name() -> None:
    assert _cues("Flooding hit homes in Dalton on Monday.", "Dalton")[:4] == [
        "before: 'in'", "after: a lower-case word", "shape: one word",
        "position: first 100 characters"]
    assert _cues("He spoke at Dalton State College.", "Dalton")[:2] == [
        "before: 'at'", "after: a capitalised word"]
    assert _cues("Sen. Ben Sasse, R-Neb., spoke.", "Neb.")[0] == "before: a capitalised word"
    assert _cues("Officials said. Dalton's mayor left.", "Dalton")[:2] == [
        "before: sentence start", "after: a possessive"]
    assert _cues("A man from Dalton, Georgia, said", "Dalton")[1] == (
        "after: a comma and a capitalised word")
    assert _cues("Chinese scientists found NEW YORK rats", "NEW YORK")[2] == "shape: capitals"
    assert _cues("x" * 120 + " the Rome area", "Rome")[3] == "position: body"


def test_cues_tell_the_head_of_a_longer_name_a_place_opens() -> None:
    assert _cues("He spoke at Dalton State College.", "Dalton")[4] == "inside a name: school"
    assert _cues("Hall County officials said", "Hall")[4] == "inside a name: division"
    assert _cues("Hall County Sheriff's Office said", "Hall")[4] == "inside a name: government"
    assert _cues("The Dalton Police Department said", "Dalton")[4] == (
        "inside a name: government")
    assert _cues("Boston Celtics fans cheered", "Boston")[4] == "inside a name: a plural"
    assert _cues("The Gainesville Times reported", "Gainesville")[4] == "inside a name: media"
    assert not any(c.startswith("inside") for c in _cues("Aid reached Dalton, Georgia", "Dalton"))


def test_cues_tell_the_class_of_use_the_corpora_annotate_differently() -> None:
    def cls(text: str, name: str, **p: object) -> list[str]:
        start = text.index(name)
        got = cues(text, {"start": start, "end": start + len(name), "method": "m", **p})
        return [c for c in got if c.startswith("class: ")]

    assert cls("Flooding hit homes in Dalton on Monday.", "Dalton", feature="city",
               lat=34.7) == ["class: standing alone", "class: standing alone, city"]
    assert cls("Mexican officials said", "Mexican", method="geocode.adjective.v1") == [
        "class: demonym"]
    assert cls("Crews closed Walnut Avenue today", "Walnut Avenue", feature="facility") == [
        "class: street or building"]
    assert cls("He spoke at Dalton State College.", "Dalton") == [
        "class: opens a longer name"]
    assert cls("the Boston Celtics and New York Rangers", "York") == [
        "class: opens a longer name"]
    assert cls("a report by Human Rights Watch Asia today", "Asia") == [
        "class: closes a longer name"]
    assert cls("a US-based group", "US") == ["class: before a hyphen"]
    assert cls("in Dalton, Georgia today", "Georgia", feature="admin1", lat=32.0) == [
        "class: standing alone", "class: standing alone, admin1"]  # a qualifier
    assert _cues("Homes in Dalton flooded.", "Dalton")[-1] == "position: first 100 characters"
    assert cls("a fair in Brindlewood today", "Brindlewood") == [
        "class: standing alone", "class: standing alone, unknown name"]


def test_scorer_breaks_precision_down_by_cue(tmp_path: Path, settings: Settings) -> None:
    text = "Rain fell in Paris and Nice Airport closed."
    gold = {"id": "g1", "corpus": "test", "text": text, "places": [
        {"start": 13, "end": 18, "text": "Paris", "lat": 48.85, "lon": 2.35}]}
    pred = {"id": "g1", "places": [
        {"start": 13, "end": 18, "text": "Paris", "lat": 48.9, "lon": 2.4},
        {"start": 23, "end": 27, "text": "Nice", "lat": 43.7, "lon": 7.27}]}
    gold_file, pred_file = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_file.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    pred_file.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    report = geoparse.run(str(gold_file), settings, predictions=str(pred_file))
    by_cue = report["by_cue"]
    assert by_cue["test: before: 'in'"]["precision"] == 1.0
    assert by_cue["test: after: a capitalised word"]["precision"] == 0.0
    assert by_cue["test: shape: one word"]["predicted"] == 2
    assert "cue test: before: 'in'" in geoparse.render(report)


def test_scorer_breaks_undetected_places_down_by_cue(tmp_path: Path, settings: Settings) -> None:
    text = "DALTON - Rain fell in Paris."
    gold = {"id": "g1", "corpus": "test", "text": text, "places": [
        {"start": 0, "end": 6, "text": "DALTON", "lat": 34.77, "lon": -84.97},
        {"start": 22, "end": 27, "text": "Paris", "lat": 48.85, "lon": 2.35}]}
    pred = {"id": "g1", "places": [
        {"start": 22, "end": 27, "text": "Paris", "lat": 48.9, "lon": 2.4}]}
    gold_file, pred_file = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_file.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    pred_file.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    missed = geoparse.run(str(gold_file), settings, predictions=str(pred_file))["by_missed"]
    keys = [k for k in missed if k.startswith("test: ") and "sentence start" in k]
    assert len(keys) == 2 and all(missed[k]["gold"] == 1 for k in keys)  # DALTON, not Paris
    assert "test: in index, before: sentence start / after: a lower-case word / position: " \
        "first 100 characters" in keys or "test: not in index, before: sentence start / " \
        "after: a lower-case word / position: first 100 characters" in keys
    assert any("position: first 100 characters" in k for k in missed)


def test_ranking_misses_are_told_by_the_article_s_leading_state() -> None:
    from warlog.evaluate.georank import state_keys
    from warlog.places.index import GazetteerEntry

    class Gaz:
        def admin1_name(self, cc: str, code: str) -> str:
            return {"GA": "Georgia", "TX": "Texas"}[code]

    right = GazetteerEntry(1, 1, "Dalton", "city", "US", "GA", 34.7, -84.9, 33_000)
    mine = GazetteerEntry(2, 2, "Dalton", "city", "US", "TX", 31.0, -97.0, 400_000)
    others = [{"feature": "city", "country_code": "US", "admin1": "Georgia"},
              {"feature": "admin1", "country_code": "US", "name": "Georgia"}]
    chosen = {"feature": "city", "country_code": "US", "admin1": "Texas"}
    keys = state_keys(Gaz(), right, mine, chosen, others)  # type: ignore[arg-type]
    assert keys == ["leading state: right one in it", "leading state: right one in it, city",
                    "right one's state named",
                    "chosen one's state not named", "chosen larger 10-100x",
                    "chosen city, right city"]


def test_ranking_misses_are_told_by_the_county_the_text_names() -> None:
    from warlog.evaluate.georank import county_keys
    from warlog.places.index import GazetteerEntry

    # the real GeoNames ids: Dalton, Georgia lies in Whitfield County, Dalton,
    # Massachusetts in Berkshire County (data/admin2_towns.tsv.gz)
    ga = GazetteerEntry(1, 4190581, "Dalton", "city", "US", "GA", 34.77, -84.97, 33_000)
    ma = GazetteerEntry(2, 4934429, "Dalton", "city", "US", "MA", 42.47, -73.17, 7_000)

    class Gaz:
        def candidates(self, name: str) -> tuple[GazetteerEntry, ...]:
            return (ga, ma)

        def by_id(self, geonameid: int) -> GazetteerEntry:
            return {4190581: ga, 4934429: ma}[geonameid]

    g = {"text": "Dalton", "lat": 34.77, "lon": -84.97}
    hits = [{"text": "Dalton", "lat": 42.47, "lon": -73.17, "geonameid": 4934429}]
    text = "Whitfield County deputies met in Dalton."
    assert county_keys(text, Gaz(), g, hits) == [  # type: ignore[arg-type]
        "county named: right one in it True, chosen one in it False"]
    assert county_keys("Deputies met in Dalton.", Gaz(), g, hits) == [  # type: ignore[arg-type]
        "county named: none"]


def test_ranking_misses_leave_out_names_placed_at_the_main_town(tmp_path: Path,
                                                                 settings: Settings) -> None:
    # a street placed at the main town stands where the wrong Dalton does: no other place
    text = "Crews in Dalton closed Walnut Avenue."
    gold = {"id": "g1", "corpus": "test", "text": text, "places": [
        {"start": 9, "end": 15, "text": "Dalton", "lat": 34.77, "lon": -84.97}]}
    pred = {"id": "g1", "places": [
        {"start": 9, "end": 15, "text": "Dalton", "lat": 42.47, "lon": -73.17,
         "geonameid": 4934429, "feature": "city", "country_code": "US"},
        {"start": 23, "end": 36, "text": "Walnut Avenue", "lat": 42.47, "lon": -73.17,
         "feature": "facility", "method": "geocode.focus.v1"}]}
    gold_file, pred_file = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold_file.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    pred_file.write_text(json.dumps(pred) + "\n", encoding="utf-8")
    ranking = geoparse.run(str(gold_file), settings, predictions=str(pred_file))["by_ranking"]
    assert "test: no other place in the article" in ranking
    assert "test: chosen one within 40 km of another place" not in ranking
