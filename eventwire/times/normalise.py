"""Turn one matched time expression into a value, given the publication date and whether
its clause speaks of the future ("will meet on Monday") or the past.

Values: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or None.  News conventions: a bare weekday is
the most recent such day on or before publication, or the next one after it when the verb
is future; a month-day without a year is in the year that puts it nearest the publication
date on the side the tense points to; a bare month is the most recent one (the next one in
a future clause).
"""
from __future__ import annotations

import datetime as dt
import re

from .lexicon import lexicon, year_number

PAST, FUTURE = "past", "future"
# forms whose value is not a day, month or year (quarters, seasons, decades, centuries, "now")
TIMEML_ONLY = {"q": "quarter", "ql": "quarter, relative", "sn": "season, relative",
               "sy": "season of a year", "dec": "decade", "dw": "decade in words",
               "cen": "century", "ref": "reference to present, past or future"}


def _month_no(name: str) -> int:
    return lexicon()["months"][name.rstrip(".")]


def _day_no(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def month_day(m: int, d: int, pub: dt.date, tense: str | None) -> dt.date | None:
    cands = [x for x in (_safe_date(pub.year + k, m, d) for k in (-1, 0, 1)) if x]
    if not cands:
        return None
    if tense == FUTURE:
        after = [x for x in cands if x >= pub]
        return min(after) if after else max(cands)
    if tense == PAST:
        before = [x for x in cands if x <= pub]
        return max(before) if before else min(cands)
    return min(cands, key=lambda x: abs((x - pub).days))


def weekday(target: int, pub: dt.date, tense: str | None, mod: str | None) -> dt.date:
    mod = (mod or "").lower()
    if mod == "next" or (tense == FUTURE and mod != "last"):
        ahead = (target - pub.weekday()) % 7
        if mod == "next" and ahead == 0:
            ahead = 7          # "will meet Friday" in Friday's paper is that day
        return pub + dt.timedelta(days=ahead)
    back = (pub.weekday() - target) % 7
    if mod == "last" and back == 0:
        back = 7
    return pub - dt.timedelta(days=back)


def value(m: re.Match, pub: dt.date | None, tense: str | None,
          previous_day: str | None = None) -> tuple[str | None, str]:
    """(value, rule) of one match of ``lexicon.pattern()``."""
    g = m.groupdict()
    lx = lexicon()
    if g["md"] or g["dm"]:
        k = "md" if g["md"] else "dm"
        mo, d, y = _month_no(g[k + "_m"]), _day_no(g[k + "_d"]), g[k + "_y"]
        if y:
            x = _safe_date(year_number(y), mo, d)
            return (x.isoformat() if x else None), "month day year"
        if pub is None:
            return None, "month day without year or publication date"
        x = month_day(mo, d, pub, tense)
        return (x.isoformat() if x else None), f"month day, year from publication ({tense or 'nearest'})"
    if g["my"]:
        return _ym(year_number(g["my_y"]), _month_no(g["my_m"])), "month year"
    if g["yr"]:
        y = year_number(g["yr_y"])
        return (str(y) if y else None), "year"
    for k in ("q", "ql", "sn", "sy", "dec", "dw", "cen", "ref"):
        if g[k]:       # not a day, month or year: the TimeML value is in explain (timeml.py)
            return None, TIMEML_ONLY[k]
    if pub is None:
        return None, "relative expression without publication date"
    if g["rp"]:
        rel, unit = g["rp_rel"].lower(), g["rp_u"].lower()
        step = {"last": -1, "next": 1, "the coming": 1, "the past": None}.get(rel, 0)
        if step is None:
            return None, "period ending at publication"
        if unit == "year":
            return str(pub.year + step), f"{rel} year"
        if unit == "month":
            return _ym(*_shift_month(pub.year, pub.month, step)), f"{rel} month"
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
        return monday.isoformat(), f"{rel} week (its Monday)"
    if g["ago"]:
        n = lx["number_words"].get(g["ago_n"].lower()) if not g["ago_n"].isdigit() else int(g["ago_n"])
        if not n:
            return None, "vague count ago"
        unit = g["ago_u"].lower()
        if unit == "month":
            return _ym(*_shift_month(pub.year, pub.month, -n)), "months ago"
        if unit == "year":
            return str(pub.year - n), "years ago"
        return (pub - dt.timedelta(days=n * lx["units_days"][unit])).isoformat(), f"{unit}s ago"
    if g["wd"]:
        mod = g["wd_mod"]
        t = FUTURE if (mod or "").lower() == "next" else tense
        return weekday(lx["weekdays"][g["wd_d"]], pub, t, mod).isoformat(), f"weekday ({t or 'past'})"
    if g["mo"] or g["may"]:
        k = "mo" if g["mo"] else "may"
        mo = _month_no(g[k + "_m"]) if k == "mo" else 5
        mod = (g[k + "_mod"] or "").lower().split()
        if "this" in mod:
            y = pub.year
        elif "next" in mod or (tense == FUTURE and "last" not in mod and "since" not in mod):
            y = pub.year if mo >= pub.month else pub.year + 1
        elif "last" in mod:
            y = pub.year if mo < pub.month else pub.year - 1
        elif tense == PAST or "since" in mod:
            y = pub.year if mo <= pub.month else pub.year - 1
        else:   # tense unknown: the nearest such month ("payable in December", in November)
            y = min((pub.year - 1, pub.year, pub.year + 1),
                    key=lambda yy: abs((yy * 12 + mo) - (pub.year * 12 + pub.month)))
        return _ym(y, mo), "month, year from publication"
    if g["rd"]:
        key = " ".join(g["rd"].lower().split())
        return (pub + dt.timedelta(days=lx["relative_days"][key])).isoformat(), "relative day"
    if g["ana"]:
        return previous_day, "the day last named"
    return None, "unknown"
