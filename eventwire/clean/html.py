"""HTML to text: trafilatura finds the main story and its metadata; when it finds nothing
(a fragment, an odd layout) a plain lxml text dump of the block elements stands in.  Broken
markup never raises: the worst case is an empty text, which the cleaner reports."""
from __future__ import annotations

import html as html_entities
import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree, html as lxml_html

log = logging.getLogger(__name__)

# Elements whose text is never article text.
_DROP = ("script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside",
         "form", "button", "iframe", "figure", "figcaption")
# Elements that end a paragraph in the text dump.
_BLOCK = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol blockquote pre section article table "
                   "tr br dd dt title main".split())
_INVISIBLE_ELEMENTS = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>",
                                 re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|ul|ol|blockquote|br|tr|table|section|article)\b[^>]*>",
                        re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


@dataclass
class HtmlText:
    text: str                 # paragraphs separated by blank lines
    title: str | None
    date: str | None
    url: str | None
    method: str               # "trafilatura" | "lxml" | "none"


def html_to_text(markup: str) -> HtmlText:
    try:
        doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_recall=True)
    except Exception as exc:     # trafilatura raises on some malformed trees; fall back
        log.debug("trafilatura failed: %r", exc)
        doc = None
    if doc is not None:
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        text = get("text") or ""
        if text.strip():
            # trafilatura puts one paragraph (or heading, or list item) per line.
            paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
            return HtmlText("\n\n".join(paragraphs), get("title"), get("date"), get("url"),
                            "trafilatura")
    text, title = _lxml_dump(markup)
    if text:
        return HtmlText(text, title, None, None, "lxml")
    # Markup libxml2 gives up on (nesting deeper than it will build) still has its text.
    text = _strip_tags(markup)
    return HtmlText(text, title, None, None, "tag_strip" if text else "none")


def _lxml_dump(markup: str) -> tuple[str, str | None]:
    try:
        root = lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError) as exc:    # "Document is empty" and the like
        log.debug("lxml could not parse: %r", exc)
        return "", None
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    for el in list(root.iter(*_DROP, "head")):
        if el.getparent() is not None:
            el.drop_tree()
    # A newline after each block element keeps paragraphs apart in the flat text.
    for el in root.iter(*_BLOCK):
        el.text = "\n" + (el.text or "")
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    paragraphs = [" ".join(p.split()) for p in text.split("\n")]
    return "\n\n".join(p for p in paragraphs if p), title or None


def _strip_tags(markup: str) -> str:
    """The last resort: drop invisible elements and tags, keep block breaks as paragraphs."""
    text = _INVISIBLE_ELEMENTS.sub(" ", markup)
    text = _BLOCK_TAG.sub("\n", text)
    text = html_entities.unescape(_TAG.sub("", text))
    paragraphs = (" ".join(p.split()) for p in text.split("\n"))
    return "\n\n".join(p for p in paragraphs if p)
