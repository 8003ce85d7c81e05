"""Sentence-level event-coding benchmarks, read from their published files (never shipped).

- PLV (Hu et al., ACL 2024; ``PLV_test.tsv``): one (sentence, marked source, marked target,
  PLOVER root) per row.  End to end: the sentence goes in alone; the prediction is the type of
  the predicted event whose source and target overlap the marked ones (largest overlap first).
  A row with no such event counts as wrong.  A row that marks no target (or no source) is
  matched by an event with no target (or source) there.  YIELD counts as CONCEDE or RETREAT.
- PLOVER gold-standard records (``PLOVER_GSR_CAMEO.json``): one event per record, with
  ISO3-coded source and target lists.  Event F1 over (type, source country, target country)
  triples per sentence; older label names are mapped to today's.
"""
from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from ..model import Article, Extraction
from ..pipeline import Pipeline
from .score import MUTUAL_TYPES

PLV_ROOT_ALIASES = {"YIELD": {"CONCEDE", "RETREAT"}}
GSR_LABELS = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
_MARK = re.compile(r"</?[st]>")


def _marked_spans(marked: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """Strip <s>…</s> and <t>…</t> from a marked sentence; return it and the marks' spans."""
    spans, opened, out, pos = {}, {}, [], 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        offset = sum(len(x) for x in out)
        tag = m.group()
        if tag.startswith("</"):
            spans[tag[2]] = (opened.pop(tag[2]), offset)
        else:
            opened[tag[1]] = offset
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(actor) -> tuple[int, int] | None:
    return (actor.start, actor.end) if actor is not None and actor.start is not None else None


def read_plv(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            sentence, spans = _marked_spans(r["marked_sentence"])
            rows.append({"uid": r.get("uid") or r.get("") or r.get("sentence_id"), "sentence": sentence, "root": r["gold_root"],
                         "source": spans.get("s"), "target": spans.get("t")})
    return rows


def _side_match(actor, mark: tuple[int, int] | None) -> int:
    """How well one side of an event fits a row's mark: characters of overlap; a row that marks
    nothing there ("the LNA lifted its blockade": no target) is fitted only by an absent actor."""
    if mark is None:
        return 1 if actor is None else 0
    return _overlap(_span(actor), mark)


def plv_prediction(ex: Extraction, source: tuple[int, int] | None, target: tuple[int, int] | None) -> str | None:
    best, best_key = None, (0, 0)
    for e in ex.events:
        s, t = _side_match(e.source, source), _side_match(e.target, target)
        if not (s and t) and e.type in MUTUAL_TYPES:
            # a mutual act has no direction (FORMAT.md; score_gsr reads it the same way)
            s, t = _side_match(e.target, source), _side_match(e.source, target)
        if s and t and (s + t) > best_key[0] + best_key[1]:
            best, best_key = e.type, (s, t)
    return best


def score_plv(pipeline: Pipeline, path: Path, limit: int | None = None) -> dict:
    rows = read_plv(path)[:limit]
    # one parse per unique sentence: several rows share a sentence with other actor pairs
    sentences = list(dict.fromkeys(r["sentence"] for r in rows))
    results = dict(zip(sentences, pipeline.run((Article(id=str(i), raw=s) for i, s in enumerate(sentences)),
                                               clean=False)))
    correct, confusion = 0, Counter()
    for r in rows:
        ex = results[r["sentence"]]
        pred = plv_prediction(ex, r["source"], r["target"]) if isinstance(ex, Extraction) else None
        ok = pred in PLV_ROOT_ALIASES.get(r["root"], {r["root"]})
        correct += ok
        confusion[(r["root"], pred)] += 1
    return {"benchmark": "PLV", "rows": len(rows), "root_accuracy": round(correct / max(1, len(rows)), 4),
            "no_event_found": sum(n for (g, p), n in confusion.items() if p is None),
            "top_confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common() if g != p
                               and not (p in PLV_ROOT_ALIASES.get(g, ()))][:12]}


def read_gsr(path: Path) -> list[dict]:
    records = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in records:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        out.append({"id": r["id"], "text": r["text"], "type": GSR_LABELS.get(r["event"], r["event"]),
                    "sources": _codes(r.get("source")), "targets": _codes(r.get("target"))})
    return out


def _codes(actors) -> list[str | None]:
    """ISO3 codes of a record's actor list; a few records hold "" or a stray word instead."""
    if not isinstance(actors, list):
        return [None]
    return [a.get("code") or None for a in actors if isinstance(a, dict)] or [None]


def _triple_matches(gold: tuple, pred: tuple) -> bool:
    """Type and source country equal, and the target where gold has one (as FORMAT.md
    scores events); mutual acts either way round."""
    gt, gs, gg = gold
    pt, ps, pg = pred
    if gt != pt:
        return False
    if gs == ps and (gg is None or gg == pg):
        return True
    return gt in MUTUAL_TYPES and gg is not None and gs == pg and gg == ps


def score_gsr(pipeline: Pipeline, path: Path) -> dict:
    records = read_gsr(path)
    gold: dict[str, list[tuple]] = defaultdict(list)
    for r in records:
        for s in r["sources"]:
            for t in r["targets"]:
                gold[r["text"]].append((r["type"], s, t))
    texts = list(gold)
    tp = fp = fn = 0
    for text, ex in zip(texts, pipeline.run((Article(id=str(i), raw=t) for i, t in enumerate(texts)),
                                            clean=False)):
        pred = []
        if isinstance(ex, Extraction):
            pred = [(e.type, e.source.country if e.source else None,
                     e.target.country if e.target else None) for e in ex.events]
        free = list(range(len(pred)))
        hit = 0
        for g in gold[text]:    # greedy one-to-one: triples are few per sentence
            j = next((j for j in free if _triple_matches(g, pred[j])), None)
            if j is not None:
                free.remove(j)
                hit += 1
        tp += hit
        fp += len(pred) - hit
        fn += len(gold[text]) - hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"benchmark": "PLOVER-GSR", "sentences": len(texts), "events": tp + fn,
            "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _head(path: Path) -> str:
    path = Path(path)
    return path.open(encoding="utf-8", errors="replace").read(2000) if path.is_file() else ""


class PLV:
    NAME = "PLV"

    @staticmethod
    def detect(path: Path) -> bool:
        # the test file's header opens with "uid", the training file's with an empty column
        first = _head(path).splitlines()[0] if _head(path) else ""
        return "\t" in first and {"marked_sentence", "gold_root"} <= set(first.split("\t"))

    @staticmethod
    def evaluate(pipeline: Pipeline, path: Path, **_) -> dict:
        return score_plv(pipeline, path)


class PloverGSR:
    NAME = "PLOVER-GSR"

    @staticmethod
    def detect(path: Path) -> bool:
        return _head(path).lstrip().startswith("[") and '"eventText"' in _head(path)

    @staticmethod
    def evaluate(pipeline: Pipeline, path: Path, **_) -> dict:
        return score_gsr(pipeline, path)


BENCHMARKS = [PLV, PloverGSR]
