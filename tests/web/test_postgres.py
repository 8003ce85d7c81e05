"""The API on PostgreSQL (when EVENTWIRE_TEST_PG_URL names a server, as .ci/run arranges;
else skipped): the same aggregates and full-text search as on SQLite, from hand-made rows."""
from __future__ import annotations

import pytest

from tests.store.conftest import PG_SKIP, PG_URL, _pg_database

from .conftest import Served
from .handmade import HOSTILE_TITLE, hostile_rows, negotiation_rows

pytestmark = pytest.mark.skipif(not PG_URL, reason=PG_SKIP)


@pytest.fixture(scope="module")
def pg_http():
    import httpx

    from eventwire.store import Store
    from eventwire.web.app import create_app
    url, drop = _pg_database()
    store = Store(url)
    w = store.writer()
    w.write(hostile_rows())
    w.write(negotiation_rows())
    try:
        with Served(create_app(store=store)) as s, httpx.Client(base_url=s.url) as client:
            yield client
    finally:
        store.engine.dispose()
        drop()


def test_aggregates_on_postgresql(pg_http):
    track = pg_http.get("/api/negotiation", params={"a": "Northland", "b": "XSO"}).json()
    assert [i["kind"] for i in track["items"]] == ["meeting", "offer", "refusal", "request", "agreement"]
    net = pg_http.get("/api/network", params={"actor": "XNO"}).json()
    assert {(e["source"], e["target"], e["weight"]) for e in net["edges"]} == {("XNO", "XSO", 4), ("XSO", "XNO", 1)}
    assert sum(r["count"] for r in pg_http.get("/api/timeline", params={"actor": "XNO"}).json()) == 5
    assert [p["name"] for p in pg_http.get("/api/map", params={"actor": "XNO"}).json()] == ["Geneva"]


def test_search_and_hostile_values_on_postgresql(pg_http):
    hits = pg_http.get("/api/search", params={"q": "prisoner exchange"}).json()
    assert [h["title"] for h in hits] == ["Northland and Southland talks"]
    assert pg_http.get("/api/articles", params={"search": "DROP TABLE"}).json()[0]["title"] == HOSTILE_TITLE
    for value in ("' OR '1'='1", "x'; DROP TABLE events; --", "%_%"):
        for key in ("actor", "place", "search"):
            assert pg_http.get("/api/events", params={key: value}).status_code == 200
    assert pg_http.get("/api/info").json()["counts"]["events"] == 6
