"""Time dedup over synthetic events and score it against the synthetic truth.

    .venv/bin/python benchmarks/merge_1m.py --events 1000000

Prints one JSON object: events, canonical events, wall and CPU seconds (the CPU figure
is what the merge costs on a machine shared with other jobs), and the pairwise
precision/recall against the events the reports were generated from.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import synthetic

from warlog.evaluate.merge import pairwise
from warlog.merge.dedup import member_key, merge_events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000, help="reports to merge (about)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    labelled = []
    for k, it in synthetic.true_events(args.events, args.seed):
        labelled.append((k, it))
        if len(labelled) >= args.events:
            break
    made = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), time.process_time()
    merged = merge_events(it for _, it in labelled)
    seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
    truth = {member_key(it): str(k) for k, it in labelled}
    predicted = {member_key(m): c.id for c in merged for m in c.members}
    score = pairwise(predicted, truth)
    print(json.dumps({
        "events": len(labelled), "true_events": len(set(truth.values())),
        "canonical_events": len(merged), "generate_seconds": round(made, 1),
        "merge_seconds": round(seconds, 1), "merge_cpu_seconds": round(cpu, 1),
        "events_per_cpu_second": round(len(labelled) / cpu),
        "precision": score["precision"], "recall": score["recall"],
    }))


if __name__ == "__main__":
    main()
