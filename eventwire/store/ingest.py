"""``ingest``: read articles, extract in parallel worker processes, store each article in
its own transaction.

* Idempotent: an article whose content hash is stored is skipped before it is parsed.
* Resumable: since each article commits alone, a run killed at any point (even ``kill -9``)
  has stored whole articles only; running it again stores the rest.
* Parallel: ``workers`` processes, each loading the pipeline once; the parent only reads,
  hashes and writes.  Results come back in input order, a few chunks in flight at a time,
  so memory stays bounded by the window, not the batch.
* Failures (unreadable records, a stage that failed) are stored in ``ingest_errors`` with
  their reason and listed in the summary.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from ..model import Article, Extraction, Failure
from .rows import ArticleRows, content_hash, extraction_rows

CHUNK = 16          # articles per task sent to a worker


@dataclass
class IngestSummary:
    read: int = 0                 # records read (articles and unreadable records)
    stored: int = 0               # articles newly stored
    already: int = 0              # skipped: the same content was stored before (or earlier in this run)
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0          # from the first task sent to the last article written
    write_seconds: float = 0.0    # of which spent writing to the database (in this process)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def rate(self) -> float:
        done = self.stored + self.failed
        return done / self.seconds if self.seconds else 0.0


# -- worker side ------------------------------------------------------------------------------
_PIPELINE = None


def _init_worker() -> None:
    global _PIPELINE
    from ..pipeline import Pipeline
    _PIPELINE = Pipeline.load()


def extract_rows(chunk: Sequence[tuple[str, Article]], pipeline=None) -> list[tuple[str, ArticleRows | Failure]]:
    """Extract a chunk of (hash, article) and turn each result into rows (or a Failure)."""
    if pipeline is None:
        if _PIPELINE is None:
            _init_worker()
        pipeline = _PIPELINE
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
    out = []
    results = pipeline.run(a for _, a in chunk)
    for (chash, article), result in zip(chunk, results):
        if isinstance(result, Extraction):
            try:
                out.append((chash, extraction_rows(result, chash, stamp)))
            except Exception as exc:   # a value the store cannot take: the record fails alone
                out.append((chash, Failure(article.id, f"internal error while storing: {exc!r}")))
        else:
            out.append((chash, result))
    return out


# -- parent side ------------------------------------------------------------------------------
def _chunks(items: Iterable, n: int) -> Iterator[list]:
    chunk = []
    for it in items:
        chunk.append(it)
        if len(chunk) >= n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _results(tasks: Iterator[list], workers: int, pipeline=None) -> Iterator[list]:
    """Each task's results in order; in this process when workers <= 1."""
    if workers <= 1:
        for task in tasks:
            yield extract_rows(task, pipeline)
        return
    ctx = mp.get_context("spawn")        # a clean interpreter: no inherited DB connections
    with ctx.Pool(workers, initializer=_init_worker) as pool:
        window: deque = deque()
        for task in tasks:
            window.append(pool.apply_async(extract_rows, (task,)))
            if len(window) >= workers * 2:
                yield window.popleft().get()
        while window:
            yield window.popleft().get()


def ingest(items: Iterable[Article | Failure], writer=None, workers: int = 1, chunk: int = CHUNK,
           progress=None, pipeline=None) -> IngestSummary:
    """Store every article of ``items``.  ``writer`` is a ``Writer`` (None: extract only,
    write nothing — to time the pipeline under the same machinery); ``progress`` is called
    as ``progress(done, total)`` after each record; ``pipeline`` is one already loaded, used
    when ``workers`` is 1 (else each worker process loads its own)."""
    summary = IngestSummary()
    pending: list[tuple[str, Article]] = []
    seen: set[str] = set()
    items = list(items)
    summary.read = len(items)
    total = len(items)
    done = 0
    for item in items:
        if isinstance(item, Failure):
            summary.failures.append((item.id, item.error))
            if writer is not None:
                writer.record_failure(item.id, item.error)
            done += 1
            continue
        chash = content_hash(item)
        if chash in seen:
            summary.already += 1
            done += 1
            continue
        seen.add(chash)
        pending.append((chash, item))
    if writer is not None and pending:
        stored = writer.stored_hashes([h for h, _ in pending])
        summary.already += sum(1 for h, _ in pending if h in stored)
        done += sum(1 for h, _ in pending if h in stored)
        pending = [(h, a) for h, a in pending if h not in stored]
    if progress:
        progress(done, total)
    t0 = time.perf_counter()
    for results in _results(_chunks(pending, chunk), workers, pipeline):
        for chash, res in results:
            if isinstance(res, Failure):
                summary.failures.append((res.id, res.error))
                if writer is not None:
                    writer.record_failure(res.id, res.error, chash)
            elif writer is None:
                summary.stored += 1
            else:
                tw = time.perf_counter()
                stored = writer.write(res) is not None
                summary.write_seconds += time.perf_counter() - tw
                if stored:
                    summary.stored += 1
                else:
                    summary.already += 1
            done += 1
        if progress:
            progress(done, total)
    summary.seconds = time.perf_counter() - t0
    return summary
