"""STUB (to be replaced)."""


class ActorResolver:
    def __call__(self, doc, ex) -> None:
        return None
