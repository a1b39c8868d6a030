"""Geoparsing against GeoWebNews-style gold (see ../shared/gold/README.md).

A gold place is *found* when a predicted place overlaps its span, and *right* when the
overlapping prediction's coordinates lie within 161 km. End-to-end accuracy = right / all
gold places. Precision = predicted places overlapping a gold place / predicted places,
leaving out those that overlap only ``other_places``. Figures are given overall, per
corpus, per toponym type, by whether the gold name is in the index at all, by the
feature of the place chosen (for gold places: of the overlapping prediction, the right
one if any; for precision: of each prediction), by a chosen town's population, and by
outcome per corpus (not detected, unresolved, right, wrong by 161-500, 500-2000 or more
km: where the misses come from), with the wrongly resolved split by whether some
candidate of the name was right (ranking) or none was (coverage), and the predictions
that match no gold place by method and feature and by where they stand (inside a longer
capitalised name, before a possessive, alone; also per corpus with precision), and for
places resolved to a country, continent or first-level division how far the gold point
lies from the stored one and from other conventions for it (``georegion``). All are
aggregate counts: the report names no item.

Without ``--predictions`` the scorer runs the same steps as the pipeline (clean, spaCy,
places) and times spaCy and geoparsing separately on the same texts, so that the report
gives geoparsing's cost as a share of spaCy's and the slowest documents.
"""

from __future__ import annotations

import resource
import time
from collections import defaultdict
from typing import Any

from warlog.config import Settings
from warlog.evaluate.common import predictions_for, read_gold
from warlog.evaluate.geocues import cues
from warlog.evaluate.georank import county_keys, missed_keys, state_keys
from warlog.evaluate.georegion import area_keys
from warlog.geo import haversine_km
from warlog.places.cues import BUILDINGS, FACILITY_WORDS
from warlog.places.index import Gazetteer

KM = 161.0
# aggregate breakdowns, in the order printed ("chosen": the feature of the place the
# geoparser chose for a gold place, or of a prediction for precision)
BREAKDOWNS = ("corpus", "type", "index", "chosen", "method", "population", "outcome",
              "wrong", "ranking", "missed", "spurious", "cue", "area")
# where each gold place ends up, per corpus: the classes of misses to attack
OUTCOME_KM = ((KM, "right"), (500.0, "wrong 161-500 km"), (2000.0, "wrong 500-2000 km"))
AT_FOCUS = ("geocode.focus.v1", "geocode.nearby.v1")  # placed at the article's main town


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def _rss_mb() -> float:
    """Resident memory of this process now (Linux), else its peak, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_places(
    gold: list[dict[str, Any]], settings: Settings
) -> tuple[list[list[dict[str, Any]]], dict[str, Any]]:
    """Predicted places per gold row, with timings of spaCy and geoparsing."""
    from warlog.codec import to_plain
    from warlog.nlp.load import load_nlp
    from warlog.places import find_places, load_gazetteer
    from warlog.text.clean import document_from_record

    nlp = load_nlp(settings.spacy_model)
    docs = [document_from_record(row, settings) for row in gold]
    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=settings.batch_size))
    spacy_s = time.perf_counter() - t0
    rss0 = _rss_mb()
    t0 = time.perf_counter()
    gaz = load_gazetteer(settings)
    load_s = time.perf_counter() - t0
    out: list[list[dict[str, Any]]] = []
    per_doc: list[tuple[float, str, int]] = []
    geo_s = 0.0
    for d, sd in zip(docs, parsed, strict=True):
        t0 = time.perf_counter()
        places = find_places(d, sd, gaz)
        dt = time.perf_counter() - t0
        geo_s += dt
        per_doc.append((dt, d.id, len(d.text)))
        out.append([to_plain(p) for p in places])
    rss1 = _rss_mb()
    per_doc.sort(reverse=True)
    timing = {
        "spacy_seconds": round(spacy_s, 3),
        "geoparse_seconds": round(geo_s, 3),
        "geoparse_over_spacy": round(geo_s / spacy_s, 3) if spacy_s else None,
        "gazetteer_load_seconds": round(load_s, 3),
        "gazetteer_rss_mb": round(rss1 - rss0, 1),
        "slowest": [{"id": i, "seconds": round(s, 4), "chars": n} for s, i, n in per_doc[:5]],
    }
    return out, timing


POPULATION_BINS = ((1_000, "<1k"), (10_000, "1k-10k"), (100_000, "10k-100k"),
                   (1_000_000, "100k-1M"))


def _population_bin(pop: int) -> str:
    return next((name for top, name in POPULATION_BINS if pop < top), "1M+")


class _Breakdown:
    """Aggregate keys for one gold place or prediction: the feature of the place chosen,
    a chosen town's population, whether the gold name is in the index at all."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def chosen(self, p: dict[str, Any] | None) -> list[str]:
        if p is None:
            return ["chosen:(none found)"]
        if p.get("lat") is None:
            return ["chosen:(unresolved)"]
        feature = str(p.get("feature") or "?")
        keys = [f"chosen:{feature}", f"method:{p.get('method') or '?'}"]
        entry = self.gaz.by_id(int(p["geonameid"])) if p.get("geonameid") else None
        if feature == "city" and entry is not None:
            keys.append(f"population:town {_population_bin(entry.population)}")
        return keys

    def wrong(self, g: dict[str, Any], hits: list[dict[str, Any]]) -> str:
        """For a gold place resolved wrongly: the feature chosen, whether some
        candidate of its name lies within 161 km (ranking) or none does (coverage), and
        whether that candidate shares the chosen place's country."""
        chosen = next((p for p in hits if p.get("lat") is not None), hits[0])
        feature = str(chosen.get("feature") or "?")
        lat, lon = float(g["lat"]), float(g["lon"])
        cands = self.gaz.candidates(str(chosen.get("text") or g["text"]))
        near = [c for c in cands if haversine_km(lat, lon, c.lat, c.lon) <= KM]
        if not near:
            return f"{feature}, no candidate right"
        best = near[0]
        same = "same country" if best.country_code == chosen.get("country_code") else \
            "other country"
        return f"{feature} over {best.feature}, {same}"

    def ranking(self, g: dict[str, Any], hits: list[dict[str, Any]],
                preds: list[dict[str, Any]]) -> list[str]:
        """For a gold place resolved wrongly although a candidate of its name was right:
        whether the right one is the more populous, and whether it lies nearer the
        article's other places (the median distance to them) than the one chosen."""
        chosen = next((p for p in hits if p.get("lat") is not None), hits[0])
        lat, lon = float(g["lat"]), float(g["lon"])
        cands = self.gaz.candidates(str(chosen.get("text") or g["text"]))
        near = [c for c in cands if haversine_km(lat, lon, c.lat, c.lon) <= KM]
        if not near:
            return []
        right = near[0]
        mine = self.gaz.by_id(int(chosen["geonameid"])) if chosen.get("geonameid") else None
        keys = []
        if mine is not None and right.feature == mine.feature:
            keys.append("right one more populous" if right.population > mine.population
                        else "right one less populous")
        # the places the article resolved: not the names placed at its main town (a
        # street, a building, an unknown name), which stand wherever the one chosen does
        # when it is the main town itself
        others = [p for p in preds if p is not chosen and p.get("lat") is not None
                  and p.get("text") != chosen.get("text") and p.get("method") not in AT_FOCUS]
        keys += state_keys(self.gaz, right, mine, chosen, others)
        if not others:
            return [*keys, "no other place in the article"]

        def median_km(a: float, b: float) -> float:
            ds = sorted(haversine_km(a, b, float(p["lat"]), float(p["lon"])) for p in others)
            return ds[len(ds) // 2]

        def nearest_km(a: float, b: float) -> float:
            return min(haversine_km(a, b, float(p["lat"]), float(p["lon"])) for p in others)

        r_med, c_med = median_km(right.lat, right.lon), median_km(chosen["lat"], chosen["lon"])
        keys.append("right one nearer the median" if r_med < c_med else
                    "right one farther from the median")
        r_n, c_n = nearest_km(right.lat, right.lon), nearest_km(chosen["lat"], chosen["lon"])
        for who, km in (("right one", r_n), ("chosen one", c_n)):
            bin_ = "within 40 km of" if km <= 40 else "within 160 km of" if km <= 160 else \
                "> 160 km from every"
            keys += [f"{who} {bin_} another place", f"{right.feature}: {who} {bin_} another place"]
        keys.append("right one in a state of another place" if any(
            p.get("country_code") == right.country_code and p.get("admin1") ==
            self.gaz.admin1_name(right.country_code, right.admin1) for p in others)
            else "right one in no state of another place")
        return keys

    def missed(self, text: str) -> str:
        """For a gold place not detected: the likeliest place of its name (its
        feature), else why the name is not in the index (lower case, a facility word,
        several words)."""
        best = self.gaz.resolve(text)
        if best is not None:
            return f"in index as {best.feature}"
        words = text.lower().split()
        if not any(ch.isupper() for ch in text):
            return "not in index, lower case"
        if words and words[-1] in (FACILITY_WORDS | BUILDINGS):
            return "not in index, facility word"
        return f"not in index, {min(len(words), 3)} word(s)"

    def spurious(self, p: dict[str, Any]) -> str:
        """For a prediction that overlaps no gold place: how it was found and placed."""
        method = str(p.get("method") or "?").replace("geocode.", "").replace(".v1", "")
        words = str(p.get("text") or "").lower().split()
        head = f" ({words[-1]})" if method == "focus" and words and words[-1] in (
            FACILITY_WORDS | BUILDINGS) else ""
        size = ""
        if p.get("feature") in ("city", "admin2") and p.get("geonameid"):
            entry = self.gaz.by_id(int(p["geonameid"]))
            size = f", {_population_bin(entry.population)}" if entry is not None else ""
            size += ", one word" if len(words) == 1 else ", several words"
        return f"{method} {p.get('feature') or '-'}{head}{size}"

    def known(self, text: str) -> str:
        return "index:" + ("gold name in index" if self.gaz.candidates(text) else
                           "gold name not in index")


def _score_doc(
    row: dict[str, Any], preds: list[dict[str, Any]], tally: dict[str, dict[str, float]],
    why: _Breakdown,
) -> None:
    corpus = str(row.get("corpus") or "all")
    others = row.get("other_places") or []
    for g in row.get("places") or []:
        hits = [p for p in preds if _overlaps(p, g)]
        good = [
            p for p in hits
            if p.get("lat") is not None
            and p.get("lon") is not None
            and haversine_km(float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"]))
            <= KM
        ]
        keys = ["all", f"corpus:{corpus}", f"type:{g.get('type') or '?'}", why.known(g["text"])]
        keys += why.chosen(good[0] if good else hits[0] if hits else None)
        outcome = _outcome(g, hits)
        keys.append(f"outcome:{corpus}: {outcome}")
        keys += area_keys(corpus, g, hits)
        if outcome.startswith("wrong"):
            keys.append(f"wrong:{corpus}: {why.wrong(g, hits)}, {outcome[6:]}")
            keys += [f"ranking:{corpus}: {k}" for k in why.ranking(g, hits, preds)]
            keys += [f"ranking:{corpus}: {k}" for k in county_keys(str(row.get("text") or ""),
                                                                  why.gaz, g, hits)]
        elif outcome == "not detected":
            keys.append(f"wrong:{corpus}: not detected, {why.missed(g['text'])}")
            keys += missed_keys(corpus, str(row.get("text") or ""), g, why.known(g["text"]))
        for key in keys:
            t = tally[key]
            t["gold"] += 1
            t["found"] += bool(hits)
            t["right"] += bool(good)
    gold_places = row.get("places") or []
    for p in preds:
        in_gold = any(_overlaps(p, g) for g in gold_places)
        if not in_gold and any(_overlaps(p, o) for o in others):
            continue
        setting = _setting(str(row.get("text") or ""), p)
        kind = "adjective" if p.get("method") == "geocode.adjective.v1" else "name"
        keys = ["all", f"corpus:{corpus}", *why.chosen(p),
                f"method:{corpus}: {why.spurious(p)}", f"method:{corpus}: {kind} {setting}"]
        keys += [f"cue:{corpus}: {c}" for c in cues(str(row.get("text") or ""), p)]
        if not in_gold:
            keys.append(f"spurious:{corpus}: {why.spurious(p)}")
            keys.append(f"spurious:{corpus}: {setting}")
            keys.append(f"spurious:{corpus}: {why.spurious(p)}, {setting[11:]}")
        for key in keys:
            tally[key]["predicted"] += 1
            tally[key]["correct_detections"] += in_gold


def _setting(text: str, p: dict[str, Any]) -> str:
    """Where a prediction stands: inside a longer capitalised name ("Dalton High
    School", "Texas Rangers"), before a possessive, or standing alone."""
    after = text[int(p["end"]) : int(p["end"]) + 30]
    before = text[max(0, int(p["start"]) - 30) : int(p["start"])].split()
    if after.startswith(("'s", "’s")):
        return "in setting: before a possessive"
    nxt = after.split()[:1]
    if nxt and nxt[0][:1].isupper() and not after.startswith((",", ".", ";", ":")):
        return "in setting: before a capitalised word"
    if before and before[-1][:1].isupper() and not before[-1].endswith((",", ".", ":")):
        return "in setting: after a capitalised word"
    return "in setting: standing alone"


def _outcome(g: dict[str, Any], hits: list[dict[str, Any]]) -> str:
    """Not detected, detected but unresolved, right, or wrong by how far."""
    placed = [p for p in hits if p.get("lat") is not None and p.get("lon") is not None]
    if not hits:
        return "not detected"
    if not placed:
        return "unresolved"
    km = min(haversine_km(float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"]))
             for p in placed)
    return next((name for top, name in OUTCOME_KM if km <= top), "wrong > 2000 km")


def _figures(t: dict[str, float]) -> dict[str, Any]:
    def ratio(a: float, b: float) -> float | None:
        return round(a / b, 3) if b else None

    return {
        "gold": int(t["gold"]),
        "predicted": int(t["predicted"]),
        "accuracy_161km": ratio(t["right"], t["gold"]),
        "recall": ratio(t["found"], t["gold"]),
        "precision": ratio(t["correct_detections"], t["predicted"]),
        "resolution_161km": ratio(t["right"], t["found"]),
    }


def run(
    gold: str, settings: Settings, predictions: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Score geoparsing on a gold file; see the module docstring."""
    rows = read_gold(gold, limit)
    timing: dict[str, Any] | None = None
    if predictions is None:
        preds, timing = _run_places(rows, settings)
    else:
        preds = [
            list((obj or {}).get("places") or [])
            for _, obj in predictions_for(rows, settings, predictions)
        ]
    from warlog.places import load_gazetteer

    why = _Breakdown(load_gazetteer(settings))
    tally: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row, pl in zip(rows, preds, strict=True):
        _score_doc(row, pl, tally, why)
    report: dict[str, Any] = {
        "gold_file": gold,
        "documents": len(rows),
        "overall": _figures(tally["all"]),
        **{f"by_{kind}": {} for kind in BREAKDOWNS},
    }
    order = {f"population:town {b}": i for i, b in enumerate([*(n for _, n in POPULATION_BINS),
                                                             "1M+"])}
    for key in sorted(tally, key=lambda k: (order.get(k, -1), k)):
        kind, _, name = key.partition(":")
        if kind in BREAKDOWNS:
            report[f"by_{kind}"][name] = _figures(tally[key])
    if timing is not None:
        report["timing"] = timing
    return report


def render(report: dict[str, Any]) -> str:
    """The report as a short text table."""

    def line(name: str, f: dict[str, Any]) -> str:
        def fmt(v: float | None) -> str:
            return "   -  " if v is None else f"{v:6.3f}"

        return (
            f"{name:<52} {f['gold']:>5} {fmt(f['accuracy_161km'])} {fmt(f['recall'])} "
            f"{fmt(f['precision'])} {fmt(f['resolution_161km'])} {f['predicted']:>5}"
        )

    out = [
        f"geoparse: {report['documents']} documents from {report['gold_file']}",
        f"{'':<52} {'gold':>5} {'acc161':>6} {'recall':>6} {'prec':>6} {'res161':>6} "
        f"{'pred':>5}",
        line("overall", report["overall"]),
    ]
    for kind in BREAKDOWNS:
        out += [line(f"{kind} {k}", v) for k, v in report.get(f"by_{kind}", {}).items()]
    t = report.get("timing")
    if t:
        out.append(
            f"spaCy {t['spacy_seconds']:.2f} s, geoparsing {t['geoparse_seconds']:.2f} s "
            f"({t['geoparse_over_spacy']:.1%} of spaCy); gazetteer loaded in "
            f"{t['gazetteer_load_seconds']:.2f} s, +{t['gazetteer_rss_mb']:.0f} MB"
        )
        out.append(
            "slowest: "
            + ", ".join(
                f"{s['id']} {s['seconds'] * 1000:.0f} ms ({s['chars']} chars)" for s in t["slowest"]
            )
        )
    out.append(
        "acc161 = right within 161 km / gold; prec leaves out places that overlap "
        "only other_places; res161 = right / found"
    )
    return "\n".join(out)
