"""Cross-article deduplication: does this event mention report an event already stored?

Two mentions report the same real-world event when they agree on
  * the PLOVER type;
  * the date, within a window (``DATE_WINDOW_DAYS``: outlets date the same strike "on
    Tuesday", "yesterday" or by its publication day) — only day-precise dates are compared;
  * the actors: each of source and target either agrees (same country code, or the same
    name when there is no country) or is missing on one side — never two different actors —
    and at least one actor agrees, so type + date alone never merges.  For symmetric types
    (two parties meeting or agreeing) source and target may be swapped;
  * the place: two places resolved from the text must lie within ``PLACE_RADIUS_KM`` (a
    shelling of Kharkiv and one of Kherson on the same day are two events); places from
    different countries never merge.
  * one exception to the actor rule: when both reports place the event, from their text,
    in the same spot, and one actor agrees, the other may differ — outlets name the
    victim of the same strike differently ("Ukraine", "civilians", "the city"), and actor
    resolution errs more often than the same type, day, place and attacker coincide.
Of several stored events that agree, the one with the most agreeing actors, then the
nearest date, then the most mentions wins.  The merge decision and its reasons are kept in
the mention's ``dedup`` column, so every grouping can be explained.
"""
from __future__ import annotations

import datetime as dt
import math
from typing import Iterable

DATE_WINDOW_DAYS = 1
PLACE_RADIUS_KM = 60.0
# Types whose two parties play the same part, so "A met B" and "B met A" are one event.
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def date_window(value: str | None) -> tuple[str, str] | None:
    """The ISO bounds of the window around a day-precise date (None for coarser dates)."""
    d = day(value)
    if d is None:
        return None
    w = dt.timedelta(days=DATE_WINDOW_DAYS)
    return (d - w).isoformat(), (d + w).isoformat()


def actor_key(row: dict, prefix: str) -> str | None:
    """What identifies an actor across articles: its country (the level outlets agree on:
    "Russian forces", "Moscow" and "the Kremlin" are all RUS), else its name."""
    country = row.get(f"{prefix}_country")
    if country:
        return country
    name = row.get(f"{prefix}_name")
    return name.strip().lower() if name else None


def _agree(a: str | None, b: str | None) -> int | None:
    """1 when both are known and equal, 0 when either is unknown, None when they differ."""
    if a is None or b is None:
        return 0
    return 1 if a == b else None


def _actor_score(m: dict, c: dict, swapped: bool) -> int | None:
    ms, mt = actor_key(m, "source"), actor_key(m, "target")
    if swapped:
        ms, mt = mt, ms
    s = _agree(ms, actor_key(c, "source"))
    t = _agree(mt, actor_key(c, "target"))
    if s is None or t is None:
        return None
    return s + t


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def same_spot(m: dict, c: dict) -> bool:
    """Both reports place the event, from their own text, within the radius."""
    if m.get("place_basis") != "text" or None in (m.get("lat"), m.get("lon"), c.get("lat"), c.get("lon")):
        return False
    return _km(m["lat"], m["lon"], c["lat"], c["lon"]) <= PLACE_RADIUS_KM


def _one_conflict(m: dict, c: dict) -> bool:
    """Exactly one of source and target disagrees, and the other agrees."""
    pairs = [(actor_key(m, p), actor_key(c, p)) for p in ("source", "target")]
    agree = sum(1 for a, b in pairs if a is not None and a == b)
    differ = sum(1 for a, b in pairs if a is not None and b is not None and a != b)
    return agree == 1 and differ == 1


def places_agree(m: dict, c: dict) -> tuple[bool, str]:
    mc, cc = m.get("place_country"), c.get("place_country")
    if mc and cc and mc != cc:
        return False, f"place countries differ ({mc}, {cc})"
    if m.get("place_basis") == "text" and None not in (m.get("lat"), m.get("lon"), c.get("lat"), c.get("lon")):
        km = _km(m["lat"], m["lon"], c["lat"], c["lon"])
        if km > PLACE_RADIUS_KM:
            return False, f"places {km:.0f} km apart"
    return True, "places agree"


def best_match(mention: dict, candidates: Iterable[dict]) -> tuple[dict | None, dict]:
    """The stored event this mention reports, if any, and why (a dict for ``explain``)."""
    md = day(mention.get("date"))
    if md is None:
        return None, {"merged": False, "reason": "no day-precise date"}
    best, best_rank, why = None, None, {"merged": False, "reason": "no stored event agrees"}
    for c in candidates:
        if c["type"] != mention["type"]:
            continue
        cd = day(c.get("date"))
        if cd is None or abs((cd - md).days) > DATE_WINDOW_DAYS:
            continue
        score = _actor_score(mention, c, swapped=False)
        if score is None and mention["type"] in SYMMETRIC_TYPES:
            score = _actor_score(mention, c, swapped=True)
        relaxed = False
        if score is None and _one_conflict(mention, c) and same_spot(mention, c):
            score, relaxed = 1, True        # the exception above: same spot, one actor agrees
        if not score:                       # None: an actor conflicts; 0: none agrees
            continue
        ok, place_reason = places_agree(mention, c)
        if not ok:
            continue
        rank = (score, -abs((cd - md).days), c.get("num_mentions") or 1)
        if best_rank is None or rank > best_rank:
            best, best_rank = c, rank
            why = {"merged": True, "event_id": c["id"], "actors_agreeing": score,
                   "days_apart": abs((cd - md).days), "place": place_reason}
            if relaxed:
                why["actor_differs_same_spot"] = True
    return best, why
