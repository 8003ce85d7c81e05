"""The ``--dask`` and ``--parquet-dir`` options of ``eventwire ingest`` (see store/commands.py)."""
from __future__ import annotations

import typer

from .cluster import ClusterSpecError, parse_spec


def _fail(err, message: str) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(2)


def check_options(dask: str | None, parquet_dir: str | None, err) -> None:
    """Refuse what cannot work before reading any input."""
    if dask is None:
        _fail(err, "--parquet-dir goes with --dask (a local ingest writes to the store only)")
    if parquet_dir is None:
        _fail(err, "--dask needs --parquet-dir: the folder the workers write their results to")
    try:
        parse_spec(dask)
    except ClusterSpecError as exc:
        _fail(err, str(exc))


def run_dask(items, spec: str, parquet_dir: str, store, progress, err):
    """Ingest on the cluster ``spec``; the summary is a ``ScaleSummary``."""
    from .cluster import connect
    from .run import dask_ingest

    try:
        cm = connect(spec)
        client = cm.__enter__()
    except (OSError, TimeoutError, ClusterSpecError) as exc:
        _fail(err, f"cannot reach the Dask cluster {spec}: {str(exc).splitlines()[0] if str(exc) else exc!r}")
    try:
        err.print(f"dask: {client.dashboard_link or spec}", highlight=False)
        summary = dask_ingest(items, client, parquet_dir,
                              store.writer() if store is not None else None, progress=progress)
    finally:
        cm.__exit__(None, None, None)
    err.print(f"parquet: {parquet_dir} ({summary.batches} batches: {summary.batches_run} run, "
              f"{summary.batches_reused} written before; {summary.workers} workers, "
              f"pipeline loaded in {summary.warm_seconds:.1f} s)"
              + ("" if store is not None else "; not loaded into a store (no --db)"))
    return summary
