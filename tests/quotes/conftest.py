import pytest

from eventwire.model import Article, Extraction
from eventwire.quotes import QuoteExtractor


@pytest.fixture(scope="session")
def extractor():
    return QuoteExtractor()


@pytest.fixture(scope="session")
def run(nlp, extractor):
    """Run only the quote stage on a text (no actor mentions: the fallback speakers)."""
    def _run(text, mentions=None, events=None):
        ex = Extraction(article=Article(id="t", raw=text, text=text))
        ex.mentions = mentions or []
        ex.events = events or []
        extractor(nlp(text), ex)
        return ex
    return _run
