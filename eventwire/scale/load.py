"""Parquet batches → the store, with the same deduplication as a local run.

A batch's articles (and its failures) are written in input order through the store's own
``Writer``, one transaction per article, exactly as ``store.ingest`` writes them; batches are
loaded in batch order, which is input order.  So the store receives the same articles in the
same order as from a local run, and merges their event mentions into the same events.
Idempotent: an article whose content hash is stored is skipped by the writer.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .columns import from_record


@dataclass
class LoadResult:
    stored: int = 0
    already: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


def batch_rows(out_dir: str | Path, manifest: dict) -> list[tuple[int, object]]:
    """(input position, ArticleRows) of a done batch, in input order."""
    import pyarrow.parquet as pq

    out = []
    for rel in manifest["files"]:
        for rec in pq.read_table(Path(out_dir) / rel).to_pylist():
            out.append(from_record(rec))
    out.sort(key=lambda x: x[0])
    return out


def load_batch(out_dir: str | Path, manifest: dict, writer) -> LoadResult:
    """Write one done batch into the store (``writer``: a ``store.writer.Writer``)."""
    result = LoadResult()
    failures = [(f["seq"], f) for f in manifest.get("failures", [])]
    items = [(seq, "rows", rows) for seq, rows in batch_rows(out_dir, manifest)]
    items += [(seq, "failure", f) for seq, f in failures]
    items.sort(key=lambda x: x[0])
    for _, kind, value in items:
        if kind == "failure":
            result.failures.append((value["source_id"], value["error"]))
            writer.record_failure(value["source_id"], value["error"], value.get("content_hash"))
        elif writer.write(value) is not None:
            result.stored += 1
        else:
            result.already += 1
    return result

