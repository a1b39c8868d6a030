"""Run ``extract`` on a Dask cluster: the only module that imports dask.

The input files are listed on the client and cut into partitions; each task runs the
ordinary pipeline (:func:`warlog.runner.extract_paths`) over its files on a worker and
returns the annotated documents and failures, which come back in input order. Workers
load the spaCy model and the gazetteer once per process.

Start a local cluster with ``--dask local:4`` (four worker processes), or give the address
of a running scheduler (``--dask tcp://10.0.0.5:8786``); every worker needs warlog and its
dependencies installed, as ``make setup`` does. Scripts that use this module must guard
their entry point with ``if __name__ == "__main__":``, as Dask's process workers require.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

from warlog.config import Settings
from warlog.errors import WarlogError
from warlog.models import AnnotatedDocument, Failure
from warlog.runner import Summary
from warlog.text.ingest import input_files


def partition(files: list[str], size: int) -> list[list[str]]:
    """Cut the file list into runs of at most ``size`` files."""
    return [files[i : i + size] for i in range(0, len(files), max(1, size))]


def run_partition(
    files: list[str], settings: Settings
) -> tuple[list[AnnotatedDocument], list[Failure]]:
    """The task a worker runs: the ordinary pipeline over some files."""
    from warlog.runner import extract_paths

    done: list[AnnotatedDocument] = []
    failures: list[Failure] = []
    extract_paths(files, settings, done.append, on_failure=failures.append)
    return done, failures


def _client(address: str, verbose: bool = False) -> Any:
    """A client of the cluster at ``address`` (``local[:N]`` starts one here). Dask's own
    INFO logs (scheduler, nannies, workers) are shown only when ``verbose``."""
    level = logging.INFO if verbose else logging.WARNING
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise WarlogError("Dask is not installed; run the README's set-up command "
                          "(it installs dask[distributed])") from exc
    if address.startswith("local"):
        _, _, count = address.partition(":")
        workers = int(count) if count.isdigit() else max(1, (os.cpu_count() or 2) - 1)
        logging.getLogger("distributed").setLevel(level)  # importing it set INFO
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=level)
        return Client(cluster)  # type: ignore[no-untyped-call]
    logging.getLogger("distributed").setLevel(level)
    try:
        return Client(address, timeout=30)  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise WarlogError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def extract_with_dask(
    paths: Iterable[str],
    settings: Settings,
    on_done: Callable[[AnnotatedDocument], None],
    address: str = "local",
    files_per_task: int = 20,
    on_failure: Callable[[Failure], None] | None = None,
    verbose: bool = False,
) -> Summary:
    """Like :func:`warlog.runner.extract_paths`, with the work spread over a cluster."""
    if "-" in paths:
        raise WarlogError("standard input cannot be spread over a Dask cluster; give files")
    files = [f for p in paths for f in input_files(p)]
    summary = Summary()
    client = _client(address, verbose)
    try:
        futures = [client.submit(run_partition, part, settings, pure=False)
                   for part in partition(files, files_per_task)]
        for future in futures:  # input order, whatever order they finish in
            done, failures = future.result()
            for f in failures:
                summary.failures.append(f)
                if on_failure is not None:
                    on_failure(f)
            for ad in done:
                summary.documents += 1
                summary.events += len(ad.events)
                summary.non_english += ad.document.language != "en"
                on_done(ad)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
    return summary
