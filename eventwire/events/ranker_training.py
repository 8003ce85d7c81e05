"""Fit the fallback-target ranker (target_ranker.py) on annotated texts:
``eventwire train FILE… --target-ranker --out target_ranker.json``.

The rules run with the hand-made order and record, for every guessed target, all its
candidates with their features.  A candidate is right when the event, with that candidate
as its target, matches an annotated event by the scorer's own matching (the one the event
matched as it was, or one no event matched).
"""
from __future__ import annotations

from pathlib import Path

from ..eval.score import event_matches, match_events
from ..model import Extraction
from .training import _article, as_scored, read_annotations
from .target_ranker import fit_ranker


def _coder(pipeline):
    for name, stage in pipeline.stages:
        if name == "events":
            return stage
    raise ValueError("the pipeline has no events stage")


def candidate_groups(pipeline, records: list[dict]) -> list[list[tuple[list[str], int]]]:
    """For every guessed target of the rules on the annotated texts: its candidates'
    features and whether each is right."""
    coder = _coder(pipeline)
    saved = coder.target_ranker
    coder.target_ranker, coder.candidate_log = None, []
    groups = []
    try:
        for group, clean in (([r for r in records if r.get("text") and not r.get("raw")], False),
                             ([r for r in records if r.get("raw")], True)):
            if not group:
                continue
            arts = [_article(r, i) for i, r in enumerate(group)]
            if not clean:
                for a, r in zip(arts, group):
                    a.text = r["text"]
            coder.candidate_log.clear()
            for rec, ex in zip(group, pipeline.run(arts, clean=clean)):
                log, coder.candidate_log[:] = list(coder.candidate_log), []
                if isinstance(ex, Extraction):
                    groups.extend(_label(ex, [as_scored(g) for g in rec["events"] if not g.get("optional")], log))
    finally:
        coder.target_ranker, coder.candidate_log = saved, None
    return groups


def _label(ex: Extraction, gold: list[dict], log: list[dict]):
    pred = [e.to_dict() for e in ex.events]
    m = match_events(gold, pred)
    matched = {p: g for g, p in m.pairs}
    missed = [gold[i] for i in m.missed_gold]
    for i, ev in enumerate(ex.events):
        if not str((ev.explain.get("path") or {}).get("target") or "").startswith("fallback:"):
            continue
        entry = next((x for x in reversed(log) if x["trigger_i"] == ev.trigger_i and x["source"] is ev.source
                      and any(c is ev.target for c, _ in x["candidates"])), None)
        if entry is None:
            continue
        pool = missed + ([gold[matched[i]]] if i in matched else [])
        out = []
        for cand, feats in entry["candidates"]:
            alt = {**pred[i], "target": cand.to_dict()}
            out.append((feats, int(any(event_matches(g, alt) for g in pool))))
        yield out


def train_ranker(pipeline, paths: list[str | Path], c: float = 0.5) -> dict:
    records = read_annotations(paths)
    model = fit_ranker(list(candidate_groups(pipeline, records)), c=c)
    model["trained_on"] = [Path(p).name for p in paths]
    model["texts"] = len(records)
    return model
