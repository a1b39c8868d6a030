"""Aggregate counts, per corpus, of spaCy's label over each undetected gold place and each
prediction (right or false detection), with whether the index knows the gold name and
the feature of the place predicted: where detection loses, by what the tagger saw.

Counts only, so that it can be run on the files kept for scores (../shared/gold/README.md):

    .venv/bin/warlog -q extract ../shared/gold/dev/geoparse.jsonl -o dev-out.jsonl
    .venv/bin/python benchmarks/geolabels.py ../shared/gold/dev/geoparse.jsonl dev-out.jsonl
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any


def _label(ents: list[Any], x: dict[str, Any]) -> str:
    hit = [e for e in ents if e.start_char < int(x["end"]) and int(x["start"]) < e.end_char]
    return str(hit[0].label_) if hit else "none"


def _part(ents: list[Any], x: dict[str, Any], text: str) -> str:
    """Whether the prediction is its entity's whole name or a part of a longer one, with
    the family of the longer name's head word ("Dalton High School": school)."""
    from warlog.evaluate.geocues import cues

    hit = [e for e in ents if e.start_char < int(x["end"]) and int(x["start"]) < e.end_char]
    if not hit:
        return "no entity"
    e = hit[0]
    if e.start_char >= int(x["start"]) and e.end_char <= int(x["end"]):
        return "whole entity"
    inside = [c for c in cues(text, x) if c.startswith("inside a name: ")]
    where = "opens" if int(x["start"]) <= e.start_char + 4 else "closes" \
        if int(x["end"]) >= e.end_char else "middle of"
    return f"{where} a longer entity" + (f", {inside[0][15:]}" if inside else "")


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("predictions", help="warlog extract output for the gold file")
    ap.add_argument("--min", type=int, default=2, help="leave out counts below this")
    ap.add_argument("--part", action="store_true",
                    help="also tell detections by whether they are their entity's whole "
                         "name or a part of a longer one, and the longer name's head word")
    args = ap.parse_args()

    from warlog.config import load_settings
    from warlog.evaluate.common import predictions_for, read_gold
    from warlog.nlp.ents import entities
    from warlog.nlp.load import load_nlp
    from warlog.places import load_gazetteer
    from warlog.places.known import known

    settings = load_settings()
    nlp, gaz = load_nlp(settings.spacy_model), load_gazetteer(settings)
    rows = read_gold(args.gold, None)
    tally: Counter[tuple[str, ...]] = Counter()
    for row, obj in predictions_for(rows, settings, args.predictions):
        corpus, preds = str(row.get("corpus") or "all"), list((obj or {}).get("places") or [])
        ents = list(entities(nlp(str(row["text"]))))
        gold, others = row.get("places") or [], row.get("other_places") or []
        for g in gold:
            if not any(_overlaps(p, g) for p in preds):
                where = "in index" if known(gaz, str(g["text"])) else "not in index"
                tally[(corpus, "undetected", _label(ents, g), where)] += 1
        for p in preds:
            right = any(_overlaps(p, g) for g in gold)
            if right or not any(_overlaps(p, o) for o in others):
                kind = "detection" if right else "false detection"
                key = (corpus, kind, _label(ents, p), str(p.get("feature")))
                if args.part:
                    key += (_part(ents, p, str(row["text"])),)
                tally[key] += 1
    for key, n in sorted(tally.items(), key=lambda kv: (kv[0][:2], -kv[1])):
        if n >= args.min:
            print(f"{n:5d}  {' / '.join(key)}")


if __name__ == "__main__":
    main()
