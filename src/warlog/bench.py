"""Speed: documents per second of the full pipeline against bare spaCy, and peak memory.

Both runs read the same real texts in the same process: first the bare pipeline package
(``en_core_web_sm``, every component, as ``spacy.load`` gives it), then warlog's
``annotate`` (spaCy plus places, times, actors, numbers and events). Model loading is
left out of both timings (one warm-up document each). Peak memory is the process's
peak resident set size, which covers both runs.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass

from warlog.config import Settings
from warlog.models import Document, Failure


@dataclass(frozen=True, slots=True)
class BenchResult:
    documents: int
    characters: int
    pipeline_seconds: float
    spacy_seconds: float

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


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def load_documents(paths: Iterable[str], settings: Settings, limit: int | None = None
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


def time_spacy(model: str, texts: list[str], batch_size: int) -> float:
    """Seconds for the bare pipeline package over ``texts`` (after one warm-up text)."""
    import spacy

    nlp = spacy.load(model)
    list(nlp.pipe(texts[:1]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def time_pipeline(docs: list[Document], settings: Settings) -> float:
    """Seconds for warlog's full annotation of ``docs`` (resources loaded beforehand)."""
    from warlog.pipeline import Resources, annotate

    res = Resources(settings)
    for _ in annotate(docs[:1], res):
        pass
    start = time.perf_counter()
    for _ in annotate(docs, res):
        pass
    return time.perf_counter() - start


def run_bench(paths: Iterable[str], settings: Settings, limit: int | None = None
              ) -> tuple[BenchResult, float]:
    """Time both pipelines on the same documents; returns the result and peak MiB."""
    docs = load_documents(paths, settings, limit)
    texts = [d.text for d in docs]
    spacy_s = time_spacy(settings.spacy_model, texts, settings.batch_size)
    pipe_s = time_pipeline(docs, settings)
    result = BenchResult(len(docs), sum(len(t) for t in texts), pipe_s, spacy_s)
    return result, peak_rss_mb()


def render(result: BenchResult, peak_mb: float) -> str:
    return "\n".join([
        f"bench: {result.documents} documents, {result.characters:,} characters",
        f"  warlog extract pipeline  {result.pipeline_docs_per_s:8.1f} docs/s "
        f"({result.pipeline_seconds:.2f} s)",
        f"  bare spaCy (all parts)   {result.spacy_docs_per_s:8.1f} docs/s "
        f"({result.spacy_seconds:.2f} s)",
        f"  ratio pipeline/spaCy     {result.ratio:8.2f}   (goal 1.0 or more)",
        f"  peak memory              {peak_mb:8.0f} MiB (goal under 1536)",
    ])
