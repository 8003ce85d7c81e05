"""The web app: ``create_app(db_url)`` builds a FastAPI app over one store (an app factory,
so tests and benchmarks build apps on their own databases).

    /api/…      the JSON API (its OpenAPI document at /openapi.json)
    /…          the pages: events, articles, an article, timeline, network, map,
                negotiation track, paste box
    /static/…   the pages' scripts and styles, and the third-party libraries in vendor/
"""
from __future__ import annotations

from importlib import resources
from typing import Callable, Optional

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from ..store.queries import Store
from .queries import WebQueries
from .runner import PipelineRunner
from .security import MAX_BODY_BYTES, GuardMiddleware


def create_app(db_url: str | None = None, token: Optional[str] = None,
               pipeline_factory: Callable[[], object] | None = None,
               max_body: int = MAX_BODY_BYTES, store: Store | None = None) -> FastAPI:
    """``token``: the secret ``POST /api/articles`` needs (None: read-only);
    ``pipeline_factory``: makes the pipeline on first use of the POST routes."""
    from . import api, pages

    store = store or Store(db_url)
    app = FastAPI(title="eventwire", version="0.1.0",
                  description="PLOVER events, quotes, claims, places and dates from news text: "
                              "query the store, extract from an article, store new articles.",
                  docs_url=None, redoc_url=None)   # their pages load from a CDN: not here
    app.state.queries = WebQueries(store)
    app.state.token = token or None
    app.state.runner = PipelineRunner(pipeline_factory)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("eventwire.web") / "static")),
              name="static")
    app.add_middleware(GuardMiddleware, max_body=max_body)
    return app
