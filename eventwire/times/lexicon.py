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
def spelled_year() -> str:
    """A year said in words, as broadcast transcripts write it: "nineteen ninety-six",
    "two thousand and one" (matched case-insensitively)."""
    yw = lexicon()["year_words"]
    tens = rf"(?:{_alt(yw['tens'])})(?:-(?:{_alt(yw['units'])}))?"
    tail = rf"(?:{tens}|{_alt(yw['teens'])}|hundred)"
    return (rf"(?i:(?:{_alt(yw['centuries'])}) {tail}"
            rf"|two thousand(?:(?: and)? (?:{_alt(yw['teens'])}|{tens}|{_alt(yw['units'])}))?)")


def year_number(s: str) -> int | None:
    """The year of a matched year string, digits or words."""
    if s.isdigit():
        return int(s)
    yw = lexicon()["year_words"]
    words = s.lower().replace(" and ", " ").replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = words[2:]
        base = 2000
    else:
        base = yw["centuries"].get(words[0], 0) * 100
        rest = words[1:]
        if rest == ["hundred"]:
            return base
    n = 0
    for w in rest:
        n += yw["tens"].get(w) or yw["teens"].get(w) or yw["units"].get(w) or 0
    return base + n if base else None


@lru_cache(maxsize=1)
def pattern() -> re.Pattern:
    """One regex for every time form the tagger normalises itself; named groups say which.

    Month names are matched case-sensitively (capitalised) so the modal "may" is never a
    month; a bare "May" needs a day or a year after it, or a preposition before it."""
    lx = lexicon()
    month = rf"(?:{_alt(lx['months'])})\.?"
    day = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = rf"(?:1[6-9][0-9][0-9]|20[0-9][0-9]|{spelled_year()})"
    wday = _alt(lx["weekdays"])
    part = _alt(lx["parts_of_day"])
    rel = _alt(lx["relative_days"])
    ana = _alt(lx["day_anaphora"])
    seasons = _alt(lx["seasons"])
    num = _alt(k for k in lx["number_words"]) + r"|\d+"
    mod = r"(?:(?i:early|late|mid|earlier in|later in|the end of|the start of|the beginning of)[- ])"
    forms = [
        # March 3, 2014 / March 3 / early March 3  (a range "March 1 to 3" keeps the first day)
        rf"(?P<md>{mod}?(?P<md_m>{month}) (?P<md_d>{day})\b(?:,? (?P<md_y>{year})\b)?)",
        # 3 March 2014 / 3 March
        rf"(?P<dm>(?P<dm_d>{day}) (?P<dm_m>{month})(?: (?P<dm_y>{year}))?\b)",
        # March 2014
        rf"(?P<my>{mod}?(?P<my_m>{month}),? (?P<my_y>{year})\b)",
        # the third quarter / third-quarter / last year's fourth quarter / the latest quarter
        rf"(?P<q>(?:(?P<q_mod>(?i:the|this|last|next|this year's|last year's|next year's)) )?(?P<q_o>(?i:{_alt(lx['ordinals'])}))[- ](?i:quarter)(?:(?: of)?,? (?P<q_y>{year}))?)\b",
        r"(?P<ql>(?i:(?:the )?(?P<ql_rel>latest|current|previous|past|this) quarter))\b",
        # this summer / last fall / the winter of 1994
        rf"(?P<sn>(?P<sn_mod>(?i:this past|this coming|this|last|next|early|late)) (?P<sn_s>(?i:{seasons})))\b",
        rf"(?P<sy>(?:(?i:the) )?(?P<sy_s>(?i:{seasons}))(?: of)?,? (?P<sy_y>{year}))\b",
        # the 1970s / the late 1990s / the nineties; the 20th century
        r"(?P<dec>(?:(?i:the) )?(?:(?P<dec_mod>(?i:early|mid|late))[- ])?(?P<dec_y>1[5-9]\d0|20\d0)'?s)\b",
        rf"(?P<dw>(?i:the) (?:(?i:early|mid|late)[- ])?(?P<dw_w>(?i:{_alt(lx['decade_words'])})))\b",
        r"(?P<cen>(?:(?i:the) )?(?P<cen_n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[- ](?i:century))\b",
        # last/next/this week|month|year; earlier/later this month
        r"(?P<rp>(?i:(?P<rp_rel>last|next|this|earlier this|later this|the past|the coming) (?P<rp_u>week|month|year)))\b",
        # N days/weeks ago
        rf"(?P<ago>(?i:(?P<ago_n>{num}) (?P<ago_u>day|week|month|year)s? ago))\b",
        # last Thursday / early Friday / Thursday night / Thursday's
        rf"(?P<wd>(?:(?P<wd_mod>(?i:last|next|this|early|late|earlier|later|on)) )?(?P<wd_d>{wday})(?:'s)?(?: (?P<wd_p>{part}))?)\b",
        # in March / since April / last May / early March / November
        rf"(?P<mo>(?:(?P<mo_mod>(?i:in|since|by|until|till|through|last|next|this|early|late|mid|earlier in|later in|in early|in late|in mid|since early|since late|by early|by late|by mid))[- ])?(?P<mo_m>(?!May\b){month})(?!\.? ?\d|,? (?i:nineteen|twenty|eighteen|two thousand)\b))\b",
        r"(?P<may>(?P<may_mod>(?:in|since|by|until|last|next|early|late|mid|in early|in late|in mid)[- ])May)\b(?!\.? ?\d|,? (?i:nineteen|twenty|eighteen|two thousand)\b)",
        rf"(?P<rd>\b(?i:{rel}))\b",
        # now / recently / the future: TimeML's PRESENT_REF, PAST_REF, FUTURE_REF
        rf"(?P<ref>(?<!\bas )(?i:{_alt(lx['reference_words'])}))\b(?!\s+(?i:weeks?|months?|years?|days?|decades?|quarters?|century|centuries|several|few|\d))",
        rf"(?P<ana>\b(?i:{ana}))\b",
        # in 2014 / 1953
        rf"(?P<yr>(?:(?P<yr_mod>(?i:in|since|by|until|before|after|early|late|mid)) )?(?<![\d,.$])(?P<yr_y>{year})(?!\d|,\d|-year))\b",
    ]
    return re.compile(r"\b(?:" + "|".join(forms) + ")")
