"""The writer: one transaction per article, idempotent by content hash, reports of one event
merged across articles with their mentions and sources counted."""
from __future__ import annotations

from tests.store.rowkit import KHARKIV, KHERSON, RUS, UKR, article, event


def test_same_content_is_stored_once(store):
    w = store.writer()
    rows = article("a1", "Russia shelled Kharkiv.", [event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV)])
    assert w.write(rows) is not None
    assert w.write(rows) is None
    c = store.counts()
    assert (c["articles"], c["events"], c["event_mentions"]) == (1, 1, 1)
    assert w.stored_hashes([rows.content_hash, "0" * 64]) == {rows.content_hash}


def test_reports_of_one_event_merge_and_count_sources(store):
    w = store.writer()
    w.write(article("a1", "one", [event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV)], outlet="north.example"))
    w.write(article("a2", "two", [event("ASSAULT", RUS, None, "2023-10-11", KHARKIV)], outlet="south.example"))
    w.write(article("a3", "three", [event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV)], outlet="north.example"))
    ev = store.events()
    assert len(ev) == 1
    row = ev.iloc[0]
    assert (row.num_mentions, row.num_sources, row.num_articles) == (3, 2, 3)
    assert row.target_country == "UKR"
    assert list(store.mentions(int(row.id))["ext_id"]) == ["a1", "a2", "a3"]


def test_distinct_events_stay_apart(store):
    w = store.writer()
    w.write(article("a1", "one", [event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV)]))
    # another city 300 km away the same day; another week; another type; another target
    w.write(article("a2", "two", [event("ASSAULT", RUS, UKR, "2023-10-10", KHERSON)]))
    w.write(article("a3", "three", [event("ASSAULT", RUS, UKR, "2023-10-17", KHARKIV)]))
    w.write(article("a4", "four", [event("ACCUSE", RUS, UKR, "2023-10-10")]))
    w.write(article("a5", "five", [event("ASSAULT", RUS, ("Georgia", "GEO"), "2023-10-10")]))
    assert len(store.events()) == 5


def test_failures_are_kept_and_cleared_by_success(store):
    w = store.writer()
    w.record_failure("feed.jsonl:3", "line 3: invalid JSON")
    w.record_failure("feed.jsonl:3", "line 3: invalid JSON")     # a re-run replaces, not adds
    errs = store.errors()
    assert list(errs["source_id"]) == ["feed.jsonl:3"]
    w.write(article("feed.jsonl:3", "now readable"))
    assert store.errors().empty
