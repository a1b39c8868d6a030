"""p50/p95/p99 latency of bounding-box + date-range queries over a store of canonical events.

    .venv/bin/python benchmarks/query_1m.py --events 1000000 --db /tmp/warlog-q1m.db

Builds the store once (synthetic events, one report each, written as canonical events),
then runs ``--queries`` random queries: a 2 x 2 degree box inside a country and a 30-day
window, through ``Store.events`` (SQL, R*Tree and decoding every record into a
CanonicalEvent). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import synthetic

from warlog.merge.consensus import build_canonical
from warlog.store import EventFilter, open_store
from warlog.store.merging import write_canonical


def build(db: str, n: int) -> float:
    t0 = time.perf_counter()
    with open_store(db) as store, store.transaction() as c:
        seen: set[int] = set()
        batch = []
        for k, it in synthetic.true_events(n):
            if k in seen:
                continue
            seen.add(k)
            batch.append(build_canonical([it]))
            if len(batch) == 10_000:
                write_canonical(c, batch)
                batch = []
            if len(seen) >= n:
                break
        write_canonical(c, batch)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/warlog-q1m.db")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--box", type=float, default=2.0, help="box side in degrees")
    ap.add_argument("--days", type=int, default=30, help="date window in days")
    args = ap.parse_args()
    built = None
    if not os.path.exists(args.db):
        built = build(args.db, args.events)
    rng = random.Random(1)
    boxes = synthetic.countries(random.Random(0))
    times: list[float] = []
    cpu: list[float] = []
    sizes: list[int] = []
    with open_store(args.db, readonly=True) as store:
        stored = store.conn.execute("SELECT count(*) FROM canonical_events").fetchone()[0]
        for _ in range(args.queries):
            _, lat0, lon0 = boxes[rng.randrange(len(boxes))]
            lat, lon = lat0 + rng.uniform(0, 6 - args.box), lon0 + rng.uniform(0, 6 - args.box)
            since = dt.date.fromordinal(synthetic.START + rng.randrange(synthetic.DAYS))
            flt = EventFilter(bbox=(lon, lat, lon + args.box, lat + args.box), since=since,
                              until=since + dt.timedelta(days=args.days - 1))
            t0, c0 = time.perf_counter(), time.process_time()
            found = list(store.events(flt))
            times.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            sizes.append(len(found))
    q = statistics.quantiles(times, n=100)
    qc = statistics.quantiles(cpu, n=100)
    print(json.dumps({
        "stored_events": stored, "build_seconds": None if built is None else round(built, 1),
        "queries": args.queries, "box_degrees": args.box, "window_days": args.days,
        "mean_results": round(statistics.mean(sizes), 1), "max_results": max(sizes),
        "p50_ms": round(q[49], 2), "p95_ms": round(q[94], 2), "p99_ms": round(q[98], 2),
        "cpu_p95_ms": round(qc[94], 2), "load_average": os.getloadavg()[0],
    }))


if __name__ == "__main__":
    main()
