"""Which line of the page top is the headline.

A headline is several words on one line with no final full stop; captions are either full
sentences ("Mourners hold portraits of the slain commander.") or bare names in title case
("Ukrainian Foreign Minister Dmytro Kuleba"), and crumbs and stamps are caught by the
boilerplate rules before this is asked.
"""
from __future__ import annotations

MIN_WORDS = 3
MAX_WORDS = 30
# Small words a title-cased name or headline leaves in lower case.
_MINOR = frozenset("a an and as at but by de del der for from in of on or the to van von vs with al el la le".split())


def is_headline_like(line: str) -> bool:
    words = line.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if line.endswith(".") and not line.endswith("..."):
        return False
    return any(c.islower() for c in line)


def is_title_case(line: str) -> bool:
    """Every word capitalised, as a bare name or a photo credit is ("Prime Minister Theresa
    May"); sentence-case headlines have lower-case words."""
    words = [w for w in line.split() if w[0].isalpha()]
    return bool(words) and all(w[0].isupper() or w.lower() in _MINOR for w in words)


def choose_headline(candidates: list[str]) -> int | None:
    """Index of the headline among the page-top lines: the first headline-like line, unless it
    is title-cased like a name and a sentence-case headline-like line follows."""
    like = [i for i, line in enumerate(candidates) if is_headline_like(line)]
    if not like:
        return None
    for i in like:
        if not is_title_case(candidates[i]):
            return i
    return like[0]
