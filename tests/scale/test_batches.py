"""Batches, the Parquet schema and the per-batch task, without a cluster."""
from __future__ import annotations

import datetime as dt
import json

import pyarrow as pa
import pytest

from eventwire.model import Article
from eventwire.scale.batches import batch_id, make_batches
from eventwire.scale.cluster import ClusterSpecError, parse_spec
from eventwire.scale.columns import SchemaDrift, from_record, to_record, to_table
from eventwire.scale.load import batch_rows
from eventwire.scale.worker import MANIFESTS, manifest_path, process_batch, read_manifest
from eventwire.store.ingest import extract_rows
from eventwire.store.rows import content_hash

TEXTS = [
    ("Chile's foreign minister met his Peruvian counterpart in Lima on Monday to discuss "
     "the border.", dt.date(2024, 2, 6)),
    ("Police in Nairobi arrested 12 protesters on Wednesday, the interior ministry said.",
     dt.date(2024, 2, 8)),
    ("Rebels attacked an army post near Goma on Thursday, killing four soldiers.", None),
]


def _items(texts=TEXTS):
    arts = [Article(id=f"a{i}", raw=t, published=d) for i, (t, d) in enumerate(texts)]
    return [(i, content_hash(a), a) for i, a in enumerate(arts)]


def test_batches_are_consecutive_and_their_ids_stable():
    items = _items() * 1
    b1 = make_batches(items, 2)
    b2 = make_batches(_items(), 2)
    assert [len(b) for b in b1] == [2, 1]
    assert [b.id for b in b1] == [b.id for b in b2]
    assert [s for b in b1 for s, _, _ in b.items] == [0, 1, 2]
    assert b1[0].id == batch_id(b1[0].hashes) != b1[1].id
    # other content, other id
    other = _items([(TEXTS[0][0] + " Talks went on.", TEXTS[0][1])] + TEXTS[1:])
    assert make_batches(other, 2)[0].id != b1[0].id
    assert make_batches(other, 2)[1].id == b1[1].id
    with pytest.raises(ValueError):
        make_batches(items, 0)


@pytest.mark.parametrize("spec,expected", [
    ("local[4]", ("local", 4)), ("tcp://10.0.0.5:8786", ("address", "tcp://10.0.0.5:8786")),
    ("tls://sched.example.org:8786", ("address", "tls://sched.example.org:8786")),
    ("/scratch/me/scheduler.json", ("file", "/scratch/me/scheduler.json")),
])
def test_cluster_specs(spec, expected):
    assert parse_spec(spec) == expected


@pytest.mark.parametrize("spec", ["local", "local[0]", "local[two]", "10.0.0.5", "http://x:8786"])
def test_bad_cluster_specs_are_refused(spec):
    with pytest.raises(ClusterSpecError):
        parse_spec(spec)


def test_rows_survive_parquet_unchanged(pipeline, tmp_path):
    import pyarrow.parquet as pq
    results = extract_rows([(h, a) for _, h, a in _items()], pipeline)
    rows = [r for _, r in results]
    assert any(r.mentions for r in rows) and any(r.places for r in rows)
    table = to_table([to_record(r, i, "b") for i, r in enumerate(rows)])
    pq.write_table(table, tmp_path / "x.parquet")
    back = [from_record(rec) for rec in pq.read_table(tmp_path / "x.parquet").to_pylist()]
    assert [s for s, _ in back] == [0, 1, 2]
    for (_, got), want in zip(back, rows):
        assert got == want           # every column of every row, floats and None included


def test_a_key_without_a_column_is_refused_not_dropped(pipeline):
    (_, rows), = extract_rows([(h, a) for _, h, a in _items()[:1]], pipeline)
    rows.mentions[0]["new_field"] = 1
    with pytest.raises(SchemaDrift, match="new_field"):
        to_record(rows, 0, "b")


def test_schema_is_stable_when_a_column_is_empty():
    t = to_table([{"content_hash": "h", "ext_id": "x", "text": "t", "ingested_at": "now",
                   "seq": 0, "batch": "b", "mentions": [], "actors": None}])
    assert t.schema.field("mentions").type == pa.list_(pa.struct(
        t.schema.field("mentions").type.value_type))
    assert t.schema.field("published").type == pa.string()


def test_process_batch_writes_by_date_then_manifest_and_is_not_rerun(pipeline, tmp_path, monkeypatch):
    from eventwire.scale import worker
    monkeypatch.setattr(worker, "_PIPELINE", pipeline)
    batch = make_batches(_items(), 8)[0]
    out = tmp_path / "out"
    # leftovers of an earlier attempt killed mid-write
    (out / "date=2024-02-06").mkdir(parents=True)
    (out / "date=2024-02-06" / f".batch-{batch.id}.parquet.dead0000.tmp").write_bytes(b"PAR1")
    m = process_batch(batch, str(out))
    assert m["skipped"] is False and m["articles"] == 3 and m["failures"] == []
    assert sorted(m["files"]) == [f"date=2024-02-06/batch-{batch.id}.parquet",
                                  f"date=2024-02-08/batch-{batch.id}.parquet",
                                  f"date=unknown/batch-{batch.id}.parquet"]
    assert not list(out.rglob("*.tmp"))
    assert read_manifest(out, batch.id)["files"] == m["files"]
    assert [s for s, _ in batch_rows(out, m)] == [0, 1, 2]
    # done: a second call returns the manifest without extracting
    monkeypatch.setattr(worker, "_PIPELINE", None)
    monkeypatch.setattr(worker, "worker_pipeline", lambda: pytest.fail("re-extracted a done batch"))
    again = process_batch(batch, str(out))
    assert again["skipped"] is True and again["files"] == m["files"]
    assert json.loads(manifest_path(out, batch.id).read_text())["batch"] == batch.id
    assert (out / MANIFESTS).is_dir()


def test_a_failed_article_is_kept_in_the_manifest(pipeline, tmp_path, monkeypatch):
    from eventwire.scale import worker
    monkeypatch.setattr(worker, "_PIPELINE", pipeline)
    items = _items() + [(3, "0" * 64, Article(id="empty", raw="   \n\n  "))]
    m = process_batch(make_batches(items, 8)[0], str(tmp_path))
    assert m["extracted"] == 3
    assert [(f["seq"], f["source_id"]) for f in m["failures"]] == [(3, "empty")]
    assert m["failures"][0]["error"]
