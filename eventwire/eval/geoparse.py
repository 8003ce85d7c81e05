"""Geoparsing benchmarks read from their published files (never shipped): LGL and TR-News
(``<articles><article><text/><toponyms><toponym><start/><end/><gaztag><lat/><lon/>``),
GeoVirus (``<articles><article><source/><text/><locations><location><name/><start/><end/>
<lat/><lon/><page/>``; its offsets count one character more than the text holds, so each is
moved onto its name), and GeoWebNews (the authors' geocoding gold ``data/Geocoding/gwn_full.txt`` beside its texts, or
``GWN.xml`` whose toponyms carry ``<latitude>``/``<longitude>``).

Two figures per corpus, over gold toponyms that carry coordinates:
- with gold spans: each gold span resolved by ``PlaceResolver.resolve_span`` with the article
  as context; the share within 161 km of gold (an unresolved span counts as wrong), and the
  median error in km;
- end to end: the places the pipeline finds, matched one to one to gold by span overlap;
  precision, recall and F1 of the matching, and the share of matched places within 161 km.

Only the parse and the places stage run (the other stages do not change places).

Declared halves (``split``): these corpora have no official split, so that rules can be
developed on part of them honestly an article is in the **dev** half when the SHA-1 of its
id (``<article docid=…>``), read as an integer, is even, and in the **test** half otherwise
(LGL: 303 of 588 articles in dev; TR-News: 49 of 118).  The default scores the whole set.
"""
from __future__ import annotations

import hashlib
import math
import re
import statistics
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

from ..model import Article, Extraction
from ..pipeline import Pipeline

KM_161 = 161.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _float(el, tag: str) -> float | None:
    x = el.findtext(tag) if el is not None else None
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def _align(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """The gold offsets, moved to the nearest occurrence of the gold phrase when they miss it
    (TR-News counts line breaks as two characters, which the XML reader folds to one)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    best = None
    for m in re.finditer(re.escape(phrase), text):
        if best is None or abs(m.start() - start) < abs(best - start):
            best = m.start()
    return (best, best + len(phrase)) if best is not None else (start, end)


def _coordinates(t) -> tuple[float | None, float | None]:
    """A gold toponym's point: LGL/TR-News ``<gaztag><lat/><lon/>``, GWN.xml
    ``<latitude/><longitude/>``, GeoVirus ``<lat/><lon/>`` on the location itself."""
    gaz = t.find("gaztag")
    if gaz is not None:
        return _float(gaz, "lat"), _float(gaz, "lon")
    lat = _float(t, "latitude")
    if lat is not None:
        return lat, _float(t, "longitude")
    return _float(t, "lat"), _float(t, "lon")


def read_articles_xml(path: Path) -> list[dict]:
    """LGL, TR-News, GeoVirus or GWN.xml: [{id, text, toponyms: [{start, end, text, lat, lon}]}]."""
    root = ET.parse(path).getroot()
    out = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in [*art.iter("toponym"), *art.iter("location")]:
            start, end = _align(text, int(t.findtext("start")), int(t.findtext("end")),
                                t.findtext("phrase") or t.findtext("extractedName")
                                or t.findtext("name"))
            lat, lon = _coordinates(t)
            if lat is None or lon is None:
                continue                     # no coordinates: not a geocoding item
            tops.append({"start": start, "end": end, "text": text[start:end], "lat": lat, "lon": lon})
        # GeoVirus names no id: its <source> page (several paragraphs share one) and the index
        source = art.findtext("source")
        ident = art.get("docid") or art.get("file") or (f"{source}#{i}" if source else str(i))
        out.append({"id": ident, "text": text, "toponyms": sorted(tops, key=lambda t: t["start"])})
    return out


def read_gwn_geocoding(folder: Path) -> list[dict]:
    """GeoWebNews geocoding gold: line i of gwn_full.txt annotates files/i
    (``name,,surface,,lat,,lon,,start,,end`` items joined by ``||``)."""
    lines = (folder / "gwn_full.txt").read_text(encoding="utf-8").split("\n")
    out = []
    for i, line in enumerate(lines):
        f = folder / "files" / str(i)
        if not f.is_file():
            continue
        text = f.read_text(encoding="utf-8")
        tops = []
        for item in line.split("||"):
            parts = item.split(",,")
            if len(parts) != 6:
                continue
            _, surface, lat, lon, start, end = parts
            tops.append({"start": int(start), "end": int(end), "text": surface,
                         "lat": float(lat), "lon": float(lon)})
        out.append({"id": str(i), "text": text, "toponyms": sorted(tops, key=lambda t: t["start"])})
    return out


def _places_stage(pipeline: Pipeline):
    return dict(pipeline.stages)["places"]


def score_articles(pipeline: Pipeline, articles: list[dict], name: str, detail: bool = False) -> dict:
    places = _places_stage(pipeline)
    c = Counter()
    errors_km: list[float] = []
    misses: list[str] = []
    docs = pipeline.nlp.pipe((a["text"] for a in articles), batch_size=pipeline.batch_size)
    for a, doc in zip(articles, docs):
        ex = Extraction(article=Article(id=a["id"], raw=a["text"], text=a["text"]))
        places(doc, ex)
        gold = a["toponyms"]
        # with gold spans
        for g in gold:
            c["gold"] += 1
            p = places.resolve_span(doc, ex, g["start"], g["end"])
            if p is None or p.lat is None:
                errors_km.append(20000.0)
                if detail:
                    misses.append(f"{a['id']}: {g['text']!r} unresolved")
                continue
            km = haversine_km(p.lat, p.lon, g["lat"], g["lon"])
            errors_km.append(km)
            c["ok161"] += km <= KM_161
            if detail and km > KM_161:
                misses.append(f"{a['id']}: {g['text']!r} -> {p.name}, {p.country} "
                              f"({p.lat:.2f},{p.lon:.2f}) gold ({g['lat']:.2f},{g['lon']:.2f}) {km:.0f} km")
        # end to end
        pred = [p for p in ex.places if p.lat is not None]
        c["pred"] += len(pred)
        free = list(range(len(pred)))
        for g in gold:
            j = next((j for j in free if pred[j].start < g["end"] and g["start"] < pred[j].end), None)
            if j is None:
                continue
            free.remove(j)
            c["matched"] += 1
            c["matched_ok161"] += haversine_km(pred[j].lat, pred[j].lon, g["lat"], g["lon"]) <= KM_161
    p = c["matched"] / c["pred"] if c["pred"] else 0.0
    r = c["matched"] / c["gold"] if c["gold"] else 0.0
    out = {
        f"{name}/articles": len(articles),
        f"{name}/toponyms": c["gold"],
        f"{name}/gold_spans_acc161": round(c["ok161"] / c["gold"], 4) if c["gold"] else 0.0,
        f"{name}/gold_spans_median_km": round(statistics.median(errors_km), 1) if errors_km else None,
        f"{name}/e2e_precision": round(p, 4),
        f"{name}/e2e_recall": round(r, 4),
        f"{name}/e2e_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        f"{name}/e2e_matched_acc161": round(c["matched_ok161"] / c["matched"], 4) if c["matched"] else 0.0,
    }
    if detail:
        out[f"{name}/errors"] = misses
    return out


def _corpus(path: Path) -> tuple[str, list[dict]] | None:
    path = Path(path)
    if path.is_dir():
        geocoding = path / "gwn_full.txt" if (path / "gwn_full.txt").is_file() else path / "Geocoding" / "gwn_full.txt"
        if geocoding.is_file():
            return "GeoWebNews", read_gwn_geocoding(geocoding.parent)
        if (path / "GWN.xml").is_file():
            return "GeoWebNews", read_articles_xml(path / "GWN.xml")
        return None
    if path.suffix != ".xml":
        return None
    head = path.open(encoding="utf-8", errors="replace").read(3000)
    if "<articles" not in head:
        return None
    name = {"lgl": "LGL", "tr-news": "TR-News", "gwn": "GeoWebNews",
            "geovirus": "GeoVirus"}.get(path.stem.lower(), path.stem)
    return name, read_articles_xml(path)


NAME = "geoparse"
SPLITS = ("dev", "test")


def in_split(docid: str, split: str | None) -> bool:
    """Whether the article ``docid`` is in the declared half ``split`` (None: the whole set)."""
    if split is None:
        return True
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    even = int(hashlib.sha1(docid.encode()).hexdigest(), 16) % 2 == 0
    return even == (split == "dev")


def detect(path: Path) -> bool:
    path = Path(path)
    if path.is_dir():
        return (path / "gwn_full.txt").is_file() or (path / "Geocoding" / "gwn_full.txt").is_file() \
            or (path / "GWN.xml").is_file()
    if path.suffix != ".xml" or not path.is_file():
        return False
    head = path.open(encoding="utf-8", errors="replace").read(3000)
    return "<articles" in head and "<article" in head


def evaluate(pipeline: Pipeline, path: Path, detail: bool = False, split: str | None = None,
             **_) -> dict:
    """Score the corpus at ``path``; ``split`` ("dev" or "test") keeps only that declared half."""
    found = _corpus(path)
    if found is None:
        raise ValueError(f"not a geoparsing corpus eventwire reads: {path}")
    name, articles = found
    articles = [a for a in articles if in_split(a["id"], split)]
    out = {"benchmark": name, **({"split": split} if split else {})}
    return {**out, **score_articles(pipeline, articles, name, detail=detail)}
