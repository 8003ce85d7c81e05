"""TempEval-3 (TimeML ``.tml``): time expressions found and normalised, read from the published
files (never shipped).

Each document's text is the content of ``<TEXT>`` with the tags removed; its publication date
is the ``TIMEX3`` with ``functionInDocument="CREATION_TIME"`` (the DCT).  The text goes through
the pipeline uncleaned (``Pipeline.run(clean=False)``) with the DCT as ``published``.

Figures, per part of the data (the folder holding the ``.tml`` files, e.g. TimeBank, AQUAINT):
- span precision/recall/F1 over all gold TIMEX3 of the text, strict (same offsets) and relaxed
  (overlapping spans, one to one);
- DATE value accuracy: over gold ``type="DATE"`` TIMEX3 whose span we found (overlap), the
  share whose value equals gold; and end to end (over all gold DATE TIMEX3).

A predicted value is compared in TimeML's notation: ``explain["timeml"]`` when the tagger gives
one (weeks ``2022-W10``, seasons ``2022-SU``, ``PRESENT_REF`` …), else ``value``.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path
from xml.etree import ElementTree as ET

from ..model import Article, Extraction
from ..pipeline import Pipeline

NAME = "TempEval-3"


def _timeml(tml: str) -> tuple[str, dt.date | None, list[dict]]:
    """(text, DCT, TIMEX3 list) of one TimeML document; offsets index the text."""
    root = ET.fromstring(tml)
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            try:
                dct = dt.date.fromisoformat(t.get("value", "")[:10])
            except ValueError:
                dct = None
            break
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[dict] = []

    def walk(el):
        if el is not body and el.tag == "TIMEX3":
            start = sum(len(p) for p in parts)
            inner = "".join(el.itertext())
            parts.append(inner)
            timexes.append({"start": start, "end": start + len(inner), "text": inner,
                            "type": el.get("type"), "value": el.get("value")})
        else:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
    if body is not None:
        walk(body)
    return "".join(parts), dct, timexes


def read_tml(path: Path) -> dict:
    text, dct, timexes = _timeml(Path(path).read_text(encoding="utf-8"))
    return {"id": Path(path).stem, "text": text, "published": dct, "timexes": timexes}


def predicted_value(t) -> str | None:
    return t.explain.get("timeml", t.value)


def _overlap(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_docs(pipeline: Pipeline, docs: list[dict], detail: bool = False) -> dict:
    c = Counter()
    errors = []
    arts = (Article(id=d["id"], raw=d["text"], text=d["text"], published=d["published"]) for d in docs)
    for d, ex in zip(docs, pipeline.run(arts, clean=False)):
        gold = d["timexes"]
        pred = []
        if isinstance(ex, Extraction):
            pred = [{"start": t.start, "end": t.end, "text": t.text, "value": predicted_value(t)}
                    for t in ex.times]
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        exact = {(p["start"], p["end"]) for p in pred}
        c["strict"] += sum((g["start"], g["end"]) in exact for g in gold)
        free = list(range(len(pred)))
        for g in gold:
            j = next((j for j in free if _overlap(g, pred[j])), None)
            if j is not None:
                free.remove(j)
                c["relaxed"] += 1
            if g["type"] != "DATE":
                continue
            c["date_gold"] += 1
            if j is None:
                if detail:
                    errors.append(f"{d['id']}: missed {g['text']!r} = {g['value']}")
                continue
            c["date_found"] += 1
            ok = pred[j]["value"] == g["value"]
            c["date_ok"] += ok
            if detail and not ok:
                errors.append(f"{d['id']} ({d['published']}): {g['text']!r} gold {g['value']} "
                              f"pred {pred[j]['text']!r} {pred[j]['value']}")
    return _figures(c, errors if detail else None)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return round(p, 4), round(r, 4), round(2 * p * r / (p + r), 4) if p + r else 0.0


def _figures(c: Counter, errors: list[str] | None) -> dict:
    sp, sr, sf = _prf(c["strict"], c["pred"], c["gold"])
    rp, rr, rf = _prf(c["relaxed"], c["pred"], c["gold"])
    out = {"timex_gold": c["gold"], "timex_pred": c["pred"],
           "strict_p": sp, "strict_r": sr, "strict_f1": sf,
           "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
           "date_gold": c["date_gold"], "date_found": c["date_found"],
           "date_value_acc_found": round(c["date_ok"] / c["date_found"], 4) if c["date_found"] else 0.0,
           "date_value_acc_e2e": round(c["date_ok"] / c["date_gold"], 4) if c["date_gold"] else 0.0}
    if errors is not None:
        out["errors"] = errors
    return out


def _tml_files(path: Path) -> dict[str, list[Path]]:
    """The ``.tml`` files under `path`, grouped by the folder that holds them."""
    path = Path(path)
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*.tml") if not p.name.startswith("._"))
    parts: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        parts[f.parent.name].append(f)
    return dict(parts)


def detect(path: Path) -> bool:
    path = Path(path)
    if path.is_file():
        return path.suffix == ".tml"
    return path.is_dir() and next(path.rglob("*.tml"), None) is not None


def evaluate(pipeline: Pipeline, path: Path, detail: bool = False, **_) -> dict:
    result: dict = {"benchmark": NAME}
    for part, files in _tml_files(path).items():
        figs = score_docs(pipeline, [read_tml(f) for f in files], detail=detail)
        errors = figs.pop("errors", None)
        # flat keys ("TimeBank/strict_f1") so the CLI prints one figure a line
        result[f"{part}/docs"] = len(files)
        result.update({f"{part}/{k}": v for k, v in figs.items()})
        if errors:
            result[f"{part}/errors"] = errors
    return result
