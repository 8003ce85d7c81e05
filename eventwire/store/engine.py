"""Opening a database by URL: a file path or ``sqlite:///…`` (the embedded default, in WAL
mode), or ``postgresql://…`` (through psycopg 3)."""
from __future__ import annotations

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

DEFAULT_DB = "eventwire.db"


def normalise_url(url: str | None) -> str:
    """``eventwire.db`` → ``sqlite:///eventwire.db``; ``postgresql://`` → psycopg 3's driver."""
    url = url or DEFAULT_DB
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def open_engine(url: str | None = None) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            # WAL: readers never block the writer, and a killed writer leaves the last
            # committed transaction intact; NORMAL sync is durable at every checkpoint.
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
        return engine
    return create_engine(url, pool_pre_ping=True)
