"""Hand-made article rows for store tests that need no parsing."""
from __future__ import annotations

import hashlib

from eventwire.store.rows import ArticleRows


def event(type, src, tgt, date, place=None, status="asserted", evidence="", outlet=None):
    """A mention row; src/tgt are (name, country) or None; place is (name, country, lat, lon)."""
    s = src or (None, None)
    t = tgt or (None, None)
    p = place or (None, None, None, None)
    return {"outlet": outlet, "type": type, "mode": None, "status": status,
            "source_name": s[0], "source_country": s[1], "source_sector": "GOV" if s[1] else None,
            "target_name": t[0], "target_country": t[1], "target_sector": "GOV" if t[1] else None,
            "date": date, "date_basis": "text", "place_name": p[0], "place_country": p[1],
            "lat": p[2], "lon": p[3], "place_basis": "text" if p[0] else None,
            "evidence": evidence or f"{s[0]} {type.lower()} {t[0]}.", "evidence_start": 0,
            "evidence_end": 10, "trigger": type.lower(), "trigger_start": 0, "trigger_end": 3,
            "payload": None}


def article(ext_id, text, events=(), quotes=(), outlet="wire.example", published="2023-10-11",
            title=None):
    chash = hashlib.sha256((ext_id + text).encode()).hexdigest()
    rows = ArticleRows(chash, {
        "content_hash": chash, "ext_id": ext_id, "outlet": outlet, "title": title or ext_id,
        "published": published, "url": f"https://{outlet}/{ext_id}" if outlet else None,
        "dateline": None, "text": text, "warnings": None, "ingested_at": "2023-10-11T00:00:00+00:00"})
    rows.mentions = [{**e, "outlet": outlet} for e in events]
    rows.quotes = [{"speaker_name": name, "speaker_country": country, "speaker_sector": "GOV",
                    "text": q, "kind": "direct", "cue": "said", "start": 0, "end": len(q)}
                   for name, country, q in quotes]
    return rows


KHARKIV = ("Kharkiv", "UKR", 49.99, 36.23)
KHERSON = ("Kherson", "UKR", 46.64, 32.61)
RUS = ("Russia", "RUS")
UKR = ("Ukraine", "UKR")
