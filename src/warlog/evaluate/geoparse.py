"""Geoparsing against GeoWebNews-style gold (see ../shared/gold/README.md).

A gold place is *found* when a predicted place overlaps its span, and *right* when the
overlapping prediction's coordinates lie within 161 km. End-to-end accuracy = right / all
gold places. Precision = predicted places overlapping a gold place / predicted places,
leaving out those that overlap only ``other_places``. Figures are given overall, per
corpus and per toponym type.

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
from warlog.geo import haversine_km

KM = 161.0


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


def _score_doc(
    row: dict[str, Any], preds: list[dict[str, Any]], tally: dict[str, dict[str, float]]
) -> None:
    corpus = str(row.get("corpus") or "all")
    others = row.get("other_places") or []
    for g in row.get("places") or []:
        hits = [p for p in preds if _overlaps(p, g)]
        right = any(
            p.get("lat") is not None
            and p.get("lon") is not None
            and haversine_km(float(g["lat"]), float(g["lon"]), float(p["lat"]), float(p["lon"]))
            <= KM
            for p in hits
        )
        for key in ("all", f"corpus:{corpus}", f"type:{g.get('type') or '?'}"):
            t = tally[key]
            t["gold"] += 1
            t["found"] += bool(hits)
            t["right"] += right
    gold_places = row.get("places") or []
    for p in preds:
        in_gold = any(_overlaps(p, g) for g in gold_places)
        if not in_gold and any(_overlaps(p, o) for o in others):
            continue
        for key in ("all", f"corpus:{corpus}"):
            tally[key]["predicted"] += 1
            tally[key]["correct_detections"] += in_gold


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
    tally: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row, pl in zip(rows, preds, strict=True):
        _score_doc(row, pl, tally)
    report: dict[str, Any] = {
        "gold_file": gold,
        "documents": len(rows),
        "overall": _figures(tally["all"]),
        "by_corpus": {},
        "by_type": {},
    }
    for key in sorted(tally):
        kind, _, name = key.partition(":")
        if kind == "corpus":
            report["by_corpus"][name] = _figures(tally[key])
        elif kind == "type":
            report["by_type"][name] = _figures(tally[key])
    if timing is not None:
        report["timing"] = timing
    return report


def render(report: dict[str, Any]) -> str:
    """The report as a short text table."""

    def line(name: str, f: dict[str, Any]) -> str:
        def fmt(v: float | None) -> str:
            return "   -  " if v is None else f"{v:6.3f}"

        return (
            f"{name:<24} {f['gold']:>5} {fmt(f['accuracy_161km'])} {fmt(f['recall'])} "
            f"{fmt(f['precision'])} {fmt(f['resolution_161km'])}"
        )

    out = [
        f"geoparse: {report['documents']} documents from {report['gold_file']}",
        f"{'':<24} {'gold':>5} {'acc161':>6} {'recall':>6} {'prec':>6} {'res161':>6}",
        line("overall", report["overall"]),
    ]
    out += [line(f"corpus {k}", v) for k, v in report["by_corpus"].items()]
    out += [line(f"type {k}", v) for k, v in report["by_type"].items()]
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
