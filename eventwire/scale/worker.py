"""What runs on a worker: one batch of records → date-partitioned Parquet files + a manifest.

Layout of the output directory (readable as one Hive-partitioned dataset by pandas, pyarrow,
DuckDB, Spark: files and folders starting with ``_`` or ``.`` are skipped by their readers):

    OUT/date=2023-10-11/batch-<id>.parquet     the batch's articles published that day
    OUT/date=unknown/batch-<id>.parquet        … with no publication date
    OUT/_batches/batch-<id>.json               the manifest: files, article count, failures

Every file is written under a temporary name in its own folder, then renamed (``os.replace``
is atomic on POSIX file systems), and the manifest is written last: a batch is done exactly
when its manifest exists.  A worker killed half-way leaves some files and no manifest; the
batch's re-run rewrites the same names, so nothing is duplicated, and the loader reads only
batches with a manifest.  A batch whose manifest exists is not run again (resumable).
"""
from __future__ import annotations

import glob
import json
import os
import time
import uuid
from pathlib import Path

from ..model import Failure
from .batches import Batch

MANIFESTS = "_batches"
UNKNOWN_DATE = "unknown"

_PIPELINE = None
LOADS = 0          # how many times this process loaded the pipeline (1 after warm-up)


def worker_pipeline():
    """This process's pipeline, loaded on first use and kept for every later task."""
    global _PIPELINE, LOADS
    if _PIPELINE is None:
        from ..pipeline import Pipeline
        _PIPELINE = Pipeline.load()
        LOADS += 1
    return _PIPELINE


def warm() -> int:
    """Load the pipeline now (``client.run(warm)``), so the first batch does not pay for it;
    returns this process's id."""
    worker_pipeline()
    return os.getpid()


def manifest_path(out_dir: str | Path, bid: str) -> Path:
    return Path(out_dir) / MANIFESTS / f"batch-{bid}.json"


def read_manifest(out_dir: str | Path, bid: str) -> dict | None:
    try:
        return json.loads(manifest_path(out_dir, bid).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _atomic_write(path: Path, write) -> None:
    """``write(tmp_path)``, then rename over ``path``: readers see the whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _remove_leftovers(folder: Path, name: str) -> None:
    """Temporary files of an earlier attempt at this batch that was killed mid-write."""
    for stale in glob.glob(str(folder / f".{glob.escape(name)}.*.tmp")):
        try:
            os.unlink(stale)
        except FileNotFoundError:
            pass


def process_batch(batch: Batch, out_dir: str) -> dict:
    """Extract a batch and write it; return its manifest (the existing one if the batch was
    done before: then nothing is recomputed)."""
    import pyarrow.parquet as pq

    from ..store.ingest import extract_rows        # the very row-building of a local ingest
    from .columns import to_record, to_table

    done = read_manifest(out_dir, batch.id)
    if done is not None:
        return {**done, "skipped": True}
    t0 = time.perf_counter()
    results = extract_rows([(h, a) for _, h, a in batch.items], worker_pipeline())
    by_date: dict[str, list[dict]] = {}
    failures = []
    for (seq, _, _), (chash, res) in zip(batch.items, results):
        if isinstance(res, Failure):
            failures.append({"seq": seq, "source_id": res.id, "error": res.error, "content_hash": chash})
            continue
        try:
            rec = to_record(res, seq, batch.id)
        except ValueError as exc:   # a row the Parquet schema cannot hold: it fails alone
            failures.append({"seq": seq, "source_id": res.article["ext_id"], "content_hash": chash,
                             "error": f"internal error while writing Parquet: {exc}"})
            continue
        by_date.setdefault(res.article["published"] or UNKNOWN_DATE, []).append(rec)
    out = Path(out_dir)
    name = f"batch-{batch.id}.parquet"
    files = []
    for date in sorted(by_date):
        path = out / f"date={date}" / name
        table = to_table(by_date[date])
        _atomic_write(path, lambda tmp: pq.write_table(table, tmp, compression="zstd"))
        _remove_leftovers(path.parent, name)
        files.append(path.relative_to(out).as_posix())
    manifest = {"batch": batch.id, "index": batch.index, "articles": len(batch),
                "extracted": len(batch) - len(failures), "files": files, "failures": failures,
                "seconds": round(time.perf_counter() - t0, 3), "pid": os.getpid()}
    mpath = manifest_path(out, batch.id)
    _atomic_write(mpath, lambda tmp: tmp.write_text(json.dumps(manifest), encoding="utf-8"))
    return {**manifest, "skipped": False}
