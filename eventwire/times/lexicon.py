"""The time lexicon (``eventwire/data/times/lexicon.json``) and the regex built from it."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "times" / "lexicon.json"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    with open(LEXICON_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    """One regex for every time form the tagger normalises itself; named groups say which.

    Month names are matched case-sensitively (capitalised) so the modal "may" is never a
    month; a bare "May" needs a day or a year after it, or a preposition before it."""
    lx = lexicon()
    month = rf"(?:{_alt(lx['months'])})\.?"
    day = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[6-9][0-9][0-9]|20[0-9][0-9])"
    wday = _alt(lx["weekdays"])
    part = _alt(lx["parts_of_day"])
    rel = _alt(lx["relative_days"])
    ana = _alt(lx["day_anaphora"])
    num = _alt(k for k in lx["number_words"]) + r"|\d+"
    mod = r"(?:(?i:early|late|mid|earlier in|later in|the end of|the start of|the beginning of)[- ])"
    forms = [
        # March 3, 2014 / March 3 / early March 3  (a range "March 1 to 3" keeps the first day)
        rf"(?P<md>{mod}?(?P<md_m>{month}) (?P<md_d>{day})\b(?:,? (?P<md_y>{year})\b)?)",
        # 3 March 2014 / 3 March
        rf"(?P<dm>(?P<dm_d>{day}) (?P<dm_m>{month})(?: (?P<dm_y>{year}))?\b)",
        # March 2014
        rf"(?P<my>{mod}?(?P<my_m>{month}),? (?P<my_y>{year})\b)",
        # last/next/this week|month|year; earlier/later this month
        rf"(?P<rp>(?i:(?P<rp_rel>last|next|this|earlier this|later this|the past|the coming) (?P<rp_u>week|month|year)))\b",
        # N days/weeks ago
        rf"(?P<ago>(?i:(?P<ago_n>{num}) (?P<ago_u>day|week|month|year)s? ago))\b",
        # last Thursday / early Friday / Thursday night / Thursday's
        rf"(?P<wd>(?:(?P<wd_mod>(?i:last|next|this|early|late|earlier|later|on)) )?(?P<wd_d>{wday})(?:'s)?(?: (?P<wd_p>{part}))?)\b",
        # in March / since April / last May / early March / November
        rf"(?P<mo>(?:(?P<mo_mod>(?i:in|since|by|until|till|through|last|next|this|early|late|mid|earlier in|later in|in early|in late|in mid|since early|since late|by early|by late|by mid))[- ])?(?P<mo_m>(?!May\b){month})(?!\.? ?\d))\b",
        rf"(?P<may>(?P<may_mod>(?:in|since|by|until|last|next|early|late|mid|in early|in late|in mid)[- ])May)\b(?!\.? ?\d)",
        rf"(?P<rd>\b(?i:{rel}))\b",
        rf"(?P<ana>\b(?i:{ana}))\b",
        # in 2014 / 1953
        rf"(?P<yr>(?:(?P<yr_mod>(?i:in|since|by|until|before|after|early|late|mid)) )?(?<![\d,.$])(?P<yr_y>{year})(?![\d,]|-year))\b",
    ]
    return re.compile(r"\b(?:" + "|".join(forms) + ")")
