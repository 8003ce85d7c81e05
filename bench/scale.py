"""Dask scale-out: speed-up of 2 single-threaded workers over 1, memory per worker, and
storage per article (the figures docs/scaling.md plans capacity from).

    .venv/bin/python bench/scale.py [--articles 2000] [--workers 1 2] [--batch-size 64]

Articles are built from the gold dev articles by recombination (bench/ingest.py's builder).
For each worker count: a LocalCluster of that many single-threaded worker processes starts,
the pipeline is loaded on every worker (timed apart: "warm"), then all articles are
extracted and written as Parquet (timed: articles/s).  Peak RSS per worker is the
process's maximum resident set (getrusage), pipeline load included.  Then the last run's
Parquet is loaded into a fresh SQLite store (no re-extraction), timed, and the bytes of
Parquet and of the database per article are printed.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import recombined  # noqa: E402  (bench/ingest.py)

from eventwire.io import article_from_record  # noqa: E402
from eventwire.scale.cluster import connect  # noqa: E402
from eventwire.scale.run import dask_ingest  # noqa: E402
from eventwire.scale.worker import warm as _warm  # noqa: E402
from eventwire.store import Store  # noqa: E402


def _peak_rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024     # Linux: KiB


def _cpu_seconds() -> float:
    import resource
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _rss_mb() -> float:
    import psutil
    return psutil.Process().memory_info().rss / 2**20


def _bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(n_workers: int, records: list[dict], out: Path, batch_size: int) -> dict:
    t = time.perf_counter()
    with connect(f"local[{n_workers}]", dashboard=False) as client:
        start = time.perf_counter() - t
        articles = [article_from_record(r) for r in records]
        tw = time.perf_counter()
        client.run(_warm)                  # the pipeline load is timed apart, not as work
        warm = time.perf_counter() - tw
        cpu0 = client.run(_cpu_seconds)
        s = dask_ingest(articles, client, str(out), None, batch_size=batch_size)
        cpu = sum(v - cpu0[k] for k, v in client.run(_cpu_seconds).items())
        peak = sorted(client.run(_peak_rss_mb).values())
        now = sorted(client.run(_rss_mb).values())
    rate = (s.stored + s.failed) / s.seconds
    print(f"{n_workers} worker(s): {s.stored} articles in {s.seconds:7.1f} s = {rate:6.2f} art/s "
          f"(= {rate / n_workers:.2f} art/s/worker; cluster start {start:.1f} s, pipeline load "
          f"{warm:.1f} s, not timed; failed {s.failed}); peak RSS per worker "
          f"{', '.join(f'{m:.0f}' for m in peak)} MB (at end {', '.join(f'{m:.0f}' for m in now)} MB)",
          flush=True)
    # CPU seconds the workers spent: robust to other processes on the machine, unlike wall
    # time; "parallelism" is how many cores' worth of CPU the workers got on average.
    print(f"   workers' CPU: {cpu:.1f} s = {s.stored / cpu:.2f} art per CPU-second; "
          f"parallelism {cpu / s.seconds:.2f} of {n_workers}", flush=True)
    return {"rate": rate, "peak_mb": max(peak), "n": s.stored, "per_cpu": s.stored / cpu}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "dev.jsonl")
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()

    records = recombined(args.gold, args.articles)
    print(f"{len(records)} recombined articles, batches of {args.batch_size}, "
          f"{os.cpu_count()} CPU(s) on this machine", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="ew_scale_"))
    try:
        results = {}
        for n in args.workers:
            out = tmp / f"out{n}"
            results[n] = run(n, records, out, args.batch_size)
        base = results[args.workers[0]]
        for n in args.workers[1:]:
            print(f"speed-up {n} workers / {args.workers[0]}: "
                  f"{results[n]['rate'] / base['rate']:.2f}")
        print("articles per CPU-second: " + ", ".join(f"{n} worker(s) {r['per_cpu']:.2f}"
                                                      for n, r in results.items()))
        print(f"peak RSS of any worker: {max(r['peak_mb'] for r in results.values()):.0f} MB")

        out = tmp / f"out{args.workers[-1]}"
        n = results[args.workers[-1]]["n"]
        store = Store(str(tmp / "load.db"))
        with connect("local[1]", dashboard=False) as client:    # all batches done: load only
            s = dask_ingest([article_from_record(r) for r in records], client, str(out),
                            store.writer(), batch_size=args.batch_size)
        store.engine.dispose()                                  # checkpoints the WAL
        db = sum(p.stat().st_size for p in tmp.glob("load.db*"))
        print(f"load into SQLite: {s.stored} articles in {s.load_seconds:.1f} s = "
              f"{s.stored / s.load_seconds:.1f} art/s (one writer, in the driver)")
        print(f"storage per article: Parquet {_bytes(out) / n / 1024:.1f} KiB, "
              f"SQLite {db / n / 1024:.1f} KiB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
