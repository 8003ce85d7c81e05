"""Reading the store: ``Store(url).events(...)``, ``.quotes(...)``, ``.articles(...)`` return
pandas DataFrames; the CLI prints them as a table, CSV or JSONL."""
from __future__ import annotations

import re
from typing import Any

import pandas as pd
from sqlalchemy import false, func, or_, select, text
from sqlalchemy.engine import Engine

from .engine import open_engine
from .schema import articles, claims, event_mentions, events, migrate, quotes

DEFAULT_LIMIT = 1000
_COUNTRY = re.compile(r"^(?:[A-Z]{3}|IGO)$")     # an ISO alpha-3 code (or IGO) names a country


def _like(col, value: str):
    return col.ilike(f"%{value}%")


MAX_NAMES = 2000     # more distinct names than this match a fragment: test each row instead


def _name_match(conn, col, fragment: str):
    """A condition for "the name in ``col`` contains ``fragment``" (case-insensitively).

    On SQLite: names repeat across many rows, so the distinct names are few: they are listed from the
    column's index, matched here, and the rows found by equality on the index — much cheaper
    than testing every row's name (a scan of the whole table when few rows match)."""
    if conn.dialect.name == "postgresql":     # trigram indexes serve ILIKE (migration 3)
        return _like(col, fragment)
    frag = fragment.casefold()
    names = [n for n in conn.execute(select(col).where(col.is_not(None)).distinct()).scalars()
             if frag in n.casefold()]
    if len(names) > MAX_NAMES:
        return _like(col, fragment)
    return col.in_(names) if names else false()


def _actor_filter(value: str, *prefixes: str, table=events, conn=None):
    """An actor given as a country code (RUS) matches that country; else a name fragment
    (Lavrov) matches the actor's name, case-insensitively."""
    if _COUNTRY.match(value):
        return or_(*(table.c[f"{p}_country"] == value for p in prefixes))
    if conn is not None:
        return or_(*(_name_match(conn, table.c[f"{p}_name"], value) for p in prefixes))
    return or_(*(_like(table.c[f"{p}_name"], value) for p in prefixes))


class Store:
    """An event store opened by URL (a path or ``sqlite:///…``, or ``postgresql://…``);
    the schema is created or brought up to date on opening."""

    def __init__(self, url: str | None = None, engine: Engine | None = None, migrate_schema: bool = True):
        self.engine = engine or open_engine(url)
        if migrate_schema:
            migrate(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def writer(self):
        from .writer import Writer
        return Writer(self.engine)

    def _frame(self, stmt) -> pd.DataFrame:
        with self.engine.connect() as conn:
            result = conn.execute(stmt)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    # -- events -----------------------------------------------------------------------------
    def events_query(self, actor: str | None = None, type: str | None = None,
                     since: str | None = None, until: str | None = None, place: str | None = None,
                     status: str | None = None, source: str | None = None,
                     target: str | None = None, min_sources: int | None = None,
                     limit: int | None = DEFAULT_LIMIT, conn=None):
        """The SELECT for ``events``; with ``conn``, name fragments are first resolved to
        the stored names that contain them (see ``_name_match``)."""
        e = events
        conds: list[Any] = []
        if actor:
            conds.append(_actor_filter(actor, "source", "target", conn=conn))
        if source:
            conds.append(_actor_filter(source, "source", conn=conn))
        if target:
            conds.append(_actor_filter(target, "target", conn=conn))
        if type:
            conds.append(e.c.type == type.upper())
        if since:
            conds.append(e.c.date >= since)
        if until:
            # a day-precise bound includes that whole day, and coarser dates inside it
            conds.append(e.c.date <= until)
        if place:
            conds.append(e.c.place_country == place if _COUNTRY.match(place)
                         else _name_match(conn, e.c.place_name, place) if conn is not None
                         else _like(e.c.place_name, place))
        if status:
            conds.append(e.c.status == status)
        if min_sources:
            conds.append(e.c.num_sources >= min_sources)
        stmt = select(e).where(*conds).order_by(e.c.date.desc(), e.c.id.desc())
        return stmt.limit(limit) if limit else stmt

    def events(self, **filters) -> pd.DataFrame:
        """Deduplicated events, newest first.  Filters: actor (code or name, as source or
        target), source, target, type, since, until (ISO dates), place (code or name),
        status, min_sources, limit."""
        with self.engine.connect() as conn:
            result = conn.execute(self.events_query(**filters, conn=conn))
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def mentions(self, event_id: int) -> pd.DataFrame:
        """The evidence of one event: every mention, with its sentence and article."""
        em = event_mentions
        stmt = (select(em.c.id, em.c.article_id, articles.c.ext_id, em.c.outlet, em.c.date,
                       em.c.status, em.c.evidence, em.c.evidence_start, em.c.evidence_end,
                       em.c.trigger, em.c.dedup)
                .join(articles, articles.c.id == em.c.article_id)
                .where(em.c.event_id == event_id).order_by(em.c.id))
        return self._frame(stmt)

    # -- quotes and claims --------------------------------------------------------------------
    def quotes(self, speaker: str | None = None, kind: str | None = None, search: str | None = None,
               limit: int | None = DEFAULT_LIMIT) -> pd.DataFrame:
        q = quotes
        with self.engine.connect() as conn:
            conds = []
            if speaker:
                conds.append(_actor_filter(speaker, "speaker", table=q, conn=conn))
            if kind:
                conds.append(q.c.kind == kind)
            if search:
                conds.append(_like(q.c.text, search))
            stmt = (select(q, articles.c.ext_id, articles.c.published, articles.c.outlet)
                    .join(articles, articles.c.id == q.c.article_id)
                    .where(*conds).order_by(articles.c.published.desc(), q.c.id))
            result = conn.execute(stmt.limit(limit) if limit else stmt)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def claims(self, claimant: str | None = None, kind: str | None = None,
               limit: int | None = DEFAULT_LIMIT) -> pd.DataFrame:
        c = claims
        conds = []
        if claimant:
            conds.append(_actor_filter(claimant, "claimant", table=c))
        if kind:
            conds.append(c.c.kind == kind)
        stmt = select(c).where(*conds).order_by(c.c.id)
        return self._frame(stmt.limit(limit) if limit else stmt)

    # -- articles ----------------------------------------------------------------------------
    def articles(self, search: str | None = None, since: str | None = None,
                 until: str | None = None, limit: int | None = DEFAULT_LIMIT) -> pd.DataFrame:
        """Articles (without their text), newest first; ``search`` is full-text (words and
        phrases: ``cease-fire`` finds "cease-fire" and "cease fire")."""
        a = articles
        cols = [a.c.id, a.c.ext_id, a.c.title, a.c.published, a.c.outlet, a.c.url,
                a.c.content_hash, a.c.ingested_at]
        conds = []
        if since:
            conds.append(a.c.published >= since)
        if until:
            conds.append(a.c.published <= until)
        if search:
            if self.dialect == "sqlite":
                conds.append(a.c.id.in_(text(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :q"
                ).bindparams(q=_fts5_query(search))))
            elif self.dialect == "postgresql":
                conds.append(text("articles.tsv @@ websearch_to_tsquery('english', :q)")
                             .bindparams(q=search))
            else:
                conds.append(or_(_like(a.c.title, search), _like(a.c.text, search)))
        stmt = select(*cols).where(*conds).order_by(a.c.published.desc(), a.c.id.desc())
        return self._frame(stmt.limit(limit) if limit else stmt)

    def counts(self) -> dict[str, int]:
        from .schema import ingest_errors
        out = {}
        with self.engine.connect() as conn:
            for t in (articles, events, event_mentions, quotes, claims, ingest_errors):
                out[t.name] = conn.execute(select(func.count()).select_from(t)).scalar()
        return out

    def errors(self) -> pd.DataFrame:
        from .schema import ingest_errors
        return self._frame(select(ingest_errors).order_by(ingest_errors.c.id))


_WORD = re.compile(r"\w+")


def _fts5_query(search: str) -> str:
    """A user's words as an FTS5 query: each whitespace-separated term becomes a quoted
    phrase of its word parts (so punctuation such as the hyphen in "cease-fire" is never
    read as FTS5 syntax), all terms required."""
    terms = []
    for term in search.split():
        words = _WORD.findall(term)
        if words:
            terms.append('"' + " ".join(words) + '"')
    return " AND ".join(terms) or '""'
