"""Versioned migrations: applied once, in order, recorded; the full-text index exists."""
from __future__ import annotations

from sqlalchemy import text

from eventwire.store.engine import normalise_url
from eventwire.store.schema import SCHEMA_VERSION, current_version, migrate


def test_migrations_are_recorded_and_not_reapplied(store):
    assert current_version(store.engine) == SCHEMA_VERSION
    assert migrate(store.engine) == []          # a second opening applies nothing
    with store.engine.connect() as conn:
        versions = conn.execute(text("SELECT version FROM schema_migrations ORDER BY version")).scalars().all()
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_sqlite_runs_in_wal_mode(tmp_path):
    from eventwire.store import Store
    s = Store(str(tmp_path / "w.db"))
    with s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_urls():
    assert normalise_url("x/eventwire.db") == "sqlite:///x/eventwire.db"
    assert normalise_url("postgresql://u@h:5/db") == "postgresql+psycopg://u@h:5/db"
    assert normalise_url(None) == "sqlite:///eventwire.db"


def test_an_older_database_is_brought_up_to_date(tmp_path):
    from eventwire.store import Store
    path = tmp_path / "old.db"
    s = Store(str(path))
    with s.engine.begin() as conn:          # make it look like a store made before step 3
        conn.exec_driver_sql("DROP INDEX ix_events_place_name")
        conn.exec_driver_sql("DELETE FROM schema_migrations WHERE version = 3")
    s.engine.dispose()
    s = Store(str(path))
    assert current_version(s.engine) == SCHEMA_VERSION
    with s.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'").scalars().all()
    assert "ix_events_place_name" in names
