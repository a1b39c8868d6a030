"""Ingest as the store grows: the same new real articles ingested into stores of 1,000,
10,000 and 100,000 documents, sizes alternating, medians of wall and CPU time.

    .venv/bin/python benchmarks/growth.py                  # 1k/10k/100k, 5 rounds
    .venv/bin/python benchmarks/growth.py --quick          # 1k/10k, 3 rounds

**The stores.** Running the NLP pipeline to 100,000 stored documents would take hours on
two cores, so the stores are filled through the store's own API (``Store.add_many`` in
transactions of 500 documents, ``Store.merge`` after every round of copies) with copies
of the real articles' own stored extractions (a plain ``warlog ingest`` of the 237 FA-KES
dev articles): each copy has new ids and either the articles' own countries or one of 19
other conflict countries, and its dates moved back a whole number of years. The first four
copies keep the articles' countries, 1 to 4 years back: they are the neighbourhood of the
new articles, the same in every store, as in a collection that keeps growing at a steady
rate (its recent days are as full at 100,000 documents as at 1,000). Later copies go round
the 20 countries, each one year further back, so the 100,000-document store spans about
20 countries over 25 years, and historical mentions in the new articles (dated to a
year, or decades back) reach into a full archive. The copies keep the documents' texts,
events and relations, not the per-mention lists (places, times, ...) that merging never
reads. One file is grown: 1k is copied aside, then grown to 10k, copied, grown to 100k.
The stores are kept in a cache folder outside the repository (``--cache``, by default
``$XDG_CACHE_HOME/warlog-bench``), keyed by this scheme and the articles, and brought up
to the current schema before any timing. They are filler: a store built with an older
warlog's extractions measures the same thing; delete the folder to rebuild it.

**The timing.** Each timed run is ``warlog ingest NEW --db STORE`` (store and merge, one
process) of ``--new`` further real articles with new ids and their real dates. It runs
on the cached store itself, which is put back afterwards without copying it: a helper
process holds a read transaction begun on the checkpointed file, so SQLite cannot copy
the run's WAL into the database file; the helper is then killed and the WAL deleted. Sizes
alternate (1k, 10k, 100k, then 100k, 10k, 1k, ...) and the medians are reported: wall
time, CPU time of the child (``getrusage``), and the store's own share (time inside
``Store.add_many``, ``Store.has_read`` and ``Store.merge``, measured in the child).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "dev" / "fakes-main.jsonl"
SCHEME = "growth-v2"
CACHE = str(Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "warlog-bench")
NEAR_COPIES = 4  # copies in the new articles' own countries and years
COUNTRIES = (("IQ", "Iraq"), ("AF", "Afghanistan"), ("YE", "Yemen"), ("SO", "Somalia"),
             ("NG", "Nigeria"), ("ML", "Mali"), ("LY", "Libya"), ("SD", "Sudan"),
             ("CD", "Democratic Republic of Congo"), ("MM", "Myanmar"), ("UA", "Ukraine"),
             ("PK", "Pakistan"), ("ET", "Ethiopia"), ("BF", "Burkina Faso"),
             ("CF", "Central African Republic"), ("SS", "South Sudan"),
             ("MZ", "Mozambique"), ("CO", "Colombia"), ("MX", "Mexico"))


def copies() -> Any:
    """(country index, years back) of copy 1, 2, ...: 0 is the articles' own countries."""
    for years in range(1, NEAR_COPIES + 1):
        yield 0, years
    years = 1
    while True:
        for c in range(1, len(COUNTRIES) + 1):
            yield c, years
        yield 0, years + NEAR_COPIES
        years += 1


def write_corpus(out: Path, n: int | None = None, suffix: str | None = None) -> list[str]:
    """The dev articles (without their gold) as JSON Lines; the first ``n``, with ids
    ending ``-suffix`` when given."""
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    rows = rows[:n] if n else rows
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            row = {k: v for k, v in row.items() if k != "gold"}
            if suffix:
                row["id"] = f"{row['id']}-{suffix}"
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return [r["id"] for r in rows]


def warlog(*args: str) -> list[str]:
    return [sys.executable, "-m", "warlog.cli", "-q", *args]


def _shift(value: str | None, years: int) -> str | None:
    """A TimeML date value ``years`` earlier (a 29 February becomes the 28th)."""
    if not value or not value[:4].isdigit():
        return value
    return f"{int(value[:4]) - years:04d}{value[4:]}".replace("-02-29", "-02-28")


def synthetic_copy(ad: Any, k: int, country: int, years: int) -> Any:
    """Copy ``k`` of a stored document: new id, in ``COUNTRIES[country - 1]`` (0: its own),
    every date ``years`` earlier; texts, events and relations kept, per-mention lists not."""
    doc = ad.document
    published = doc.published
    if published is not None:
        published = published.replace(year=published.year - years,
                                      day=min(published.day, 28 if published.month == 2 else 31))

    def move(e: Any) -> Any:
        loc = e.location
        if country and loc is not None:
            code, name = COUNTRIES[country - 1]
            loc = dataclasses.replace(loc, country_code=code, country=name)
        return dataclasses.replace(e, date=_shift(e.date, years), location=loc)

    relations = tuple(dataclasses.replace(r, date=_shift(r.date, years)) for r in ad.relations)
    return dataclasses.replace(
        ad, document=dataclasses.replace(doc, id=f"{doc.id}-a{k}", published=published),
        events=tuple(map(move, ad.events)), relations=relations,
        places=(), times=(), actors=(), numbers=())


def build_stores(cache: Path, sizes: list[int]) -> dict[int, Path]:
    """The cached stores of each size (built if missing): one file grown size by size."""
    from warlog.store import open_store

    cache.mkdir(parents=True, exist_ok=True)
    key = hashlib.sha256(GOLD.read_bytes() + SCHEME.encode()).hexdigest()[:12]
    paths = {n: cache / f"store-{n}-{key}.db" for n in sizes}
    if all(p.exists() for p in paths.values()):
        for p in paths.values():  # brought up to this warlog's schema before any timing
            open_store(p).close()
        return paths
    base_db = cache / f"base-{key}.db"
    if not base_db.exists():
        corpus = cache / "base.jsonl"
        write_corpus(corpus)
        subprocess.run(warlog("ingest", str(corpus), "--db", str(base_db)), check=True, cwd=ROOT)
    with open_store(base_db, readonly=True) as src:
        ids = [r[0] for r in src.conn.execute("SELECT id FROM documents ORDER BY rowid")]
        base = [ad for ad in map(src.get, ids) if ad is not None]
    grow = cache / f"growing-{key}.db"
    for p in _files(grow):
        p.unlink(missing_ok=True)
    stored, schedule = 0, enumerate(copies(), start=1)
    with open_store(grow) as store:
        for size in sorted(sizes):
            t = time.perf_counter()
            while stored < size:
                pending: list[Any] = []
                while stored + len(pending) < size and len(pending) < 20 * len(base):
                    k, (country, years) = next(schedule)
                    take = base[: size - stored - len(pending)]
                    pending += [synthetic_copy(ad, k, country, years) for ad in take]
                for start in range(0, len(pending), 500):
                    store.add_many(pending[start:start + 500])
                stored += len(pending)
                store.merge()
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            print(f"filled {size:,} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
            if size != max(sizes):  # checkpointed, so the file alone is the whole store
                tmp = paths[size].with_suffix(".tmp")
                shutil.copyfile(grow, tmp)
                tmp.replace(paths[size])
    grow.replace(paths[max(sizes)])
    for p in _files(grow):
        p.unlink(missing_ok=True)
    return paths


def _files(db: Path) -> list[Path]:
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm")]


PIN = ("import sqlite3, sys\n"
       "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
       "c.execute('BEGIN'); c.execute('SELECT 1 FROM _migrations').fetchall()\n"
       "print('pinned', flush=True); sys.stdin.read()\n")


def timed(args: list[str], work: Path) -> dict[str, Any]:
    """A ``warlog`` child process, timed: wall, CPU (getrusage), peak RSS, store share."""
    share = work / "share.json"
    load = os.getloadavg()[0]
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, __file__, "--child", str(share), "--", "-q", *args],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "load": load, **json.loads(share.read_text())}


def timed_ingest(db: Path, newfile: Path, work: Path) -> dict[str, Any]:
    """``warlog ingest`` of ``newfile`` into ``db``, timed; ``db`` is left as it was."""
    import sqlite3

    with sqlite3.connect(db) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    c.close()
    before = db.stat()
    pin = subprocess.Popen([sys.executable, "-c", PIN, str(db)], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE)
    try:
        assert pin.stdout is not None and pin.stdout.readline().strip() == b"pinned"
        result = timed(["ingest", str(newfile), "--db", str(db)], work)
    finally:
        pin.send_signal(signal.SIGKILL)  # killed, it cannot checkpoint on closing
        pin.wait()
    for p in _files(db)[1:]:
        p.unlink(missing_ok=True)
    now = db.stat()
    if (now.st_size, now.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
        raise SystemExit(f"{db} changed during the timed run; delete it and run again")
    return result


def child(out: str, args: list[str]) -> None:
    """Run the CLI with the store's methods timed (wall and CPU seconds inside them)."""
    from warlog.cli import cli
    from warlog.store.sqlite import Store

    spent: dict[str, float] = {"store_wall_s": 0.0, "store_cpu_s": 0.0, "merge_wall_s": 0.0,
             "merge_cpu_s": 0.0, "merge_events": 0}

    def timed(name: str, prefix: str) -> None:
        original = getattr(Store, name)

        def wrapper(self: Any, *a: Any, **kw: Any) -> Any:
            w, c = time.perf_counter(), time.process_time()
            try:
                result = original(self, *a, **kw)
            finally:
                spent[f"{prefix}_wall_s"] += time.perf_counter() - w
                spent[f"{prefix}_cpu_s"] += time.process_time() - c
            if name == "merge":
                spent["merge_events"] += result.events
            return result
        setattr(Store, name, wrapper)

    for name in ("add_many", "has_read", "add_failure"):
        timed(name, "store")
    timed("merge", "merge")
    try:
        cli.main(args=args, prog_name="warlog", standalone_mode=False)
    finally:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the child's own
        Path(out).write_text(json.dumps({**spent, "peak_mb": peak}))


def measure(paths: dict[int, Path], new: int, rounds: int, work: Path) -> dict[str, Any]:
    """Alternating timed ingests; medians per size and the ratios of the last to the first."""
    newfile = work / "new.jsonl"
    write_corpus(newfile, new, suffix="n")
    sizes = sorted(paths)
    runs: dict[int, list[dict[str, Any]]] = {n: [] for n in [0, *sizes]}  # 0: extract
    for r in range(rounds):
        for n in [0, *sizes] if r % 2 == 0 else [*sizes[::-1], 0]:
            runs[n].append(timed(["extract", str(newfile), "-o", str(work / "out.jsonl")], work)
                           if n == 0 else timed_ingest(paths[n], newfile, work))
            print(f"round {r + 1} {n or 'extract'}: {runs[n][-1]['wall_s']:.2f} s",
                  file=sys.stderr)
    out: dict[str, Any] = {}
    for n, rs in sorted(runs.items()):
        med = {k: round(statistics.median(r[k] for r in rs), 3) for k in rs[0]}
        med["walls"] = [round(r["wall_s"], 2) for r in rs]
        med["docs_per_s"] = round(new / med["wall_s"], 2)
        med["docs_per_cpu_s"] = round(new / med["cpu_s"], 2)
        med["store_share"] = round((med["store_wall_s"] + med["merge_wall_s"]) / med["wall_s"], 3)
        med["peak_mb"] = round(max(r["peak_mb"] for r in rs))
        med["store_and_merge_cpu_s"] = round(med["store_cpu_s"] + med["merge_cpu_s"], 3)
        out[str(n) if n else "extract"] = med
    first, last, extract = out[str(sizes[0])], out[str(sizes[-1])], out["extract"]

    def ratio(key: str) -> float:  # speed at the last size over the first
        return round(first[key] / last[key], 2)
    return {"new_documents": new, "rounds": rounds, "sizes": out, "ratios": {
        "wall": ratio("wall_s"), "cpu": ratio("cpu_s"),
        "store_and_merge_wall": round((first["store_wall_s"] + first["merge_wall_s"])
                                      / (last["store_wall_s"] + last["merge_wall_s"]), 2),
        "store_and_merge_cpu": round(first["store_and_merge_cpu_s"]
                                     / last["store_and_merge_cpu_s"], 2),
        "last_ingest_over_extract": round(extract["wall_s"] / last["wall_s"], 2),
        "last_ingest_over_extract_cpu": round(extract["cpu_s"] / last["cpu_s"], 2),
        "merge_per_event_read": round(
            (first["merge_wall_s"] / max(1, first["merge_events"]))
            / (last["merge_wall_s"] / max(1, last["merge_events"])), 2)}}


def stored_counts(paths: dict[int, Path]) -> dict[str, Any]:
    from warlog.store import open_store

    out = {}
    for n, p in paths.items():
        with open_store(p, readonly=True) as s:
            out[str(n)] = {**s.counts(), "mb": round(p.stat().st_size / 2**20)}
    return out


def markdown(res: dict[str, Any]) -> str:
    lines = ["| run | stored events | file MB | docs/s (median wall) | docs per CPU s | store + "
             "merge s (CPU s) | events merged | store share | walls | peak MB |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for n, r in res["growth"]["sizes"].items():
        c = res["stores"].get(n, {"events": 0, "mb": 0})
        name = "`warlog extract`" if n == "extract" else f"ingest into {int(n):,}"
        lines.append(f"| {name} | {c['events']:,} | {c['mb']:,} | {r['docs_per_s']} | "
                     f"{r['docs_per_cpu_s']} | {r['store_wall_s'] + r['merge_wall_s']:.2f} "
                     f"({r['store_and_merge_cpu_s']:.2f}) | {r['merge_events']:,} | "
                     f"{r['store_share']:.0%} | {r['walls']} | {r['peak_mb']} |")
    ratios = ", ".join(f"{k} {v}" for k, v in res["growth"]["ratios"].items())
    return "\n".join([*lines, "", f"Ratios: {ratios}."])


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        return child(sys.argv[2], sys.argv[4:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="stores of 1k and 10k, 3 rounds")
    ap.add_argument("--sizes", help="stored documents, comma-separated (1000,10000,100000)")
    ap.add_argument("--new", type=int, default=60, help="real articles ingested (60)")
    ap.add_argument("--rounds", type=int, help="timed runs per size (5; --quick 3)")
    ap.add_argument("--cache", default=CACHE, help="the filled stores are kept here")
    ap.add_argument("--work", default="/tmp/warlog-growth", help="scratch folder")
    ap.add_argument("--markdown", action="store_true", help="print the docs' table too")
    args = ap.parse_args()
    sizes = [int(s) for s in (args.sizes or ("1000,10000" if args.quick
                                             else "1000,10000,100000")).split(",")]
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    paths = build_stores(Path(args.cache), sizes)
    res: dict[str, Any] = {"cpus": os.cpu_count(), "started": time.strftime("%H:%M:%S"),
                           "build_s": round(time.perf_counter() - t), "stores": {}}
    res["stores"] = stored_counts(paths)
    res["growth"] = measure(paths, args.new, args.rounds or (3 if args.quick else 5), work)
    res["finished"] = time.strftime("%H:%M:%S")
    res["benchmark_peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(res, indent=1))
    if args.markdown:
        print(markdown(res))


if __name__ == "__main__":
    main()
