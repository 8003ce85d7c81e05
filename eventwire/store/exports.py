"""Exports of the deduplicated events: JSONL (each event with every evidence sentence), CSV,
Parquet, PLOVER JSON (the field names of PLOVER's gold records: id, date, source/target as
[{actorText, code, sector}], event, mode, context, eventText, text …) and a CAMEO-coded table
with GDELT-style column names for tools that read CAMEO."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pandas as pd
from sqlalchemy import select

from .queries import Store
from .schema import articles, event_mentions

FORMATS = ("jsonl", "csv", "parquet", "plover", "cameo")


def _mentions_by_event(store: Store, event_ids: list[int]) -> dict[int, list[dict]]:
    em = event_mentions
    out: dict[int, list[dict]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(event_ids), 500):
            chunk = event_ids[i:i + 500]
            rows = conn.execute(
                select(em.c.event_id, em.c.article_id, articles.c.ext_id, articles.c.url,
                       em.c.outlet, em.c.evidence, em.c.evidence_start, em.c.evidence_end,
                       em.c.trigger, em.c.status, em.c.date, em.c.payload)
                .join(articles, articles.c.id == em.c.article_id)
                .where(em.c.event_id.in_(chunk)).order_by(em.c.id)).mappings()
            for r in rows:
                out.setdefault(r["event_id"], []).append(dict(r))
    return out


def _none(v):
    return None if v is None or (isinstance(v, float) and pd.isna(v)) else v


def event_records(store: Store, **filters) -> Iterator[dict]:
    """Each event as a dict with its mentions (article, outlet, sentence, offsets)."""
    df = store.events(**filters)
    mentions = _mentions_by_event(store, [int(i) for i in df["id"]])
    for row in df.to_dict("records"):
        rec = {k: _none(v) for k, v in row.items()}
        rec["mentions"] = [{"article": m["ext_id"], "outlet": m["outlet"], "url": m["url"],
                            "evidence": m["evidence"], "start": m["evidence_start"],
                            "end": m["evidence_end"], "trigger": m["trigger"],
                            "status": m["status"], "date": m["date"], "payload": m["payload"]}
                           for m in mentions.get(int(row["id"]), [])]
        yield rec


def _actor_list(rec: dict, prefix: str) -> list[dict]:
    if not rec.get(f"{prefix}_name") and not rec.get(f"{prefix}_country"):
        return []
    a = {"actorText": rec.get(f"{prefix}_name"), "code": rec.get(f"{prefix}_country")}
    if rec.get(f"{prefix}_sector"):
        a["sector"] = rec[f"{prefix}_sector"]
    return [a]


def plover_record(rec: dict) -> dict:
    """One event in PLOVER's record format (from its first mention's sentence)."""
    first = rec["mentions"][0] if rec["mentions"] else {}
    payload = json.loads(first["payload"]) if first.get("payload") else {}
    out = {
        "id": f"eventwire-{rec['id']}",
        "date": rec.get("date"),
        "source": _actor_list(rec, "source"),
        "target": _actor_list(rec, "target"),
        "event": rec["type"],
        "mode": rec.get("mode") or "",
        "context": ",".join(payload.get("contexts") or []),
        "eventText": first.get("trigger") or "",
        "text": first.get("evidence") or "",
        "language": "en",
        "publication": first.get("outlet") or first.get("article"),
        "coder": "eventwire",
        "numMentions": rec.get("num_mentions"),
        "numSources": rec.get("num_sources"),
        "mentions": [{"article": m["article"], "outlet": m["outlet"], "text": m["evidence"]}
                     for m in rec["mentions"]],
    }
    if rec.get("place_name"):
        out["eventLoc"] = {"name": rec["place_name"], "country": rec.get("place_country"),
                           "lat": rec.get("lat"), "lon": rec.get("lon")}
    casualties = payload.get("casualties") or {}
    if "killed" in casualties:
        out["dead"] = casualties["killed"]
    if "wounded" in casualties:
        out["injured"] = casualties["wounded"]
    return out


def _cameo_coder():
    """``cameo_code(event)`` from the events package, when it is there (imported at export
    time only: it is written separately and the store must not depend on it to load)."""
    try:
        from ..events.cameo import cameo_code
    except ImportError:
        return None
    return cameo_code


def _event_from_payload(payload: dict):
    from ..model import Actor, Event, Span

    def actor(d):
        return Actor(text=d.get("text", ""), name=d.get("name", ""), country=d.get("country"),
                     sector=d.get("sector"), role=d.get("role")) if d else None

    ev, tr = payload.get("evidence") or {}, payload.get("trigger") or {}
    return Event(type=payload["type"], status=payload.get("status") or "asserted",
                 evidence=Span(ev.get("text", ""), ev.get("start", 0), ev.get("end", 0)),
                 trigger=Span(tr.get("text", ""), tr.get("start", 0), tr.get("end", 0)),
                 mode=payload.get("mode"), source=actor(payload.get("source")),
                 target=actor(payload.get("target")), date=payload.get("date"),
                 contexts=list(payload.get("contexts") or []),
                 casualties=payload.get("casualties"))


def cameo_row(rec: dict, coder) -> dict:
    first = rec["mentions"][0] if rec["mentions"] else {}
    code = None
    if coder is not None and first.get("payload"):
        try:
            code = coder(_event_from_payload(json.loads(first["payload"])))
        except Exception:            # one odd record must not stop an export
            code = None
    date = rec.get("date") or ""
    return {
        "GLOBALEVENTID": rec["id"],
        "SQLDATE": date.replace("-", "") if len(date) == 10 else None,
        "Actor1Name": rec.get("source_name"), "Actor1CountryCode": rec.get("source_country"),
        "Actor1Type1Code": rec.get("source_sector"),
        "Actor2Name": rec.get("target_name"), "Actor2CountryCode": rec.get("target_country"),
        "Actor2Type1Code": rec.get("target_sector"),
        "EventCode": code, "EventRootCode": code[:2] if code else None,
        "PLOVERType": rec["type"],
        "NumMentions": rec.get("num_mentions"), "NumSources": rec.get("num_sources"),
        "NumArticles": rec.get("num_articles"),
        "ActionGeo_FullName": rec.get("place_name"), "ActionGeo_CountryCode": rec.get("place_country"),
        "ActionGeo_Lat": rec.get("lat"), "ActionGeo_Long": rec.get("lon"),
        "SOURCEURL": first.get("url"),
    }


def export(store: Store, path: str | Path, fmt: str, **filters) -> int:
    """Write the events that match ``filters`` to ``path`` ("-" for stdout, except Parquet);
    return how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    filters.setdefault("limit", None)
    if fmt in ("csv", "parquet"):
        df = store.events(**filters)
        if fmt == "csv":
            df.to_csv(_sink(path), index=False)
        else:
            if str(path) == "-":
                raise ValueError("Parquet is binary: give a file name, not -")
            df.to_parquet(path, index=False, engine="pyarrow")
        return len(df)
    records = event_records(store, **filters)
    n = 0
    if fmt == "cameo":
        coder = _cameo_coder()
        df = pd.DataFrame([cameo_row(r, coder) for r in records])
        df.to_csv(_sink(path), index=False, sep="\t")
        return len(df)
    out = _open(path)
    try:
        if fmt == "jsonl":
            for r in records:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
        else:                                # plover: one JSON array, as PLOVER's files are
            out.write("[\n")
            for r in records:
                out.write((",\n" if n else "") + json.dumps(plover_record(r), ensure_ascii=False))
                n += 1
            out.write("\n]\n")
    finally:
        if out is not _stdout():
            out.close()
    return n


def _stdout():
    import sys
    return sys.stdout


def _sink(path):
    return _stdout() if str(path) == "-" else path


def _open(path):
    return _stdout() if str(path) == "-" else open(path, "w", encoding="utf-8")
