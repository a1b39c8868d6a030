"""Every accuracy figure the issues ask for, dev and check side by side, in one run.

Each gold file is run through ``warlog extract`` once (two processes at a time) and the
saved output is scored by the same code as ``warlog eval ...``. For ``check/`` files only
the aggregate figures are printed: never their items (see ../shared/gold/README.md).

    .venv/bin/python benchmarks/accuracy.py                 # everything
    .venv/bin/python benchmarks/accuracy.py --only articles,fakes --json scores.json
    .venv/bin/python benchmarks/accuracy.py --only timex --detail   # + breakdown by shape
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"
SEED = ROOT.parent / "shared" / "seed"

# name: (scorer module, dev file, check file or None, figures to print)
SETS: dict[str, tuple[str, Path, Path | None, tuple[str, ...]]] = {
    "seed-articles": ("articles", SEED / "events.jsonl", None,
                      ("precision", "recall", "fields.sub_event_type", "fields.actor1",
                       "fields.fatalities", "history")),
    "articles": ("articles", GOLD / "dev" / "articles.jsonl", None,
                 ("precision", "recall", "fields.sub_event_type", "fields.actor1",
                  "fields.fatalities", "history")),
    "fakes": ("fakes", GOLD / "dev" / "fakes-main.jsonl", GOLD / "check" / "fakes-main.jsonl",
              ("rates.governorate", "rates.perpetrator_class", "rates.cause",
               "rates.exact_toll")),
    "incidents": ("incidents", GOLD / "dev" / "incidents.jsonl",
                  GOLD / "check" / "incidents.jsonl",
                  ("rates.perpetrator", "rates.fatalities", "rates.date",
                   "rates.location_161km", "rates.location_25km_town")),
    "event-types": ("event_types", GOLD / "dev" / "event-types.jsonl",
                    GOLD / "check" / "event-types.jsonl", ("weighted_f1_25", "weighted_f1_30")),
    "geoparse": ("geoparse", GOLD / "dev" / "geoparse.jsonl",
                 GOLD / "check" / "geoparse-other.jsonl",
                 ("overall.accuracy_161km", "overall.precision", "overall.recall")),
    "timex": ("timex", GOLD / "dev" / "timex.jsonl", GOLD / "check" / "timex.jsonl",
              ("accuracy",)),
}


def _extract(gold: Path, out: Path) -> Path:
    cmd = [sys.executable, "-m", "warlog.cli", "-q", "extract", str(gold), "-o", str(out)]
    subprocess.run(cmd, check=False, cwd=ROOT, stderr=subprocess.DEVNULL)
    return out


def _get(report: dict[str, Any], dotted: str) -> Any:
    value: Any = report
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _score(module: str, gold: Path, predictions: Path) -> dict[str, Any]:
    import importlib

    from warlog.config import load_settings

    mod = importlib.import_module(f"warlog.evaluate.{module}")
    report: dict[str, Any] = mod.run(str(gold), load_settings(), predictions=str(predictions))
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--only", help="comma-separated set names: " + ", ".join(SETS))
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument("--detail", action="store_true",
                    help="also print the aggregate breakdowns a scorer offers (timex: by "
                         "value shape; event-types: precision/recall/F1 per code), dev "
                         "and check")
    args = ap.parse_args()
    names = args.only.split(",") if args.only else list(SETS)
    tmp = Path(tempfile.mkdtemp(prefix="warlog-accuracy-"))
    print(f"extract outputs in {tmp}", file=sys.stderr)
    jobs = [(n, part, path) for n in names
            for part, path in (("dev", SETS[n][1]), ("check", SETS[n][2])) if path]
    with ThreadPoolExecutor(max_workers=2) as pool:
        outs = dict(zip([(n, p) for n, p, _ in jobs],
                        pool.map(lambda j: _extract(j[2], tmp / f"{j[0]}-{j[1]}.jsonl"), jobs),
                        strict=True))
    table: dict[str, dict[str, dict[str, Any]]] = {}
    details: list[str] = []
    per_code: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    confusion: dict[str, dict[str, list[list[Any]]]] = {}
    for n, part, path in jobs:
        module, _, _, keys = SETS[n]
        report = _score(module, path, outs[(n, part)])
        table.setdefault(n, {})[part] = {k: _get(report, k) for k in keys}
        if args.detail and "by_shape" in report:  # aggregates only, never items
            from warlog.evaluate.timex import render_shapes
            from warlog.evaluate.timex_classes import render_classes
            from warlog.evaluate.timex_forms import render_forms

            details += [f"{n} {part}", *render_shapes(report["by_shape"]),
                        *render_classes(report.get("by_class", {})),
                        *render_forms(report.get("by_form", {}))]
        if args.detail and "by_date" in report:  # incidents: aggregate date cells only
            from warlog.evaluate.incident_dates import render_dates

            details += [f"{n} {part}", *render_dates(report["by_date"])]
        if args.detail and "by_corpus" in report:  # geoparse: aggregate breakdowns only
            from warlog.evaluate.geoparse import render

            details += [f"{n} {part}", *render(report).splitlines()[1:]]
        if args.detail and "perpetrator_confusion" in report:  # fakes: class pairs, outlets
            details += [f"{n} {part}: perpetrator class, gold -> predicted (count)"]
            details += [f"  {g:12s} -> {p:24s} {k:4d}"
                        for g, p, k in report["perpetrator_confusion"]]
            details += [f"{n} {part}: perpetrator class right / scored, by outlet"]
            details += [f"  {k:16s} {v.get('right', 0):4d} / {v.get('scored', 0):4d}"
                        for k, v in report["perpetrator_by_source"].items()]
        if args.detail and "per_code" in report:  # per-code aggregates only, never items
            per_code.setdefault(n, {})[part] = report["per_code"]
            confusion.setdefault(n, {})[part] = report.get("confusion", [])
            details += [f"{n} {part}: documents by the events given (right / all)"]
            details += [f"  {k:45s} {v['right']:4d} / {v['documents']:4d}"
                        for k, v in report.get("by_events", {}).items()]
    for n, parts in table.items():
        print(n)
        for k in SETS[n][3]:
            dev, chk = parts.get("dev", {}).get(k), parts.get("check", {}).get(k)
            fmt = lambda v: "-" if v is None else f"{v:.3f}"  # noqa: E731
            print(f"  {k:28s} dev {fmt(dev):>6s}   check {fmt(chk):>6s}")
    print("\n".join(details))
    for n, parts in per_code.items():
        print(f"{n} per code: precision/recall/F1 (support), dev and check, most lost "
              "weight first ((1 - F1) x support)")
        codes = sorted({c for p in parts.values() for c in p},
                       key=lambda c: -sum((1 - p[c]["f1"]) * p[c]["support"]
                                          for p in parts.values() if c in p))
        for c in codes:
            cells = []
            for part in ("dev", "check"):
                v = parts.get(part, {}).get(c)
                cells.append("    -      " if v is None else
                             f"{v['precision']:.2f}/{v['recall']:.2f}/{v['f1']:.2f} "
                             f"({int(v['support']):3d})")
            print(f"  {c:30s} dev {cells[0]}   check {cells[1]}")
    for n, parts in confusion.items():  # counts of (gold, predicted) pairs only
        print(f"{n} confusion: gold -> predicted, count dev / check (NONE: no event)")
        counts: dict[tuple[str, str], list[int]] = {}
        for i, part in enumerate(("dev", "check")):
            for g, p, k in parts.get(part, []):
                counts.setdefault((g, p), [0, 0])[i] = int(k)
        for (g, p), (d, c) in sorted(counts.items(), key=lambda kv: (-kv[1][1], -kv[1][0])):
            print(f"  {g:30s} -> {p:30s} {d:3d} / {c:3d}")
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
