"""Helpers shared by the event tests."""
from eventwire.model import Article


def sentence_events(pipeline, text):
    """The whole pipeline on one sentence (no cleaning); its events."""
    return next(pipeline.run([Article(id="t", raw=text)], clean=False)).events


def summary(events):
    return [(e.type, e.status, e.source.name if e.source else None,
             e.target.name if e.target else None) for e in events]


def first_of_type(events, typ):
    """The first event of ``typ`` (the assertion shows every event when there is none)."""
    hits = [e for e in events if e.type == typ]
    assert hits, [(e.type, e.source, e.target) for e in events]
    return hits[0]


def triples(events):
    """(type, source name, target name) of each event, in order."""
    return [(e.type, e.source.name if e.source else None, e.target.name if e.target else None) for e in events]


def type_list(events):
    """The type of each event, in order (repeats kept)."""
    return [e.type for e in events]


def types(events):
    """The distinct types of ``events``, sorted."""
    return sorted({e.type for e in events})


def first(events, typ):
    """The first event of ``typ``, or None."""
    return next((e for e in events if e.type == typ), None)
