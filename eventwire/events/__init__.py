"""STUB (to be replaced)."""


class EventCoder:
    def __call__(self, doc, ex) -> None:
        return None
