"""The input cut into batches: consecutive records in input order, each batch named by a
hash of its records' content hashes.

The same input gives the same batches, with the same ids, in every run: that is what lets a
re-run skip the batches whose output is already written (resumable), and what lets a batch
re-run after a lost worker overwrite its own files rather than add others.  Batches are
consecutive in input order so that loading them in batch order loads the articles in input
order, as a local run does (deduplication merges into the first report it stored).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..model import Article

BATCH_SIZE = 64     # articles per task: ~seconds of work, small against a task's overhead


@dataclass
class Batch:
    id: str                                       # 16 hex digits, from the content hashes
    index: int                                    # position among the run's batches
    items: list[tuple[int, str, Article]]         # (input position, content hash, article)

    @property
    def hashes(self) -> list[str]:
        return [h for _, h, _ in self.items]

    def __len__(self) -> int:
        return len(self.items)


def batch_id(hashes: list[str]) -> str:
    h = hashlib.sha256()
    for x in hashes:
        h.update(x.encode("ascii"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def iter_batches(items: Iterable[tuple[int, str, Article]], size: int = BATCH_SIZE) -> Iterator[Batch]:
    """``items`` (input position, content hash, article), distinct hashes, in input order;
    each batch as soon as it is full (the input is never held whole)."""
    if size < 1:
        raise ValueError("batch size must be >= 1")
    chunk: list[tuple[int, str, Article]] = []
    index = 0
    for it in items:
        chunk.append(it)
        if len(chunk) == size:
            yield Batch(batch_id([h for _, h, _ in chunk]), index, chunk)
            chunk, index = [], index + 1
    if chunk:
        yield Batch(batch_id([h for _, h, _ in chunk]), index, chunk)


def make_batches(items: Iterable[tuple[int, str, Article]], size: int = BATCH_SIZE) -> list[Batch]:
    return list(iter_batches(items, size))
