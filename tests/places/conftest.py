"""Fixtures for the place tests: one resolver (its gazetteer is loaded once), and the places
a text resolves to, by their text."""
import pytest

from eventwire.places import PlaceResolver


@pytest.fixture(scope="session")
def resolver():
    return PlaceResolver()


def places_by_text(run, resolver, text, dateline=None):
    """The places of ``text`` keyed by their text, with the extraction and the parsed doc."""
    ex, doc = run(text, [resolver], dateline=dateline)
    return {p.text: p for p in ex.places}, ex, doc
