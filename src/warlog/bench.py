"""Speed: documents per second of the full pipeline against bare spaCy, and peak memory.

The runs read the same real texts in the same process: first the bare pipeline package
(``en_core_web_sm``, every component, as ``spacy.load`` gives it), then the same bare
package given the numpy matrix products warlog's own spaCy gets (:mod:`warlog.nlp.blas`,
so that the second ratio compares like with like: what warlog's stages and its changes
inside spaCy cost or save, not which BLAS the CPU suits), then warlog's
``annotate`` (spaCy plus places, times, actors, numbers, events and the network), each
result encoded as the JSON line ``warlog extract`` writes. Model loading is left out of
the timings (one warm-up document each); the three runs alternate, twice each by default,
and each keeps its best time, since other load on a shared machine only ever slows a
round down (caches kept per sentence text are emptied before each round of the pipeline,
since a real run seldom meets a sentence twice). ``documents=N`` times N documents
when the files hold fewer: the documents again, in order, under new ids (built in
memory, never written), the sentence caches emptied before each repeat so that no repeat
is read faster for having been read before. Both wall-clock and CPU
time (``time.process_time``, all threads of the process) are kept: on a machine shared
with other work the CPU-time ratio is the steadier of the two, since waiting for a core
costs wall time but no CPU time. Each timed round starts after a full garbage
collection, so that no round pays for freeing what the one before left. Peak memory is
the process's peak resident set size, which covers all three pipelines loaded at once
(an upper bound for any).
"""

from __future__ import annotations

import gc
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

from warlog.config import Settings
from warlog.models import Document, Failure

if TYPE_CHECKING:
    from spacy.language import Language

    from warlog.pipeline import Resources


@dataclass(frozen=True, slots=True)
class BenchResult:
    documents: int
    characters: int
    pipeline_seconds: float
    spacy_seconds: float
    pipeline_cpu_seconds: float = 0.0
    spacy_cpu_seconds: float = 0.0
    # bare spaCy given the same numpy matrix products as warlog (0.0: not timed)
    numpy_spacy_seconds: float = 0.0
    numpy_spacy_cpu_seconds: float = 0.0
    # each round's like-for-like CPU ratio: the pipeline against the like-for-like round
    # timed just before it (both under nearly the same load)
    like_cpu_rounds: tuple[float, ...] = ()

    @property
    def pipeline_docs_per_s(self) -> float:
        return self.documents / self.pipeline_seconds if self.pipeline_seconds else 0.0

    @property
    def spacy_docs_per_s(self) -> float:
        return self.documents / self.spacy_seconds if self.spacy_seconds else 0.0

    @property
    def ratio(self) -> float:
        """Pipeline speed over bare spaCy speed (1.0 = as fast)."""
        return self.spacy_seconds / self.pipeline_seconds if self.pipeline_seconds else 0.0

    @property
    def cpu_ratio(self) -> float:
        """The same ratio in CPU seconds (steadier when other work shares the machine)."""
        if not self.pipeline_cpu_seconds:
            return 0.0
        return self.spacy_cpu_seconds / self.pipeline_cpu_seconds

    @property
    def like_ratio(self) -> float:
        """Pipeline speed over bare spaCy given the same numpy products (like for like)."""
        return self.numpy_spacy_seconds / self.pipeline_seconds if self.pipeline_seconds else 0.0

    @property
    def like_cpu_ratio(self) -> float:
        """The like-for-like ratio in CPU seconds."""
        if not self.pipeline_cpu_seconds:
            return 0.0
        return self.numpy_spacy_cpu_seconds / self.pipeline_cpu_seconds

    @property
    def like_cpu_median(self) -> float:
        """The median of the rounds' paired like-for-like CPU ratios (0.0: none)."""
        return statistics.median(self.like_cpu_rounds) if self.like_cpu_rounds else 0.0


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_documents(
    paths: Iterable[str], settings: Settings, limit: int | None = None
) -> list[Document]:
    """English documents read and cleaned exactly as ``warlog extract`` reads them."""
    from warlog.runner import iter_documents

    failures: list[Failure] = []
    docs: list[Document] = []
    for doc in iter_documents(paths, settings, failures.append):
        if doc.language == "en":
            docs.append(doc)
        if limit is not None and len(docs) >= limit:
            break
    return docs


def repeat_to(docs: list[Document], count: int) -> list[list[Document]]:
    """``count`` documents in passes: ``docs`` first, then ``docs`` again from the start
    under new ids (``ID#2``, ``ID#3``, ...) until there are ``count`` (fewer when
    ``count`` is less than ``len(docs)``)."""
    if not docs:
        return []
    passes: list[list[Document]] = []
    left, n = count, 1
    while left > 0:
        part = docs[:left]
        passes.append(part if n == 1 else [replace(d, id=f"{d.id}#{n}") for d in part])
        left -= len(part)
        n += 1
    return passes


def after_collecting(timed: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    """``timed()`` run with no garbage left by what ran before: the cycle collector
    would otherwise free the previous round's objects (the Docs and Spans of a whole
    round) inside whichever round it happens to run in, and charge that round for them."""
    gc.collect()
    return timed()


def time_spacy(nlp: Language, texts: list[str], batch_size: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds for the bare pipeline package over ``texts``."""
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def time_pipeline(passes: list[list[Document]], res: Resources) -> tuple[float, float]:
    """Wall-clock and CPU seconds for warlog's full annotation of the documents of
    ``passes``, each result encoded as ``warlog extract`` writes it."""
    from warlog.events.triggers import clear_sentence_cache
    from warlog.export import to_json
    from warlog.pipeline import annotate

    start, cpu = time.perf_counter(), time.process_time()
    for docs in passes:
        clear_sentence_cache()  # each pass meets the sentences afresh, as `extract` does
        for ad in annotate(docs, res):
            json.dumps(to_json(ad), ensure_ascii=False)
    return time.perf_counter() - start, time.process_time() - cpu


def run_bench(
    paths: Iterable[str],
    settings: Settings,
    limit: int | None = None,
    rounds: int = 3,
    documents: int | None = None,
) -> tuple[BenchResult, float]:
    """Time both pipelines on the same documents, alternating, ``rounds`` times each, and
    keep each one's best time (other load on the machine only ever slows a round down);
    each round's pipeline is also set against the like-for-like round just before it
    (:attr:`BenchResult.like_cpu_rounds`), a pair timed under nearly the same load.
    Models and indexes are loaded, and warmed up on one document, before any timing.
    ``documents``: time that many, repeating the files' documents (:func:`repeat_to`)."""
    import spacy

    from warlog.pipeline import Resources, annotate

    read = load_documents(paths, settings, limit)
    passes = repeat_to(read, documents if documents is not None else len(read))
    docs = [d for part in passes for d in part]
    texts = [d.text for d in docs]
    from warlog.nlp.blas import use_numpy_gemm

    bare = spacy.load(settings.spacy_model)
    list(bare.pipe(texts[:1]))
    # the like-for-like baseline: the bare package given the numpy products warlog's own
    # spaCy gets (nlp/blas.py); absent where numpy's BLAS cannot be used so
    like: Language | None = spacy.load(settings.spacy_model)
    if like is not None and not use_numpy_gemm(like):
        like = None
    if like is not None:
        list(like.pipe(texts[:1]))
    res = Resources(settings)
    list(annotate(docs[:1], res))
    spacy_s: list[tuple[float, float]] = []
    like_s: list[tuple[float, float]] = []
    pipe_s: list[tuple[float, float]] = []
    for _ in range(max(1, rounds)):
        spacy_s.append(after_collecting(partial(time_spacy, bare, texts, settings.batch_size)))
        if like is not None:
            like_s.append(after_collecting(partial(time_spacy, like, texts, settings.batch_size)))
        pipe_s.append(after_collecting(partial(time_pipeline, passes, res)))
    result = BenchResult(
        len(docs),
        sum(len(t) for t in texts),
        min(w for w, _ in pipe_s),
        min(w for w, _ in spacy_s),
        min(c for _, c in pipe_s),
        min(c for _, c in spacy_s),
        min((w for w, _ in like_s), default=0.0),
        min((c for _, c in like_s), default=0.0),
        tuple(lc / pc for (_, lc), (_, pc) in zip(like_s, pipe_s, strict=False) if pc),
    )
    return result, peak_rss_mb()


def render(result: BenchResult, peak_mb: float) -> str:
    return "\n".join(
        [
            f"bench: {result.documents} documents, {result.characters:,} characters",
            f"  warlog extract pipeline  {result.pipeline_docs_per_s:8.1f} docs/s "
            f"({result.pipeline_seconds:.2f} s)",
            f"  bare spaCy (all parts)   {result.spacy_docs_per_s:8.1f} docs/s "
            f"({result.spacy_seconds:.2f} s)",
            f"  ratio pipeline/spaCy     {result.ratio:8.2f}   (goal 1.0 or more)",
            f"  ratio in CPU time        {result.cpu_ratio:8.2f}   "
            f"({result.pipeline_cpu_seconds:.2f} s against {result.spacy_cpu_seconds:.2f} s)",
            *_like_lines(result),
            f"  peak memory              {peak_mb:8.0f} MiB (goal under 1536)",
        ]
    )


def _like_lines(result: BenchResult) -> list[str]:
    """The like-for-like comparison: bare spaCy given the same numpy products."""
    if not result.numpy_spacy_seconds:
        return ["  like for like            not timed (numpy's BLAS not usable here)"]
    return [
        f"  bare spaCy, numpy products {result.documents / result.numpy_spacy_seconds:6.1f} "
        f"docs/s ({result.numpy_spacy_seconds:.2f} s)",
        f"  like-for-like ratio      {result.like_ratio:8.2f}   (goal 1.0 or more)",
        f"  like for like, CPU time  {result.like_cpu_ratio:8.2f}   "
        f"({result.pipeline_cpu_seconds:.2f} s against {result.numpy_spacy_cpu_seconds:.2f} s)",
        *_round_lines(result),
    ]


def _round_lines(result: BenchResult) -> list[str]:
    """Each round's paired like-for-like CPU ratio and their median."""
    if not result.like_cpu_rounds:
        return []
    each = " ".join(f"{r:.2f}" for r in result.like_cpu_rounds)
    return [f"  like for like, CPU, paired {result.like_cpu_median:6.2f}   "
            f"(median of the rounds: {each})"]
