"""A batch task that kills its own worker once (imported by the workers of the fault test).

The first call anywhere (a marker file, shared by all workers of the local cluster, says
whether it happened) writes the batch's Parquet, removes its manifest — as if the process
had died after the data files and before the manifest — and then SIGKILLs its worker
process.  The scheduler must re-run the batch elsewhere, and the re-run must overwrite the
files the dead attempt left, not add to them."""
from __future__ import annotations

import os
import signal

from eventwire.scale.worker import manifest_path, process_batch


def kill_once(marker: str):
    def task(batch, out_dir):
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return process_batch(batch, out_dir)
        os.write(fd, f"{os.getpid()} {batch.id}".encode())
        os.close(fd)
        process_batch(batch, out_dir)
        manifest_path(out_dir, batch.id).unlink()
        os.kill(os.getpid(), signal.SIGKILL)
    return task
