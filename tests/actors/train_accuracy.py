"""Country, sector and coverage of actor mentions on the CC0 eventwire-train sentences.

usage: python tests/actors/train_accuracy.py [DIR] [--show]

Every event actor of every sentence (its ``text`` is a verbatim substring) is one place; the
mention covering it is compared with the gold country and sector.  Sentences are processed
as given (no cleaning), like the pipeline's ``clean=False``.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from eventwire.actors import ActorResolver
from eventwire.mentions import MentionIndex
from eventwire.model import Article, Extraction
from eventwire.pipeline import load_spacy

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "data" / "eventwire-train"


def rows(folder: Path):
    for f in sorted(folder.glob("train_*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)


def measure(folder: Path = TRAIN, show: bool = False, nlp=None, resolver=None) -> dict:
    nlp = nlp or load_spacy()
    resolver = resolver or ActorResolver()
    data = list(rows(folder))
    t = time.perf_counter()
    docs = list(nlp.pipe((r["text"] for r in data), batch_size=64))
    t_parse = time.perf_counter() - t
    n = covered = country_ok = sector_ok = role_n = 0
    t_actors = 0.0
    for row, doc in zip(data, docs):
        pub = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        ex = Extraction(article=Article(id=row["id"], text=row["text"], published=pub))
        t = time.perf_counter()
        resolver(doc, ex)
        t_actors += time.perf_counter() - t
        role_n += sum(1 for m in ex.mentions if m.role)
        index = MentionIndex(ex.mentions)
        seen = set()
        for ev in row["events"]:
            for a in (ev.get("source"), ev.get("target")):
                if not a or not a.get("text"):
                    continue
                s = row["text"].find(a["text"])
                if s < 0 or (s, a["text"]) in seen:
                    continue
                seen.add((s, a["text"]))
                n += 1
                m = index.covering(s, s + len(a["text"]))
                if m is None:
                    if show:
                        print(f"MISS {row['id']} {a['text']!r} {a['country']} {a['sector']}")
                    continue
                covered += 1
                c_ok, s_ok = m.country == a["country"], m.sector == a["sector"]
                country_ok += c_ok
                sector_ok += s_ok
                if show and not (c_ok and s_ok):
                    print(f"{'C' if not c_ok else ' '}{'S' if not s_ok else ' '}   {row['id']} "
                          f"{a['text']!r} {a['country']} {a['sector']} <- {m.text!r} "
                          f"{m.country} {m.sector} {m.explain.get('rule')}")
    return {"places": n, "covered": covered / n, "country": country_ok / covered,
            "sector": sector_ok / covered, "parse_s": t_parse, "actors_s": t_actors,
            "with_role": role_n}


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv and not argv[0].startswith("-") else TRAIN
    r = measure(folder, show="--show" in argv)
    print(f"train actor places: {r['places']}  covered: {r['covered']:.3f}")
    print(f"country accuracy (covered): {r['country']:.3f}  sector accuracy (covered): {r['sector']:.3f}")
    print(f"mentions with a role: {r['with_role']}")
    print(f"time: parse {r['parse_s']:.2f}s, actors {r['actors_s']:.2f}s "
          f"({r['actors_s'] / r['parse_s']:.1%} of parse)")


if __name__ == "__main__":
    main(sys.argv[1:])
