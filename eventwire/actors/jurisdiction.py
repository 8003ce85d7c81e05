"""People a court or police force acts on belong, failing anything better, to its country.

"A Moscow court sentenced actor Pavel Ustinov", "Delhi Police arrested Disha Ravi": an
untitled person the tables do not know has no country of his own in the text, but courts and
police act within their own jurisdiction, so the people they try, sentence, arrest or question
are most often that state's.  A nationality in the person's own phrase ("the American
journalist"), an office or a notable-people row still comes first: only persons left with no
country are given one here.
"""
from __future__ import annotations

from spacy.tokens import Doc

JURISDICTION_SECTORS = {"JUD", "POL"}


def jurisdiction_countries(doc: Doc, mentions) -> None:
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        a = m.actor
        if a.country is not None or a.kind != "person" or m.is_role or a.explain.get("office"):
            continue
        tok = doc[m.head]
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if tok.dep_ == "dobj":
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        elif tok.dep_ == "nsubjpass":
            doers = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        else:
            continue
        for d in doers:
            court = by_head.get(d.i)
            if court is not None and court.actor.sector in JURISDICTION_SECTORS \
                    and court.actor.country not in (None, "IGO"):
                a.country = court.actor.country
                a.explain["country"] = {"rule": "jurisdiction", "word": court.actor.text}
                break
