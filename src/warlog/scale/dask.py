"""Run the pipeline on a Dask cluster: the only module that imports dask.

The client reads and cleans the inputs (cheap) and cuts the documents into tasks of a
few documents each (:func:`batches`: sized by count and characters, so every worker
always has work and no task holds much text). Each task annotates its documents on a
worker (:func:`annotate_batch`), which loads the spaCy model, the gazetteer and the actor
dictionary on its first task and keeps them for every later one: one worker *process*
per core (``nthreads=1``: spaCy holds the GIL, so threads would only take turns). Only
a few tasks per worker are in flight at a time, and results are handed back in input
order as soon as the next one is in, so neither the corpus nor the results are ever held
whole in memory. The output is the same, byte for byte, as a single process's.

Start a local cluster with ``--dask local:4`` (four worker processes), or give the address
of a running scheduler (``--dask tcp://10.0.0.5:8786``); every worker needs warlog and its
dependencies installed, as ``make setup`` does. Scripts that use this module must guard
their entry point with ``if __name__ == "__main__":``, as Dask's process workers require.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from warlog.config import Settings
from warlog.errors import WarlogError
from warlog.models import AnnotatedDocument, Document, Failure
from warlog.runner import Summary, iter_documents

if TYPE_CHECKING:
    from warlog.pipeline import Resources

TASK_DOCUMENTS = 8  # documents per task at most ...
TASK_CHARS = 40_000  # ... and about this many characters (a task takes ~0.5 s on a core)
IN_FLIGHT_PER_WORKER = 3  # tasks queued per worker thread: it never waits for the client

# Dask's defaults for worker processes cost spaCy a third of its speed: the sampling
# profiler walks the task's stack every 10 ms, and MALLOC_TRIM_THRESHOLD_ (set so that
# memory goes back to the system sooner) turns off glibc's adaptive mmap threshold, so
# every large array spaCy allocates is mapped and page-faulted afresh (5x the page faults).
LOCAL_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}

_WORKER_STATE: dict[str, Resources] = {}  # per worker process: the loaded models


def batches(documents: Iterable[Document], max_docs: int | None = None,
            max_chars: int | None = None) -> Iterator[list[Document]]:
    """Cut documents, in order, into runs of at most ``max_docs`` documents (default
    TASK_DOCUMENTS) whose texts reach about ``max_chars`` characters (TASK_CHARS; a
    longer document makes a task alone)."""
    max_docs = TASK_DOCUMENTS if max_docs is None else max_docs
    max_chars = TASK_CHARS if max_chars is None else max_chars
    run: list[Document] = []
    size = 0
    for doc in documents:
        if run and (len(run) >= max_docs or size + len(doc.text) > max_chars):
            yield run
            run, size = [], 0
        run.append(doc)
        size += len(doc.text)
    if run:
        yield run


def worker_resources(settings: Settings) -> Resources:
    """This process's models: loaded by its first task, kept for every later task."""
    from warlog.pipeline import Resources

    res = _WORKER_STATE.get("resources")
    if res is None or res.settings != settings:
        res = Resources(settings)
        _WORKER_STATE["resources"] = res
    return res


def annotate_batch(
    documents: list[Document], settings: Settings
) -> tuple[list[AnnotatedDocument], list[Failure]]:
    """The task a worker runs: annotate some documents; a document that breaks a stage
    becomes a failure and the others go on."""
    from warlog.pipeline import annotate

    failures: list[Failure] = []
    done = list(annotate(documents, worker_resources(settings), on_failure=failures.append))
    return done, failures


def _client(address: str, verbose: bool = False) -> Any:
    """A client of the cluster at ``address`` (``local[:N]`` starts one here). Dask's own
    INFO logs (scheduler, nannies, workers) are shown only when ``verbose``."""
    level = logging.INFO if verbose else logging.WARNING
    try:
        import dask
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise WarlogError("Dask is not installed; run the README's set-up command "
                          "(it installs dask[distributed])") from exc
    if address.startswith("local"):
        _, _, count = address.partition(":")
        if (count and not count.isdigit()) or count == "0":
            raise WarlogError(f"--dask {address}: give local or local:N with N >= 1 workers")
        workers = int(count) if count else max(1, (os.cpu_count() or 2) - 1)
        logging.getLogger("distributed").setLevel(level)  # importing it set INFO
        with dask.config.set(LOCAL_WORKER_CONFIG):  # read by the nannies as they spawn
            cluster = LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=None, silence_logs=level)
        return Client(cluster)  # type: ignore[no-untyped-call]
    logging.getLogger("distributed").setLevel(level)
    try:
        return Client(address, timeout=30)  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise WarlogError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def _slots(client: Any) -> int:
    """Worker threads in the cluster (at least one)."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def annotate_on_cluster(
    documents: Iterable[Document],
    settings: Settings,
    on_done: Callable[[AnnotatedDocument], None],
    on_failure: Callable[[Failure], None],
    address: str = "local",
    verbose: bool = False,
) -> None:
    """Annotate ``documents`` on the cluster at ``address``; results reach ``on_done`` in
    input order, annotation failures ``on_failure``. The client only reads ahead a few
    tasks per worker."""
    client = _client(address, verbose)
    try:
        window = IN_FLIGHT_PER_WORKER * _slots(client)
        pending: deque[Any] = deque()

        def drain(keep: int) -> None:
            while len(pending) > keep:
                done, failures = pending.popleft().result()  # input order
                for f in failures:
                    on_failure(f)
                for ad in done:
                    on_done(ad)

        for run in batches(documents):
            pending.append(client.submit(annotate_batch, run, settings, pure=False))
            drain(window)
        drain(0)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()


def extract_with_dask(
    paths: Iterable[str],
    settings: Settings,
    on_done: Callable[[AnnotatedDocument], None],
    address: str = "local",
    on_failure: Callable[[Failure], None] | None = None,
    verbose: bool = False,
    skip: Callable[[Document], bool] | None = None,
) -> Summary:
    """Like :func:`warlog.runner.extract_paths`, with the annotation spread over a cluster."""
    paths = list(paths)
    if "-" in paths:
        raise WarlogError("standard input cannot be spread over a Dask cluster; give files")
    summary = Summary()

    def failed(f: Failure) -> None:
        summary.failures.append(f)
        if on_failure is not None:
            on_failure(f)

    def done(ad: AnnotatedDocument) -> None:
        summary.count(ad)
        on_done(ad)

    docs = summary.unskipped(iter_documents(paths, settings, failed), skip)
    annotate_on_cluster(docs, settings, done, failed, address, verbose)
    return summary
