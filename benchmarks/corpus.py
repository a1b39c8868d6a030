"""Throughput at corpus scale: extract, Dask with 1 and 2 local workers, ingest as the store
grows; documents per second and peak memory (the whole process tree) for each.

    .venv/bin/python benchmarks/corpus.py            # 600 articles, stores of 1k/10k/100k
    .venv/bin/python benchmarks/corpus.py --quick    # 120 articles, stores of 1k/10k
    .venv/bin/python benchmarks/corpus.py --skip throughput   # the growth part alone

The corpus is the real FA-KES articles of ``../shared/gold/dev/fakes-main.jsonl`` (237),
repeated to ``--docs`` with varied ids (``-r1``, ``-r2``, ...) and publication dates (a
week later per repetition). Each mode runs ``warlog extract`` (or ``ingest``) as a child
process, ``--rounds`` times in alternation (plain, local:1, local:2, ingest, ...); the best
wall time of each is kept (the machine is shared) and the load average before each run is
reported. The outputs of the three extract modes are compared byte for byte.

Ingest as the store grows is ``benchmarks/growth.py`` (its docstring says how the stores are
filled and cached, and how the timed ingests alternate); ``--skip throughput`` runs it alone.

Prints one JSON object; ``--markdown`` adds the table that docs/scale.md shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import growth

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "dev" / "fakes-main.jsonl"


def build_corpus(src: Path, n: int, out: Path, suffix: str = "r", start: int = 0) -> list[str]:
    """``n`` real articles (repeated, each repetition with new ids and dates a week later)
    as JSON Lines at ``out``; their ids."""
    rows = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line]
    ids = []
    with out.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            row = {k: v for k, v in rows[i % len(rows)].items() if k != "gold"}
            k = i // len(rows)
            if k or suffix != "r":
                row["id"] = f"{row['id']}-{suffix}{k}"
                if row.get("published"):
                    day = dt.date.fromisoformat(row["published"]) + dt.timedelta(days=7 * k)
                    row["published"] = day.isoformat()
            ids.append(row["id"])
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return ids


def run(cmd: list[str], stdout: Path | None = None) -> dict[str, Any]:
    """Run ``cmd``; wall seconds, CPU seconds (its whole process tree), peak RSS of the
    tree (sampled every 50 ms), the load average before."""
    load = os.getloadavg()[0]
    peak = 0
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdout or os.devnull, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, cwd=ROOT)
        done = threading.Event()

        def watch() -> None:
            nonlocal peak
            top = psutil.Process(proc.pid)
            while not done.is_set():
                try:
                    tree = [top, *top.children(recursive=True)]
                    peak = max(peak, sum(p.memory_info().rss for p in tree))
                except psutil.Error:
                    pass
                time.sleep(0.05)

        thread = threading.Thread(target=watch, daemon=True)
        thread.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - start
        done.set()
        thread.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.decode()[-2000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "peak_mb": round(peak / 2**20),
            "load": round(load, 2),
            "stderr": err.decode().strip().splitlines()[-1:]}


def warlog(*args: str) -> list[str]:
    return [sys.executable, "-m", "warlog.cli", "-q", *args]


def throughput(corpus: Path, n: int, rounds: int, work: Path) -> dict[str, Any]:
    modes = {"extract": [], "dask_local_1": ["--dask", "local:1"],
             "dask_local_2": ["--dask", "local:2"]}
    best: dict[str, dict[str, Any]] = {}
    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in [*modes, "ingest"]}
    digests: dict[str, set[str]] = {}
    for _ in range(rounds):
        for mode, extra in modes.items():
            out = work / f"{mode}.jsonl"
            r = run(warlog("extract", str(corpus), *extra), stdout=out)
            digests.setdefault(mode, set()).add(hashlib.sha256(out.read_bytes()).hexdigest())
            runs[mode].append(r)
        db = work / "fresh.db"
        db.unlink(missing_ok=True)
        runs["ingest"].append(run(warlog("ingest", str(corpus), "--db", str(db))))
    for mode, rs in runs.items():
        top = min(rs, key=lambda r: r["wall_s"])
        best[mode] = {**top, "docs_per_s": round(n / top["wall_s"], 2),
                      "docs_per_cpu_s": round(n / min(r["cpu_s"] for r in rs), 2),
                      "walls": [r["wall_s"] for r in rs], "loads": [r["load"] for r in rs],
                      "peak_mb_max": max(r["peak_mb"] for r in rs)}
    same = len({d for ds in digests.values() for d in ds}) == 1
    rate = {m: best[m]["docs_per_s"] for m in best}
    return {"documents": n, "modes": best, "same_bytes": same, "ratios": {
        "dask_2_over_dask_1": round(rate["dask_local_2"] / rate["dask_local_1"], 2),
        "dask_2_over_extract": round(rate["dask_local_2"] / rate["extract"], 2),
        "dask_1_over_extract": round(rate["dask_local_1"] / rate["extract"], 2),
        "ingest_over_extract": round(rate["ingest"] / rate["extract"], 2),
        "ingest_over_extract_cpu": round(best["ingest"]["docs_per_cpu_s"]
                                         / best["extract"]["docs_per_cpu_s"], 2)}}


def markdown(res: dict[str, Any]) -> str:
    t = res["throughput"]
    lines = ["| mode | docs/s (best wall) | docs per CPU s | wall s (runs) | load before | "
             "peak MB (tree) |", "|---|---|---|---|---|---|"]
    for mode, r in t["modes"].items():
        lines.append(f"| {mode} | {r['docs_per_s']} | {r['docs_per_cpu_s']} | {r['walls']} | "
                     f"{r['loads']} | {r['peak_mb_max']} |")
    if "growth" in res:
        lines += ["", growth.markdown(res)]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="120 articles, stores of 1k and 10k")
    ap.add_argument("--docs", type=int, help="articles for the throughput runs (600)")
    ap.add_argument("--sizes", help="stored documents for ingest, comma-separated")
    ap.add_argument("--new", type=int, help="real articles ingested at each size (60)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating runs of each mode")
    ap.add_argument("--rounds-growth", type=int, help="timed ingests per store size (5; "
                    "--quick 3)")
    ap.add_argument("--cache", default=growth.CACHE, help="the filled stores are kept here")
    ap.add_argument("--work", default="/tmp/warlog-corpus", help="scratch folder")
    ap.add_argument("--skip", choices=["throughput", "growth"], help="leave one part out")
    ap.add_argument("--markdown", action="store_true", help="print the docs' table too")
    args = ap.parse_args()
    n = args.docs or (120 if args.quick else 600)
    sizes = [int(s) for s in (args.sizes or ("1000,10000" if args.quick
                                             else "1000,10000,100000")).split(",")]
    new = args.new or (30 if args.quick else 60)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus.jsonl"
    build_corpus(GOLD, n, corpus)
    res: dict[str, Any] = {"cpus": os.cpu_count(), "started": time.strftime("%H:%M:%S")}
    if args.skip != "throughput":
        res["throughput"] = throughput(corpus, n, args.rounds, work)
    if args.skip != "growth":
        paths = growth.build_stores(Path(args.cache), sizes)
        res["stores"] = growth.stored_counts(paths)
        res["growth"] = growth.measure(paths, new, args.rounds_growth or (3 if args.quick
                                                                          else 5), work)
    print(json.dumps(res, indent=1))
    if args.markdown and "throughput" in res:
        print(markdown(res))
    elif args.markdown and "growth" in res:
        print(growth.markdown(res))


if __name__ == "__main__":
    main()
