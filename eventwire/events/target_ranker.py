"""The learned ranker of guessed ("fallback") targets.

When the parse names no target for an event, the coder guesses one among the resolved actor
mentions of the clause, the sentence and the sentence before (``EventCoder._salient_other``).
The hand-made order (another country first, then the clause before the sentence, then the
nearest) is right about half the time: it takes the place where a meeting was held, the
speaker who reports the act, a third party of a background clause.  This ranker scores each
candidate with a logistic regression over features of how the candidate sits in the parse
relative to the trigger and the source (its dependency relation and governing preposition,
whether it names a place, reports the sentence, lies inside the trigger's clause, shares the
source's country, how far it is) plus whether the hand-made order would have chosen it, and
the best-scoring candidate is taken.

The weights ship as JSON (``eventwire/data/target_ranker.json``), fitted by
``eventwire train --target-ranker`` (``fit_ranker`` below, scikit-learn imported only there) on
the CC0 eventwire-train sentences: for every guessed target of the rules, each candidate is
a positive example when the event with that candidate as target matches an annotated event
by the scorer's own matching, a negative one otherwise; events whose candidates are all
right or all wrong teach nothing and are left out.
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from ..model import Actor
from .logistic import fitted_weights, load_model, probability

DEFAULT_MODEL = "target_ranker.json"
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
PRONOUNS = frozenset("he she it they we him her them us his its their".split())


def mention_root(doc: Doc, m: Actor) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _tree_distance(a: Token, b: Token) -> int:
    """Dependency steps between two tokens of one sentence (through their lowest common head)."""
    up = {}
    x, n = a, 0
    while True:
        up[x.i] = n
        if x.head.i == x.i or n > 30:
            break
        x, n = x.head, n + 1
    y, m = b, 0
    while y.i not in up and y.head.i != y.i and m < 30:
        y, m = y.head, m + 1
    return up.get(y.i, 30) + m


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def candidate_features(doc: Doc, m: Actor, where: int, trig: Token, source: Actor, typ: str,
                       first: bool, reporting_verbs: frozenset[str], locative_preps: frozenset[str]) -> list[str]:
    """String features of candidate target ``m`` of the event triggered by ``trig``;
    ``where`` is 0 inside the trigger's clause, 1 elsewhere in the sentence, 2 in the
    sentence before; ``first`` says whether the hand-made order puts it first."""
    same = bool(source is not None and source.country and m.country == source.country)
    f = ["bias", f"where={where}", f"same_country={same}", f"first={first}",
         f"sector={m.sector or 'none'}", f"kind={m.kind or 'none'}",
         f"pronoun={m.text.lower() in PRONOUNS}",
         f"igo={m.country == 'IGO'}"]
    if m.explain.get("rule") == "state_as_place":
        f.append("state_as_place")
    root = mention_root(doc, m)
    if root is None:
        return f + ["noroot"]
    f.append(f"side={'before' if root.i < trig.i else 'after'}")
    f.append(f"ent={root.ent_type_ or 'none'}")
    place = root.ent_type_ in PLACE_ENTS
    dep = root.dep_
    f.append(f"dep={dep}")
    if dep == "pobj":
        prep = root.head.lower_
        f.append(f"prep={prep}")
        if prep in locative_preps:
            f.append("locative")
            f.append(f"locative|place={place}")
            f.append(f"type|locative={typ}")
    if dep in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in reporting_verbs:
        f.append("speaker")       # "..., the ministry said": who reports the act
    if dep == "nsubj" and root.head.dep_ == "ROOT":
        f.append("main_subject")
    if root.sent.start == trig.sent.start:
        d = _tree_distance(trig, root)
        f.append(f"tree={_bucket(d, (1, 2, 3, 5))}")
        if root.head.i == trig.i or (root.head.head.i == trig.i and root.head.dep_ in ("prep", "agent")):
            f.append("governed_by_trigger")
        if any(t.i == trig.i for t in root.ancestors):
            f.append("under_trigger")
        if any(t.i == root.i for t in trig.ancestors):
            f.append("above_trigger")
    gap = abs(root.i - trig.i)
    f.append(f"gap={_bucket(gap, (2, 5, 10, 20))}")
    return f


class TargetRanker:
    """Scores candidate targets; the shipped weights unless a model path or dict is given."""

    def __init__(self, model: str | Path | dict | None = None):
        data = load_model(model, DEFAULT_MODEL)
        self.weights: dict[str, float] = data["weights"]

    def score(self, feats: list[str]) -> float:
        return probability(self.weights, feats)


def fit_ranker(groups: list[list[tuple[list[str], int]]], c: float = 0.5, seed: int = 0) -> dict:
    """Fit the ranker on candidate groups (one per guessed target: features and 0/1 label of
    each candidate); only groups with both right and wrong candidates are used.  Reports the
    share of such groups whose best-scoring candidate is right, in 5-fold cross-validation,
    beside the hand-made order's share."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold

    useful = [g for g in groups if len({y for _, y in g}) == 2]
    if not useful:
        raise ValueError("no guessed target with both a right and a wrong candidate")
    vec = DictVectorizer()
    vec.fit([{x: 1 for x in feats} for g in useful for feats, _ in g])

    def xy(gs):
        rows = [(feats, y) for g in gs for feats, y in g]
        return vec.transform([{x: 1 for x in feats} for feats, _ in rows]), [y for _, y in rows]

    hits = 0
    for train_i, test_i in KFold(n_splits=min(5, len(useful)), shuffle=True, random_state=seed).split(useful):
        X, y = xy([useful[i] for i in train_i])
        model = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(X, y)
        for i in test_i:
            Xg, yg = xy([useful[i]])
            p = model.predict_proba(Xg)[:, 1]
            hits += yg[max(range(len(yg)), key=lambda k: p[k])]
    baseline = sum(next((y for feats, y in g if "first=True" in feats), 0) for g in useful)
    X, y = xy(useful)
    model = LogisticRegression(C=c, max_iter=2000, random_state=seed).fit(X, y)
    weights = fitted_weights(vec, model)
    return {
        "about": "eventwire fallback-target ranker: logistic regression over features of each "
                 "candidate target (eventwire/events/target_ranker.py), fitted by "
                 "`eventwire train --target-ranker`; the best-scoring candidate is taken",
        "C": c,
        "guesses": len(groups),
        "informative_guesses": len(useful),
        "candidates": len(y),
        "cv_top1_right": round(hits / len(useful), 4),
        "hand_order_top1_right": round(baseline / len(useful), 4),
        "weights": dict(sorted(weights.items())),
    }
