"""Run the pipeline over a gold JSONL file, giving it only ``id``, ``raw`` and ``published``
(as the reference scorer requires), and write predictions as JSONL.

usage: python -m eventwire.eval.predict GOLD.jsonl [OUT.jsonl]
"""
from __future__ import annotations

import json
import sys
from typing import Iterable, Iterator

from ..io import article_from_record
from ..pipeline import Failure, Pipeline


SCORED_INPUT = ("id", "raw", "published")


def scoring_input(row: dict) -> dict:
    """What the system may see of a gold row when it is scored (FORMAT.md)."""
    return {k: row[k] for k in SCORED_INPUT if k in row}


def gold_inputs(path: str) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield scoring_input(json.loads(line))


def predict(pipeline: Pipeline, records: Iterable[dict], explain: bool = False) -> Iterator[dict]:
    for result in pipeline.run(article_from_record(r) for r in records):
        yield result.to_dict() if isinstance(result, Failure) else result.to_dict(explain)


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__)
    out = open(argv[1], "w", encoding="utf-8") if len(argv) > 1 else sys.stdout
    pipe = Pipeline.load()
    for row in predict(pipe, gold_inputs(argv[0])):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()
    print(json.dumps({k: round(v, 3) for k, v in pipe.timings.items()}), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
