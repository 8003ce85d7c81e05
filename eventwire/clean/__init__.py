"""STUB (to be replaced): cleaning."""
from ..model import Article


class Cleaner:
    def __call__(self, article: Article) -> Article:
        article.text = article.raw.strip()
        return article
