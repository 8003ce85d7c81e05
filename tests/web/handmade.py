"""Articles written for the web tests, stored as hand-made rows (no parsing), so that what
the pages must show is known exactly: a hostile article (markup and SQL in its text, title
and actor names) and a negotiation between two parties with a mediator."""
from __future__ import annotations

import hashlib
import json

from eventwire.store.rows import ArticleRows

HOSTILE_TITLE = "<script>window.__pwned = 'title'</script> Talks'; DROP TABLE events; --"
HOSTILE_TEXT = (
    "Envoys <script>window.__pwned = 'text'</script> met in Vienna on Monday.\n\n"
    "A leaflet read: Robert'); DELETE FROM articles WHERE ('1'='1 and "
    "<img src=x onerror=\"window.__pwned = 'img'\"> was found at the venue.")
HOSTILE_ACTOR = "<b onmouseover=\"window.__pwned='actor'\">Envoy</b>"

NEGOTIATION_TEXT = (
    "Northland and Southland held talks in Geneva on 3 March, with Westland mediating.\n\n"
    "Southland offered a prisoner exchange on 10 March.\n\n"
    "Northland rejected the offer on 12 March and urged Southland to withdraw its troops.\n\n"
    "The two sides signed an agreement on 20 March.")


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def _span(text: str, piece: str, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def _mention(text, type_, trigger, sentence, src, tgt, date, status="asserted", others=(),
             place=None):
    es, ee = _span(text, sentence)
    ts, te = _span(text, trigger, es)
    actor = lambda a: {"text": a[0], "name": a[0], "country": a[1], "sector": "GOV"} if a else None  # noqa: E731
    payload = {"type": type_, "mode": None, "status": status, "source": actor(src),
               "target": actor(tgt), "others": [{"role": r, **actor(a)} for r, a in others],
               "date": date, "date_basis": "text", "place": None, "place_basis": None,
               "contexts": [], "evidence": {"text": sentence, "start": es, "end": ee},
               "trigger": {"text": trigger, "start": ts, "end": te}, "attributed_to": None,
               "explain": {"rule": "handmade test row", "trigger_lemma": trigger.lower()}}
    p = place or (None, None, None, None)
    return {"outlet": "tests.example", "type": type_, "mode": None, "status": status,
            "source_name": src[0] if src else None, "source_country": src[1] if src else None,
            "source_sector": "GOV" if src else None,
            "target_name": tgt[0] if tgt else None, "target_country": tgt[1] if tgt else None,
            "target_sector": "GOV" if tgt else None, "date": date, "date_basis": "text",
            "place_name": p[0], "place_country": p[1], "lat": p[2], "lon": p[3],
            "place_basis": "text" if p[0] else None,
            "evidence": sentence, "evidence_start": es, "evidence_end": ee,
            "trigger": trigger, "trigger_start": ts, "trigger_end": te,
            "payload": json.dumps(payload)}


def _article(ext_id, title, text, published):
    chash = _hash(ext_id, title, text)
    return ArticleRows(chash, {
        "content_hash": chash, "ext_id": ext_id, "outlet": "tests.example", "title": title,
        "published": published, "url": f"https://tests.example/{ext_id}", "dateline": None,
        "text": text, "warnings": None, "ingested_at": "2024-03-21T00:00:00+00:00"})


def hostile_rows() -> ArticleRows:
    t = HOSTILE_TEXT
    rows = _article("hostile-1", HOSTILE_TITLE, t, "2024-03-04")
    first = t.split("\n\n")[0]
    rows.mentions = [_mention(t, "CONSULT", "met", first, (HOSTILE_ACTOR, "XNA"),
                              ("Robert'); DROP TABLE actors; --", "XSA"), "2024-03-04",
                              place=("<i>Vienna</i>", "AUT", 48.21, 16.37))]
    s, e = _span(t, "<script>window.__pwned = 'text'</script>")
    rows.actors = [{"text": "Envoys", "name": HOSTILE_ACTOR, "country": "XNA", "sector": "GOV",
                    "kind": "person", "role": None, "entity": 1, "start": 0, "end": 6}]
    rows.places = [{"text": "Vienna", "name": "<i>Vienna</i>", "country": "AUT", "lat": 48.21,
                    "lon": 16.37, "geonameid": None, "feature": "city",
                    **dict(zip(("start", "end"), _span(t, "Vienna")))}]
    rows.quotes = [{"speaker_name": HOSTILE_ACTOR, "speaker_country": "XNA", "speaker_sector": "GOV",
                    "text": t[s:e], "kind": "direct", "cue": "read", "start": s, "end": e}]
    return rows


def negotiation_rows() -> ArticleRows:
    """Five steps between Northland and Southland (codes made up: XNO, XSO): talks with a
    mediator (Westland, XWE), an offer, a refusal, a request and a signed agreement."""
    t = NEGOTIATION_TEXT
    n, s, w = ("Northland", "XNO"), ("Southland", "XSO"), ("Westland", "XWE")
    p = t.split("\n\n")
    rows = _article("negotiation-1", "Northland and Southland talks", t, "2024-03-21")
    rows.mentions = [
        _mention(t, "CONSULT", "held talks", p[0], n, s, "2024-03-03", others=[("mediator", w)],
                 place=("Geneva", "CHE", 46.2, 6.15)),
        _mention(t, "AGREE", "offered", p[1], s, n, "2024-03-10", status="intended"),
        _mention(t, "REJECT", "rejected", p[2], n, s, "2024-03-12"),
        _mention(t, "REQUEST", "urged", p[2], n, s, "2024-03-12"),
        _mention(t, "SUPPORT", "signed", p[3], n, s, "2024-03-20"),
    ]
    return rows
