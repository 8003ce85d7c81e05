"""Scoring predictions against annotated gold articles, by the rules of the gold FORMAT.md.

The figures and their names are those of the reference scorer shipped with the gold sets
(``score.py``); ``tests/eval`` checks that both give the same numbers on the same files.

- Event: same type; same source country (surname overlap where the country is unknown or
  IGO); same target country where gold has a target; the predicted evidence covers at least
  half of the gold evidence's tokens.  One-to-one maximum matching; required gold events
  first, then optional ones absorb what is left without counting either way.  Mutual types
  (CONSULT, COOPERATE, AGREE) match with source and target either way round.
- Quote: at least half of the gold quote's tokens inside the predicted text; speaker by surname.
- Time: gold text found (either contains the other) and value equal.
- Place: gold text or name found, same country, within 161 km.
- Cleaning: gold boilerplate lines absent from the text's lines; gold evidence and quotes
  present in the text; the headline equal, over articles whose headline is in ``raw``.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                       "\u2014": "-", "\u2013": "-"})
MUTUAL_TYPES = {"CONSULT", "COOPERATE", "AGREE"}


def normalise(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(_FOLD)
    return re.sub(r"\s+", " ", s).strip().lower()


def tokens(s: str | None) -> list[str]:
    return re.findall(r"[a-z0-9]+", normalise(s))


def covers(gold_text: str, pred_text: str, share: float = 0.5) -> bool:
    """At least `share` of the gold text's tokens occur in the predicted text."""
    gold = tokens(gold_text)
    if not gold:
        return False
    pred = set(tokens(pred_text))
    return sum(t in pred for t in gold) / len(gold) >= share


def same_person(gold: dict | None, pred: dict | None) -> bool:
    """The gold name's last word (or half its words) occurs in the predicted name or text."""
    if not gold or not pred:
        return False
    words = [t for t in tokens(gold.get("name")) if len(t) > 2]
    seen = set(tokens(pred.get("name")) + tokens(pred.get("text")))
    return bool(words) and (words[-1] in seen or len(set(words) & seen) >= max(1, len(words) // 2))


def same_actor(gold: dict | None, pred: dict | None) -> bool:
    if gold is None:
        return True
    if not pred:
        return False
    country = gold.get("country")
    if country and country != "IGO" and country == pred.get("country"):
        return True
    return same_person(gold, pred)


def _evidence(ev) -> str:
    return ev.get("text", "") if isinstance(ev, dict) else (ev or "")


def event_matches(gold: dict, pred: dict, check_type: bool = True, check_actors: bool = True) -> bool:
    if check_type and gold["type"] != pred.get("type"):
        return False
    if check_actors:
        src, tgt = gold.get("source"), gold.get("target")
        straight = same_actor(src, pred.get("source")) and (tgt is None or same_actor(tgt, pred.get("target")))
        crossed = (gold["type"] in MUTUAL_TYPES and tgt is not None
                   and same_actor(src, pred.get("target")) and same_actor(tgt, pred.get("source")))
        if not (straight or crossed):
            return False
    return covers(gold["evidence"], _evidence(pred.get("evidence")))


def _bipartite(left: list[int], n_right: int, ok, taken: set[int]) -> dict[int, int]:
    """Maximum matching of `left` to right indices not in `taken` (augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in range(n_right):
            if p in taken or p in seen or not ok(g, p):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in left:
        augment(g, set())
    return {g: p for p, g in owner.items()}


@dataclass
class EventMatch:
    tp: int
    fp: int
    fn: int
    pairs: list[tuple[int, int]]          # (gold index, prediction index), optional ones too
    unmatched_pred: list[int]
    missed_gold: list[int]


def match_events(gold: list[dict], pred: list[dict], **kw) -> EventMatch:
    ok = lambda g, p: event_matches(gold[g], pred[p], **kw)
    required = [i for i, e in enumerate(gold) if not e.get("optional")]
    optional = [i for i, e in enumerate(gold) if e.get("optional")]
    first = _bipartite(required, len(pred), ok, set())
    used = set(first.values())
    second = _bipartite(optional, len(pred), ok, used)
    used |= set(second.values())
    return EventMatch(
        tp=len(first), fp=len(pred) - len(used), fn=len(required) - len(first),
        pairs=sorted(first.items()) + sorted(second.items()),
        unmatched_pred=[i for i in range(len(pred)) if i not in used],
        missed_gold=[i for i in required if i not in first],
    )


def km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(min(1, math.sqrt(h)))


@dataclass
class Scores:
    counts: Counter = field(default_factory=Counter)
    detail: list[str] = field(default_factory=list)


def _score_events(g: dict, p: dict, s: Scores, detail: bool) -> None:
    c = s.counts
    gev, pev = g.get("events") or [], p.get("events") or []
    for name, kw in (("event", {}), ("event_type_only", {"check_actors": False}),
                     ("event_actors_only", {"check_type": False})):
        m = match_events(gev, pev, **kw)
        c[name + "_tp"] += m.tp
        c[name + "_fp"] += m.fp
        c[name + "_fn"] += m.fn
        if name != "event":
            continue
        for gi, pi in m.pairs:
            ge, pe = gev[gi], pev[pi]
            if ge.get("optional"):
                continue
            c["status_n"] += 1
            c["status_ok"] += ge.get("status", "asserted") == pe.get("status", "asserted")
            if ge.get("date"):
                c["date_n"] += 1
                c["date_ok"] += ge["date"] == pe.get("date")
            if ge.get("place"):
                c["place_n"] += 1
                c["place_ok"] += bool(pe.get("place")) and pe["place"].get("country") == ge["place"].get("country")
        if detail:
            for gi in m.missed_gold:
                ge = gev[gi]
                s.detail.append(f"{g['id']} MISSED {ge['type']} {ge['source'].get('name')} -> "
                                f"{(ge.get('target') or {}).get('name')} | {ge['evidence']}")
            for pi in m.unmatched_pred:
                pe = pev[pi]
                s.detail.append(f"{g['id']} FALSE  {pe.get('type')} {(pe.get('source') or {}).get('name')} -> "
                                f"{(pe.get('target') or {}).get('name')} | {_evidence(pe.get('evidence'))[:90]}")


def _score_quotes_and_claims(g: dict, p: dict, c: Counter) -> None:
    pq = p.get("quotes") or []
    hit: set[int] = set()
    for gq in g.get("quotes", []):
        c["quote_n"] += 1
        found = [i for i, q in enumerate(pq) if covers(gq["text"], q.get("text", ""))]
        if found:
            c["quote_found"] += 1
            c["quote_speaker_ok"] += any(same_person(gq.get("speaker"), pq[i].get("speaker")) for i in found)
            hit.update(found)
    c["quote_pred"] += len(pq)
    c["quote_pred_hit"] += len(hit)

    pc = p.get("claims") or []
    for gc in g.get("claims", []):
        c["claim_n"] += 1
        disputes = gc.get("disputed_by", [])
        found = [x for x in pc if covers(gc["text"], x.get("text", ""))]
        if not found:
            c["dispute_n"] += len(disputes)
            continue
        c["claim_found"] += 1
        c["claimant_ok"] += any(same_person(gc.get("claimant"), x.get("claimant")) for x in found)
        for d in disputes:
            c["dispute_n"] += 1
            c["dispute_ok"] += any(covers(d, y) for x in found for y in x.get("disputed_by", []))


def _score_times_and_places(g: dict, p: dict, c: Counter) -> None:
    pt = [x for x in (p.get("times") or []) if normalise(x.get("text"))]
    for gt in g.get("times", []):
        c["time_n"] += 1
        want = normalise(gt["text"])
        found = [x for x in pt if want in normalise(x.get("text")) or normalise(x.get("text")) in want]
        c["time_found"] += bool(found)
        c["time_ok"] += any(x.get("value") == gt["value"] for x in found)

    pp = p.get("places") or []
    for gp in g.get("places", []):
        c["place_ref_n"] += 1
        found = [x for x in pp if normalise(x.get("text")) == normalise(gp["text"])
                 or normalise(x.get("name")) == normalise(gp["name"])]
        c["place_ref_found"] += bool(found)
        c["place_ref_ok"] += any(
            x.get("country") == gp["country"] and x.get("lat") is not None and x.get("lon") is not None
            and km_between((gp["lat"], gp["lon"]), (x["lat"], x["lon"])) <= 161 for x in found)


def _score_cleaning(g: dict, p: dict, c: Counter) -> None:
    text = p.get("text") or ""
    lines = {normalise(x) for x in text.splitlines()}
    for b in g.get("boilerplate", []):
        c["boiler_n"] += 1
        c["boiler_removed"] += normalise(b) not in lines
    flat = normalise(text)
    for s in [e["evidence"] for e in g.get("events", [])] + [q["text"] for q in g.get("quotes", [])]:
        c["kept_n"] += 1
        c["kept_ok"] += normalise(s) in flat
    if g.get("title") and normalise(g["title"]) in normalise(g.get("raw")):
        c["title_n"] += 1
        c["title_ok"] += normalise(g["title"]) == normalise(p.get("title"))


def score(gold_rows: list[dict], predictions: dict[str, dict], detail: bool = False) -> Scores:
    s = Scores()
    for g in gold_rows:
        s.counts["articles"] += 1
        p = predictions.get(g["id"])
        if p is None:
            s.counts["articles_missing"] += 1
            p = {}
        _score_events(g, p, s, detail)
        _score_quotes_and_claims(g, p, s.counts)
        _score_times_and_places(g, p, s.counts)
        _score_cleaning(g, p, s.counts)
    return s


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# (figure, numerator, denominator) for every accuracy-like figure, grouped by area
RATIOS = {
    "events": [("event_status_acc", "status_ok", "status_n"), ("event_date_acc", "date_ok", "date_n"),
               ("event_place_country_acc", "place_ok", "place_n")],
    "quotes": [("quote_recall", "quote_found", "quote_n"), ("quote_precision", "quote_pred_hit", "quote_pred"),
               ("quote_speaker_acc", "quote_speaker_ok", "quote_found"),
               ("quote_end_to_end", "quote_speaker_ok", "quote_n")],
    "claims": [("claim_recall", "claim_found", "claim_n"), ("claimant_acc", "claimant_ok", "claim_found"),
               ("dispute_recall", "dispute_ok", "dispute_n")],
    "times": [("time_found", "time_found", "time_n"), ("time_value_acc", "time_ok", "time_n")],
    "places": [("place_found", "place_ref_found", "place_ref_n"),
               ("place_161km_acc", "place_ref_ok", "place_ref_n")],
    "cleaning": [("boilerplate_removed", "boiler_removed", "boiler_n"),
                 ("article_text_kept", "kept_ok", "kept_n"), ("title_acc", "title_ok", "title_n")],
}


def figures(counts: Counter) -> dict[str, float | int | None]:
    """The reference scorer's figures, in its order."""
    out: dict[str, float | int | None] = {}
    for name in ("event", "event_type_only", "event_actors_only"):
        p, r, f = _prf(counts[name + "_tp"], counts[name + "_fp"], counts[name + "_fn"])
        out[name + "_precision"], out[name + "_recall"], out[name + "_f1"] = round(p, 4), round(r, 4), round(f, 4)
    for group in RATIOS.values():
        for fig, num, den in group:
            out[fig] = round(counts[num] / counts[den], 4) if counts[den] else None
    out["articles"] = counts["articles"]
    out["articles_missing"] = counts["articles_missing"]
    return out


AREAS = {
    "events": ["event_precision", "event_recall", "event_f1", "event_type_only_f1",
               "event_actors_only_f1"] + [f for f, _, _ in RATIOS["events"]],
    **{area: [f for f, _, _ in rows] for area, rows in RATIOS.items() if area != "events"},
}
