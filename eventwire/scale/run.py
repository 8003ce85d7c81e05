"""The driver of a Dask ingest: read, hash and batch the input here; extract on the workers;
load the Parquet into the store here, in input order.

    with connect("local[2]") as client:
        summary = dask_ingest(read_inputs(paths), client, "out/", Store(url).writer())

* Same output as a local run: the same reading, in-run dedup by content hash, row building
  (``store.ingest.extract_rows``) and writer, articles written in input order.
* Fault tolerance: a task whose worker dies is re-run by the scheduler on another worker (up
  to ``distributed.scheduler.allowed-failures`` deaths, 3 by default); a task that raises is
  retried ``retries`` times.  A batch writes its files atomically and its manifest last, so
  a re-run overwrites a half-written batch instead of adding to it; the writer skips stored
  hashes, so nothing is stored twice.  A batch that still fails is recorded as one failure
  per article with the reason — never dropped silently — and a re-run retries it.
* Bounded memory: the input is read as a stream, at most ``window`` batches are in flight
  (records travel with their task; the scheduler holds only those), and a batch is loaded
  and let go as soon as its turn comes.  Only the set of content hashes seen grows with the
  input (~100 bytes an article).
* Resumable: batches whose manifest exists are loaded, not recomputed; batches whose
  articles are all in the store are skipped altogether.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Iterable

from ..model import Article, Failure
from ..store.ingest import IngestSummary
from ..store.rows import content_hash
from .batches import BATCH_SIZE, Batch, iter_batches
from .load import load_batch
from .worker import process_batch, read_manifest, warm


@dataclass
class ScaleSummary(IngestSummary):
    batches: int = 0              # batches in this input
    batches_run: int = 0          # … extracted in this run
    batches_reused: int = 0       # … whose Parquet an earlier run had written
    workers: int = 0
    warm_seconds: float = 0.0     # loading the pipeline on the workers (before ``seconds``)
    load_seconds: float = 0.0     # of ``seconds``, spent loading Parquet into the store


def _workers(client) -> int:
    return max(1, sum(client.nthreads().values()))


def dask_ingest(items: Iterable[Article | Failure], client, out_dir: str, writer=None,
                batch_size: int = BATCH_SIZE, window: int | None = None, retries: int = 2,
                progress=None, preload: bool = True, task=process_batch) -> ScaleSummary:
    """Ingest ``items`` on the cluster of ``client``: Parquet under ``out_dir`` (a folder
    every worker and this process can reach), and, with ``writer``, into the store.
    ``task(batch, out_dir) -> manifest`` is what runs per batch (tests wrap it to kill
    their worker)."""
    from distributed import as_completed

    summary = ScaleSummary(workers=_workers(client))
    seen: set[str] = set()
    counts = {"read": 0, "done": 0}

    def articles():
        """(input position, hash, article) of each new article; unreadable records and
        repeats of content seen earlier in the run are accounted for here, as they come."""
        for seq, item in enumerate(items):
            counts["read"] += 1
            if isinstance(item, Failure):
                summary.failures.append((item.id, item.error))
                if writer is not None:
                    writer.record_failure(item.id, item.error)
                counts["done"] += 1
                continue
            chash = content_hash(item)
            if chash in seen:
                summary.already += 1
                counts["done"] += 1
                continue
            seen.add(chash)
            yield seq, chash, item

    batches = iter_batches(articles(), batch_size)
    waiting: dict[int, Batch] = {}               # read, not yet settled, by index
    ready: dict[int, tuple[str, object]] = {}    # finished (or needing no run), by index
    in_flight: dict[str, Batch] = {}
    running = as_completed()
    window = window or 2 * summary.workers
    next_load = 0
    t0 = time.perf_counter()

    def report() -> None:
        if progress:
            progress(counts["done"], counts["read"] if exhausted else None)

    def settle() -> None:
        """Account for (and load) the ready batches whose turn it is: input order."""
        nonlocal next_load
        while next_load in ready:
            b = waiting.pop(next_load)
            kind, value = ready.pop(next_load)
            next_load += 1
            counts["done"] += len(b)
            if kind == "stored":
                summary.already += len(b)
            elif kind == "failed":
                for _, h, a in b.items:
                    summary.failures.append((a.id, value))
                    if writer is not None:
                        writer.record_failure(a.id, value, h)
            elif writer is not None:
                tl = time.perf_counter()
                r = load_batch(out_dir, value, writer)
                summary.load_seconds += time.perf_counter() - tl
                summary.stored += r.stored
                summary.already += r.already
                summary.failures += r.failures
            else:
                n = value["extracted"]
                if kind == "reused":
                    summary.already += n
                else:
                    summary.stored += n
                summary.failures += [(f["source_id"], f["error"]) for f in value["failures"]]
            if kind == "reused":
                summary.batches_reused += 1
            elif kind == "run":
                summary.batches_run += 1
            report()

    exhausted = False

    def feed() -> None:
        """Read batches until ``window`` are running or the input ends.  What each needs:
        nothing (all its articles stored), a load (Parquet written before), or a run."""
        nonlocal exhausted
        # (waiting is capped too: batches needing no run pile up behind a slow one)
        while not exhausted and len(in_flight) < window and len(waiting) < 4 * window:
            b = next(batches, None)
            if b is None:
                exhausted = True
                break
            summary.batches += 1
            waiting[b.index] = b
            if writer is not None and len(writer.stored_hashes(b.hashes)) == len(b):
                ready[b.index] = ("stored", None)
            elif (m := read_manifest(out_dir, b.id)) is not None:
                ready[b.index] = ("reused", m)
            else:
                if preload and not summary.warm_seconds:
                    tw = time.perf_counter()
                    client.run(warm)
                    summary.warm_seconds = time.perf_counter() - tw
                fut = client.submit(task, b, str(out_dir), retries=retries, pure=False,
                                    key=f"eventwire-batch-{b.id}-{time.monotonic_ns()}")
                in_flight[fut.key] = b
                running.add(fut)
            settle()

    feed()
    for fut in running:
        b = in_flight.pop(fut.key)
        try:
            manifest = fut.result()
            ready[b.index] = ("reused" if manifest.get("skipped") else "run", manifest)
        except Exception as exc:       # KilledWorker after too many deaths, or a task error
            ready[b.index] = ("failed", f"batch {b.id} failed on the cluster: "
                                        f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        fut.release()
        feed()
        settle()
    settle()
    if waiting or in_flight:             # every batch is accounted for, or this is a bug
        raise RuntimeError(f"dask ingest: {len(waiting)} batch(es) never settled")
    summary.read = counts["read"]
    summary.seconds = time.perf_counter() - t0 - summary.warm_seconds
    report()
    return summary
