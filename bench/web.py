"""Web app figures on a store of 100,000 events.

    .venv/bin/python bench/web.py [--events 100000] [--requests 60] [--renders 5] [--keep DIR]

1. Populates a SQLite store with synthetic events through the store's Writer (as
   bench/queries.py does: same generator), unless --keep names a folder that has one.
2. Starts ``eventwire serve`` on it in a subprocess, pinned to one core, with a token.
3. API latency: --requests requests per endpoint (after one warm-up) through httpx over
   real HTTP; p50 and p95.  Targets: filtered event lists p95 < 300 ms; timeline,
   network and map data p95 < 1 s.
4. Page first render: each page opened --renders times in headless Chromium (a fresh
   context each time, so nothing is cached between renders except by the server);
   navigation start → the page's ``data-ready`` marker (set when its data is drawn,
   time in ``data-ready-ms``).  Target < 2 s.
5. ``POST /api/extract`` on a 600-word article written for this benchmark, after a
   warm-up request (which loads the pipeline).  Target < 1 s on one core.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from queries import populate  # noqa: E402

from eventwire.store import Store  # noqa: E402

TOKEN = "bench-token"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

EVENT_LISTS = [
    ("events (no filter)", "/api/events", {}),
    ("events actor=RUS", "/api/events", {"actor": "RUS"}),
    ("events type=ASSAULT since 2022-03-01", "/api/events", {"type": "ASSAULT", "since": "2022-03-01"}),
    ("events actor=RUS type=ASSAULT 2022-03", "/api/events",
     {"actor": "RUS", "type": "ASSAULT", "since": "2022-03-01", "until": "2022-03-31"}),
    ("events place=Kharkiv", "/api/events", {"place": "Kharkiv"}),
    ("events place=UKR status=claimed", "/api/events", {"place": "UKR", "status": "claimed"}),
    ("events actor=actor7 (name)", "/api/events", {"actor": "actor7"}),
    ("events search=cease-fire", "/api/events", {"search": "cease-fire"}),
    ("events actor=RUS offset=900", "/api/events", {"actor": "RUS", "offset": 900}),
]
AGGREGATES = [
    ("timeline (all 100k, per day)", "/api/timeline", {}),
    ("timeline (all 100k, bucket=auto)", "/api/timeline", {"bucket": "auto"}),
    ("timeline actor=RUS", "/api/timeline", {"actor": "RUS"}),
    ("timeline type=ASSAULT 2022", "/api/timeline", {"type": "ASSAULT", "since": "2022-01-01", "until": "2022-12-31"}),
    ("network (all)", "/api/network", {}),
    ("network actor=RUS by name", "/api/network", {"actor": "RUS", "by": "name"}),
    ("map (all)", "/api/map", {}),
    ("map actor=UKR", "/api/map", {"actor": "UKR"}),
    ("negotiation RUS/UKR", "/api/negotiation", {"a": "RUS", "b": "UKR"}),
]
PAGES = ["/", "/?actor=RUS&type=ASSAULT", "/articles?search=truce", "/articles/1", "/timeline",
         "/timeline?actor=RUS", "/network", "/map", "/negotiation?a=RUS&b=UKR", "/paste"]

# Written for this benchmark (about 600 words, the events in it fictional), in the style of a
# wire report.
ARTICLE = """Ceasefire talks stall as shelling resumes along the river

GENEVA (Benchwire) - Negotiators from Armenia and Azerbaijan met in Geneva on Tuesday for a third round of talks hosted by Switzerland, but the two delegations left without agreeing on a date for a prisoner exchange, Swiss officials said.

Swiss Foreign Minister Ignazio Cassis, who chaired the session, said both sides had agreed to keep a hotline open between their defence ministries. "We have not solved the hard questions, but nobody walked away from the table," he told reporters after the meeting.

Armenian Foreign Minister Ararat Mirzoyan accused Azerbaijan of shelling villages near the border overnight, wounding two civilians in the town of Jermuk. Azerbaijan's defence ministry denied the accusation and said its troops had only returned fire after Armenian units opened fire on its positions.

The European Union urged both governments to withdraw troops from the contested stretch of the border and to allow monitors into the area. An EU spokesman said the bloc was ready to send more observers if the two sides asked for them.

Azerbaijani President Ilham Aliyev rejected the call for international monitors on Wednesday, telling a conference in Baku that foreign observers would only prolong the dispute. He said Azerbaijan was ready to sign a peace treaty within months if Armenia recognised its borders.

Armenian Prime Minister Nikol Pashinyan offered to resume talks in Brussels next month and proposed a joint commission to mark the border. "We are ready to meet anywhere, at any level, to end this," Pashinyan said in a televised address to parliament in Yerevan.

Russia, which keeps peacekeepers in the region, criticised the European mission and warned that it would not accept what it called interference in its sphere of influence. The Russian foreign ministry summoned the French ambassador in Moscow on Thursday to protest against remarks by French officials.

In Stepanakert, hundreds of people protested against the talks, blocking a main road for several hours. Police detained at least twelve demonstrators, local media reported.

Humanitarian groups said shortages of food and medicine were growing in villages cut off by the fighting. The International Committee of the Red Cross delivered medical supplies to two hospitals on Friday and said it had evacuated several wounded people across the line of contact.

The United States announced new aid of 20 million dollars for displaced families and said Secretary of State Antony Blinken had spoken by phone with both leaders. Washington called on the two sides to release detainees and to return the remains of soldiers killed in earlier fighting.

Turkey's foreign minister visited Baku on Saturday and pledged continued support for Azerbaijan, while Iran warned against any change to the borders of the region and held military exercises near its northern frontier.

Diplomats said the next round could take place in Brussels in late March, but only if the shelling stopped. Both sides said they had lost soldiers this week: Armenia reported three killed, and Azerbaijan said one of its servicemen had died of his wounds in hospital.

Analysts in the region said the talks had made more progress than the public statements suggested, pointing to the agreement on the hotline and to a plan to exchange lists of missing people. "The language is harsh, but they keep coming back to the table, and that matters," said one European diplomat who asked not to be named.

The Swiss government said it would host further meetings if both parties requested them.
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pctl(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, int(round(q * len(xs))) - 1))]


def start_server(db: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "EVENTWIRE_TOKEN": TOKEN, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "OPENBLAS_NUM_THREADS": "1"}
    cmd = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port)]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, start_new_session=True)
    try:
        os.sched_setaffinity(proc.pid, {sorted(os.sched_getaffinity(0))[0]})   # one core
    except (AttributeError, OSError):
        pass
    return proc


def wait_up(client, proc) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server exited")
        try:
            if client.get("/api/info").status_code == 200:
                return
        except Exception:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def measure_api(client, cases, runs: int) -> tuple[float, list[tuple]]:
    worst, lines = 0.0, []
    for label, path, params in cases:
        r = client.get(path, params=params)
        r.raise_for_status()
        n = len(r.json()) if isinstance(r.json(), list) else len(r.json().get("edges", r.json().get("items", [])))
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            client.get(path, params=params).raise_for_status()
            times.append((time.perf_counter() - t) * 1000)
        p95 = pctl(times, 0.95)
        worst = max(worst, p95)
        lines.append((label, n, statistics.median(times), p95))
    return worst, lines


def measure_pages(base: str, renders: int) -> list[tuple]:
    import shutil

    from playwright.sync_api import sync_playwright
    exe = os.environ.get("EVENTWIRE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        print("page renders: skipped (no chromium)")
        return []
    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        for path in PAGES:
            times = []
            for _ in range(renders + 1):                  # the first one warms the server
                ctx = browser.new_context(viewport={"width": 1280, "height": 900})
                page = ctx.new_page()
                page.goto(base + path)
                page.wait_for_selector("body[data-ready]", state="attached", timeout=30_000)
                state = page.evaluate("() => document.body.dataset.ready")
                times.append(float(page.evaluate("() => document.body.dataset.readyMs")))
                ctx.close()
                if state == "error":
                    raise SystemExit(f"page {path} failed to draw")
            times = times[1:]
            out.append((path, statistics.median(times), max(times)))
        browser.close()
    return out


def measure_extract(client, runs: int) -> tuple[float, float, float, int]:
    body = {"text": ARTICLE, "published": "2024-02-20", "explain": True}
    t = time.perf_counter()
    client.post("/api/extract", json=body).raise_for_status()      # loads the pipeline
    first = time.perf_counter() - t
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        r = client.post("/api/extract", json=body)
        r.raise_for_status()
        times.append(time.perf_counter() - t)
    return first, statistics.median(times), max(times), len(r.json()["events"])


def main() -> None:
    import httpx
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--renders", type=int, default=5)
    ap.add_argument("--keep", type=Path, help="keep the SQLite file in this folder (reused if there)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as d:
        path = (args.keep or Path(d)) / f"web-{args.events}.db"
        if not path.exists():
            store = Store(str(path))
            secs = populate(store, int(args.events * 1.01))
            store.engine.dispose()
            print(f"populated in {secs:.0f} s")
        c = Store(str(path)).counts()
        print(f"store: {c['events']} events, {c['event_mentions']} mentions, {c['articles']} articles")
        port = free_port()
        proc = start_server(path, port)
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=60) as client:
                wait_up(client, proc)
                worst_list, lines = measure_api(client, EVENT_LISTS, args.requests)
                worst_agg, agg = measure_api(client, AGGREGATES, max(10, args.requests // 3))
                print(f"\n{'API (server on one core)':44s} {'rows':>6s} {'p50 ms':>8s} {'p95 ms':>8s}")
                for label, n, p50, p95 in lines + agg:
                    print(f"  {label:42s} {n:6d} {p50:8.1f} {p95:8.1f}")
                print(f"  worst p95: event lists {worst_list:.1f} ms (target < 300); "
                      f"timeline/network/map/negotiation {worst_agg:.1f} ms (target < 1000)")
                pages = measure_pages(base, args.renders)
                if pages:
                    print(f"\n{'Page first render (Chromium)':44s} {'median ms':>10s} {'max ms':>8s}")
                    for p, med, mx in pages:
                        print(f"  {p:42s} {med:10.0f} {mx:8.0f}")
                    print(f"  worst: {max(mx for _, _, mx in pages):.0f} ms (target < 2000)")
                first, med, mx, n_events = measure_extract(client, 10)
                words = len(ARTICLE.split())
                print(f"\nPOST /api/extract, {words}-word article ({n_events} events): first (loads the "
                      f"pipeline) {first:.2f} s; then median {med * 1000:.0f} ms, max {mx * 1000:.0f} ms "
                      f"(target < 1 s)")
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(10)


if __name__ == "__main__":
    main()
