"""PolNeAR (Newell, Margolin & Ruths, LREC 2018): attribution relations in US political news.

Read from its published files (never shipped): a split folder holds ``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann`` (BRAT standoff), and the corpus root holds
``metadata.tsv`` (publication_date is the article's date).  An ``.ann`` file has ``T`` spans
labelled Source / Cue / Content (a discontinuous span is written ``a b;c d``) and ``E`` lines
tying one Cue to its Content and, when the text names one, its Source.

Some articles were annotated by several annotators; the first annotation file by name is used
for each text, so every article counts once and the choice does not depend on scores.

The pipeline runs on each text as it is (``clean=False``): the files are already plain
article text (headline, blank line, paragraphs), and cleaning could drop or reflow lines,
which would move the character offsets the annotations are given in.

The quote stage runs in its attribution view (``QuoteExtractor.attributions``): besides
the quotes it reports what the text attributes to someone without quoting them ("Cruz
endorsed Trump", "did not say when"), which PolNeAR annotates as attributions too.

Figures (tokens are runs of letters or digits, by position in the text):
- content recall: a gold Content is found when at least half of its tokens lie inside one
  predicted quote;
- content precision: a predicted quote is right when at least half of its tokens lie inside
  one gold Content;
- speaker accuracy over found contents with a gold Source: the quote's speaker (its actor's
  span, or the words that name it in the sentence, ``explain["speaker_span"]``) overlaps the
  gold Source span, or the speaker's resolved name ends in the Source's head (last) word.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Article, Extraction
from ..pipeline import Pipeline

NAME = "PolNeAR"
_WORD = re.compile(r"[^\W_]+")
_SPAN = re.compile(r"^(\d+) (\d+)$")


@dataclass
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    source_text: str = ""
    cue_text: str = ""


def _ranges(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(";"):
        m = _SPAN.match(part.strip())
        if m:
            out.append((int(m.group(1)), int(m.group(2))))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    """The attributions of one BRAT file (those with a Content span)."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, spec = parts[1].partition(" ")
            spans[parts[0]] = (label, _ranges(spec), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    out = []
    for args in events:
        roles = {}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            if ref in spans:
                roles[role] = spans[ref]
        if "Content" not in roles or not roles["Content"][1]:
            continue
        src = roles.get("Source")
        out.append(GoldAttribution(content=roles["Content"][1],
                                   source=src[1] if src else [], source_text=src[2] if src else "",
                                   cue_text=roles["Cue"][2] if "Cue" in roles else ""))
    return out


def _metadata(split_dir: Path) -> dict[str, dt.date]:
    for meta in (split_dir / "metadata.tsv", split_dir.parent / "metadata.tsv"):
        if meta.is_file():
            dates = {}
            with open(meta, encoding="utf-8", newline="") as fh:
                for r in csv.DictReader(fh, delimiter="\t"):
                    try:
                        dates[r["filename"]] = dt.date.fromisoformat(r["publication_date"])
                    except (KeyError, ValueError):
                        pass
            return dates
    return {}


def read_split(split_dir: Path) -> list[tuple[Article, list[GoldAttribution], str]]:
    """(article, gold attributions, annotation file name) per text, in name order."""
    split_dir = Path(split_dir)
    dates = _metadata(split_dir)
    anns: dict[str, Path] = {}
    for ann in sorted((split_dir / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, ann)              # the first annotator by file name
    out = []
    for txt in sorted((split_dir / "text").glob("*.txt")):
        ann = anns.get(txt.stem)
        if ann is None:
            continue
        text = txt.read_text(encoding="utf-8")
        art = Article(id=txt.stem, raw=text, text=text, published=dates.get(txt.stem))
        out.append((art, read_ann(ann), ann.name))
    return out


def _tokens(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens inside the ranges."""
    return {m.start() + a for a, b in ranges for m in _WORD.finditer(text[a:b])}


def _overlaps(a: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in ranges)


def _head_word(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def speaker_ok(quote, gold: GoldAttribution) -> bool:
    sp = quote.speaker
    if sp is None or not gold.source:
        return False
    spans = []
    if sp.start is not None and sp.end is not None:
        spans.append((sp.start, sp.end))
    named = quote.explain.get("speaker_span")
    if named:
        spans.append(tuple(named))
    if any(_overlaps(s, gold.source) for s in spans):
        return True
    head = _head_word(gold.source_text)
    name = _head_word(sp.name or sp.text or "")
    return bool(head) and head == name


def score_article(ex: Extraction, gold: list[GoldAttribution], counts: Counter) -> None:
    text = ex.article.text
    golds = [(g, _tokens(text, g.content)) for g in gold]
    golds = [(g, t) for g, t in golds if t]
    preds = [(q, _tokens(text, [(q.start, q.end)])) for q in ex.quotes]
    preds = [(q, t) for q, t in preds if t]
    counts["gold"] += len(golds)
    counts["pred"] += len(preds)
    for q, pt in preds:
        if any(len(pt & gt) * 2 >= len(pt) for _, gt in golds):
            counts["pred_ok"] += 1
    for g, gt in golds:
        found = [q for q, pt in preds if len(pt & gt) * 2 >= len(gt)]
        if not found:
            counts[f"missed_{'with' if g.source else 'no'}_source"] += 1
            continue
        counts["found"] += 1
        if g.source:
            counts["speaker_n"] += 1
            counts["speaker_ok"] += any(speaker_ok(q, g) for q in found)


def _attribution_view(pipeline: Pipeline) -> list:
    """Switch the stages that have one to their attribution view (PolNeAR annotates every
    attribution relation, of which quotes are a part); returns (stage, previous setting)."""
    switched = [(st, st.attributions) for _, st in pipeline.stages if hasattr(st, "attributions")]
    for st, _ in switched:
        st.attributions = True
    return switched


def _figures(counts: Counter) -> dict:
    p = counts["pred_ok"] / counts["pred"] if counts["pred"] else 0.0
    r = counts["found"] / counts["gold"] if counts["gold"] else 0.0
    return {"predicted": counts["pred"], "content_precision": round(p, 4), "content_recall": round(r, 4),
            "content_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "speaker_acc": round(counts["speaker_ok"] / counts["speaker_n"], 4) if counts["speaker_n"] else 0.0,
            "speaker_n": counts["speaker_n"]}


def score_polnear(pipeline: Pipeline, split_dir: Path, limit: int | None = None) -> dict:
    """Scores the attribution view and, from the same run, the quotes alone (the default
    output: the view only adds items marked ``explain["view"] == "attribution"``)."""
    items = read_split(Path(split_dir))[:limit]
    counts: Counter = Counter()
    quotes_only: Counter = Counter()
    failed = 0
    switched = _attribution_view(pipeline)
    try:
        results = pipeline.run((a for a, _, _ in items), clean=False)
        for (art, gold, _), ex in zip(items, results):
            if not isinstance(ex, Extraction):
                failed += 1
                counts["gold"] += len(gold)
                quotes_only["gold"] += len(gold)
                continue
            score_article(ex, gold, counts)
            ex.quotes = [q for q in ex.quotes if q.explain.get("view") != "attribution"]
            score_article(ex, gold, quotes_only)
    finally:
        for st, before in switched:
            st.attributions = before
    view = _figures(counts)
    return {"benchmark": NAME, "split": Path(split_dir).name, "articles": len(items),
            "annotation_files": "first by name per text", "failed": failed,
            "attributions": counts["gold"], "view": "attributions (eventwire extract --attributions)",
            **view,
            "missed_with_source": counts["missed_with_source"],
            "missed_no_source": counts["missed_no_source"],
            **{f"quotes_only_{k}": v for k, v in _figures(quotes_only).items()}}


def detect(path: Path) -> bool:
    path = Path(path)
    return path.is_dir() and (path / "attributions").is_dir() and (path / "text").is_dir() \
        and any((path / "attributions").glob("*.ann"))


def evaluate(pipeline: Pipeline, path: Path, limit: int | None = None, **_) -> dict:
    return score_polnear(pipeline, path, limit=limit)
