"""Ingest: idempotent by content hash, failures kept with their reason, and resumable after
``kill -9`` with nothing lost, duplicated or half-written."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from eventwire.io import read_inputs
from eventwire.store import Store
from eventwire.store import ingest as ingest_mod
from eventwire.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]


def _inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("Hungary's president met Serbia's prime minister in Budapest on Friday.\n\n"
                             "The two leaders signed an energy agreement.\n", encoding="utf-8")
    (d / "b.jsonl").write_text(
        json.dumps({"id": "b1", "raw": "Police detained 40 protesters in Minsk on Sunday, a rights group said.",
                    "published": "2023-05-07"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b1-again", "raw": "Police detained 40 protesters in Minsk on Sunday, a rights group said.",
                      "published": "2023-05-07"}) + "\n", encoding="utf-8")
    (d / "c.txt").write_bytes(b"\x00\x01\x02binary")
    return d


def test_ingest_is_idempotent_and_keeps_failures(tmp_path, pipeline):
    store = Store(str(tmp_path / "e.db"))
    d = _inputs(tmp_path)
    first = ingest(read_inputs([str(d)]), store.writer(), pipeline=pipeline)
    assert (first.stored, first.already, first.failed) == (2, 1, 2)   # b1-again: same content
    reasons = dict(first.failures)
    assert "invalid JSON" in reasons[f"{d / 'b.jsonl'}:2"]
    assert "binary" in reasons[str(d / "c.txt")]
    second = ingest(read_inputs([str(d)]), store.writer(), pipeline=pipeline)
    assert (second.stored, second.already, second.failed) == (0, 3, 2)
    counts = store.counts()
    assert counts["articles"] == 2 and counts["ingest_errors"] == 2


def test_cli_ingest_then_query_and_export(tmp_path, pipeline, monkeypatch, corpus_path):
    from eventwire.cli import app
    monkeypatch.setattr(ingest_mod, "_PIPELINE", pipeline)    # no second model load
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(corpus_path), "--db", db, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "stored 16" in r.output
    r = runner.invoke(app, ["events", "--db", db, "--actor", "RUS", "--type", "ASSAULT",
                            "--since", "2023-10-01", "--format", "jsonl"])
    rows = [json.loads(line) for line in r.stdout.splitlines() if line.startswith("{")]
    assert r.exit_code == 0 and rows
    kharkiv = [x for x in rows if x["place_name"] == "Kharkiv"]
    assert len(kharkiv) == 1 and kharkiv[0]["num_sources"] == 3
    r = runner.invoke(app, ["quotes", "--db", db, "--format", "csv"])
    assert r.exit_code == 0 and r.stdout.startswith("id,")
    r = runner.invoke(app, ["articles", "--db", db, "--search", "drones", "--format", "jsonl"])
    assert {json.loads(x)["ext_id"] for x in r.stdout.splitlines() if x.startswith("{")} == {"dl-302", "gc-402"}
    r = runner.invoke(app, ["export", str(tmp_path / "ev.json"), "--db", db, "--format", "plover"])
    assert r.exit_code == 0
    recs = json.loads((tmp_path / "ev.json").read_text())
    assert {"id", "date", "source", "target", "event", "mode", "context", "eventText", "text"} <= set(recs[0])


def test_cli_ingest_exits_nonzero_when_a_record_fails(tmp_path, pipeline, monkeypatch):
    from eventwire.cli import app
    monkeypatch.setattr(ingest_mod, "_PIPELINE", pipeline)
    r = CliRunner().invoke(app, ["ingest", str(_inputs(tmp_path)), "--db", str(tmp_path / "f.db"),
                                 "--no-progress"])
    assert r.exit_code == 1
    assert "failed 2" in r.output and "invalid JSON" in r.output


# -- kill -9 ----------------------------------------------------------------------------------
N_KILL = 40


def _many_articles(corpus_path: Path, out: Path) -> Path:
    """N_KILL distinct articles: the corpus articles, each copy with a closing line of its own."""
    base = [json.loads(x) for x in corpus_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    with out.open("w", encoding="utf-8") as fh:
        for i in range(N_KILL):
            rec = dict(base[i % len(base)])
            rec["id"] = f"{rec['id']}-copy{i}"
            rec["raw"] += f"\n\nThis is report {i} in the series."
            fh.write(json.dumps(rec) + "\n")
    return out


def _table_counts(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        per_article = con.execute(
            "SELECT a.ext_id, (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id),"
            " (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),"
            " (SELECT count(*) FROM actors x WHERE x.article_id = a.id) FROM articles a").fetchall()
        return {
            "articles": con.execute("SELECT count(*) FROM articles").fetchone()[0],
            "hashes": con.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0],
            "per_article": sorted(per_article),
            "mentions_total": con.execute("SELECT sum(num_mentions) FROM events").fetchone()[0],
            "orphans": con.execute("SELECT count(*) FROM event_mentions m LEFT JOIN events e"
                                   " ON e.id = m.event_id WHERE e.id IS NULL").fetchone()[0],
        }
    finally:
        con.close()


def _stored(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_kill_9_mid_batch_then_rerun_loses_and_duplicates_nothing(tmp_path, pipeline, corpus_path):
    src = _many_articles(corpus_path, tmp_path / "many.jsonl")
    ref_db = tmp_path / "ref.db"
    ingest(read_inputs([str(src)]), Store(str(ref_db)).writer(), pipeline=pipeline)
    expected = _table_counts(ref_db)
    assert expected["articles"] == N_KILL

    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "eventwire.cli", "ingest", str(src), "--db", str(db),
           "--workers", "2", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while _stored(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)            # the parent, mid-batch, as kill -9 does
        proc.wait(timeout=30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)      # and the worker processes it started
        except ProcessLookupError:
            pass
    partial = _stored(db)
    assert 3 <= partial < N_KILL, f"the kill came too late or too early ({partial} stored)"

    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"already stored {partial}" in done.stderr
    got = _table_counts(db)
    assert got["articles"] == got["hashes"] == N_KILL
    assert got["orphans"] == 0
    assert got["per_article"] == expected["per_article"]   # every article whole, none twice
    assert got["mentions_total"] == expected["mentions_total"]


def test_cli_ingest_reads_stdin_and_html(tmp_path, pipeline, monkeypatch):
    from eventwire.cli import app
    monkeypatch.setattr(ingest_mod, "_PIPELINE", pipeline)
    page = tmp_path / "page.html"
    page.write_text("<html><body><h1>Talks in Doha</h1><p>Qatar hosted talks between the two "
                    "sides in Doha on Monday, officials said.</p></body></html>", encoding="utf-8")
    db = str(tmp_path / "s.db")
    line = json.dumps({"id": "s1", "raw": "Kenya deployed police officers to Haiti on Tuesday.",
                       "published": "2024-06-25", "url": "https://www.wire.example/s1"})
    r = CliRunner().invoke(app, ["ingest", "-", str(page), "--db", db, "--no-progress"], input=line + "\n")
    assert r.exit_code == 0, r.output
    arts = Store(db).articles()
    assert set(arts["ext_id"]) == {"s1", str(page)}
    assert set(arts["outlet"].dropna()) == {"wire.example"}
