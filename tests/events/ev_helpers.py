"""Helpers shared by the event tests."""


def summary(events):
    return [(e.type, e.status, e.source.name if e.source else None,
             e.target.name if e.target else None) for e in events]
