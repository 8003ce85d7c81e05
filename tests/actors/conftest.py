"""Fixtures for the actor tests: one resolver, and a way to look a mention up by its words."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.actors import ActorResolver
from eventwire.mentions import MentionIndex
from eventwire.model import Article, Extraction


@pytest.fixture(scope="session")
def resolver():
    return ActorResolver()


@pytest.fixture(scope="session")
def resolve(nlp, resolver):
    def run(text: str, published: dt.date | None = dt.date(2022, 3, 10)) -> Extraction:
        ex = Extraction(Article(id="t", text=text, published=published))
        resolver(nlp(text), ex)
        return ex
    return run


def mention_at(ex: Extraction, words: str, nth: int = 0):
    """The mention covering the nth occurrence of ``words``."""
    start = -1
    for _ in range(nth + 1):
        start = ex.article.text.index(words, start + 1)
    return MentionIndex(ex.mentions).covering(start, start + len(words))
