"""The store's tables, and the versioned migrations that create them.

One row per article (content-hashed), per actor mention, quote, claim, place and time of an
article; one row per event *mention* (an event as one article codes it, with its evidence
sentence) and one row per real-world *event* that mentions merge into (see dedup.py), which
counts its mentions and sources as GDELT's NumMentions / NumSources do.  Failed records go to
``ingest_errors``.

Migrations are a short list of numbered steps (a step written as DDL, never by editing the
tables above, which step 1 creates: a database made at step 1 must reach the same state as
one made later) recorded in ``schema_migrations``; ``migrate``
applies the missing ones in order, each in its own transaction.  A small table of our own is
enough here: the schema is created by this code only, and alembic would add a dependency and
a directory of scripts for what is two steps so far.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from sqlalchemy import (Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
                        text)
from sqlalchemy.engine import Connection, Engine

metadata = MetaData()


def _actor_columns(prefix: str) -> list[Column]:
    return [Column(f"{prefix}_name", Text), Column(f"{prefix}_country", String(8)),
            Column(f"{prefix}_sector", String(8))]


articles = Table(
    "articles", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("ext_id", Text, nullable=False),          # the id the input gave
    Column("outlet", Text),                           # the publisher (url host), for NumSources
    Column("title", Text),
    Column("published", String(10)),                  # ISO date
    Column("url", Text),
    Column("dateline", Text),
    Column("text", Text, nullable=False),             # the cleaned text every offset points into
    Column("warnings", Text),                         # JSON list
    Column("ingested_at", String(32), nullable=False),
)
Index("ix_articles_published", articles.c.published)
Index("ix_articles_ext_id", articles.c.ext_id)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text), Column("name", Text), Column("country", String(8)),
    Column("sector", String(8)), Column("kind", String(16)), Column("role", Text),
    Column("entity", Integer), Column("start", Integer), Column("end", Integer),
)
Index("ix_actors_article", actors.c.article_id)
Index("ix_actors_name", actors.c.name)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(16), nullable=False),
    Column("mode", Text),
    Column("status", String(16)),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("date", String(10)),                       # ISO day, or YYYY-MM / YYYY when coarser
    Column("place_name", Text), Column("place_country", String(8)),
    Column("lat", Float), Column("lon", Float),
    Column("num_mentions", Integer, nullable=False, default=1),
    Column("num_sources", Integer, nullable=False, default=1),
    Column("num_articles", Integer, nullable=False, default=1),
    Column("first_article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL")),
)
Index("ix_events_type_date", events.c.type, events.c.date)
Index("ix_events_date", events.c.date)
Index("ix_events_source_country_date", events.c.source_country, events.c.date)
Index("ix_events_target_country_date", events.c.target_country, events.c.date)
Index("ix_events_status_date", events.c.status, events.c.date)
Index("ix_events_place_country_date", events.c.place_country, events.c.date)

event_mentions = Table(
    "event_mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("outlet", Text),
    Column("type", String(16), nullable=False), Column("mode", Text), Column("status", String(16)),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("date", String(10)), Column("date_basis", String(16)),
    Column("place_name", Text), Column("place_country", String(8)),
    Column("lat", Float), Column("lon", Float), Column("place_basis", String(16)),
    Column("evidence", Text, nullable=False),
    Column("evidence_start", Integer), Column("evidence_end", Integer),
    Column("trigger", Text), Column("trigger_start", Integer), Column("trigger_end", Integer),
    Column("payload", Text),                          # the event as JSON (Event.to_dict(explain))
    Column("dedup", Text),                            # JSON: why it joined its event, or not
)
Index("ix_event_mentions_event", event_mentions.c.event_id)
Index("ix_event_mentions_article", event_mentions.c.article_id)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    *_actor_columns("speaker"),
    Column("text", Text, nullable=False), Column("kind", String(16)), Column("cue", Text),
    Column("start", Integer), Column("end", Integer),
)
Index("ix_quotes_article", quotes.c.article_id)
Index("ix_quotes_speaker", quotes.c.speaker_name)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    *_actor_columns("claimant"),
    Column("text", Text, nullable=False), Column("kind", String(16)), Column("cue", Text),
    Column("start", Integer), Column("end", Integer),
    Column("disputed_by", Text),                      # JSON list of spans
)
Index("ix_claims_article", claims.c.article_id)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text), Column("name", Text), Column("country", String(8)),
    Column("lat", Float), Column("lon", Float), Column("geonameid", Integer),
    Column("feature", String(16)), Column("start", Integer), Column("end", Integer),
)
Index("ix_places_article", places.c.article_id)
Index("ix_places_name", places.c.name)

times = Table(
    "times", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("text", Text), Column("value", String(10)), Column("start", Integer), Column("end", Integer),
)
Index("ix_times_article", times.c.article_id)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Text, nullable=False),        # the record's id (file, file:line, id)
    Column("content_hash", String(64)),               # None when the record could not be read
    Column("error", Text, nullable=False),
    Column("at", String(32), nullable=False),
)
Index("ix_ingest_errors_source", ingest_errors.c.source_id)

schema_migrations = Table(
    "schema_migrations", MetaData(),
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", String(32), nullable=False),
)


# -- migrations ---------------------------------------------------------------------------
def _m1_tables(conn: Connection) -> None:
    metadata.create_all(conn)


def _m2_full_text(conn: Connection) -> None:
    """Full-text search over title and text: FTS5 (external content, kept in step by
    triggers) on SQLite, a generated tsvector with a GIN index on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
            "content_rowid='id', tokenize='porter unicode61')")
        conn.exec_driver_sql(
            "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
            "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END")
        conn.exec_driver_sql(
            "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
            "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
            "VALUES ('delete', old.id, old.title, old.text); END")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED")
        conn.exec_driver_sql("CREATE INDEX ix_articles_tsv ON articles USING gin (tsv)")


def _m3_name_indexes(conn: Connection) -> None:
    """Indexes for name fragments ("--actor Lavrov", "--place Kharkiv").  PostgreSQL:
    trigram indexes (pg_trgm), which ILIKE '%fragment%' uses directly.  SQLite: plain
    indexes, from which a query lists the distinct names containing the fragment and then
    finds the events by those names (see queries._name_match)."""
    cols = ("source_name", "target_name", "place_name")
    if conn.dialect.name == "postgresql":
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception:            # no contrib package, or no right to create it
            pass
        else:
            for col in cols + ("speaker_name",):
                table = "quotes" if col == "speaker_name" else "events"
                conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{table}_{col}_trgm ON {table} "
                                     f"USING gin ({col} gin_trgm_ops)")
            return
    for col in cols:
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_events_{col} ON events ({col}, date)")


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "tables and indexes", _m1_tables),
    (2, "full-text search on articles", _m2_full_text),
    (3, "indexes on event actor and place names", _m3_name_indexes),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


def current_version(engine: Engine) -> int:
    with engine.connect() as conn:
        if not engine.dialect.has_table(conn, "schema_migrations"):
            return 0
        v = conn.execute(text("SELECT max(version) FROM schema_migrations")).scalar()
        return int(v or 0)


def migrate(engine: Engine) -> list[int]:
    """Apply the migrations the database lacks; return the versions applied."""
    with engine.begin() as conn:
        schema_migrations.create(conn, checkfirst=True)
    done = current_version(engine)
    applied = []
    for version, name, step in MIGRATIONS:
        if version <= done:
            continue
        with engine.begin() as conn:       # the step and its record commit together
            step(conn)
            conn.execute(schema_migrations.insert().values(
                version=version, name=name,
                applied_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")))
        applied.append(version)
    return applied
