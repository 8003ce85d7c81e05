"""Look up the actor mention that covers a stretch of text.

The actor stage writes every mention it resolves into ``Extraction.mentions`` (character
offsets into the cleaned text).  Later stages (events, quotes) ask, for a token or a span of
the parse, which actor it refers to; this index answers in O(log n).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .model import Actor


class MentionIndex:
    def __init__(self, mentions: list[Actor]):
        self.mentions = sorted((m for m in mentions if m.start is not None),
                               key=lambda m: (m.start, -(m.end or 0)))
        self.starts = [m.start for m in self.mentions]
        # no mention is longer than this, so none starting further back can reach a query
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def overlapping(self, start: int, end: int) -> list[Actor]:
        """Mentions overlapping [start, end), in text order (nested mentions included)."""
        out = []
        i = bisect.bisect_left(self.starts, start)
        # mentions starting before `start` may still reach into it; with nesting, one that
        # ends early can sit between the query and a longer one that covers it
        j = bisect.bisect_left(self.starts, start - self.longest)
        out.extend(m for m in self.mentions[j:i] if m.end > start)
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def covering(self, start: int, end: int) -> Actor | None:
        """The mention that best covers [start, end): the one with the largest overlap,
        the shorter one on ties (the more specific mention)."""
        best, best_key = None, None
        for m in self.overlapping(start, end):
            overlap = min(end, m.end) - max(start, m.start)
            key = (overlap, -(m.end - m.start))
            if best_key is None or key > best_key:
                best, best_key = m, key
        return best

    def for_token(self, tok: Token) -> Actor | None:
        """The mention containing this token, else the one inside its phrase (subtree)
        nearest to the token, else None."""
        m = self.covering(tok.idx, tok.idx + len(tok.text))
        if m is not None:
            return m
        sub = list(tok.subtree)
        inside = self.overlapping(sub[0].idx, sub[-1].idx + len(sub[-1].text))
        if not inside:
            return None
        return min(inside, key=lambda a: abs(a.start - tok.idx))

    def for_span(self, span: SpacySpan) -> Actor | None:
        return self.covering(span.start_char, span.end_char)
