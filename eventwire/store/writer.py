"""Writing one article, with everything extracted from it, in one transaction.

Either the article and all its rows (actors, events and their merge into stored events,
quotes, claims, places, times) are committed, or none is: a process killed mid-write leaves
the store as it was before that article, and a re-run stores the article afresh.  The
content hash is unique, so an article already stored is skipped, never stored twice.
"""
from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import String, bindparam, cast, delete, func, literal, select, update
from sqlalchemy.engine import Connection, Engine

from . import dedup
from .rows import ArticleRows
from .schema import (actors, articles, claims, event_mentions, events, ingest_errors, places,
                     quotes, times)

_EVENT_FIELDS = ("type", "mode", "status", "source_name", "source_country", "source_sector",
                 "target_name", "target_country", "target_sector", "date", "place_name",
                 "place_country", "lat", "lon")
_CANDIDATE_COLS = [events.c.id, events.c.num_mentions, *(events.c[f] for f in _EVENT_FIELDS)]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _recount_statement():
    """NumMentions, NumSources (distinct outlets; an article without one counts as its own
    source) and NumArticles of the given events, from their mentions: one UPDATE."""
    em = event_mentions
    source = func.coalesce(em.c.outlet, literal("article:").concat(cast(em.c.article_id, String)))
    mine = em.c.event_id == events.c.id

    def sub(expr):
        return select(expr).where(mine).scalar_subquery()
    return (update(events).where(events.c.id.in_(bindparam("ids", expanding=True)))
            .values(num_mentions=sub(func.count()),
                    num_sources=sub(func.count(func.distinct(source))),
                    num_articles=sub(func.count(func.distinct(em.c.article_id)))))


class Writer:
    """Statements are built once and reused with bound values: building SQLAlchemy
    statements costs more than running them on SQLite, and the writer runs a few dozen per
    article."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._has_hash = select(articles.c.id).where(articles.c.content_hash == bindparam("h"))
        self._insert_article = articles.insert()
        self._candidates = select(*_CANDIDATE_COLS).where(
            events.c.type.in_(bindparam("types", expanding=True))
            & events.c.date.between(bindparam("lo"), bindparam("hi")))
        self._insert_events = events.insert().returning(events.c.id, sort_by_parameter_order=True)
        self._recount = _recount_statement()
        self._clear_errors = delete(ingest_errors).where(
            (ingest_errors.c.content_hash == bindparam("h")) | (ingest_errors.c.source_id == bindparam("sid")))
        self._children = [(t, t.insert()) for t in (actors, quotes, claims, places, times)]
        self._insert_mentions = event_mentions.insert()

    def stored_hashes(self, hashes: list[str]) -> set[str]:
        """Which of these content hashes are already stored."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), 500):
                chunk = hashes[i:i + 500]
                found.update(conn.execute(select(articles.c.content_hash)
                                          .where(articles.c.content_hash.in_(chunk))).scalars())
        return found

    def write(self, rows: ArticleRows) -> int | None:
        """Store one article; return its id, or None when its content was already stored."""
        with self.engine.begin() as conn:
            if conn.execute(self._has_hash, {"h": rows.content_hash}).first():
                return None
            aid = conn.execute(self._insert_article, rows.article).inserted_primary_key[0]
            for (table, stmt), items in zip(self._children, (rows.actors, rows.quotes, rows.claims,
                                                             rows.places, rows.times)):
                if items:
                    conn.execute(stmt, [{**r, "article_id": aid} for r in items])
            if rows.mentions:
                mention_rows = self._link_events(conn, rows.mentions, aid)
                conn.execute(self._insert_mentions, mention_rows)
                conn.execute(self._recount, {"ids": sorted({m["event_id"] for m in mention_rows})})
            conn.execute(self._clear_errors, {"h": rows.content_hash, "sid": rows.article["ext_id"]})
            return aid

    def record_failure(self, source_id: str, error: str, content_hash: str | None = None) -> None:
        """Keep a failed record and its reason (replacing an earlier failure of the same id)."""
        with self.engine.begin() as conn:
            conn.execute(delete(ingest_errors).where(ingest_errors.c.source_id == source_id))
            conn.execute(ingest_errors.insert().values(source_id=source_id, error=error,
                                                       content_hash=content_hash, at=now()))

    # -- deduplication --------------------------------------------------------------------
    def _link_events(self, conn: Connection, mentions: list[dict], article_id: int) -> list[dict]:
        """Each mention with the id of the event it reports: a stored one it agrees with
        (see dedup.py), or a new one.  Candidates are read once per distinct date of the
        article; events this article creates join the candidates of its later mentions."""
        by_window: dict[tuple[str, str], list[dict]] = {}
        types_by_window: dict[tuple[str, str], set[str]] = {}
        for m in mentions:
            w = dedup.date_window(m.get("date"))
            if w is not None:
                types_by_window.setdefault(w, set()).add(m["type"])
        for w, types in types_by_window.items():
            by_window[w] = [dict(c) for c in conn.execute(
                self._candidates, {"types": sorted(types), "lo": w[0], "hi": w[1]}).mappings()]
        created: list[dict] = []            # new events, with temporary ids -1, -2, …
        out = []
        for m in mentions:
            w = dedup.date_window(m.get("date"))
            match, why = None, {"merged": False, "reason": "no day-precise date"}
            if w is not None:
                match, why = dedup.best_match(m, by_window[w] + created)
            if match is None:
                created.append({**{f: m.get(f) for f in _EVENT_FIELDS}, "id": -len(created) - 1,
                                "num_mentions": 1})
                event_id = created[-1]["id"]
            else:
                event_id = match["id"]
                self._fill(conn, match, m)
            out.append({**m, "event_id": event_id, "article_id": article_id, "dedup": json.dumps(why)})
        if created:
            # one INSERT … RETURNING for all the article's new events (one round trip on
            # PostgreSQL instead of one per event), ids returned in the order given
            rows = [{**{f: c[f] for f in _EVENT_FIELDS}, "num_mentions": 1, "num_sources": 1,
                     "num_articles": 1, "first_article_id": article_id} for c in created]
            ids = conn.execute(self._insert_events, rows).scalars().all()
            real = {c["id"]: i for c, i in zip(created, ids)}
            for r in out:
                if r["event_id"] < 0:
                    r["event_id"] = real[r["event_id"]]
                    if r["dedup"].startswith('{"merged": true'):
                        why = json.loads(r["dedup"])
                        why["event_id"] = r["event_id"]
                        r["dedup"] = json.dumps(why)
        return out

    def _fill(self, conn: Connection, match: dict, m: dict) -> None:
        """Fill what the first report left unknown (an actor, a place) from this one."""
        fill = {}
        for prefix in ("source", "target"):
            if match.get(f"{prefix}_country") is None and match.get(f"{prefix}_name") is None \
                    and m.get(f"{prefix}_name") is not None:
                for f in ("name", "country", "sector"):
                    fill[f"{prefix}_{f}"] = m.get(f"{prefix}_{f}")
        if match.get("place_name") is None and m.get("place_name") is not None:
            fill.update({f: m.get(f) for f in ("place_name", "place_country", "lat", "lon")})
        if fill:
            if match["id"] > 0:              # a stored event (a new one is inserted later)
                conn.execute(update(events).where(events.c.id == match["id"]).values(**fill))
            match.update(fill)
