"""Dask scale-out on a LocalCluster of 2 single-threaded worker processes: the same store as
a local run, event for event; resumable; a worker killed mid-run loses and duplicates nothing.

One cluster per module (start-up and the pipeline load on each worker cost seconds)."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from eventwire.io import read_inputs
from eventwire.store import Store
from eventwire.store.ingest import ingest
from eventwire.store.schema import articles, event_mentions, events

from . import chaos

CORPUS = Path(__file__).resolve().parents[1] / "store" / "corpus"


@pytest.fixture(scope="module")
def corpus_path() -> Path:
    return CORPUS / "multireport.jsonl"


@pytest.fixture(scope="module")
def client():
    import cloudpickle
    from eventwire.scale.cluster import connect
    # the fault test's task lives in the tests package: send it by value
    cloudpickle.register_pickle_by_value(chaos)
    with connect("local[2]", dashboard=False) as c:
        yield c


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, corpus_path):
    from eventwire.pipeline import Pipeline
    store = Store(str(tmp_path_factory.mktemp("local") / "local.db"))
    s = ingest(read_inputs([str(corpus_path)]), store.writer(), pipeline=Pipeline.load())
    assert s.stored == 16 and not s.failures
    return store


def event_groups(store: Store) -> dict:
    """{the mentions of an event (article, type, offsets): the event's fields} — ids and
    insertion times left out, so two stores compare by content."""
    with store.engine.connect() as conn:
        ev = {r["id"]: r for r in conn.execute(select(events)).mappings()}
        rows = conn.execute(select(event_mentions.c.event_id, event_mentions.c.type,
                                   event_mentions.c.evidence_start, event_mentions.c.trigger_start,
                                   articles.c.ext_id)
                            .join(articles, articles.c.id == event_mentions.c.article_id)).all()
        first = dict(conn.execute(select(articles.c.id, articles.c.ext_id)).all())
    groups: dict[int, set] = {}
    for eid, type_, ev_start, tr_start, ext_id in rows:
        groups.setdefault(eid, set()).add((ext_id, type_, ev_start, tr_start))
    out = {}
    for eid, mentions in groups.items():
        fields = {k: v for k, v in ev[eid].items() if k not in ("id", "first_article_id")}
        fields["first_article"] = first.get(ev[eid]["first_article_id"])
        out[frozenset(mentions)] = fields
    return out


def test_same_events_as_a_local_run(client, local_store, corpus_path, tmp_path):
    from eventwire.scale import worker
    from eventwire.scale.run import dask_ingest
    store = Store(str(tmp_path / "dask.db"))
    s = dask_ingest(read_inputs([str(corpus_path)]), client, str(tmp_path / "out"), store.writer(),
                    batch_size=3)
    assert (s.read, s.stored, s.already, s.failed) == (16, 16, 0, 0)
    assert s.batches == s.batches_run == 6 and s.workers == 2
    want, got = event_groups(local_store), event_groups(store)
    assert any(len(m) >= 3 for m in want)            # the corpus has multi-report events
    assert got == want
    assert store.counts() == local_store.counts()
    # both workers worked, and each loaded the pipeline once
    pids = {pd_["pid"] for pd_ in _manifests(tmp_path / "out")}
    assert len(pids) == 2
    assert set(client.run(lambda: worker.LOADS).values()) == {1}

    # the Parquet reads as one date-partitioned dataset, one row per article
    df = pd.read_parquet(tmp_path / "out")
    assert len(df) == 16 and df["content_hash"].is_unique
    assert (df["date"].astype(str) == df["published"]).all()
    assert df["mentions"].map(len).sum() == sum(len(m) for m in want)


def _manifests(out):
    import json
    return [json.loads(p.read_text()) for p in (out / "_batches").glob("*.json")]


def test_resumable_from_parquet_and_idempotent_in_the_store(client, local_store, corpus_path, tmp_path):
    from eventwire.scale.run import dask_ingest
    out = str(tmp_path / "out")
    # Parquet only (no store) …
    s = dask_ingest(read_inputs([str(corpus_path)]), client, out, None, batch_size=5)
    assert (s.stored, s.batches_run) == (16, 4)
    # … then into a store: every batch is read back, none extracted again
    store = Store(str(tmp_path / "later.db"))
    s = dask_ingest(read_inputs([str(corpus_path)]), client, out, store.writer(), batch_size=5)
    assert (s.stored, s.batches_run, s.batches_reused) == (16, 0, 4)
    assert event_groups(store) == event_groups(local_store)
    # and again: everything is in the store already, nothing is read or run
    s = dask_ingest(read_inputs([str(corpus_path)]), client, out, store.writer(), batch_size=5)
    assert (s.stored, s.already, s.batches_run, s.batches_reused) == (0, 16, 0, 0)
    assert store.counts()["articles"] == 16


def test_a_killed_worker_loses_and_duplicates_nothing(client, local_store, corpus_path, tmp_path):
    from eventwire.scale.run import dask_ingest
    marker = tmp_path / "killed"
    before = set(client.run(os.getpid).values())
    store = Store(str(tmp_path / "fault.db"))
    s = dask_ingest(read_inputs([str(corpus_path)]), client, str(tmp_path / "out"), store.writer(),
                    batch_size=2, task=chaos.kill_once(str(marker)))
    killed_pid, killed_batch = marker.read_text().split()
    assert int(killed_pid) in before                       # a worker did die mid-run …
    client.wait_for_workers(2, timeout=120)
    after = set(client.run(os.getpid).values())
    assert int(killed_pid) not in after                    # … and the nanny replaced it
    assert (s.read, s.stored, s.already, s.failed) == (16, 16, 0, 0)
    assert s.batches_run == 8
    with store.engine.connect() as conn:
        hashes = conn.execute(select(articles.c.content_hash)).scalars().all()
    assert len(hashes) == len(set(hashes)) == 16
    # the killed batch was re-run: its files were overwritten, not added to
    files = list((tmp_path / "out").rglob(f"batch-{killed_batch}.parquet"))
    assert files and not list((tmp_path / "out").rglob("*.tmp"))
    assert len(pd.read_parquet(tmp_path / "out")) == 16
    assert event_groups(store) == event_groups(local_store)


def test_cli_ingest_on_dask(client, local_store, corpus_path, tmp_path, monkeypatch):
    from contextlib import contextmanager

    from typer.testing import CliRunner

    from eventwire.cli import app
    from eventwire.scale import cluster

    @contextmanager
    def this_cluster(spec, **kw):          # the module's cluster instead of a new local[2]
        assert spec == "local[2]"
        yield client
    monkeypatch.setattr(cluster, "connect", this_cluster)
    db, out = str(tmp_path / "cli.db"), str(tmp_path / "out")
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(corpus_path), "--dask", "local[2]", "--parquet-dir", out,
                            "--db", db, "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "stored 16" in r.output and "batches" in r.output
    assert event_groups(Store(db)) == event_groups(local_store)
    # without --db: Parquet only, and no database file is created
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(app, ["ingest", str(corpus_path), "--dask", "local[2]", "--parquet-dir",
                            str(tmp_path / "out2"), "--no-progress"])
    assert r.exit_code == 0, r.output
    assert "not loaded into a store" in " ".join(r.output.split())
    assert len(pd.read_parquet(tmp_path / "out2")) == 16
    assert not (tmp_path / "eventwire.db").exists()


@pytest.mark.parametrize("args,message", [
    (["--dask", "local[2]"], "needs --parquet-dir"),
    (["--parquet-dir", "out"], "goes with --dask"),
    (["--dask", "localhost", "--parquet-dir", "out"], "expected local[N]"),
])
def test_cli_refuses_incomplete_dask_options(args, message, corpus_path):
    from typer.testing import CliRunner

    from eventwire.cli import app
    r = CliRunner().invoke(app, ["ingest", str(corpus_path), "--no-progress", *args])
    assert r.exit_code == 2 and message in " ".join(r.output.split())
