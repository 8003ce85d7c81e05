"""Event annotations of sentences or short texts, as in the CC0 eventwire-train set:
``eventwire eval FILE.jsonl`` scores the event coder against a user's own annotations.

One JSON object a line: ``{"id", "text", "published"?, "events": [{"type", "status",
"trigger", "source": {"text", "country", "sector"}, "target": {…} or null}]}`` — ``text`` in
place of the gold articles' ``raw``.  Each text goes through the pipeline as it is (no
cleaning: a lone sentence is no web page).  Events are matched exactly as the gold articles'
events are (``eval.score``, via ``events.training.as_scored``: the trigger stands for the
evidence, the actor's text for its name), so the figures mean what the gold figures mean:
event precision, recall, F1, type-only and actors-only F1, status accuracy over matched events.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..model import Extraction
from .score import figures, score

NAME = "annotations"
# dates and places are not annotated on these texts: their accuracies would mean nothing
FIGURES = ("event_precision", "event_recall", "event_f1", "event_type_only_f1",
           "event_actors_only_f1", "event_status_acc")


def detect(path: Path) -> bool:
    """JSONL whose first record has ``text`` and an ``events`` list but no ``raw``/``html``."""
    path = Path(path)
    if not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return (isinstance(rec, dict) and isinstance(rec.get("text"), str)
                        and isinstance(rec.get("events"), list) and not rec.get("raw") and not rec.get("html"))
    return False


def predict(pipeline, records: list[dict]) -> dict[str, dict]:
    """The pipeline's output for each annotated text, by id, in the prediction format."""
    from ..events.training import _article

    arts = [_article(r, i) for i, r in enumerate(records)]
    for a, r in zip(arts, records):
        a.text = r["text"]
    return {str(r["id"]): (ex.to_dict() if isinstance(ex, Extraction) else {})
            for r, ex in zip(records, pipeline.run(arts, clean=False))}


def score_annotations(records: list[dict], predictions: dict[str, dict], detail: bool = False) -> dict:
    """Event figures of `predictions` against annotated `records` (the gold scorer's matching)."""
    from ..events.training import as_scored

    gold = [{"id": str(r["id"]), "events": [as_scored(e) for e in r["events"]]} for r in records]
    s = score(gold, predictions, detail=detail)
    figs = figures(s.counts)
    out: dict = {"benchmark": "annotations", "texts": len(records),
                 "events": sum(1 for g in gold for e in g["events"] if not e.get("optional"))}
    out.update({k: figs[k] for k in FIGURES})
    if detail:
        out["detail"] = s.detail
    return out


def evaluate(pipeline, path: Path, detail: bool = False, **_) -> dict:
    from ..events.training import read_annotations

    records = read_annotations([path])
    return score_annotations(records, predict(pipeline, records), detail=detail)
