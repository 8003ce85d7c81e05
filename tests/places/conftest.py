import datetime as dt

import pytest

from eventwire.model import Article, Extraction, Span
from eventwire.pipeline import load_spacy


@pytest.fixture(scope="session")
def nlp():
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
