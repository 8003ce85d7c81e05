"""Character-offset lookups over one parsed document, built once per document so the
quote stage never scans the whole ``Doc`` per quote."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token


class DocIndex:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text                # Doc.text is re-joined from tokens on each access
        self.tok_starts = [t.idx for t in doc]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.sent_chars = [s.start_char for s in self.sents]

    def token_at(self, char: int) -> Token:
        """The token containing a character, else the next one."""
        i = bisect.bisect_right(self.tok_starts, char) - 1
        if i < 0:
            return self.doc[0]
        tok = self.doc[i]
        if char >= tok.idx + len(tok.text) and i + 1 < len(self.doc):
            return self.doc[i + 1]
        return tok

    def sent_of_token(self, i: int):
        return self.sents[bisect.bisect_right(self.sent_starts, i) - 1]

    def sent_index_of_char(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_chars, char) - 1)
