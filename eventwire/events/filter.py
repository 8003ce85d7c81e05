"""The learned event filter: keeps or drops each event the rules propose.

The rules (coder.py) propose candidate events generously: every pair of parties in a
coordination, the clause's other actor when no target is named, an object that is only a
thing.  The filter scores each candidate with a logistic regression over features of how it
was found (trigger, pattern, parse paths, status, what kind of actors it joins) and drops
those below the threshold.  It is fitted by ``eventwire train`` (training.py) on annotated
sentences; the weights ship as JSON (``eventwire/data/event_filter.json``, fitted on the CC0
eventwire-train set), so extraction needs no machine-learning library, and a user can fit
their own on their own annotations and load it with ``Pipeline.load(event_filter=PATH)``.
The shipped filter is not on by default (``Pipeline.load(event_filter=True)`` or ``eventwire
extract --learned-filter`` switch it on): it gains on the dev articles but loses on PLV's
training sentences.

Every kept event carries its score and the threshold in ``explain["filter"]``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from ..model import Event, Extraction
from .logistic import load_model, probability

DEFAULT_MODEL = "event_filter.json"
PRONOUNS = frozenset("i we you he she it they me us him her them this that who which".split())


def _path_head(path: str | None) -> str:
    """The first step of a parse path ('nsubj>group:of' -> 'nsubj'; 'prep:against' -> 'prep:against')."""
    if not path:
        return "none"
    return path.split(">", 1)[0].split("(", 1)[0]


def _actor_features(prefix: str, actor) -> list[str]:
    if actor is None:
        return [f"{prefix}=none"]
    rule = str(actor.explain.get("rule", "")).split(":", 1)[0] if actor.explain else ""
    return [
        f"{prefix}.kind={actor.kind or 'none'}",
        f"{prefix}.sector={actor.sector or 'none'}",
        f"{prefix}.country={'yes' if actor.country else 'no'}",
        f"{prefix}.pronoun={actor.text.lower() in PRONOUNS}",
        f"{prefix}.rule={rule or 'mention'}",
    ]


def features(ev: Event, siblings: int, doc: Doc | None = None) -> list[str]:
    """String features of a candidate event; ``siblings`` is how many candidates share its trigger."""
    x = ev.explain or {}
    path = x.get("path") or {}
    sp, tp = _path_head(path.get("source")), _path_head(path.get("target"))
    trig = x.get("trigger") or (ev.trigger.text.lower() if ev.trigger else "")
    pattern = str(x.get("pattern", ""))
    f = [
        "bias",
        f"type={ev.type}",
        f"trigger={trig}",
        f"type|trigger={ev.type}|{trig}",
        f"noun={'/NOUN' in pattern}",
        f"status={ev.status}",
        f"type|status={ev.type}|{ev.status}",
        f"spath={sp}",
        f"tpath={tp}",
        f"type|tpath={ev.type}|{tp}",
        f"embedded={bool(x.get('embedding'))}",
        f"siblings={min(siblings, 4)}",
        f"others={bool(ev.others)}",
    ]
    f += _actor_features("src", ev.source)
    f += _actor_features("tgt", ev.target)
    if ev.source is not None and ev.target is not None:
        same = bool(ev.source.country) and ev.source.country == ev.target.country
        f.append(f"same_country={same}")
        f.append(f"type|same_country={ev.type}|{same}")
    if doc is not None and ev.trigger is not None and ev.source is not None and ev.source.start is not None:
        gap = abs(ev.trigger.start - ev.source.start)
        f.append(f"src_gap={'near' if gap < 40 else 'mid' if gap < 120 else 'far'}")
    return f


def group_siblings(events: list[Event]) -> list[int]:
    counts = Counter((e.evidence.start if e.evidence else None, e.trigger_i) for e in events)
    return [counts[(e.evidence.start if e.evidence else None, e.trigger_i)] for e in events]


class EventFilter:
    """Stage: score the events the rules proposed and drop the unlikely ones."""

    def __init__(self, model: str | Path | dict | None = None):
        data = load_model(model, DEFAULT_MODEL)
        self.weights: dict[str, float] = data["weights"]
        self.threshold: float = data.get("threshold", 0.5)
        self.about = {k: v for k, v in data.items() if k != "weights"}

    def score(self, feats: list[str]) -> float:
        return probability(self.weights, feats)

    def __call__(self, doc: Doc, ex: Extraction) -> None:
        kept = []
        for ev, n in zip(ex.events, group_siblings(ex.events)):
            p = self.score(features(ev, n, doc))
            if p >= self.threshold:
                ev.explain["filter"] = {"score": round(p, 3), "threshold": self.threshold}
                kept.append(ev)
        ex.events[:] = kept
