"""STUB (to be replaced)."""


class QuoteExtractor:
    def __call__(self, doc, ex) -> None:
        return None
