"""Scale-out on Dask: ``eventwire ingest … --dask local[N] | tcp://HOST:8786 --parquet-dir OUT``.

    cluster.py   ``local[N]``, a scheduler address or a scheduler file → a ``distributed.Client``
    batches.py   the input cut into batches with stable ids (from their content hashes)
    columns.py   the Parquet schema of a batch (derived from the store's tables) and the
                 conversion between store rows and Arrow
    worker.py    runs on the workers: the pipeline loaded once per worker process; one batch
                 → date-partitioned Parquet files, written atomically, then a manifest
    load.py      Parquet batches → the store, in input order, through the store's own writer
                 (so deduplication is the same as a local run)
    run.py       the driver: submit batches (a bounded window in flight), collect, load

The pipeline never travels: workers load it themselves; tasks carry only records.
Imported lazily, so that the CLI starts without loading dask.
"""
from __future__ import annotations


def __getattr__(name):
    if name == "dask_ingest":
        from .run import dask_ingest
        return dask_ingest
    if name == "connect":
        from .cluster import connect
        return connect
    raise AttributeError(name)


__all__ = ["dask_ingest", "connect"]
