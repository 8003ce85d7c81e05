"""Find the stretches of text between quotation marks.

News uses straight (") or curly (“ ”) double marks, or in wire and archive text a pair of
typewriter single marks standing for a double one ('' and ``); single marks (‘ ’ or ') are
quotes only in articles that use no double marks at all (elsewhere they are nested quotes or
apostrophes).  A quote left open at the end of a paragraph continues into the next
paragraph when that one re-opens with a mark (the news convention for multi-paragraph
quotes); each paragraph's part is its own span, flagged ``continued``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")
OPEN_ONLY = {"\u201c", "\u201e", "\u00ab"}
CLOSE_ONLY = {"\u201d", "\u00bb"}
SINGLE = ("'", "\u2018", "\u2019")
PARAGRAPH = re.compile(r"\n\s*\n")
# every double mark, the two-character typewriter forms first so they are read as one mark
DOUBLE_MARK = re.compile("''|``|[\"\u201c\u201d\u201e\u00ab\u00bb]")
SINGLE_MARK = re.compile("['\u2018\u2019]")


@dataclass
class QuoteSpan:
    start: int              # first character inside the marks
    end: int                # one past the last character inside the marks
    open_mark: int          # offset of the opening mark
    close_mark: int | None  # offset of the closing mark (None: runs to paragraph end)
    continued: bool = False  # this paragraph's part continues a quote from the previous one
    close_len: int = 1      # characters in the closing mark ('' is two)


def _paragraphs(text: str):
    pos = 0
    for m in PARAGRAPH.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _is_open(text: str, i: int, n: int = 1) -> bool:
    """Decide whether an ambiguous mark of ``n`` characters at ``i`` opens a quote: it
    opens when it follows a space, a paragraph start or an opening bracket/dash and
    precedes a non-space."""
    ch = text[i:i + n]
    if ch in OPEN_ONLY or ch in ("\u2018", "``"):
        return True
    if ch in CLOSE_ONLY:
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:" or i == 0) and not after.isspace()


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalnum() and (after.isalnum() or text[i] in "'\u2019" and after == "s")


def find_quotes(text: str) -> list[QuoteSpan]:
    uses_double = DOUBLE_MARK.search(text) is not None
    marks = DOUBLE_MARK if uses_double else SINGLE_MARK
    spans: list[QuoteSpan] = []
    carried = False     # a quote was left open at the end of the previous paragraph
    for p_start, p_end in _paragraphs(text):
        open_at: int | None = None
        open_len = 1
        first_mark = True
        for m in marks.finditer(text, p_start, p_end):
            i, n = m.start(), m.end() - m.start()
            if not uses_double and _is_apostrophe(text, i):
                continue
            opening = _is_open(text, i, n) if open_at is None else False
            if open_at is None and opening:
                open_at, open_len = i, n
                cont = carried and first_mark and text[p_start:i].strip() == ""
                first_mark = False
            elif open_at is not None:
                if i > open_at + open_len:
                    spans.append(QuoteSpan(open_at + open_len, i, open_at, i, cont, n))
                open_at = None
            first_mark = False
        carried = False
        if open_at is not None and p_end > open_at + open_len:
            spans.append(QuoteSpan(open_at + open_len, p_end, open_at, None, cont))
            carried = True
    return spans
