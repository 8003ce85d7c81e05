"""Pairwise precision and recall of the store's event grouping against a true grouping.

The truth names, per article, a stretch of the sentence reporting an event, its type and
the real-world event it reports.  Each stored mention in that article whose sentence holds
that stretch and whose type agrees takes that event as its true label; mentions without a
label are not scored.  Over all pairs of labelled mentions: precision is the share of pairs
the store put in one event that truly are one event, recall the share of true pairs the
store put together (the usual pairwise measure for clustering, as in entity resolution).
"""
from __future__ import annotations

from itertools import combinations

from sqlalchemy import select

from .schema import articles, event_mentions


def labelled_mentions(store, reports: list[dict]) -> list[tuple[int, str, dict]]:
    """(stored event id, true event, the report) for every stored mention the truth labels."""
    em = event_mentions
    with store.engine.connect() as conn:
        rows = conn.execute(select(em.c.id, em.c.event_id, em.c.type, em.c.evidence, articles.c.ext_id)
                            .join(articles, articles.c.id == em.c.article_id)).mappings().all()
    by_article: dict[str, list] = {}
    for r in rows:
        by_article.setdefault(r["ext_id"], []).append(r)
    out = []
    for rep in reports:
        for r in by_article.get(rep["article"], []):
            if r["type"] == rep["type"] and rep["sentence"] in r["evidence"]:
                out.append((r["event_id"], rep["event"], rep))
    return out


def pairwise(pairs: list[tuple]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over all pairs of
    (predicted cluster, true cluster, …) items."""
    tp = fp = fn = 0
    for (p1, g1, *_), (p2, g2, *_) in combinations(pairs, 2):
        same_pred, same_gold = p1 == p2, g1 == g2
        tp += same_pred and same_gold
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp, fp, fn


def pairwise_scores(store, reports: list[dict]) -> dict:
    labelled = labelled_mentions(store, reports)
    tp, fp, fn = pairwise(labelled)
    found = {rep["article"] + "|" + rep["sentence"] for _, _, rep in labelled}
    return {
        "pairwise_precision": tp / (tp + fp) if tp + fp else 1.0,
        "pairwise_recall": tp / (tp + fn) if tp + fn else 1.0,
        "true_pairs": tp + fn, "predicted_pairs": tp + fp,
        "reports": len(reports), "reports_found": len(found), "mentions_labelled": len(labelled),
    }
