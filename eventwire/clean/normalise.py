"""Normalise scraped text and cut it into lines grouped by blank-line blocks.

Cleaning decides line by line (a crumb, a "Posted" stamp or a caption is one raw line), so
the raw text is first made regular: one newline convention, no invisible characters, runs of
spaces folded, and each line remembers the blank-line block it came from.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Characters that carry no text but break matching: zero-width spaces and joiners, soft
# hyphens, byte-order marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Spaces of other widths (no-break, thin, ideographic…) become plain spaces.
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")


@dataclass
class Line:
    """One non-blank raw line: its text (spaces folded, stripped) and its blank-line block."""
    text: str
    block: int
    index: int           # position among all non-blank lines


def normalise(raw: str) -> str:
    """One newline convention, canonical Unicode (NFC), no invisible characters."""
    text = _NEWLINES.sub("\n", raw)
    text = unicodedata.normalize("NFC", text)
    return text.translate(_INVISIBLE)


def split_lines(text: str) -> tuple[list[Line], bool]:
    """The non-blank lines of normalised text, and whether blank lines separate blocks at
    all (scraped text without any blank line puts each paragraph on its own line)."""
    lines: list[Line] = []
    block = 0
    had_blank = False
    for raw_line in text.split("\n"):
        line = _SPACES.sub(" ", raw_line).strip()
        if not line:
            if lines and lines[-1].block == block:
                block += 1
                had_blank = True
            continue
        lines.append(Line(line, block, len(lines)))
    return lines, had_blank
