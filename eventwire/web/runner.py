"""The pipeline behind ``POST /api/extract`` and ``POST /api/articles``: loaded on first
use (pages and queries never need it), once, and used by one request at a time (a spaCy
pipeline is not meant to be shared between threads; extraction is CPU-bound anyway)."""
from __future__ import annotations

import threading
import time
from typing import Callable

from ..model import Extraction, Failure, InputError


def _default_factory():
    from ..pipeline import Pipeline
    return Pipeline.load()


class PipelineRunner:
    def __init__(self, factory: Callable[[], object] | None = None):
        self._factory = factory or _default_factory
        self._pipeline = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def _get(self):
        if self._pipeline is None:
            self._pipeline = self._factory()
        return self._pipeline

    def _article(self, body, default_id: str):
        from ..io import article_from_record, article_from_string
        if body.text is None and body.html is None:
            raise InputError("give the article as 'text' or 'html'")
        if body.text is not None and body.html is not None:
            raise InputError("give either 'text' or 'html', not both")
        if body.text is not None:
            art = article_from_string(body.text, id=getattr(body, "id", None) or default_id,
                                      published=body.published, title=body.title)
        else:
            art = article_from_record({"id": getattr(body, "id", None) or default_id,
                                       "html": body.html, "published": body.published,
                                       "title": body.title})
        url = getattr(body, "url", None)
        if url:
            art.url = url
        return art

    def _run(self, article) -> Extraction:
        with self._lock:
            result = next(self._get().run([article]))
        if isinstance(result, Failure):
            raise InputError(result.error)
        return result

    def extract(self, body) -> Extraction:
        return self._run(self._article(body, "text"))

    def ingest(self, body, store) -> dict:
        """Store one article unless its content is stored already; its id either way."""
        from sqlalchemy import select

        from ..store.rows import content_hash, extraction_rows
        from ..store.schema import articles
        art = self._article(body, "posted")
        chash = content_hash(art)
        if art.id == "posted":
            art.id = chash[:16]
        find = select(articles.c.id).where(articles.c.content_hash == chash)
        with store.engine.connect() as conn:
            found = conn.execute(find).scalar()
        if found is not None:
            return {"article_id": found, "stored": False, "content_hash": chash}
        ex = self._run(art)
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
        aid = store.writer().write(extraction_rows(ex, chash, stamp))
        if aid is None:                      # stored meanwhile by another request
            with store.engine.connect() as conn:
                return {"article_id": conn.execute(find).scalar(), "stored": False,
                        "content_hash": chash}
        return {"article_id": aid, "stored": True, "content_hash": chash}
