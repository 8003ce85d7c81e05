"""The event store: ingest articles into SQLite or PostgreSQL, merge reports of the same
event across articles, query and export.

    from eventwire.store import Store
    store = Store("eventwire.db")            # or "postgresql://user@host/db"
    store.events(actor="RUS", type="ASSAULT", since="2022-03-01")   # a pandas DataFrame

Imported lazily, so that the CLI starts without loading SQLAlchemy and pandas.
"""
from __future__ import annotations


def __getattr__(name):
    if name == "Store":
        from .queries import Store
        return Store
    raise AttributeError(name)


__all__ = ["Store"]
