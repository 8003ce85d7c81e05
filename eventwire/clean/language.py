"""A cheap check that a text is English: the share of English stop words among its words.

English news prose runs at 30-50 % stop words; French, German, Spanish or Italian text shares
only a few short words with the English list ("a", "on", "me", "die") and stays near 10 %,
and text in another script scores 0.  Terse English (wire bulletins, lists of facts) can also
fall near 10 %, so a low share is only a rejection when the text reads better as another
language: the stop-word lists spaCy ships for other languages are tried, or, for a script
none of them covers, when most words are not in Latin letters.  Short texts are not judged:
a headline-length input has too few words for a share to mean anything.
"""
from __future__ import annotations

import importlib
import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

MIN_WORDS = 20
MIN_STOP_SHARE = 0.2       # at or above this the text is English without further question
SAMPLE_CHARS = 20_000      # the opening of a long text is enough to judge it
# Languages whose spaCy stop-word lists are asked when the English share is low.
OTHER_LANGUAGES = {"fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
                   "pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "pl": "Polish",
                   "tr": "Turkish", "sv": "Swedish"}
_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[a-z\u00c0-\u024f]+")
_NON_LATIN = re.compile(r"[^a-z\u00c0-\u024f]")
MIN_LETTERS = 40
_STOP = frozenset(STOP_WORDS)


@lru_cache(maxsize=None)
def _stop_words(lang: str) -> frozenset[str]:
    return frozenset(importlib.import_module(f"spacy.lang.{lang}.stop_words").STOP_WORDS)


def _words(text: str) -> list[str]:
    return _WORD.findall(text[:SAMPLE_CHARS].lower())


def stop_word_share(text: str) -> tuple[float, int]:
    words = _words(text)
    if not words:
        return 0.0, 0
    return sum(w in _STOP for w in words) / len(words), len(words)


def is_english(text: str) -> tuple[bool, float, str | None]:
    """(verdict, English stop-word share, the language it reads as instead, if any)."""
    words = _words(text)
    n = len(words)
    if n < MIN_WORDS:
        # Scripts written without spaces (Chinese, Japanese, Thai) give few "words": judge
        # them by their letters instead.
        letters = "".join(words)
        if len(letters) >= MIN_LETTERS and len(_NON_LATIN.findall(letters)) > len(letters) / 2:
            return False, 0.0, "a language not written in Latin letters"
        return True, 0.0, None
    share = sum(w in _STOP for w in words) / n
    if share >= MIN_STOP_SHARE:
        return True, share, None
    best, best_share = None, share
    for lang, name in OTHER_LANGUAGES.items():
        stops = _stop_words(lang)
        other = sum(w in stops for w in words) / n
        if other > best_share:
            best, best_share = name, other
    if best is not None:
        return False, share, best
    latin = sum(1 for w in words if _LATIN.fullmatch(w)) / n
    if latin < 0.5:
        return False, share, "a language not written in Latin letters"
    return True, share, None
