"""The JSON API through a real HTTP client (httpx) against the app under uvicorn."""
from __future__ import annotations

import hmac

import pytest

from .conftest import TOKEN, Served
from .handmade import HOSTILE_TITLE


def test_info_counts_the_store_and_says_writes_are_enabled(http):
    info = http.get("/api/info").json()
    assert info["read_only"] is False
    assert info["counts"]["articles"] == 18          # 16 corpus articles + 2 hand-made
    assert info["sides"]["CONSULT"] == "cooperation" and info["sides"]["ASSAULT"] == "conflict"


def test_events_filter_by_actor_type_and_dates(http):
    rows = http.get("/api/events", params={"actor": "XNO"}).json()
    assert len(rows) == 5
    assert all("XNO" in (r["source_country"], r["target_country"]) for r in rows)
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    only = http.get("/api/events", params={"actor": "XNO", "type": "reject"}).json()
    assert [(r["type"], r["source_name"], r["side"]) for r in only] == [("REJECT", "Northland", "conflict")]
    window = http.get("/api/events", params={"actor": "XNO", "since": "2024-03-10",
                                             "until": "2024-03-12"}).json()
    assert sorted(r["type"] for r in window) == ["AGREE", "REJECT", "REQUEST"]
    assert http.get("/api/events", params={"place": "Geneva"}).json()[0]["type"] == "CONSULT"
    assert http.get("/api/events", params={"status": "intended", "actor": "Southland"}).json()[0]["type"] == "AGREE"


def test_events_are_paged(http):
    everything = http.get("/api/events", params={"limit": 1000}).json()
    assert len(everything) > 10
    first = http.get("/api/events", params={"limit": 5}).json()
    second = http.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert [r["id"] for r in first + second] == [r["id"] for r in everything[:10]]


def test_events_full_text_search_finds_the_events_of_matching_articles(http, article_ids):
    rows = http.get("/api/events", params={"search": "prisoner exchange"}).json()
    assert {r["first_article_id"] for r in rows} == {article_ids["negotiation-1"]}
    assert http.get("/api/events", params={"search": "zzzunheardofword"}).json() == []


def test_event_detail_lists_its_mentions_with_evidence(http):
    ev = http.get("/api/events", params={"actor": "XNO", "type": "CONSULT"}).json()[0]
    detail = http.get(f"/api/events/{ev['id']}").json()
    assert detail["mentions"][0]["evidence"].startswith("Northland and Southland held talks")
    assert detail["mentions"][0]["payload"]["others"][0]["name"] == "Westland"
    assert http.get("/api/events/999999").status_code == 404


def test_article_offsets_point_into_its_text(http, article_ids):
    """Every mark the article page draws comes from these offsets: they must be exact."""
    checked = 0
    for ext_id, aid in article_ids.items():
        a = http.get(f"/api/articles/{aid}").json()
        text = a["text"]
        for e in a["events"]:
            assert text[e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
            assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"]
            checked += 1
        for item in a["places"] + a["times"] + a["mentions"]:
            assert text[item["start"]:item["end"]] == item["text"]
        for q in a["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
    assert checked >= 20


def test_corpus_articles_have_events_actors_places_and_dates(http, article_ids):
    a = http.get(f"/api/articles/{article_ids['nw-101']}").json()
    assert a["title"] == "Russian shelling kills three in Kharkiv"
    assert any(e["type"] == "ASSAULT" for e in a["events"])
    assert any(p["name"] == "Kharkiv" for p in a["places"])
    assert a["times"] and a["mentions"]
    assert http.get("/api/articles/424242").status_code == 404


def test_full_text_search(http):
    hits = http.get("/api/search", params={"q": "Kharkiv"}).json()
    assert len(hits) >= 3 and all("kharkiv" in (h["title"] + h["snippet"]).lower() or h["id"] for h in hits)
    titles = {h["title"] for h in http.get("/api/articles", params={"search": "prisoner exchange"}).json()}
    assert titles == {"Northland and Southland talks"}
    assert http.get("/api/search", params={"q": ""}).status_code == 422


def test_timeline_sums_to_the_dated_events_of_the_filter(http):
    f = {"actor": "XNO"}
    rows = http.get("/api/timeline", params=f).json()
    assert sum(r["count"] for r in rows) == 5
    assert {(r["date"], r["type"]) for r in rows} >= {("2024-03-12", "REJECT"), ("2024-03-12", "REQUEST")}
    everything = http.get("/api/events", params={"limit": 1000}).json()
    dated = [e for e in everything if e["date"] and len(e["date"]) == 10]
    assert sum(r["count"] for r in http.get("/api/timeline").json()) == len(dated)
    weeks = http.get("/api/timeline", params={"actor": "XNO", "bucket": "week"}).json()
    # Sunday-based weeks: 3 March 2024 was a Sunday
    assert {r["date"] for r in weeks} == {"2024-03-03", "2024-03-10", "2024-03-17"}
    assert sum(r["count"] for r in weeks) == 5 and weeks[0]["bucket"] == "week"
    months = http.get("/api/timeline", params={"actor": "XNO", "bucket": "month"}).json()
    assert {(r["date"], r["type"], r["count"]) for r in months} >= {("2024-03-01", "REJECT", 1)}
    assert http.get("/api/timeline", params={"actor": "XNO", "bucket": "auto"}).json()[0]["bucket"] == "day"


def test_network_weighs_and_colours_edges(http):
    net = http.get("/api/network", params={"actor": "XNO"}).json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    ns = edges[("XNO", "XSO")]          # talks + signing (cooperation), refusal + request (conflict)
    assert (ns["weight"], ns["cooperation"], ns["conflict"], ns["side"]) == (4, 2, 2, "mixed")
    sn = edges[("XSO", "XNO")]          # the offer
    assert (sn["weight"], sn["side"]) == (1, "cooperation")
    assert {n["id"] for n in net["nodes"]} == {"XNO", "XSO"}
    by_name = http.get("/api/network", params={"actor": "XNO", "by": "name"}).json()
    assert ("Northland", "Southland") in {(e["source"], e["target"]) for e in by_name["edges"]}
    conflict = http.get("/api/network", params={"type": "REJECT"}).json()
    assert conflict["edges"] and all(e["side"] == "conflict" for e in conflict["edges"])


def test_map_points(http):
    pts = http.get("/api/map", params={"actor": "XNO"}).json()
    assert [(p["name"], p["count"], p["cooperation"]) for p in pts] == [("Geneva", 1, 1)]
    assert any(p["country"] == "UKR" for p in http.get("/api/map").json())


def test_negotiation_track_between_two_parties(http):
    track = http.get("/api/negotiation", params={"a": "XNO", "b": "XSO"}).json()
    assert [(i["date"], i["kind"]) for i in track["items"]] == [
        ("2024-03-03", "meeting"), ("2024-03-10", "offer"), ("2024-03-12", "refusal"),
        ("2024-03-12", "request"), ("2024-03-20", "agreement")]
    assert track["counts"] == {"meeting": 1, "offer": 1, "request": 1, "refusal": 1, "agreement": 1}
    assert track["mediators"] == [{"name": "Westland", "country": "XWE", "count": 1}]
    by_name = http.get("/api/negotiation", params={"a": "southland", "b": "Northland"}).json()
    assert len(by_name["items"]) == 5
    # the mediator and one party: the talks bring them together
    hosted = http.get("/api/negotiation", params={"a": "XWE", "b": "XSO"}).json()
    assert [i["kind"] for i in hosted["items"]] == ["meeting"]
    assert http.get("/api/negotiation", params={"a": "XNO", "b": "XSO", "since": "2024-03-11"}).json()["counts"]["meeting"] == 0


def test_quotes_claims_actors_places(http):
    assert isinstance(http.get("/api/quotes").json(), list)
    assert isinstance(http.get("/api/claims").json(), list)
    actors = http.get("/api/actors", params={"search": "RUS"}).json()
    assert actors and all(a["country"] == "RUS" for a in actors)
    places = http.get("/api/places", params={"search": "Kharkiv"}).json()
    assert places[0]["name"] == "Kharkiv" and places[0]["articles"] >= 3


def test_extract_returns_format_json(http):
    text = ("KYIV, Ukraine - Ukraine's foreign minister met his Polish counterpart in Warsaw on "
            "Monday, officials said.\n\nPoland pledged more artillery shells to Ukraine.")
    r = http.post("/api/extract", json={"text": text, "published": "2024-05-06"})
    assert r.status_code == 200, r.text
    ex = r.json()
    assert set(ex) >= {"events", "quotes", "claims", "places", "times", "actors", "text"}
    assert ex["events"] and "explain" in ex["events"][0]
    for e in ex["events"]:
        assert ex["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert any(p["name"] == "Warsaw" for p in ex["places"])
    html = http.post("/api/extract", json={"html": f"<html><body><p>{text}</p></body></html>",
                                           "published": "2024-05-06", "explain": False}).json()
    assert html["events"] and "explain" not in html["events"][0]


def test_extract_rejects_bad_input(http):
    assert http.post("/api/extract", json={}).status_code == 422
    assert http.post("/api/extract", json={"text": "x", "html": "<p>x</p>"}).status_code == 422
    assert http.post("/api/extract", json={"text": "   "}).status_code == 422
    assert http.post("/api/extract", json={"text": "A.", "published": "not a date"}).status_code == 422
    assert http.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422


def test_posting_an_article_needs_the_token(http):
    body = {"id": "posted-1", "published": "2024-03-21", "title": "Talks in Oslo",
            "text": "The foreign ministers of Norway and Iceland met in Oslo on Monday to discuss "
                    "fishing rights, officials said."}
    assert http.post("/api/articles", json=body).status_code == 401
    wrong = http.post("/api/articles", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = http.post("/api/articles", json=body, headers=auth)
    assert first.status_code == 201, first.text
    aid = first.json()["article_id"]
    assert first.json()["stored"] is True
    again = http.post("/api/articles", json=body, headers=auth)
    assert again.status_code == 200 and again.json() == {**first.json(), "stored": False}
    stored = http.get(f"/api/articles/{aid}").json()
    assert stored["ext_id"] == "posted-1" and "Oslo" in stored["text"]
    assert http.get("/api/search", params={"q": "Oslo"}).json()[0]["id"] == aid


def test_read_only_without_a_token(web_db):
    import httpx

    from eventwire.web.app import create_app

    def no_pipeline():
        raise AssertionError("a read-only refusal must not load the pipeline")
    with Served(create_app(web_db, token=None, pipeline_factory=no_pipeline)) as s:
        with httpx.Client(base_url=s.url) as c:
            r = c.post("/api/articles", json={"text": "Anything."},
                       headers={"Authorization": "Bearer anything"})
            assert r.status_code == 403 and "read-only" in r.json()["detail"]
            assert c.get("/api/info").json()["read_only"] is True


def test_token_is_compared_in_constant_time(monkeypatch):
    from fastapi import HTTPException

    from eventwire.web import security
    calls, real = [], hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)
    monkeypatch.setattr(security.hmac, "compare_digest", spy)
    security.check_token("s3cret", "s3cret")
    with pytest.raises(HTTPException) as exc:
        security.check_token("s3cret", "s3cres")
    assert exc.value.status_code == 401 and len(calls) == 2


def test_request_size_is_limited(http):
    big = "word " * (2 * 1024 * 1024 // 5 + 10)
    r = http.post("/api/extract", json={"text": big})
    assert r.status_code == 413
    # without a Content-Length (chunked upload), the limit still holds while reading
    chunks = (b'{"text": "' + b"x" * 65536 for _ in range(40))
    r = http.post("/api/extract", content=chunks, headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_security_headers_on_pages_and_api(http):
    for path in ("/", "/api/info", "/static/js/common.js"):
        h = http.get(path).headers
        assert "script-src 'self'" in h["content-security-policy"]
        assert "unsafe-eval" not in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"


def test_markup_and_sql_in_data_come_back_as_plain_data(http, article_ids):
    before = http.get("/api/info").json()["counts"]
    a = http.get(f"/api/articles/{article_ids['hostile-1']}").json()
    assert a["title"] == HOSTILE_TITLE
    assert "<script>window.__pwned = 'text'</script>" in a["text"]
    for value in ("' OR '1'='1", "x'; DROP TABLE events; --", "%' OR 1=1 --", "\"; DELETE FROM articles; --"):
        for path, key in (("/api/events", "actor"), ("/api/events", "place"), ("/api/events", "search"),
                          ("/api/articles", "search"), ("/api/actors", "search"), ("/api/quotes", "speaker")):
            r = http.get(path, params={key: value})
            assert r.status_code == 200, (path, key, value, r.text)
            assert isinstance(r.json(), list)
    assert http.get("/api/events", params={"actor": "' OR '1'='1"}).json() == []
    assert http.get("/api/info").json()["counts"] == before
    # the hostile actor's own name is found as a name, like any other
    rows = http.get("/api/events", params={"actor": "onmouseover"}).json()
    assert [r["source_name"] for r in rows] == ['<b onmouseover="window.__pwned=\'actor\'">Envoy</b>']


def test_filter_values_are_validated(http):
    assert http.get("/api/events", params={"since": "yesterday"}).status_code == 422
    assert http.get("/api/events", params={"limit": 0}).status_code == 422
    assert http.get("/api/events", params={"limit": 5000}).status_code == 422
    assert http.get("/api/events", params={"type": "DROP TABLE"}).status_code == 422
    assert http.get("/api/network", params={"by": "sector"}).status_code == 422
