"""The grouping of PLOVER types the web views use (cooperation vs conflict, negotiation
steps), read once from ``eventwire/data/web/event_classes.json``."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class NegotiationRule:
    kind: str
    type: str
    statuses: frozenset[str] = frozenset()
    trigger_cues: frozenset[str] = frozenset()

    def matches(self, type_: str, status: str | None, trigger: str | None) -> bool:
        if type_ != self.type:
            return False
        if self.statuses and status not in self.statuses:
            return False
        if self.trigger_cues:
            first = (trigger or "").split()[:1]
            if not first or first[0].casefold() not in self.trigger_cues:
                return False
        return True


@dataclass(frozen=True)
class EventClasses:
    quad_of: dict[str, str]                 # PLOVER type -> quad class
    side_of_quad: dict[str, str]            # quad class -> cooperation | conflict
    negotiation: tuple[NegotiationRule, ...]
    negotiation_order: tuple[str, ...]

    def side(self, type_: str) -> str | None:
        q = self.quad_of.get(type_)
        return self.side_of_quad.get(q) if q else None

    def types_on(self, side: str) -> list[str]:
        return sorted(t for t, q in self.quad_of.items() if self.side_of_quad.get(q) == side)

    @property
    def negotiation_types(self) -> list[str]:
        return sorted({r.type for r in self.negotiation})

    def negotiation_kind(self, type_: str, status: str | None, trigger: str | None) -> str | None:
        """The first rule that fits decides (rules go from narrow to broad)."""
        for rule in self.negotiation:
            if rule.matches(type_, status, trigger):
                return rule.kind
        return None


@lru_cache(maxsize=1)
def event_classes() -> EventClasses:
    raw = json.loads(resources.files("eventwire").joinpath("data/web/event_classes.json")
                     .read_text(encoding="utf-8"))
    quad_of = {t: q for q, types in raw["quad"].items() for t in types}
    rules = tuple(NegotiationRule(r["kind"], r["type"], frozenset(r.get("statuses", ())),
                                  frozenset(c.casefold() for c in r.get("trigger_cues", ())))
                  for r in raw["negotiation"])
    return EventClasses(quad_of, dict(raw["side"]), rules, tuple(raw["negotiation_order"]))
