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


def plv_miss(ex: Extraction, source: tuple[int, int] | None, target: tuple[int, int] | None) -> str:
    """Why a row has no event with both marked actors: the sentence gave no event at all, or
    its events have the marked source only, the marked target only, or neither."""
    if not ex.events:
        return "no_event"
    has_source = any(_side_match(e.source, source) or (e.type in MUTUAL_TYPES and _side_match(e.target, source))
                     for e in ex.events)
    has_target = any(_side_match(e.target, target) or (e.type in MUTUAL_TYPES and _side_match(e.source, target))
                     for e in ex.events)
    return "source_only" if has_source else "target_only" if has_target else "neither_actor"


def score_plv(pipeline: Pipeline, path: Path, limit: int | None = None, detail: bool = False) -> dict:
    rows = read_plv(path)[:limit]
    # one parse per unique sentence: several rows share a sentence with other actor pairs
    sentences = list(dict.fromkeys(r["sentence"] for r in rows))
    results = dict(zip(sentences, pipeline.run((Article(id=str(i), raw=s) for i, s in enumerate(sentences)),
                                               clean=False)))
    correct, confusion, errors, lines = 0, Counter(), Counter(), []
    for r in rows:
        ex = results[r["sentence"]]
        pred = plv_prediction(ex, r["source"], r["target"]) if isinstance(ex, Extraction) else None
        ok = pred in PLV_ROOT_ALIASES.get(r["root"], {r["root"]})
        correct += ok
        confusion[(r["root"], pred)] += 1
        if not ok:
            # where the row was lost: the type of an event with both marked actors, or the actors
            why = ("skipped" if not isinstance(ex, Extraction) else "wrong_type" if pred
                   else plv_miss(ex, r["source"], r["target"]))
            errors[why] += 1
            if detail:
                lines.append(f"{r['uid']}\t{r['root']}\t{pred or '-'}\t{why}\t{_marked(r)}")
    return {"benchmark": "PLV", "rows": len(rows), "root_accuracy": round(correct / max(1, len(rows)), 4),
            "no_event_found": sum(n for (g, p), n in confusion.items() if p is None),
            "errors": dict(errors.most_common()),
            "top_confusions": [f"{g}->{p}: {n}" for (g, p), n in confusion.most_common() if g != p
                               and not (p in PLV_ROOT_ALIASES.get(g, ()))][:12],
            **({"detail": ["uid\tgold\tpredicted\twhy\tsentence ([s: source] [t: target])"] + lines}
               if detail else {})}


def _marked(row: dict) -> str:
    """The row's sentence with its marked actors bracketed, for reading a miss."""
    text, cuts = row["sentence"], []
    for tag in ("s", "t"):
        if row[{"s": "source", "t": "target"}[tag]]:
            a, b = row[{"s": "source", "t": "target"}[tag]]
            cuts += [(b, "]"), (a, f"[{tag}: ")]
    for at, mark in sorted(cuts, reverse=True):
        text = text[:at] + mark + text[at:]
    return text


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


def _greedy_matches(gold: list[tuple], pred: list[tuple], same) -> tuple[int, list[tuple], list[tuple]]:
    """One-to-one greedy matching of a sentence's triples (they are few): hits, gold missed,
    predictions left over."""
    free, missed = list(pred), []
    for g in gold:
        j = next((j for j, p in enumerate(free) if same(g, p)), None)
        if j is None:
            missed.append(g)
        else:
            free.pop(j)
    return len(gold) - len(missed), missed, free


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0


def _same_type(g: tuple, p: tuple) -> bool:
    return g[0] == p[0]


def _same_countries(g: tuple, p: tuple) -> bool:
    """Source and target countries as _triple_matches reads them, whatever the type."""
    return _triple_matches((p[0],) + g[1:], p) or (
        g[2] is not None and g[1] == p[2] and g[2] == p[1] and g[0] in MUTUAL_TYPES)


def score_gsr(pipeline: Pipeline, path: Path, detail: bool = False) -> dict:
    records = read_gsr(path)
    gold: dict[str, list[tuple]] = defaultdict(list)
    for r in records:
        for s in r["sources"]:
            for t in r["targets"]:
                gold[r["text"]].append((r["type"], s, t))
    texts = list(gold)
    # the figure, then two diagnostics: the type alone, and the two countries alone
    counts = {k: [0, 0, 0] for k in ("triple", "type", "countries")}
    tests = {"triple": _triple_matches, "type": _same_type, "countries": _same_countries}
    lines = []
    for text, ex in zip(texts, pipeline.run((Article(id=str(i), raw=t) for i, t in enumerate(texts)),
                                            clean=False)):
        pred = []
        if isinstance(ex, Extraction):
            pred = [(e.type, e.source.country if e.source else None,
                     e.target.country if e.target else None) for e in ex.events]
        for key, same in tests.items():
            hit, missed, extra = _greedy_matches(gold[text], pred, same)
            c = counts[key]
            c[0], c[1], c[2] = c[0] + hit, c[1] + len(extra), c[2] + len(missed)
            if detail and key == "triple" and (missed or extra):
                lines += [f"missed\t{' '.join(map(str, g))}\t{text}" for g in missed]
                lines += [f"false\t{' '.join(map(str, p))}\t{text}" for p in extra]
    tp, fp, fn = counts["triple"]
    p, r, f = _f1(tp, fp, fn)
    return {"benchmark": "PLOVER-GSR", "sentences": len(texts), "events": tp + fn,
            "precision": p, "recall": r, "f1": f,
            "type_only_f1": _f1(*counts["type"])[2], "countries_only_f1": _f1(*counts["countries"])[2],
            **({"detail": lines} if detail else {})}


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
    def evaluate(pipeline: Pipeline, path: Path, detail: bool = False, **_) -> dict:
        return score_plv(pipeline, path, detail=detail)


class PloverGSR:
    NAME = "PLOVER-GSR"

    @staticmethod
    def detect(path: Path) -> bool:
        return _head(path).lstrip().startswith("[") and '"eventText"' in _head(path)

    @staticmethod
    def evaluate(pipeline: Pipeline, path: Path, detail: bool = False, **_) -> dict:
        return score_gsr(pipeline, path, detail=detail)


BENCHMARKS = [PLV, PloverGSR]
