"""Query latency on a store of 100,000 events, on SQLite and PostgreSQL.

    .venv/bin/python bench/queries.py [--events 100000] [--runs 30] [--pg postgresql://…] [--keep DIR]

The store is populated synthetically through the store's own Writer (one transaction per
article, deduplication on), not through the pipeline: articles of 10 events each, over 40
countries, 16 PLOVER types, 7 years of dates, places near each country's centre, and two
quotes per article.  Then each query the CLI offers (``eventwire events --actor RUS`` …,
``quotes --speaker``, ``articles --search``; the CLI's default limit of 1000 rows) runs
--runs times, and its p50 and p95 wall time are printed — including building the pandas
DataFrame, as the Python API returns.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.model import PLOVER_TYPES  # noqa: E402
from eventwire.store import Store  # noqa: E402
from eventwire.store.rows import ArticleRows  # noqa: E402

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "GBR", "FRA", "DEU", "TUR", "IRN", "ISR", "PSE", "SYR",
             "IRQ", "AFG", "PAK", "IND", "SDN", "ETH", "SOM", "NGA", "MLI", "LBY", "EGY", "SAU",
             "YEM", "ARM", "AZE", "GEO", "BLR", "POL", "KOR", "PRK", "JPN", "VEN", "COL", "MEX",
             "BRA", "MMR", "PHL", "IGO"]
SECTORS = ["GOV", "MIL", "REB", "OPP", "CVL", "IGO"]
STATUSES = ["asserted"] * 6 + ["claimed", "denied", "intended", "negated", "requested"]
SPEAKERS = [f"Speaker{i} Name{i}" for i in range(300)] + ["Sergey Lavrov", "Antony Blinken", "Dmytro Kuleba"]
WORDS = ("talks truce shelling sanctions minister border troops aid convoy protest election "
         "parliament drone strike refugees negotiations summit embassy").split()
START = dt.date(2018, 1, 1)
DAYS = 7 * 365


def synthetic_articles(n_events: int, seed: int = 11):
    rng = random.Random(seed)
    centres = {c: (rng.uniform(-30, 60), rng.uniform(-100, 140)) for c in COUNTRIES}
    places = {c: [(f"{c.title()}ville{k}", c, lat + rng.uniform(-3, 3), lon + rng.uniform(-3, 3))
                  for k in range(6)] for c, (lat, lon) in centres.items()}
    places["UKR"][0] = ("Kharkiv", "UKR", 49.99, 36.23)
    made = 0
    i = 0
    while made < n_events:
        i += 1
        day0 = START + dt.timedelta(days=rng.randrange(DAYS))
        words = " ".join(rng.choice(WORDS) for _ in range(60))
        if rng.random() < 0.05:
            words += " The cease-fire held overnight."
        outlet = f"outlet{rng.randrange(50)}.example"
        chash = hashlib.sha256(f"{seed}-{i}".encode()).hexdigest()
        rows = ArticleRows(chash, {"content_hash": chash, "ext_id": f"syn-{i}", "outlet": outlet,
                                   "title": f"Report {i}", "published": day0.isoformat(),
                                   "url": f"https://{outlet}/{i}", "dateline": None, "text": words,
                                   "warnings": None, "ingested_at": "2025-01-01T00:00:00+00:00"})
        for _ in range(10):
            s, t = rng.sample(COUNTRIES, 2)
            p = rng.choice(places[rng.choice((s, t))]) if rng.random() < 0.7 else None
            d = day0 - dt.timedelta(days=rng.randrange(3))
            rows.mentions.append({
                "outlet": outlet, "type": rng.choice(PLOVER_TYPES), "mode": None,
                "status": rng.choice(STATUSES),
                "source_name": f"{s} {rng.choice(SECTORS)} actor{rng.randrange(20)}",
                "source_country": s, "source_sector": rng.choice(SECTORS),
                "target_name": f"{t} {rng.choice(SECTORS)} actor{rng.randrange(20)}",
                "target_country": t, "target_sector": rng.choice(SECTORS),
                "date": d.isoformat(), "date_basis": "text",
                "place_name": p[0] if p else None, "place_country": p[1] if p else None,
                "lat": p[2] if p else None, "lon": p[3] if p else None,
                "place_basis": "text" if p else None,
                "evidence": f"Sentence {i} of a synthetic report.", "evidence_start": 0,
                "evidence_end": 30, "trigger": "did", "trigger_start": 0, "trigger_end": 3,
                "payload": None})
        rows.quotes = [{"speaker_name": rng.choice(SPEAKERS), "speaker_country": rng.choice(COUNTRIES),
                        "speaker_sector": "GOV", "text": "We will not accept this.", "kind": "direct",
                        "cue": "said", "start": 0, "end": 24} for _ in range(2)]
        made += 10
        yield rows


QUERIES = [
    ("events --actor RUS", "events", dict(actor="RUS")),
    ("events --type ASSAULT", "events", dict(type="ASSAULT")),
    ("events --since 2022-03-01 --until 2022-03-31", "events", dict(since="2022-03-01", until="2022-03-31")),
    ("events --actor RUS --type ASSAULT --since 2022-03-01", "events",
     dict(actor="RUS", type="ASSAULT", since="2022-03-01")),
    ("events --place Kharkiv", "events", dict(place="Kharkiv")),
    ("events --place UKR --status claimed", "events", dict(place="UKR", status="claimed")),
    ("events --status denied", "events", dict(status="denied")),
    ("events --actor 'actor7'", "events", dict(actor="actor7")),
    ("events --actor 'RUS MIL actor13'", "events", dict(actor="RUS MIL actor13")),
    ("quotes --speaker Lavrov", "quotes", dict(speaker="Lavrov")),
    ("articles --search cease-fire", "articles", dict(search="cease-fire")),
]


def populate(store: Store, n_events: int) -> float:
    w = store.writer()
    t = time.perf_counter()
    for rows in synthetic_articles(n_events):
        w.write(rows)
    return time.perf_counter() - t


def measure(store: Store, runs: int) -> float:
    worst = 0.0
    for label, method, kw in QUERIES:
        fn = getattr(store, method)
        fn(**kw)                                   # warm the cache once
        times, n = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            n = len(fn(**kw))
            times.append((time.perf_counter() - t) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
        worst = max(worst, p95)
        print(f"  {label:52s} rows {n:5d}  p50 {statistics.median(times):7.1f} ms  p95 {p95:7.1f} ms", flush=True)
    return worst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--pg", default=os.environ.get("EVENTWIRE_TEST_PG_URL"))
    ap.add_argument("--keep", type=Path, help="keep the SQLite file in this folder (reused if there)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as d:
        path = (args.keep or Path(d)) / f"queries-{args.events}.db"
        fresh = not path.exists()
        store = Store(str(path))
        if fresh:
            secs = populate(store, int(args.events * 1.01))    # a few reports merge
            print(f"SQLite: populated in {secs:.0f} s")
        c = store.counts()
        print(f"SQLite: {c['events']} events, {c['event_mentions']} mentions, {c['articles']} articles")
        worst = measure(store, args.runs)
        print(f"SQLite: worst p95 {worst:.1f} ms")
    if args.pg:
        sys.path.insert(0, str(ROOT / "bench"))
        from ingest import _pg_fresh
        url, drop = _pg_fresh(args.pg)
        try:
            store = Store(url)
            secs = populate(store, int(args.events * 1.01))
            with store.engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
            c = store.counts()
            print(f"PostgreSQL: populated in {secs:.0f} s; {c['events']} events, "
                  f"{c['event_mentions']} mentions, {c['articles']} articles")
            worst = measure(store, args.runs)
            print(f"PostgreSQL: worst p95 {worst:.1f} ms")
            store.engine.dispose()
        finally:
            drop()
    else:
        print("PostgreSQL: skipped (no --pg and no EVENTWIRE_TEST_PG_URL)")


if __name__ == "__main__":
    main()
