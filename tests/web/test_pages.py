"""Every page in real headless Chromium, asserting what a person sees: rows, marks, nodes,
highlighted spans.  A screenshot of each test's page is written to build/screenshots/web/
(or $EVENTWIRE_SCREENSHOTS) for review."""
from __future__ import annotations

from .conftest import open_page
from .handmade import HOSTILE_TITLE


def _no_errors(page):
    assert not page.errors, page.errors


def test_events_table_with_filters_links_to_articles(page, server, http):
    open_page(page, server.url + "/", "events")
    rows = page.locator("#events tbody tr")
    n = min(100, len(http.get("/api/events", params={"limit": 1000}).json()))
    assert rows.count() == n
    open_page(page, server.url + "/?actor=XNO&type=REJECT", "events")
    assert page.locator("#events tbody tr").count() == 1
    cells = page.locator("#events tbody tr").first.locator("td").all_inner_texts()
    assert cells[:5] == ["2024-03-12", "REJECT", "asserted", "Northland (XNO)", "Southland (XSO)"]
    assert page.locator("select[name=type]").input_value() == "REJECT"      # the form shows the filter
    page.locator("#events tbody tr a").first.click()
    page.wait_for_selector("body[data-ready=article]", state="attached")
    assert page.locator("#article-title").inner_text() == "Northland and Southland talks"
    # opened on the event's explanation, its trigger lit in the text
    assert page.locator("#explanation").is_visible()
    assert "REJECT" in page.locator("#explanation dd").first.inner_text()
    assert page.locator("#text .mark.ev-trigger.selected").all_inner_texts() == ["rejected"]
    _no_errors(page)


def test_filter_form_applies_a_filter(page, server):
    open_page(page, server.url + "/", "events")
    page.fill("input[name=actor]", "XSO")
    page.select_option("select[name=status]", "intended")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/?*status=intended*")
    page.wait_for_selector("body[data-ready=events]", state="attached")
    assert page.locator("#events tbody tr td.type").all_inner_texts() == ["AGREE"]


def test_articles_search(page, server):
    open_page(page, server.url + "/articles?search=Kharkiv", "articles")
    titles = page.locator("#articles tbody tr td:nth-child(2)").all_inner_texts()
    assert len(titles) >= 3 and "Russian shelling kills three in Kharkiv" in titles
    _no_errors(page)


def test_article_view_highlights_and_explains(page, server, http, article_ids):
    aid = article_ids["nw-101"]
    data = http.get(f"/api/articles/{aid}").json()
    open_page(page, f"{server.url}/articles/{aid}", "article")
    triggers = page.locator("#text .mark.ev-trigger")
    assert triggers.count() >= 1
    assert triggers.first.inner_text() in {e["trigger"]["text"] for e in data["events"]}
    for kind, items in (("place", data["places"]), ("time", data["times"]), ("actor", data["mentions"])):
        marked = "".join(page.locator(f"#text .mark.{kind}").all_inner_texts())
        assert all(item["text"] in marked for item in items), (kind, marked)
    assert data["mentions"] and data["times"]
    # the text shown is the article's text, whole
    assert page.locator("#text").inner_text().split() == data["text"].split()
    assert page.locator("#event-list li").count() == len(data["events"])
    assert page.locator("#explanation").is_hidden()
    triggers.first.click()
    panel = page.locator("#explanation")
    assert panel.is_visible()
    i = int(panel.get_attribute("data-event"))
    ev = data["events"][i]
    assert ev["type"] in panel.locator("dd").first.inner_text()
    assert ev["evidence"]["text"] in panel.inner_text()
    assert page.locator("#explanation-json").inner_text().startswith("{")
    assert page.locator("#text .in-evidence").count() >= 1     # the evidence sentence is lit
    assert page.locator("#text .selected").all_inner_texts() == [ev["trigger"]["text"]]
    _no_errors(page)


def test_hostile_article_is_shown_inert(page, server, article_ids):
    aid = article_ids["hostile-1"]
    open_page(page, f"{server.url}/articles/{aid}", "article")
    assert page.evaluate("() => window.__pwned === undefined")
    assert page.locator("#article script, #article img, #article b, #article i").count() == 0
    assert page.locator("#article-title").inner_text() == HOSTILE_TITLE
    text = page.locator("#text").inner_text()
    assert "<script>window.__pwned = 'text'</script>" in text
    assert "<img src=x onerror=" in text
    assert page.locator("#text .mark.quote").inner_text() == "<script>window.__pwned = 'text'</script>"
    page.locator("#text .mark.ev-trigger").first.click()
    assert "<b onmouseover=" in page.locator("#explanation").inner_text()
    # the events table shows the hostile names as text too
    open_page(page, server.url + "/?actor=onmouseover", "events")
    cell = page.locator("#events tbody tr td").nth(3)
    assert cell.inner_text().startswith('<b onmouseover="window.__pwned=')
    cell.hover()
    open_page(page, server.url + "/map?actor=onmouseover", "map")
    page.locator("path.leaflet-interactive").first.click()
    assert "<i>Vienna</i>" in page.locator(".leaflet-popup-content").inner_text()
    assert page.evaluate("() => window.__pwned === undefined")
    _no_errors(page)


def test_timeline_stacks_types_per_day(page, server):
    open_page(page, server.url + "/timeline?actor=XNO", "timeline")
    bars = page.locator("#chart svg .mark-rect path")
    assert bars.count() == 5                      # 4 days, two types on 12 March
    legend = page.locator("#chart svg .role-legend text").all_text_contents()
    assert {"AGREE", "CONSULT", "REJECT", "REQUEST", "SUPPORT"} <= set(legend), legend
    assert "5 event(s), 2024-03-03 to 2024-03-20; bars per day" in page.locator("#summary").inner_text()
    open_page(page, server.url + "/timeline", "timeline")
    assert page.locator("#chart svg .mark-rect path").count() >= 5
    _no_errors(page)


def test_network_draws_nodes_and_coloured_edges(page, server):
    open_page(page, server.url + "/network?actor=XNO", "network")
    assert page.evaluate("() => window.ewGraph.nodes().map(n => n.id()).sort()") == ["XNO", "XSO"]
    colours = page.evaluate("() => window.ewGraph.edges().map(e => e.data('colour')).sort()")
    assert colours == ["#1a9850", "#888888"]      # the offer: cooperation; the rest: even
    rows = page.locator("#edges tbody tr")
    assert rows.count() == 2 and rows.first.locator("td").all_inner_texts() == ["XNO", "XSO", "4", "2", "2"]
    assert page.locator("#graph canvas").count() >= 1
    open_page(page, server.url + "/network", "network")
    assert page.evaluate("() => window.ewGraph.nodes().length") >= 4
    _no_errors(page)


def test_map_puts_event_places_on_the_world_outline(page, server, http):
    open_page(page, server.url + "/map", "map")
    points = http.get("/api/map").json()
    assert page.locator("path.leaflet-interactive").count() == len(points)
    assert page.locator(".leaflet-overlay-pane path:not(.leaflet-interactive)").count() > 100   # countries
    open_page(page, server.url + "/map?actor=XNO", "map")
    page.locator("path.leaflet-interactive").first.click()
    assert "Geneva (CHE)" in page.locator(".leaflet-popup-content").inner_text()
    _no_errors(page)


def test_negotiation_track(page, server):
    open_page(page, server.url + "/negotiation", "negotiation")
    assert "Name two parties" in page.locator("#summary").inner_text()
    open_page(page, server.url + "/negotiation?a=XNO&b=XSO", "negotiation")
    steps = page.locator("#steps tbody tr")
    assert steps.count() == 5
    assert [r.split("\t")[1].split(" ")[0] for r in steps.all_inner_texts()] == [
        "meeting", "offer", "refusal", "request", "agreement"]
    assert page.locator("#mediators li").all_inner_texts() == ["Westland (XWE): 1"]
    assert "meeting: 1" in page.locator("#kind-counts").inner_text()
    assert page.locator("#chart svg .mark-symbol path").count() == 5
    assert page.locator("input[name=a]").input_value() == "XNO"
    _no_errors(page)


def test_paste_box_shows_the_extraction(page, server):
    open_page(page, server.url + "/paste", "paste")
    page.fill("#paste-text", "Turkey's foreign minister met his Greek counterpart in Ankara on "
                             "Friday, officials said.\n\nGreece urged Turkey to halt drilling.")
    page.fill("#paste-published", "2024-05-10")
    page.click("#paste-form button[type=submit]")
    page.wait_for_selector("body[data-ready=extracted]", state="attached", timeout=30_000)
    assert page.locator("#result").is_visible()
    assert page.locator("#result .mark.ev-trigger").count() >= 1
    assert "Ankara" in page.locator("#result .mark.place").all_inner_texts()
    assert page.locator("#result #event-list li").count() >= 1
    page.locator("#result #event-list li").first.click()
    assert page.locator("#result #explanation").is_visible()
    _no_errors(page)
