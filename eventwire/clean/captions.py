"""Photo captions and pull quotes that repeat a sentence of the story.

A caption often restates a sentence of the article ("Mourners hold portraits of the slain
commander." beside "… mourners held portraits of the slain commander …").  A short line is a
repeat when almost all of its content words occur in one later sentence of similar length;
stop words are left out so that a short story line such as "He said no more." can never
qualify on function words alone.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

MAX_WORDS = 30          # longer lines are story paragraphs, not captions
MIN_CONTENT = 3         # a line needs this many content words to be judged at all
MIN_SHARE = 0.8         # share of its content words found in the later sentence
STRICT_MIN_CONTENT = 5  # inside the story: a near-duplicate, not a shared topic
STRICT_SHARE = 0.9
STRICT_SENT_SHARE = 0.7  # … and the later sentence is mostly the line's words
_WORD = re.compile(r"[a-z0-9]+")
_SENT_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
_STOP = frozenset(STOP_WORDS)


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _stems(words: list[str]) -> set[str]:
    # "hold"/"holds"/"held" and "portrait"/"portraits": a caption is written in the present
    # tense and the story in the past, so compare on a crude 4-letter stem.
    return {w[:4] for w in words}


class RepeatFinder:
    """Index the sentences of the lines once, then ask for each short line whether a later
    sentence repeats it."""

    def __init__(self, lines: list[str]):
        self._sents: list[tuple[int, set[str], int]] = []   # (line index, stems, length)
        for i, line in enumerate(lines):
            for sent in _SENT_END.split(line):
                words = content_words(sent)
                if words:
                    self._sents.append((i, _stems(words), len(words)))

    def repeated_later(self, i: int, line: str, strict: bool = False) -> bool:
        """Whether a later sentence repeats this line.  ``strict`` is for lines inside the
        story, where a short paragraph that merely shares its words with a longer later
        sentence ("Russia denied the accusation.") must stay: there the line needs more
        content words, and the later sentence must be mostly made of them too."""
        if len(line.split()) > MAX_WORDS:
            return False
        words = content_words(line)
        if len(words) < (STRICT_MIN_CONTENT if strict else MIN_CONTENT):
            return False
        stems = _stems(words)
        need = (STRICT_SHARE if strict else MIN_SHARE) * len(stems)
        for j, sent, n in self._sents:
            if j <= i or n > 3 * len(words) + 5:
                continue
            shared = len(stems & sent)
            if shared >= need and (not strict or shared >= STRICT_SENT_SHARE * len(sent)):
                return True
        return False
