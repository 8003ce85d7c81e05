"""CAMEO codes for PLOVER events, so events can be exported for CAMEO-based tools.

``cameo_code(event) -> str | None`` picks the most fitting CAMEO event code for an event's
PLOVER type, mode and contexts from ``eventwire/data/cameo_plover.tsv`` (derived from the
PLOVER project's CAMEO2PLOVER table, CC BY-SA 4.0):

1. a code whose ``best_for`` names the event's ``TYPE/mode`` (ASSAULT/aerial → 195);
2. else, among the codes the table maps to that type (and mode, when the table has it), the
   one sharing most contexts with the event (AID with context humanitarian → 073), the more
   general (shorter) code on ties;
3. else the type's default (``TYPE/*``: ASSAULT → 190).

The table is read once, on first use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).resolve().parent.parent / "data" / "cameo_plover.tsv"


@dataclass(frozen=True)
class CameoRow:
    code: str
    type: str
    mode: str
    contexts: frozenset[str]
    label: str


@dataclass
class CameoTable:
    rows: list[CameoRow]
    best: dict[tuple[str, str], str]    # (TYPE, mode or "*") -> code

    def by_code(self, code: str) -> CameoRow | None:
        return next((r for r in self.rows if r.code == code), None)


@lru_cache(maxsize=1)
def table() -> CameoTable:
    rows, best = [], {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        c = (line.split("\t") + [""] * 6)[:6]
        rows.append(CameoRow(c[0], c[1], c[2], frozenset(x for x in c[3].split("|") if x), c[4]))
        for pair in c[5].split("|"):
            if "/" in pair:
                ptype, mode = pair.split("/", 1)
                best.setdefault((ptype, mode), c[0])
    return CameoTable(rows, best)


def _get(event: Any, name: str):
    return event.get(name) if isinstance(event, dict) else getattr(event, name, None)


def cameo_code(event: Any) -> str | None:
    """The CAMEO code for an ``Event`` (or an event dict with type, mode, contexts)."""
    ptype = (_get(event, "type") or "").upper()
    mode = _get(event, "mode") or ""
    contexts = set(_get(event, "contexts") or ())
    t = table()
    if mode and (ptype, mode) in t.best:
        return t.best[(ptype, mode)]
    same_type = [r for r in t.rows if r.type == ptype]
    if not same_type:
        return None
    pool = [r for r in same_type if mode and r.mode == mode] or same_type
    if contexts:
        scored = [(len(r.contexts & contexts), r) for r in pool]
        top = max(s for s, _ in scored)
        if top > 0:
            return min((r for s, r in scored if s == top), key=lambda r: (len(r.code), r.code)).code
    if (ptype, "*") in t.best:
        return t.best[(ptype, "*")]
    return min(pool, key=lambda r: (len(r.code), r.code)).code


def cameo_label(code: str) -> str | None:
    """The CAMEO label of a code ("195" → "Employ aerial weapons")."""
    row = table().by_code(code)
    return row.label if row else None
