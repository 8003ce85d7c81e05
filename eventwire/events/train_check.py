"""Check the event rules on the CC0 eventwire-train sentences (not the gold sets).

usage: python -m eventwire.events.train_check [train_a.jsonl train_b.jsonl ...]

A predicted event matches a gold one when the types agree and the predicted trigger word
lies inside the gold trigger phrase; it reports type precision/recall per type, source
agreement (the gold source text contains the predicted source's head word, or vice versa)
and status agreement over matched events.
"""
from __future__ import annotations

import json
import sys
from collections import Counter

from ..model import Article, Extraction
from ..pipeline import load_spacy
from .coder import EventCoder

DEFAULT = ["/work/shared/data/eventwire-train/train_a.jsonl",
           "/work/shared/data/eventwire-train/train_b.jsonl"]


def _trigger_span(text: str, trig: str) -> tuple[int, int]:
    i = text.find(trig)
    return (i, i + len(trig)) if i >= 0 else (-1, -1)


def run(paths: list[str], verbose: bool = False) -> dict:
    nlp, coder = load_spacy(), EventCoder()
    rows = [json.loads(line) for p in paths for line in open(p, encoding="utf-8") if line.strip()]
    tp, fp, fn = Counter(), Counter(), Counter()
    src_ok = status_ok = matched = 0
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        ex = Extraction(Article(id=row["id"], text=row["text"]))
        coder(doc, ex)
        gold = row["events"]
        used = set()
        for g in gold:
            gs, ge = _trigger_span(row["text"], g["trigger"])
            hit = None
            for k, e in enumerate(ex.events):
                if k in used or e.type != g["type"]:
                    continue
                if gs <= e.trigger.start < ge or e.trigger.start <= gs < e.trigger.end:
                    hit = k
                    break
            if hit is None:
                fn[g["type"]] += 1
                if verbose:
                    print("MISS ", g["type"], g["status"], "|", g["trigger"], "|", row["text"][:110])
                continue
            used.add(hit)
            tp[g["type"]] += 1
            matched += 1
            e = ex.events[hit]
            gsrc = (g.get("source") or {}).get("text", "").lower()
            psrc = (e.source.text if e.source else "").lower()
            src_ok += bool(psrc) and (psrc in gsrc or gsrc in psrc or psrc.split()[-1] in gsrc)
            status_ok += e.status == g["status"]
        for k, e in enumerate(ex.events):
            if k not in used:
                fp[e.type] += 1
                if verbose:
                    print("FALSE", e.type, e.status, "|", e.trigger.text, "|", row["text"][:110])
    out = {}
    for t in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else 0.0
        r = tp[t] / (tp[t] + fn[t]) if tp[t] + fn[t] else 0.0
        out[t] = {"p": round(p, 3), "r": round(r, 3), "tp": tp[t], "fp": fp[t], "fn": fn[t]}
    T, F, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p, r = T / (T + F) if T + F else 0, T / (T + N) if T + N else 0
    out["ALL"] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0,
                  "source_acc": round(src_ok / matched, 3) if matched else None,
                  "status_acc": round(status_ok / matched, 3) if matched else None}
    return out


if __name__ == "__main__":
    argv = [a for a in sys.argv[1:] if not a.startswith("-")]
    res = run(argv or DEFAULT, verbose="-v" in sys.argv)
    for k, v in res.items():
        print(f"{k:10s} {v}")
