"""Ingest throughput against the pipeline's own, and the deduplication figures.

    .venv/bin/python bench/ingest.py [--articles 1000] [--workers 2] [--pg postgresql://…]
    .venv/bin/python bench/ingest.py --dedup-only

Articles are built from the gold dev articles by recombination (the first paragraph kept,
the others shuffled, a new id) so that every one has its own content hash.  In one run, on
the same articles, with the same worker processes and chunking:
  * pipeline alone: ``ingest`` with no writer (extract, build rows, store nothing);
  * SQLite: ``ingest`` into a fresh WAL-mode file;
  * PostgreSQL (with --pg, or EVENTWIRE_TEST_PG_URL set): into a fresh database.
Prints articles/s of each and the ratio store/pipeline-alone.  Then ingests the multi-report
corpus (tests/store/corpus) and prints the pairwise precision and recall of its grouping.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.io import article_from_record, read_inputs  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store.grouping import pairwise_scores  # noqa: E402
from eventwire.store.ingest import ingest  # noqa: E402
from eventwire.store.rows import content_hash  # noqa: E402

CORPUS = ROOT / "tests" / "store" / "corpus"


def recombined(gold: Path, n: int, seed: int = 7) -> list[dict]:
    rows = [json.loads(x) for x in gold.open(encoding="utf-8") if x.strip()]
    rng = random.Random(seed)
    out, seen = [], set()
    while len(out) < n:
        r = rng.choice(rows)
        paras = [p for p in r["raw"].split("\n\n") if p.strip()]
        head, rest = paras[:1], paras[1:]
        rng.shuffle(rest)
        rec = {"id": f"{r['id']}~{len(out)}", "raw": "\n\n".join(head + rest),
               "published": r.get("published"), "title": r.get("title")}
        h = content_hash(article_from_record(rec))
        if h in seen:
            rec["raw"] += f"\n\n(Report {len(out)}.)"
        seen.add(content_hash(article_from_record(rec)))
        out.append(rec)
    return out


def _pg_fresh(url: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    from eventwire.store.engine import normalise_url
    base = make_url(normalise_url(url))
    name = "ew_bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return base.set(database=name).render_as_string(hide_password=False), drop


def run(label: str, records: list[dict], writer, workers: int) -> float:
    s = ingest((article_from_record(r) for r in records), writer, workers=workers)
    n = s.stored + s.failed
    per = f", writing {1000 * s.write_seconds / n:.1f} ms/article" if writer is not None and n else ""
    print(f"{label:16s} {n:6d} articles in {s.seconds:7.1f} s = {s.rate:6.2f} art/s"
          f"  (stored {s.stored}, already {s.already}, failed {s.failed}{per})", flush=True)
    return s.rate


def dedup_figures() -> dict:
    with tempfile.TemporaryDirectory() as d:
        store = Store(os.path.join(d, "corpus.db"))
        ingest(read_inputs([str(CORPUS / "multireport.jsonl")]), store.writer())
        truth = json.loads((CORPUS / "groups.json").read_text(encoding="utf-8"))["reports"]
        return pairwise_scores(store, truth)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "dev.jsonl")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg", default=os.environ.get("EVENTWIRE_TEST_PG_URL"))
    ap.add_argument("--dedup-only", action="store_true")
    args = ap.parse_args()

    if not args.dedup_only:
        records = recombined(args.gold, args.articles)
        print(f"{len(records)} recombined articles, {args.workers} worker process(es)")
        # The pipeline alone runs first and last, and its better round counts: the first
        # run of a process pays for cold caches, which would flatter the stores.
        rates = {"pipeline alone": run("pipeline alone", records, None, args.workers)}
        with tempfile.TemporaryDirectory() as d:
            store = Store(os.path.join(d, "bench.db"))
            rates["SQLite"] = run("SQLite", records, store.writer(), args.workers)
            run("SQLite re-run", records, store.writer(), args.workers)   # skips all: idempotent
        if args.pg:
            url, drop = _pg_fresh(args.pg)
            try:
                rates["PostgreSQL"] = run("PostgreSQL", records, Store(url).writer(), args.workers)
            finally:
                drop()
        else:
            print("PostgreSQL: skipped (no --pg and no EVENTWIRE_TEST_PG_URL)")
        base = max(rates["pipeline alone"], run("pipeline alone", records, None, args.workers))
        for name in ("SQLite", "PostgreSQL"):
            if name in rates:
                print(f"ratio {name} / pipeline alone (best round) = {rates[name] / base:.2f}")
    scores = dedup_figures()
    print("dedup on tests/store/corpus: pairwise precision {pairwise_precision:.3f} recall "
          "{pairwise_recall:.3f} ({true_pairs} true pairs, {predicted_pairs} predicted; "
          "{reports_found}/{reports} reports coded)".format(**scores))


if __name__ == "__main__":
    main()
