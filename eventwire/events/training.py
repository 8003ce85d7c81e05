"""Fit the event filter (filter.py) on annotated articles: ``eventwire train FILE…``.

Annotations are JSONL in either of two forms:

- sentences, as in the CC0 eventwire-train set: ``{"id", "text", "published", "events":
  [{"type", "status", "trigger", "source": {"text", "country", "sector"}, "target": …}]}``;
- articles, as in FORMAT.md's gold: ``{"id", "raw", "published", "events": [{"type",
  "source": {"name", "country", "sector"}, "target": …, "evidence": "…"}]}``.

The rules propose candidates for each text (the pipeline without its filter); a candidate is
a positive example when it matches an annotated event by the scorer's own matching
(``eval.score.match_events``: same type, same source country or name, same target country
where one is annotated, either way round for mutual acts, evidence covered), one to one.  A logistic regression
over the candidates' features is fitted with scikit-learn (imported only here), and the
threshold is the one that maximises cross-validated event F1, counting annotated events the
rules never proposed as missed.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Iterable

from ..eval.score import match_events
from ..model import Article, Extraction, InputError
from .filter import features, group_siblings
from .logistic import fitted_weights


@dataclass
class Example:
    features: list[str]
    label: int
    group: int          # index of the annotated text it came from (for cross-validation)


def read_annotations(paths: Iterable[str | Path]) -> list[dict]:
    """Annotated records from JSONL files (InputError names the file and line of a bad one)."""
    from ..eval.run import read_jsonl

    records = []
    for path in paths:
        for n, rec in enumerate(read_jsonl(Path(path)), 1):
            if not isinstance(rec.get("events"), list) or not (rec.get("text") or rec.get("raw")):
                raise InputError(f"{path}, record {n}: needs 'text' or 'raw' and an 'events' list")
            records.append(rec)
    return records


def _article(rec: dict, i: int) -> Article:
    pub = rec.get("published")
    try:
        pub = date.fromisoformat(pub) if pub else None
    except ValueError:
        pub = None
    return Article(id=str(rec.get("id", i)), raw=rec.get("raw") or rec["text"], published=pub)


def as_scored(g: dict) -> dict:
    """An annotation in the scorer's form: the CC0 sentences name the trigger where the gold
    articles give the evidence, and actors by their text where the gold gives a name."""
    def actor(x: dict | None) -> dict | None:
        return None if x is None else {**x, "name": x.get("name") or x.get("text")}
    return {**g, "evidence": g.get("evidence") or g.get("trigger") or "",
            "source": actor(g.get("source")), "target": actor(g.get("target"))}


def label(ex: Extraction, gold_events: list[dict]) -> tuple[list[int], int]:
    """One-to-one labels for the candidates, matched as the scorer matches events; also how
    many annotated events none matched."""
    m = match_events([as_scored(g) for g in gold_events], [e.to_dict() for e in ex.events])
    labels = [0] * len(ex.events)
    for _, p in m.pairs:
        labels[p] = 1
    return labels, m.fn


def candidates(pipeline, records: list[dict]) -> tuple[list[Example], int]:
    """Run the rules (no filter) over the annotated texts; label every candidate event."""
    examples, unproposed, gid = [], 0, 0
    sentences = [r for r in records if r.get("text") and not r.get("raw")]
    articles = [r for r in records if r.get("raw")]
    for group, clean in ((sentences, False), (articles, True)):
        if not group:
            continue
        results = pipeline.run((_article(r, i) for i, r in enumerate(group)), clean=clean)
        for i, (rec, ex) in enumerate(zip(group, results)):
            if not isinstance(ex, Extraction):
                continue
            labels, missed = label(ex, [g for g in rec["events"] if not g.get("optional")])
            unproposed += missed
            gid += 1
            for ev, n, y in zip(ex.events, group_siblings(ex.events), labels):
                examples.append(Example(features(ev, n), y, gid))
    return examples, unproposed


def _f1(scores, labels, threshold: float, unproposed: int) -> float:
    tp = sum(1 for s, y in zip(scores, labels) if s >= threshold and y)
    fp = sum(1 for s, y in zip(scores, labels) if s >= threshold and not y)
    fn = sum(1 for s, y in zip(scores, labels) if s < threshold and y) + unproposed
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit(examples: list[Example], unproposed: int, c: float = 0.5, folds: int = 5, seed: int = 0) -> dict:
    """Fit the logistic regression; pick the threshold by cross-validated F1."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    if len({e.label for e in examples}) < 2:
        raise InputError("the annotations give no positive or no negative candidate to learn from")
    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in e.features} for e in examples])
    y = [e.label for e in examples]
    groups = [e.group for e in examples]
    cv_scores = [0.0] * len(y)
    n_folds = min(folds, len(set(groups)))
    for train_i, test_i in GroupKFold(n_splits=n_folds).split(X, y, groups):
        m = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(X[train_i], [y[i] for i in train_i])
        for i, p in zip(test_i, m.predict_proba(X[test_i])[:, 1]):
            cv_scores[i] = float(p)
    thresholds = [t / 100 for t in range(5, 96)]
    best = max(thresholds, key=lambda t: (_f1(cv_scores, y, t, unproposed), -abs(t - 0.5)))
    model = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(X, y)
    weights = fitted_weights(vec, model)
    return {
        "about": "eventwire event filter: logistic regression over candidate-event features "
                 "(eventwire/events/filter.py), fitted by `eventwire train`",
        "threshold": best,
        "C": c,
        "candidates": len(y),
        "positives": sum(y),
        "unproposed_events": unproposed,
        "cv_f1_at_threshold": round(_f1(cv_scores, y, best, unproposed), 4),
        "cv_f1_without_filter": round(_f1([1.0] * len(y), y, 0.5, unproposed), 4),
        "weights": dict(sorted(weights.items())),
    }


def train(pipeline, paths: list[str | Path], c: float = 0.5) -> dict:
    records = read_annotations(paths)
    examples, unproposed = candidates(pipeline, records)
    model = fit(examples, unproposed, c=c)
    model["trained_on"] = [Path(p).name for p in paths]
    model["texts"] = len(records)
    return model
