"""Country and sector accuracy of actor mentions against the actors of gold events.

usage: python tests/actors/dev_accuracy.py [GOLD.jsonl] [--show]

For every gold event actor (source, target, others) whose name occurs verbatim in the event's
evidence (located in the cleaned text), the mention covering that place is compared with the
gold country and sector.  Prints coverage (a mention was found there), country accuracy and
sector accuracy over covered places, and the time the stage took relative to spaCy's parse.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from eventwire.actors import ActorResolver
from eventwire.clean import Cleaner
from eventwire.eval.predict import scoring_input
from eventwire.io import article_from_record
from eventwire.mentions import MentionIndex
from eventwire.model import Extraction
from eventwire.pipeline import load_spacy

GOLD = Path(__file__).resolve().parents[3] / "shared" / "gold" / "dev.jsonl"


def gold_places(row: dict, text: str, after: int = 0):
    for ev in row.get("events", []):
        actors = [ev.get("source"), ev.get("target")] + list(ev.get("others") or [])
        evidence = ev.get("evidence") or ""
        at = text.find(evidence) if evidence else -1
        for a in actors:
            if not a or not a.get("name"):
                continue
            name = a["name"]
            word = re.compile(r"\b" + re.escape(name) + r"\b")
            hit = word.search(text, at) if at >= 0 else None
            if hit is None or (at >= 0 and hit.start() > at + len(evidence)):
                hit = word.search(text, after)   # not the dateline: a place, not an actor
            if hit is not None:
                yield a, hit.start(), hit.end()


def measure(path: Path, show: bool = False, nlp=None, resolver=None) -> dict:
    nlp = nlp or load_spacy()
    resolver = resolver or ActorResolver()
    cleaner = Cleaner()
    rows = [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]
    n = covered = country_ok = sector_ok = 0
    t_parse = t_actors = 0.0
    seen = set()
    for row in rows:
        art = cleaner(article_from_record(scoring_input(row)))
        t = time.perf_counter()
        doc = nlp(art.text)
        t_parse += time.perf_counter() - t
        ex = Extraction(article=art)
        t = time.perf_counter()
        resolver(doc, ex)
        t_actors += time.perf_counter() - t
        index = MentionIndex(ex.mentions)
        after = art.dateline.end if art.dateline is not None else 0
        for gold, s, e in gold_places(row, art.text, after):
            key = (row["id"], s, gold["country"], gold["sector"])
            if key in seen:
                continue
            seen.add(key)
            n += 1
            m = index.covering(s, e)
            if m is None:
                if show:
                    print(f"MISS {row['id']} {gold['name']!r} {gold['country']} {gold['sector']}")
                continue
            covered += 1
            c_ok, s_ok = m.country == gold["country"], m.sector == gold["sector"]
            country_ok += c_ok
            sector_ok += s_ok
            if show and not (c_ok and s_ok):
                print(f"{'C' if not c_ok else ' '}{'S' if not s_ok else ' '}   {row['id']} "
                      f"{gold['name']!r} {gold['country']} {gold['sector']} <- {m.text!r} "
                      f"{m.country} {m.sector} {m.explain.get('rule')}")
    return {"places": n, "covered": covered / n, "country": country_ok / covered,
            "country_all": country_ok / n, "sector": sector_ok / covered,
            "sector_all": sector_ok / n, "parse_s": t_parse, "actors_s": t_actors}


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv and not argv[0].startswith("-") else GOLD
    r = measure(path, show="--show" in argv)
    print(f"gold actor places: {r['places']}  covered: {r['covered']:.3f}")
    print(f"country accuracy (covered): {r['country']:.3f}  (over all: {r['country_all']:.3f})")
    print(f"sector accuracy (covered): {r['sector']:.3f}  (over all: {r['sector_all']:.3f})")
    print(f"time: parse {r['parse_s']:.2f}s, actors {r['actors_s']:.2f}s "
          f"({r['actors_s'] / r['parse_s']:.1%} of parse)")


if __name__ == "__main__":
    main(sys.argv[1:])
