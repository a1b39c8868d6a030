"""Merging measured end to end: the merge set's report texts through the whole pipeline.

    .venv/bin/python benchmarks/merge_pipeline.py [--save FILE | --load FILE]

``--save`` writes the extracted events (JSON lines) so that ``--load`` can re-score
merging alone, without running the pipeline again (for work on dedup).

``warlog eval merge`` scores dedup on hand-annotated events. This script runs the real
pipeline on the texts of the same reports (tests/fixtures/merge/reports.jsonl, and with
``--sets 2``, the default, lookalikes.jsonl too; each with its publication date and
outlet), takes each document's most confident event, merges them, and scores the pairs
against the labels. Reports that tell two events (one document) are left out. Prints one JSON
object with the pairwise precision/recall and how many reports yielded no event, no
date or no place.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

from warlog import codec
from warlog.config import load_settings
from warlog.evaluate.merge import pairwise
from warlog.merge.dedup import member_key, merge_events
from warlog.models import AnnotatedDocument, SourcedEvent
from warlog.runner import extract_paths

SETS = [Path(__file__).parents[1] / "tests" / "fixtures" / "merge" / name
        for name in ("reports.jsonl", "lookalikes.jsonl")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--save", help="write the extracted events to this file")
    ap.add_argument("--load", help="score merging on events saved by --save")
    ap.add_argument("--sets", type=int, default=2,
                    help="1: the merge set only; 2: with the look-alikes (default)")
    args = ap.parse_args()
    rows = [json.loads(line) for path in SETS[:args.sets]
            for line in path.read_text(encoding="utf-8").splitlines() if line]
    per_doc = Counter(r["document"] for r in rows)
    single = [r for r in rows if per_doc[r["document"]] == 1]
    if args.load:
        saved = [json.loads(line) for line in Path(args.load).read_text(encoding="utf-8")
                 .splitlines() if line]
        items = [(codec.loads(SourcedEvent, s["item"]), s["truth"]) for s in saved]
        missing: Counter[str] = Counter({k: v for k, v in saved[0].get("missing", {}).items()}
                                        if saved else {})
    else:
        items, missing = _extract(single)
    if args.save:
        Path(args.save).write_text("".join(
            json.dumps({"item": codec.dumps(it), "truth": t, "missing": dict(missing)}) + "\n"
            for it, t in items), encoding="utf-8")
    _score(items, missing, len(single))


def _extract(single: list[dict[str, str]]) -> tuple[list[tuple[SourcedEvent, str | None]],
                                                    Counter[str]]:
    truth_of = {r["document"]: r["truth"] for r in single}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.jsonl"
        path.write_text("".join(json.dumps({
            "id": r["document"], "text": r["text"], "published": r["published"],
            "source": r["source"]}) + "\n" for r in single), encoding="utf-8")
        done: list[AnnotatedDocument] = []
        extract_paths([str(path)], load_settings(), done.append)
    items: list[tuple[SourcedEvent, str | None]] = []
    missing: Counter[str] = Counter()
    for ad in done:
        if not ad.events:
            missing["no event"] += 1
            continue
        ev = max(ad.events, key=lambda e: e.confidence)
        missing["no date"] += ev.date is None
        missing["no country"] += ev.location is None or not (
            ev.location.country_code or ev.location.country)
        items.append((SourcedEvent(event=ev, document_id=ad.document.id,
                                   source=ad.document.source,
                                   published=ad.document.published),
                      truth_of.get(ad.document.id) or truth_of.get(str(ad.document.title))))
    return items, missing


def _score(items: list[tuple[SourcedEvent, str | None]], missing: Counter[str],
           reports: int) -> None:
    labelled = [(it, t) for it, t in items if t is not None]
    merged = merge_events(it for it, _ in labelled)
    predicted = {member_key(m): c.id for c in merged for m in c.members}
    score = pairwise(predicted, {member_key(it): t for it, t in labelled})
    print(json.dumps({"reports": reports, "documents": len(items) + missing["no event"],
                      "scored": len(labelled), **dict(missing),
                      "precision": score["precision"], "recall": score["recall"],
                      "tp": score["tp"], "fp": score["fp"], "fn": score["fn"]}))


if __name__ == "__main__":
    main()
