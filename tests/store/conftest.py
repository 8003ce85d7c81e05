"""Store fixtures: a fresh database per test, on SQLite (always) and on PostgreSQL (when
EVENTWIRE_TEST_PG_URL names a server, as .ci/run arranges; else those tests skip)."""
from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

CORPUS = Path(__file__).parent / "corpus"
PG_URL = os.environ.get("EVENTWIRE_TEST_PG_URL")
PG_SKIP = "PostgreSQL tests need EVENTWIRE_TEST_PG_URL (set by .ci/run via .ci/postgres.sh)"


def _pg_database():
    """A new, empty database on the test server; dropped again afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from eventwire.store.engine import normalise_url

    base = make_url(normalise_url(PG_URL))
    name = "ew_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return url, drop


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The URL of an empty database, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.db'}"
        return
    if not PG_URL:
        pytest.skip(PG_SKIP)
    url, drop = _pg_database()
    yield url
    drop()


@pytest.fixture
def store(db_url):
    from eventwire.store import Store
    s = Store(db_url)
    yield s
    s.engine.dispose()


@pytest.fixture(scope="session")
def corpus_path() -> Path:
    return CORPUS / "multireport.jsonl"


@pytest.fixture(scope="session")
def true_groups() -> list[dict]:
    return json.loads((CORPUS / "groups.json").read_text(encoding="utf-8"))["reports"]
