"""STUB (to be replaced): input readers."""
from .model import Article


def article_from_string(text, id="text", published=None, title=None):
    return Article(id=id, raw=text, published=published, title=title)


def article_from_record(rec):
    return Article(id=str(rec.get("id")), raw=rec.get("raw") or "", published=__import__("datetime").date.fromisoformat(rec["published"]) if rec.get("published") else None,
                   title=rec.get("title"))
