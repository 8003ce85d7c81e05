"""The TimeML (TIMEX3 ``value``) reading of a time expression, kept in ``explain["timeml"]``.

``TimeExpression.value`` holds only what the data model allows (a day, a month or a year) so
that event dating can use it; TimeML says more, and this is where it is said:

- weeks: "last week" → ``1998-W08`` (ISO week; ``value`` keeps that week's Monday);
  "six weeks ago" → the ISO week of the day six weeks back;
- quarters: "the third quarter" → ``1989-Q3``; "the latest quarter" → the last complete one;
- seasons: "this summer" → ``1998-SU``, "last fall" → ``1997-FA``;
- decades and centuries: "the late 1970s" → ``197``, "the nineties" → ``199``, "the 20th
  century" → ``19``;
- "now", "recently", "the future" → ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.

Only a value that differs from ``value`` is returned (None otherwise).
"""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import lexicon, year_number
from .normalise import FUTURE, PAST

_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _mod_year(mod: str, pub: dt.date) -> int | None:
    mod = mod.lower()
    if mod.startswith("last"):
        return pub.year - 1
    if mod.startswith("next"):
        return pub.year + 1
    if mod.startswith("this"):
        return pub.year
    return None


def timeml_value(m: re.Match, value: str | None, pub: dt.date | None,
                 tense: str | None) -> str | None:
    g = m.groupdict()
    lx = lexicon()
    out = None
    if g["ref"]:
        out = lx["reference_words"][" ".join(g["ref"].lower().split())]
    elif g["cen"]:
        out = f"{int(g['cen_n']) - 1:02d}"
    elif g["dec"]:
        out = g["dec_y"][:3]
    elif g["dw"] and pub is not None:
        digit = lx["decade_words"][g["dw_w"].lower()]
        century = pub.year // 100 if digit <= (pub.year // 10) % 10 else pub.year // 100 - 1
        out = f"{century:02d}{digit}"
    elif g["sy"]:
        y = year_number(g["sy_y"])
        out = f"{y:04d}-{lx['seasons'][g['sy_s'].lower()]}" if y else None
    elif pub is None:
        return None
    elif g["sn"]:
        code = lx["seasons"][g["sn_s"].lower()]
        y = _mod_year(g["sn_mod"].split()[0], pub)
        if "past" in g["sn_mod"].lower():
            y = pub.year if _SEASON_MONTH[code] <= pub.month else pub.year - 1
        elif y is None:      # "early spring": this year's
            y = pub.year
        out = f"{y:04d}-{code}"
    elif g["q"]:
        n = lx["ordinals"][g["q_o"].lower()]
        y = year_number(g["q_y"]) if g["q_y"] else _mod_year((g["q_mod"] or "").split(" ")[0].split("'")[0], pub)
        if y is None:        # "the third quarter": this year's, unless it has not begun
            y = pub.year if n <= _quarter_of(pub) or tense == FUTURE else pub.year - 1
        out = f"{y:04d}-Q{n}"
    elif g["ql"]:
        rel = g["ql_rel"].lower()
        q, y = _quarter_of(pub), pub.year
        if rel in ("latest", "previous", "past"):    # the last complete quarter
            q, y = (q - 1, y) if q > 1 else (4, y - 1)
        out = f"{y:04d}-Q{q}"
    elif g["rp"] and g["rp_u"].lower() == "week" and value:
        out = _iso_week(dt.date.fromisoformat(value))
    elif g["ago"] and g["ago_u"].lower() == "week" and value:
        out = _iso_week(dt.date.fromisoformat(value))
    return out if out != value else None


__all__ = ["timeml_value", "PAST", "FUTURE"]
