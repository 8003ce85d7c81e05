"""An Extraction as plain rows for the store's tables.

This runs in the parsing worker, so the process that writes receives small picklable dicts
(and does nothing but SQL); every row keeps its offsets into the article's cleaned text.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..model import Actor, Article, Extraction

_SPACES = re.compile(r"\s+")


def content_hash(article: Article) -> str:
    """The identity of an article's content: SHA-256 of its text or HTML as given, with runs
    of white space collapsed (so a re-saved copy with other line endings is the same
    article), plus its title.  Computed before cleaning, so a stored article is never parsed
    again."""
    body = article.html if article.html else article.raw
    norm = _SPACES.sub(" ", (body or "").strip())
    h = hashlib.sha256(norm.encode("utf-8", "surrogatepass"))
    h.update(b"\x00" + (article.title or "").strip().encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def outlet_of(article: Article) -> str | None:
    """The publisher, as the host of the article's URL without ``www.`` (None without a URL)."""
    if not article.url:
        return None
    host = urlsplit(article.url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def _actor(prefix: str, a: Actor | None) -> dict:
    if a is None:
        return {f"{prefix}_name": None, f"{prefix}_country": None, f"{prefix}_sector": None}
    return {f"{prefix}_name": a.name, f"{prefix}_country": a.country, f"{prefix}_sector": a.sector}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


@dataclass
class ArticleRows:
    """Everything one article adds to the store, before it has an id."""
    content_hash: str
    article: dict
    actors: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)
    times: list[dict] = field(default_factory=list)


def extraction_rows(ex: Extraction, chash: str, ingested_at: str) -> ArticleRows:
    a = ex.article
    outlet = outlet_of(a)
    rows = ArticleRows(chash, {
        "content_hash": chash, "ext_id": a.id, "outlet": outlet, "title": a.title,
        "published": a.published.isoformat() if a.published else None, "url": a.url,
        "dateline": a.dateline.text if a.dateline else None, "text": a.text,
        "warnings": _json(ex.warnings) if ex.warnings else None, "ingested_at": ingested_at,
    })
    rows.actors = [{"text": m.text, "name": m.name, "country": m.country, "sector": m.sector,
                    "kind": m.kind, "role": m.role, "entity": m.entity, "start": m.start,
                    "end": m.end} for m in ex.mentions]
    for e in ex.events:
        p = e.place
        rows.mentions.append({
            "outlet": outlet, "type": e.type, "mode": e.mode, "status": e.status,
            **_actor("source", e.source), **_actor("target", e.target),
            "date": e.date, "date_basis": e.date_basis,
            "place_name": p.name if p else None, "place_country": p.country if p else None,
            "lat": p.lat if p else None, "lon": p.lon if p else None,
            "place_basis": e.place_basis,
            "evidence": e.evidence.text, "evidence_start": e.evidence.start,
            "evidence_end": e.evidence.end, "trigger": e.trigger.text,
            "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
            "payload": _json(e.to_dict(explain=True)),
        })
    rows.quotes = [{**_actor("speaker", q.speaker), "text": q.text, "kind": q.kind, "cue": q.cue,
                    "start": q.start, "end": q.end} for q in ex.quotes]
    rows.claims = [{**_actor("claimant", c.claimant), "text": c.text, "kind": c.kind, "cue": c.cue,
                    "start": c.start, "end": c.end,
                    "disputed_by": _json([s.to_dict() for s in c.disputed_by])} for c in ex.claims]
    rows.places = [{"text": p.text, "name": p.name, "country": p.country, "lat": p.lat,
                    "lon": p.lon, "geonameid": p.geonameid, "feature": p.feature,
                    "start": p.start, "end": p.end} for p in ex.places]
    rows.times = [{"text": t.text, "value": t.value, "start": t.start, "end": t.end}
                  for t in ex.times]
    return rows
