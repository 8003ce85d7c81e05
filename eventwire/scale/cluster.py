"""Where the work runs: a cluster spec as the CLI takes it, turned into a ``Client``.

    local[N]                 a LocalCluster of N single-threaded worker processes on this machine
    tcp://HOST:8786          a running scheduler (``dask scheduler``, dask-jobqueue, Kubernetes …)
    tls://HOST:8786          the same over TLS (security from the dask config)
    PATH.json                a scheduler file (``dask scheduler --scheduler-file``, dask-mpi)

Single-threaded workers: the pipeline is CPU-bound Python (the GIL), so one process per core
is what scales; a thread more per worker would only contend for the same core.
"""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
from typing import Iterator

_LOCAL = re.compile(r"local\[(\d+)\]")
_ADDRESS = re.compile(r"(?:tcp|tls|ucx|inproc|ws|wss)://\S+")


class ClusterSpecError(ValueError):
    pass


def parse_spec(spec: str) -> tuple[str, object]:
    """``("local", N)``, ``("address", "tcp://…")`` or ``("file", path)``; raises
    ClusterSpecError for anything else."""
    spec = spec.strip()
    m = _LOCAL.fullmatch(spec)
    if m:
        n = int(m.group(1))
        if n < 1:
            raise ClusterSpecError("local[N] needs N >= 1")
        return "local", n
    if _ADDRESS.fullmatch(spec):
        return "address", spec
    if spec.endswith(".json"):
        return "file", spec
    raise ClusterSpecError(f"--dask {spec!r}: expected local[N], tcp://HOST:PORT "
                           "(or tls://…), or a scheduler file ending in .json")


@contextmanager
def connect(spec: str, dashboard: bool = True, memory_limit: str | None = "auto") -> Iterator:
    """A ``distributed.Client`` for ``spec``; a local cluster is shut down on exit, a remote
    one is left running (only this client disconnects)."""
    from distributed import Client, LocalCluster

    kind, value = parse_spec(spec)
    if kind == "local":
        # without a dashboard the scheduler still serves health routes over HTTP: on any
        # free port then, so that several clusters on one machine do not collide on 8787
        cluster = LocalCluster(n_workers=value, threads_per_worker=1, processes=True,
                               dashboard_address=":8787" if dashboard else ":0",
                               scheduler_kwargs=None if dashboard else {"dashboard": False},
                               memory_limit=memory_limit)
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
            cluster.close()
        return
    if kind == "file":
        if not os.path.isfile(value):
            raise ClusterSpecError(f"--dask {value}: no such scheduler file")
        client = Client(scheduler_file=value)
    else:
        client = Client(value)
    try:
        yield client
    finally:
        client.close()
