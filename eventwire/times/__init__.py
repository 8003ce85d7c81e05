"""STUB (to be replaced)."""


class TimeTagger:
    def __call__(self, doc, ex) -> None:
        return None


class EventDater:
    def __init__(self, places=None):
        self.places = places

    def __call__(self, doc, ex) -> None:
        return None
