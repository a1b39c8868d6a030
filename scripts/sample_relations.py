"""Print a fixed random sample of the relations in `warlog extract` output, each with its
sentence, for judging by reading (the network's precision: is each edge what its
evidence says?).

    .venv/bin/warlog extract ../shared/gold/dev/fakes-main.jsonl > /tmp/fakes.jsonl
    .venv/bin/python scripts/sample_relations.py /tmp/fakes.jsonl --n 30 --seed 13
"""

from __future__ import annotations

import argparse
import json
import random


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", help="JSON Lines written by warlog extract")
    ap.add_argument("--n", type=int, default=30, help="How many relations (default 30).")
    ap.add_argument("--seed", type=int, default=13, help="Random seed (default 13).")
    args = ap.parse_args()
    found = []
    with open(args.path, encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            found.extend((doc["id"], r) for r in doc.get("relations", []))
    sample = random.Random(args.seed).sample(found, min(args.n, len(found)))
    print(f"{len(found)} relations, {len(sample)} drawn (seed {args.seed})")
    for i, (doc_id, r) in enumerate(sample, 1):
        claim = f" claimed by {r['claimed_by']}" if r["claimed_by"] else ""
        history = " (history)" if r["historical"] else ""
        print(f"\n{i:2}. {r['source']['name']} --{r['relation']}--> {r['target']['name']}"
              f"{claim}{history}  [{doc_id}, cue {r['cue']!r}, {r['date']}]")
        print(f"    {r['evidence']['text']}")


if __name__ == "__main__":
    main()
