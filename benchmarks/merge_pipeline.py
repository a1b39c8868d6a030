"""Merging measured end to end: the merge set's report texts through the whole pipeline.

    .venv/bin/python benchmarks/merge_pipeline.py

``warlog eval merge`` scores dedup on hand-annotated events. This script runs the real
pipeline on the texts of the same reports (each with its publication date and outlet),
takes each document's most confident event, merges them, and scores the pairs against
the labels. Reports that tell two events (one document) are left out. Prints one JSON
object with the pairwise precision/recall and how many reports yielded no event, no
date or no place.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from warlog.config import load_settings
from warlog.evaluate.merge import pairwise
from warlog.models import AnnotatedDocument, SourcedEvent
from warlog.runner import extract_paths
from warlog.stages.dedup import member_key, merge_events

SET = Path(__file__).parents[1] / "tests" / "fixtures" / "merge" / "reports.jsonl"


def main() -> None:
    rows = [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line]
    per_doc = Counter(r["document"] for r in rows)
    single = [r for r in rows if per_doc[r["document"]] == 1]
    truth_of = {r["document"]: r["truth"] for r in single}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.jsonl"
        path.write_text("".join(json.dumps({
            "id": r["document"], "text": r["text"], "published": r["published"],
            "source": r["source"]}) + "\n" for r in single), encoding="utf-8")
        done: list[AnnotatedDocument] = []
        extract_paths([str(path)], load_settings(), done.append)
    items, missing = [], Counter()
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
    labelled = [(it, t) for it, t in items if t is not None]
    merged = merge_events(it for it, _ in labelled)
    predicted = {member_key(m): c.id for c in merged for m in c.members}
    score = pairwise(predicted, {member_key(it): t for it, t in labelled})
    print(json.dumps({"reports": len(single), "documents": len(done),
                      "scored": len(labelled), **dict(missing),
                      "precision": score["precision"], "recall": score["recall"],
                      "tp": score["tp"], "fp": score["fp"], "fn": score["fn"]}))


if __name__ == "__main__":
    sys.exit(main())
