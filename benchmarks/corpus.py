"""Throughput at corpus scale: extract, Dask with 1 and 2 local workers, ingest as the store
grows; documents per second and peak memory (the whole process tree) for each.

    .venv/bin/python benchmarks/corpus.py            # 600 articles, stores of 1k/10k/100k
    .venv/bin/python benchmarks/corpus.py --quick    # 120 articles, stores of 1k/10k

The corpus is the real FA-KES articles of ``../shared/gold/dev/fakes-main.jsonl`` (237),
repeated to ``--docs`` with varied ids (``-r1``, ``-r2``, ...) and publication dates (a
week later per repetition). Each mode runs ``warlog extract`` (or ``ingest``) as a child
process, ``--rounds`` times in alternation (plain, local:1, local:2, ingest, ...); the best
wall time of each is kept (the machine is shared) and the load average before each run is
reported. The outputs of the three extract modes are compared byte for byte.

Ingest as the store grows: running the NLP pipeline to 100,000 stored documents would take
hours on two cores, so the store is pre-filled through its own API (``Store.add_many``,
then ``Store.merge`` every few thousand documents) with synthetic stored documents: the
real articles' own extractions (from a plain ingest of them), copied with new ids and every
date moved back one year per copy. Copies overlap in time, so every stretch of days holds
about as many stored documents as four copies (the density of a collection that keeps
growing, not of one whose days fill up), and the copies keep the full document texts and
events but not the per-mention annotations (places, times, actors, numbers lists), which
merging never reads. At each size, ``warlog ingest`` of ``--new`` further real articles (60)
(new ids, real dates: they land among the copies of the years before) is timed on a copy
of the store: first storing (``--no-merge``), then merging (``ingest --db`` alone).

Prints one JSON object; ``--markdown`` adds the table that docs/scale.md shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import psutil

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


def _shift(value: str | None, years: int) -> str | None:
    """A TimeML date value ``years`` earlier (a 29 February becomes the 28th)."""
    if not value or not value[:4].isdigit():
        return value
    out = f"{int(value[:4]) - years:04d}{value[4:]}"
    return out.replace("-02-29", "-02-28")


def synthetic_copy(ad: Any, k: int) -> Any:
    """Copy ``k`` of a stored document: new id, every date ``k`` years earlier, the texts and
    events kept, the per-mention annotations left out."""
    doc = ad.document
    published = doc.published
    if published is not None:
        published = published.replace(year=published.year - k,
                                      day=min(published.day, 28 if published.month == 2 else 31))
    events = tuple(dataclasses.replace(e, date=_shift(e.date, k)) for e in ad.events)
    return dataclasses.replace(ad, document=dataclasses.replace(doc, id=f"{doc.id}-a{k}",
                               published=published), events=events, places=(), times=(),
                               actors=(), numbers=())


def prefill(store: Any, base: list[Any], upto: int, state: dict[str, int]) -> None:
    """Add synthetic copies until the store holds ``upto`` documents, merging every ten
    copies (as a collection ingested bit by bit is merged)."""
    while state["stored"] < upto:
        state["copy"] += 1
        take = base[: upto - state["stored"]]
        for start in range(0, len(take), 500):
            store.add_many([synthetic_copy(ad, state["copy"]) for ad in take[start:start + 500]])
        state["stored"] += len(take)
        if state["copy"] % 10 == 0 or state["stored"] >= upto:
            store.merge()


def growth(sizes: list[int], new: int, fresh_db: Path, work: Path,
           rounds: int) -> dict[str, Any]:
    """Ingest speed of ``new`` real articles into stores pre-filled to each size."""
    from warlog.store import open_store

    with open_store(fresh_db, readonly=True) as src:
        ids = [r[0] for r in src.conn.execute("SELECT id FROM documents ORDER BY rowid")]
        base = [ad for ad in map(src.get, ids[:237]) if ad is not None]
    newfile = work / "new.jsonl"
    build_corpus(GOLD, new, newfile, suffix="n")
    db = work / "grow.db"
    for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        p.unlink(missing_ok=True)
    state = {"stored": 0, "copy": 0}
    out: dict[str, Any] = {}
    with open_store(db) as store:
        for size in sizes:
            t = time.perf_counter()
            prefill(store, base, size, state)
            fill = time.perf_counter() - t
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            events = store.counts()["events"]
            tries = [_ingest_new(db, work / f"grow-{size}.db", newfile) for _ in range(rounds)]
            top = min(tries, key=lambda t: t["wall_s"])
            ops = _store_ops(db, work / f"ops-{size}.db", base[:new])
            out[str(size)] = {"stored_events": events, "prefill_s": round(fill, 1), **top,
                              **ops,
                              "docs_per_s": round(new / top["wall_s"], 2),
                              "docs_per_cpu_s": round(new / min(t["cpu_s"] for t in tries), 2),
                              "walls": [t["wall_s"] for t in tries],
                              "loads": [t["load"] for t in tries]}
    first, last = out[str(sizes[0])], out[str(sizes[-1])]
    return {"new_documents": new, "sizes": out,
            "last_over_first": round(last["docs_per_s"] / first["docs_per_s"], 2),
            "last_over_first_cpu": round(last["docs_per_cpu_s"] / first["docs_per_cpu_s"], 2),
            "prefill_peak_mb": round(psutil.Process().memory_info().rss / 2**20)}


def _ingest_new(db: Path, copy: Path, newfile: Path) -> dict[str, Any]:
    """Time ``warlog ingest`` of the new articles on a copy of the store: storing, then
    merging."""
    shutil.copyfile(db, copy)
    try:
        stored = run(warlog("ingest", str(newfile), "--db", str(copy), "--no-merge"))
        merged = run(warlog("ingest", "--db", str(copy)))
    finally:
        for p in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            p.unlink(missing_ok=True)
    return {"wall_s": round(stored["wall_s"] + merged["wall_s"], 2),
            "cpu_s": round(stored["cpu_s"] + merged["cpu_s"], 2),
            "store_s": stored["wall_s"], "merge_s": merged["wall_s"], "load": stored["load"],
            "peak_mb": max(stored["peak_mb"], merged["peak_mb"])}


def _store_ops(db: Path, copy: Path, docs: list[Any]) -> dict[str, Any]:
    """The store's own share, without the NLP: ``docs`` (already annotated, new ids)
    checked, added in batches of 32 and merged, in this process, on a copy of the store."""
    from warlog.store import open_store

    shutil.copyfile(db, copy)
    os.sync()
    fresh = [dataclasses.replace(ad, document=dataclasses.replace(
        ad.document, id=f"{ad.document.id}-ops")) for ad in docs]
    try:
        with open_store(copy) as store:
            t = time.perf_counter()
            for ad in fresh:
                store.has_document(ad.document.id)
            for start in range(0, len(fresh), 32):
                store.add_many(fresh[start:start + 32])
            added = time.perf_counter() - t
            t = time.perf_counter()
            report = store.merge()
            merged = time.perf_counter() - t
    finally:
        for p in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            p.unlink(missing_ok=True)
    return {"ops_add_s": round(added, 3), "ops_merge_s": round(merged, 3),
            "ops_merge_events_read": report.events,
            "ops_ms_per_event_read": round(1000 * merged / max(1, report.events), 3)}


def markdown(res: dict[str, Any]) -> str:
    t = res["throughput"]
    lines = ["| mode | docs/s (best wall) | docs per CPU s | wall s (runs) | load before | "
             "peak MB (tree) |", "|---|---|---|---|---|---|"]
    for mode, r in t["modes"].items():
        lines.append(f"| {mode} | {r['docs_per_s']} | {r['docs_per_cpu_s']} | {r['walls']} | "
                     f"{r['loads']} | {r['peak_mb_max']} |")
    lines += ["", "| stored documents | stored events | docs/s (store + merge) | docs per "
              "CPU s | store s | merge s | wall s (runs) | load before | peak MB |",
              "|---|---|---|---|---|---|---|---|---|"]
    for size, r in res["growth"]["sizes"].items():
        lines.append(f"| {int(size):,} | {r['stored_events']:,} | {r['docs_per_s']} | "
                     f"{r['docs_per_cpu_s']} | {r['store_s']} | {r['merge_s']} | {r['walls']} | "
                     f"{r['loads']} | {r['peak_mb']} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="120 articles, stores of 1k and 10k")
    ap.add_argument("--docs", type=int, help="articles for the throughput runs (600)")
    ap.add_argument("--sizes", help="stored documents for ingest, comma-separated")
    ap.add_argument("--new", type=int, help="real articles ingested at each size (60)")
    ap.add_argument("--rounds", type=int, default=2, help="alternating runs of each mode")
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
    fresh = work / "fresh.db"
    if not fresh.exists():
        run(warlog("ingest", str(corpus), "--db", str(fresh)))
    if args.skip != "growth":
        res["growth"] = growth(sizes, new, fresh, work, args.rounds)
    print(json.dumps(res, indent=1))
    if args.markdown and "throughput" in res and "growth" in res:
        print(markdown(res))


if __name__ == "__main__":
    main()
