"""Shared fixtures: the pipeline is loaded once per test session, as users load it once."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from eventwire.model import Article, Extraction, Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline
    return Pipeline.load()


@pytest.fixture(scope="session")
def nlp():
    """spaCy as the pipeline configures it, for tests that run single stages."""
    from eventwire.pipeline import load_spacy
    return load_spacy()


@pytest.fixture(scope="session")
def run(nlp):
    """Parse a text and run the given stages on it; returns the Extraction and the Doc."""
    def _run(text, stages, published=dt.date(2022, 3, 10), dateline=None):
        art = Article(id="t", raw=text, text=text, published=published)
        if dateline:
            art.dateline = Span(dateline, 0, len(dateline))
        ex = Extraction(article=art)
        doc = nlp(text)
        for st in stages:
            st(doc, ex)
        return ex, doc
    return _run


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not (GOLD / "dev.jsonl").is_file():
        pytest.skip(f"gold articles not found at {GOLD} (set EVENTWIRE_SHARED to the shared/ folder)")
    return GOLD
