"""Throughput of the whole pipeline against spaCy's own parse of the same articles.

    .venv/bin/python bench/throughput.py [--gold ../shared/gold/dev.jsonl] [--articles 240] [--rounds 3]

Both run in this one process on the same articles (the gold set repeated to --articles), in
alternating rounds so that a noisy machine slows both alike; the best round of each counts.
"spaCy only" is ``nlp.pipe`` of the same model, loaded the same way, over the raw article
texts; "pipeline" is eventwire from raw text to finished Extraction (cleaning, parsing and
every stage).  Prints articles/s, words/s, the ratio pipeline/spaCy-only, each stage's time
as a share of the parse, and peak memory (max RSS).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.eval.predict import scoring_input  # noqa: E402
from eventwire.io import article_from_record  # noqa: E402
from eventwire.model import Failure  # noqa: E402
from eventwire.pipeline import Pipeline  # noqa: E402


def load_articles(gold: Path, n: int) -> list[dict]:
    if gold.is_file():
        rows = [json.loads(line) for line in gold.open(encoding="utf-8") if line.strip()]
        rows = [scoring_input(r) for r in rows]
    else:
        print(f"note: {gold} not found; using the bundled example article instead", file=sys.stderr)
        text = (ROOT / "eventwire" / "examples" / "example.txt").read_text(encoding="utf-8")
        rows = [{"id": "example", "raw": text, "published": "2025-06-06"}]
    out = []
    while len(out) < n:
        for r in rows:
            out.append({**r, "id": f"{r['id']}#{len(out)}"})
    return out[:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold" / "dev.jsonl")
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = ap.parse_args()

    records = load_articles(args.gold, max(args.articles, 1))
    words = sum(len(r["raw"].split()) for r in records)
    from eventwire.places.gazetteer import Gazetteer
    t = time.perf_counter()
    Gazetteer()
    gazetteer_load = time.perf_counter() - t
    pipeline = Pipeline.load()
    nlp = pipeline.nlp
    raw_texts = [r["raw"] for r in records]

    # warm-up: first calls pay for lazy loading in both
    list(nlp.pipe(raw_texts[:5]))
    list(pipeline.run(article_from_record(r) for r in records[:5]))

    spacy_best, pipe_best, stage_share, failures = float("inf"), float("inf"), {}, 0
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in nlp.pipe(raw_texts, batch_size=pipeline.batch_size):
            pass
        spacy_best = min(spacy_best, time.perf_counter() - t)

        pipeline.timings.clear()
        t = time.perf_counter()
        failures = sum(isinstance(x, Failure) for x in pipeline.run(article_from_record(r) for r in records))
        elapsed = time.perf_counter() - t
        if elapsed < pipe_best:
            pipe_best = elapsed
            parse = pipeline.timings.get("parse") or 1e-9
            stage_share = {k: round(v / parse, 3) for k, v in pipeline.timings.items() if k != "parse"}

    n = len(records)
    figures = {
        "articles": n, "words": words, "failures": failures,
        "spacy_articles_per_s": round(n / spacy_best, 2), "spacy_words_per_s": round(words / spacy_best),
        "pipeline_articles_per_s": round(n / pipe_best, 2), "pipeline_words_per_s": round(words / pipe_best),
        "ratio_pipeline_to_spacy": round(spacy_best / pipe_best, 3),
        "stage_time_over_parse": stage_share,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "gazetteer_load_s": round(gazetteer_load, 2),
    }
    print(f"articles           {n} ({words} words), {failures} failed")
    print(f"spaCy only         {figures['spacy_articles_per_s']:8.2f} articles/s  {figures['spacy_words_per_s']:8d} words/s")
    print(f"eventwire pipeline {figures['pipeline_articles_per_s']:8.2f} articles/s  {figures['pipeline_words_per_s']:8d} words/s")
    print(f"ratio pipeline/spaCy-only  {figures['ratio_pipeline_to_spacy']:.3f}")
    print("stage time / parse time    " + "  ".join(f"{k} {v:.3f}" for k, v in stage_share.items()))
    print(f"peak memory        {figures['peak_rss_mb']} MB")
    print(f"gazetteer load     {figures['gazetteer_load_s']:.2f} s")
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
