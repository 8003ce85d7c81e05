"""A batch's Parquet schema, derived from the store's tables, and the conversion between the
store's rows (``ArticleRows``) and Arrow.

One Parquet row per article: the columns of the ``articles`` table, then ``seq`` (its
position in the input) and ``batch``, then one list-of-struct column per child table
(``actors``, ``mentions`` (event mentions), ``quotes``, ``claims``, ``places``, ``times``)
whose struct fields are that table's columns less the ids the store assigns.  Deriving the
schema from the tables keeps both in step, and an explicit schema keeps every file's types
the same (a batch where a column is always empty would otherwise infer a null type, and a
dataset of several files would not read as one).  Rows come back from Parquet as the same
dicts they were, so the load writes exactly what a local run writes.
"""
from __future__ import annotations

import pyarrow as pa
from sqlalchemy import Float, Integer

from ..store.rows import ArticleRows
from ..store.schema import actors, articles, claims, event_mentions, places, quotes, times

# Columns the store fills in when it writes (ids, links, the dedup decision).
_ASSIGNED = frozenset({"id", "article_id", "event_id", "dedup"})
# ArticleRows attribute → the table its rows go to.
CHILDREN = {"actors": actors, "mentions": event_mentions, "quotes": quotes, "claims": claims,
            "places": places, "times": times}


def _arrow_type(column) -> pa.DataType:
    if isinstance(column.type, Integer):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    return pa.string()


def _fields(table) -> list[pa.Field]:
    return [pa.field(c.name, _arrow_type(c)) for c in table.columns if c.name not in _ASSIGNED]


ARTICLE_FIELDS = [f.name for f in _fields(articles)]
CHILD_FIELDS = {name: frozenset(f.name for f in _fields(t)) for name, t in CHILDREN.items()}
SCHEMA = pa.schema([
    *_fields(articles),
    pa.field("seq", pa.int64()),
    pa.field("batch", pa.string()),
    *(pa.field(name, pa.list_(pa.struct(_fields(t)))) for name, t in CHILDREN.items()),
])


class SchemaDrift(ValueError):
    """A row holds a key the Parquet schema has no column for: writing it would lose data."""


def _check(keys, known: frozenset | set, where: str) -> None:
    extra = set(keys) - known
    if extra:
        raise SchemaDrift(f"{where}: no Parquet column for {sorted(extra)}")


_ARTICLE_KNOWN = frozenset(ARTICLE_FIELDS)


def to_record(rows: ArticleRows, seq: int, batch: str) -> dict:
    """One article's rows as one Parquet record."""
    _check(rows.article, _ARTICLE_KNOWN, "articles")
    rec = {**rows.article, "seq": seq, "batch": batch}
    for name in CHILDREN:
        items = getattr(rows, name)
        known = CHILD_FIELDS[name]
        for r in items:
            _check(r, known, name)
        rec[name] = items
    return rec


def to_table(records: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(records, schema=SCHEMA)


def from_record(rec: dict) -> tuple[int, ArticleRows]:
    """(input position, the article's rows) from one Parquet record."""
    article = {k: rec[k] for k in ARTICLE_FIELDS}
    rows = ArticleRows(article["content_hash"], article,
                       **{name: list(rec[name] or []) for name in CHILDREN})
    return rec["seq"], rows
