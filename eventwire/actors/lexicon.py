"""Find the knowledge base's names in a parsed text.

Names are matched case-sensitively on the characters of the text (so "Turkey" the country
is found but not "turkey" the bird), starting and ending on token boundaries, longest first.
Candidates are looked up by the first three characters of a token, so each token costs one
dict lookup; only the few names sharing that prefix are compared.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Doc

from .knowledge import Entry, Knowledge

PREFIX = 3


@dataclass
class NameMatch:
    start: int          # token index
    end: int            # token index, exclusive
    text: str
    entries: list[Entry]


class NameMatcher:
    def __init__(self, kb: Knowledge):
        self.kb = kb
        by_prefix: dict[str, list[str]] = {}
        for surface in kb.names:
            # names shorter than the prefix ("UN", "EU") are keyed by themselves
            by_prefix.setdefault(surface[:PREFIX], []).append(surface)
        for lst in by_prefix.values():
            lst.sort(key=len, reverse=True)
        self.by_prefix = by_prefix

    def __call__(self, doc: Doc) -> list[NameMatch]:
        text = doc.text
        # token offsets and kinds as plain ints: no Token object is made per token
        arr = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT]).tolist()
        ends: dict[int, int] | None = None      # char end -> token index, built on first hit
        out: list[NameMatch] = []
        skip_to = 0
        by_prefix = self.by_prefix
        for i, (idx, length, space, punct) in enumerate(arr):
            if i < skip_to or space or punct:
                continue
            cands = by_prefix.get(text[idx:idx + PREFIX])
            if length < PREFIX:
                cands = (cands or []) + by_prefix.get(text[idx:idx + length], [])
            if not cands:
                continue
            for surface in cands:
                if not text.startswith(surface, idx):
                    continue
                if ends is None:
                    ends = {a[0] + a[1]: k for k, a in enumerate(arr)}
                last = ends.get(idx + len(surface))
                if last is None:
                    continue
                out.append(NameMatch(i, last + 1, surface, self.kb.entries(surface)))
                skip_to = last + 1
                break
        return out
