"""Train the events' confidence model (src/warlog/data/confidence.json), reproducibly.

Data (CC-BY, see the README's attribution): the FA-KES whole-article gold
(../shared/gold/dev/articles.jsonl, every event coded) and the GDTD incident reports
(../shared/gold/dev/incidents.jsonl, one coded event each). Never ../shared/gold/check/,
never the CASE 2021 set, never the seed (kept as an unseen whole-report check).

Every event warlog finds in those texts is labelled real or not by the evaluation's own
matching: for whole articles, matched one to one to a coded event (same family, place
within the gold tolerance, date within two days); for incident reports, the most
confident event within 161 km of the coded place on the coded date is real, every other
event of the report is not. Events flagged historical are left out (they are reported
apart, whatever their confidence).

The model is an L2-regularised logistic regression fitted by Newton's method (numpy
only). Five-fold cross-validation by document gives the calibration table (of events
given about p, how many are real) and the precision and recall on the whole articles at
each floor; the floor kept is the one with the best cross-validated F1 on the whole
articles (the lowest of equals). The script writes the weights, then the SHA-256
recorded in src/warlog/events/confidence.py.

It trains the probability of being real only. Which event of a report comes first is
another question, answered by the ranking weights (src/warlog/data/main_event.json, the
weights this script wrote on 3 December 2026, frozen, hash-checked as RANK_SHA256):
retraining changes which events are reported and their confidences, never their order.

    .venv/bin/python scripts/train_confidence.py            # train, report, write
    .venv/bin/python scripts/train_confidence.py --dry-run  # report only
    .venv/bin/python scripts/train_confidence.py --score    # the shipped weights' calibration
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "dev"
WEIGHTS = ROOT / "src" / "warlog" / "data" / "confidence.json"
MODULE = ROOT / "src" / "warlog" / "events" / "confidence.py"
L2 = 1.0
FOLDS = 5
ARTICLE_WEIGHT = 4.0  # a whole-article event counts four times a short report's


def _annotate(rows: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[dict[str, Any]],
                                                         dict[str, dict[str, float]]]]:
    """Each gold row with warlog's events for it and their model inputs."""
    from warlog import actors, codec, numbers, places, times
    from warlog.config import load_settings
    from warlog.events import extract_events, needs_parse
    from warlog.nlp import parse
    from warlog.pipeline import Resources
    from warlog.text.clean import document_from_record

    res = Resources(load_settings())
    docs = [document_from_record(r, res.settings) for r in rows]
    out = []
    sdocs = parse(res.nlp, (d.text for d in docs), 32, needs_parse)
    for row, doc, sdoc in zip(rows, docs, sdocs, strict=True):
        trace: dict[str, dict[str, float]] = {}
        found = places.find_places(doc, sdoc, res.gazetteer)
        evs = extract_events(doc, sdoc, found, times.find_times(doc, sdoc),
                             actors.find_actors(doc, sdoc, res.actors),
                             numbers.find_quantities(doc, sdoc), res.gazetteer, trace)
        out.append((row, [codec.to_plain(e) for e in evs], trace))
    return out


def _article_labels(row: dict[str, Any], events: list[dict[str, Any]]) -> list[int]:
    from warlog.evaluate.articles import greedy_match

    golds = [g for g in row["events"] if not g.get("historical")]
    matched = {i for i, _ in greedy_match(events, golds)}
    return [int(i in matched) for i in range(len(events))]


def _incident_labels(row: dict[str, Any], events: list[dict[str, Any]]) -> list[int]:
    from warlog.evaluate.incidents import score_row

    labels = [0] * len(events)
    for i, ev in enumerate(events):  # events come in the rules' order, best first
        res = score_row(row["gold"], ev)
        if res.get("location_161km") and res.get("date"):
            labels[i] = 1
            break
    return labels


def _dataset() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    from warlog.evaluate.articles import family
    from warlog.events.confidence import FEATURES

    xs, ys, ws, groups, is_article = [], [], [], [], []
    gold_events = 0
    sets = (("articles.jsonl", _article_labels, ARTICLE_WEIGHT),
            ("incidents.jsonl", _incident_labels, 1.0))
    for name, label, weight in sets:
        rows = [json.loads(line) for line in (GOLD / name).open(encoding="utf-8") if line.strip()]
        for row, events, trace in _annotate(rows):
            kept = [e for e in events if not e["historical"] and e["id"] in trace]
            # the rules' order, not the model's being replaced, decides which is first
            kept = sorted(({**e, "confidence": trace[e["id"]]["rule_score"]} for e in kept),
                          key=lambda e: -e["confidence"])
            if name == "articles.jsonl":  # events outside ACLED are not scored there
                kept = [e for e in kept if family(e["sub_event_type"])]
                gold_events += sum(1 for g in row["events"] if not g.get("historical"))
            for e, y in zip(kept, label(row, kept), strict=True):
                xs.append([trace[e["id"]][f] for f in FEATURES])
                ys.append(y)
                ws.append(weight)
                groups.append(int(hashlib.sha1(row["id"].encode()).hexdigest(), 16) % FOLDS)
                is_article.append(name == "articles.jsonl")
    return (np.array(xs), np.array(ys, float), np.array(ws), np.array(groups),
            np.array(is_article), gold_events)


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    """Weighted L2 logistic regression by Newton's method (bias not penalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], L2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ beta))
        grad = xb.T @ (w * (p - y)) + penalty * beta
        hess = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def _predict(x: np.ndarray, coef: np.ndarray, bias: float) -> np.ndarray:
    return np.asarray(1 / (1 + np.exp(-(x @ coef + bias))))


def _calibration(p: np.ndarray, y: np.ndarray, art: np.ndarray) -> float:
    """The calibration tables (all events, whole-article events); the ECE of all."""
    from warlog.evaluate.calibration import calibration_bins, expected_calibration_error, render

    for name, mask in (("all events", np.ones_like(art)), ("whole-article events", art)):
        print(f"{name}:")
        print(render(calibration_bins(p[mask].tolist(), (y[mask] > 0).tolist())))
    return expected_calibration_error(calibration_bins(p.tolist(), (y > 0).tolist()))


def _floors(p: np.ndarray, y: np.ndarray, art: np.ndarray, gold_events: int) -> float:
    """Precision and recall on the whole articles at each floor; the floor with the
    best F1 (the lowest of equals)."""
    chosen, best = 0.0, -1.0
    for floor in np.arange(0.0, 0.75, 0.05):
        sel = art & (p >= floor)
        prec = y[sel].mean() if sel.sum() else 0.0
        rec = y[sel].sum() / max(gold_events, 1)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"  floor {floor:.2f}: {sel.sum():3d} events, precision {prec:.3f}, "
              f"recall {rec:.3f}, F1 {f1:.3f}")
        if f1 > best + 1e-9:
            chosen, best = float(round(floor, 2)), f1
    return chosen


def _report(p: np.ndarray, y: np.ndarray, art: np.ndarray, gold_events: int) -> float:
    print("calibration, 5-fold cross-validated:")
    print(f"ECE (all events) {_calibration(p, y, art):.3f}")
    print("whole articles, by floor (cross-validated):")
    return _floors(p, y, art, gold_events)


def score_shipped(x: np.ndarray, y: np.ndarray, art: np.ndarray, gold_events: int) -> float:
    """The shipped weights' calibration on today's rules, and their floor's place among
    the floors; returns the ECE over all events."""
    from warlog.events.confidence import model

    shipped = model()
    p = _predict(x, np.array(shipped.weights), shipped.bias)
    print(f"calibration of the shipped weights (floor {shipped.min_probability:.2f}):")
    ece = _calibration(p, y, art)
    print(f"ECE (all events) {ece:.3f}")
    print("whole articles, by floor (shipped weights):")
    best = _floors(p, y, art, gold_events)
    print(f"best floor for the shipped weights {best:.2f}")
    return ece


def main() -> None:
    from warlog.events.confidence import FEATURES

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    ap.add_argument("--score", action="store_true",
                    help="only score the shipped weights' calibration on today's rules")
    args = ap.parse_args()
    x, y, w, folds, art, gold_events = _dataset()
    print(f"{len(y)} events ({int(art.sum())} from whole articles), {int(y.sum())} real")
    if args.score:
        score_shipped(x, y, art, gold_events)
        return
    p = np.zeros(len(y))
    for k in range(FOLDS):
        coef, bias = fit(x[folds != k], y[folds != k], w[folds != k])
        p[folds == k] = _predict(x[folds == k], coef, bias)
    floor = _report(p, y, art, gold_events)
    coef, bias = fit(x, y, w)
    for name, c in zip(FEATURES, coef, strict=True):
        print(f"  {name:16s} {c:+.3f}")
    print(f"  {'bias':16s} {bias:+.3f}; floor {floor:.2f}")
    if args.dry_run:
        return
    data = {"features": list(FEATURES), "weights": [round(float(c), 4) for c in coef],
            "bias": round(bias, 4), "min_probability": floor,
            "trained_on": "FA-KES whole-article gold (dev) and GDTD incidents (dev), CC-BY 4.0"}
    raw = (json.dumps(data, indent=1) + "\n").encode("utf-8")
    WEIGHTS.write_bytes(raw)
    digest = hashlib.sha256(raw).hexdigest()
    text = MODULE.read_text(encoding="utf-8")
    MODULE.write_text(re.sub(r'WEIGHTS_SHA256 = "[^"]*"', f'WEIGHTS_SHA256 = "{digest}"', text),
                      encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)} (sha256 {digest[:16]}...)")


if __name__ == "__main__":
    main()
