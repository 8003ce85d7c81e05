import pytest

from eventwire.events import EventCoder
from eventwire.model import Actor, Article, Extraction


@pytest.fixture(scope="session")
def coder():
    return EventCoder()


@pytest.fixture(scope="session")
def code(nlp, coder):
    """Run the coder on one sentence; optional mentions as (text, country, sector)."""
    def run(text, mentions=()):
        doc = nlp(text)
        ms = []
        for surface, country, sector in mentions:
            i = text.index(surface)
            ms.append(Actor(text=surface, name=surface, country=country, sector=sector,
                            start=i, end=i + len(surface)))
        ex = Extraction(Article(id="t", text=text), mentions=ms)
        coder(doc, ex)
        return ex.events
    return run
