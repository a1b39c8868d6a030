"""Ingest with forced kills (SIGKILL) and check that nothing committed is lost.

    .venv/bin/python benchmarks/resume_kill9.py --docs 100000 --kills 3 --db /tmp/warlog-kill.db
    .venv/bin/python benchmarks/resume_kill9.py --cli --docs 300 --kills 3 --db /tmp/warlog-cli.db
    .venv/bin/python benchmarks/resume_kill9.py --cli --input ../shared/gold/dev/incidents.jsonl \
        --kills 3 --min-wait 5 --max-wait 12 --db /tmp/warlog-cli.db

Default mode feeds pre-annotated synthetic documents through the store API (the same
calls ``warlog ingest`` makes: ``has_document`` per document, ``add_many`` per batch)
from a child process; ``--cli`` runs the real ``warlog ingest`` on a JSON Lines file of synthetic
report texts (the whole pipeline). The child is killed with SIGKILL ``--kills`` times at
random moments (the last kill, with ``--kill-merge``, during the merge), then run to the
end. Checks: the database passes ``PRAGMA integrity_check``; no committed document is
ever lost (the count never goes down across a kill); at the end every document is stored
exactly once with all its events, and the records read back equal what was generated.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

from warlog.models import AnnotatedDocument  # noqa: E402


def child(db: str, docs: int) -> None:
    """Store every synthetic document not stored yet, in batches as ``warlog ingest``
    commits them; after each commit, append the batch's ids to ``db.committed`` (flushed
    to the OS, which keeps it when the process is killed)."""
    from warlog.store import open_store
    from warlog.store.ingest import BATCH_DOCUMENTS

    with open_store(db) as store, open(db + ".committed", "a", encoding="utf-8") as log:
        batch: list[AnnotatedDocument] = []

        def commit() -> None:
            store.add_many(batch)
            log.write("".join(ad.document.id + "\n" for ad in batch))
            log.flush()
            batch.clear()

        for ad in synthetic.documents(docs):
            if not store.has_document(ad.document.id):
                batch.append(ad)
                if len(batch) >= BATCH_DOCUMENTS:
                    commit()
        commit()
        store.merge()


def _missing_committed(db: str) -> int:
    """How many documents the child saw committed are not in the database now."""
    if not os.path.exists(db + ".committed"):
        return 0
    with open(db + ".committed", encoding="utf-8") as fh:
        ids = {line.strip() for line in fh if line.strip()}
    with closing(sqlite3.connect(db)) as c, c:
        stored = {r[0] for r in c.execute("SELECT id FROM documents")}
    c.close()
    return len(ids - stored)


def _count(db: str) -> tuple[int, int, str]:
    with closing(sqlite3.connect(db)) as c, c:
        docs = c.execute("SELECT count(*) FROM documents").fetchone()[0]
        events = c.execute("SELECT count(*) FROM events").fetchone()[0]
        check = c.execute("PRAGMA integrity_check").fetchone()[0]
    c.close()
    return int(docs), int(events), str(check)


def _command(args: argparse.Namespace, jsonl: str | None) -> list[str]:
    if args.cli:
        warlog = str(Path(sys.executable).with_name("warlog"))
        return [warlog, "-q", "ingest", str(jsonl), "--db", args.db]
    return [sys.executable, __file__, "--child", "--db", args.db, "--docs", str(args.docs)]


def write_jsonl(path: str, n: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for ad in synthetic.documents(n):
            ev = ad.events[0]
            loc = ev.location
            text = (f"{ev.sub_event_type} reported in the town of {loc.name if loc else 'X'}. "
                    f"Officials said {ev.fatalities.best if ev.fatalities else 'no'} people "
                    f"were killed on {ev.date} in the attack, the {ad.document.source} wrote.")
            fh.write(json.dumps({"id": ad.document.id, "text": text,
                                 "published": ad.document.published.isoformat()
                                 if ad.document.published else None,
                                 "source": ad.document.source}) + "\n")


def run(args: argparse.Namespace) -> dict[str, object]:
    for suffix in ("", "-wal", "-shm", ".committed"):
        if os.path.exists(args.db + suffix):
            os.unlink(args.db + suffix)
    jsonl = (args.input or args.db + ".jsonl") if args.cli else None
    if jsonl and not args.input:
        write_jsonl(jsonl, args.docs)
    elif jsonl:
        with open(jsonl, encoding="utf-8") as fh:
            args.docs = sum(1 for line in fh if line.strip())
    rng = random.Random(args.seed)
    kills, before = [], 0
    t0 = time.perf_counter()
    for k in range(args.kills):
        proc = subprocess.Popen(_command(args, jsonl), stderr=subprocess.DEVNULL)
        wait = rng.uniform(args.min_wait, args.max_wait)
        try:
            proc.wait(timeout=wait)
            kills.append({"kill": k + 1, "note": "finished before the kill"})
            continue
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        docs, events, check = _count(args.db) if os.path.exists(args.db) else (0, 0, "ok")
        missing = None if args.cli else _missing_committed(args.db)
        kills.append({"kill": k + 1, "after_s": round(wait, 1), "documents": docs,
                      "events": events, "integrity": check,
                      "lost": docs < before or bool(missing), "committed_missing": missing})
        before = docs
    final = subprocess.run(_command(args, jsonl), stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - t0
    docs, events, check = _count(args.db)
    return {"mode": "cli" if args.cli else "store-api", "documents_expected": args.docs,
            "documents": docs, "events": events, "integrity": check, "kills": kills,
            "final_exit": final.returncode, "wall_seconds": round(wall, 1),
            "load_average": os.getloadavg()[0],
            "same_records": _same_records(args) if not args.cli else None}


def _same_records(args: argparse.Namespace) -> bool:
    from warlog.store import open_store

    with open_store(args.db, readonly=True) as store:
        return all(store.get(ad.document.id) == ad for ad in synthetic.documents(args.docs))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="/tmp/warlog-kill.db")
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--min-wait", type=float, default=3.0, help="seconds before a kill, least")
    ap.add_argument("--max-wait", type=float, default=12.0, help="seconds before a kill, most")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cli", action="store_true", help="run the real 'warlog ingest'")
    ap.add_argument("--input", help="with --cli: ingest this JSON Lines file instead")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.db, args.docs)
        return
    report = run(args)
    print(json.dumps(report))
    ok = (report["documents"] == args.docs and report["integrity"] == "ok"
          and not any(k.get("lost") for k in report["kills"])  # type: ignore[union-attr]
          and report["same_records"] in (True, None))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
