"""Web fixtures: one store per session (the store test corpus ingested through the real
pipeline, plus the hand-made articles of handmade.py), served by uvicorn in a thread on a
free port; headless Chromium (Debian's, never a downloaded one) for the page tests."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from .handmade import hostile_rows, negotiation_rows

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "store" / "corpus" / "multireport.jsonl"
SCREENSHOTS = Path(os.environ.get("EVENTWIRE_SCREENSHOTS", ROOT / "build" / "screenshots" / "web"))
TOKEN = "test-token-7f3a9c"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for name in (os.environ.get("EVENTWIRE_CHROMIUM"), "chromium", "chromium-browser"):
        if name:
            found = shutil.which(name) or (name if os.path.isfile(name) else None)
            if found:
                return found
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """An app under uvicorn in a daemon thread."""

    def __init__(self, app):
        import uvicorn
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning", lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, pipeline) -> str:
    """A store holding the store corpus (through the pipeline) and the hand-made articles."""
    from eventwire.io import read_inputs
    from eventwire.store import Store
    from eventwire.store.ingest import ingest

    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.db'}"
    store = Store(url)
    summary = ingest(read_inputs([str(CORPUS)]), writer=store.writer(), pipeline=pipeline)
    assert summary.stored == 16 and not summary.failures, summary
    w = store.writer()
    w.write(hostile_rows())
    w.write(negotiation_rows())
    store.engine.dispose()
    return url


@pytest.fixture(scope="session")
def server(web_db, pipeline):
    """The app with a token (so POST /api/articles works) and the session's pipeline."""
    from eventwire.web.app import create_app
    app = create_app(web_db, token=TOKEN, pipeline_factory=lambda: pipeline)
    with Served(app) as s:
        yield s


@pytest.fixture(scope="session")
def http(server):
    import httpx
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def article_ids(http) -> dict[str, int]:
    rows = http.get("/api/articles", params={"limit": 100}).json()
    return {r["ext_id"]: r["id"] for r in rows}


@pytest.fixture(scope="session")
def browser():
    exe = chromium_path()
    if exe is None:
        pytest.skip("no chromium found (install Debian's chromium: .ci/chromium.sh, or set "
                    "EVENTWIRE_CHROMIUM to its path)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    """A fresh tab that records console errors and page errors, and saves a screenshot
    named after the test when it ends."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(f"pageerror: {e}"))
    pg.on("console", lambda m: pg.errors.append(f"console: {m.text}") if m.type == "error" else None)
    yield pg
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        pg.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    finally:
        context.close()


def open_page(page, url: str, ready: str | None = None, timeout: float = 15_000):
    """Go to ``url`` and wait until the page's script says its data is drawn
    (``body[data-ready]``; a CSP forbids Playwright's string predicates, so a selector)."""
    page.goto(url)
    page.wait_for_selector("body[data-ready]", state="attached", timeout=timeout)
    state = page.evaluate("() => document.body.dataset.ready")
    if ready is not None:
        assert state == ready, (state, page.locator("#error").inner_text(), page.errors)
    return page
