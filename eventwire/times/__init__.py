"""Times: time expressions normalised against the publication date, and each event's date
and place (``EventDater``, the pipeline's last stage).

``TimeTagger`` runs one precompiled regex (``lexicon.pattern``) over the text for the news
forms it can normalise ("Thursday", "late Thursday", "Nov. 15", "in September", "two weeks
ago", "earlier this month", "1953"), reads the tense of each one's clause from the parse, and
computes its value (``normalise.value``).  spaCy DATE entities it does not cover are kept
with value None unless they are durations or ages ("two years", "a 52-year war"), which
are not points in time and are left out.  Quarters, seasons, decades and "now"/"recently"
are found too: their ``value`` is None and their TimeML value is in ``explain["timeml"]``
(``timeml.py``).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import Extraction, TimeExpression
from .dating import EventDater
from .lexicon import lexicon, pattern
from .normalise import value
from .tense import tense_of
from .timeml import timeml_value

__all__ = ["TimeTagger", "EventDater"]

_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


class TimeTagger:
    def __init__(self):
        lx = lexicon()
        self.pattern = pattern()
        units = "|".join(lx["duration_units"])
        # a DATE span that counts time rather than naming it: "two years", "11 days",
        # "52-year", "decades", "the past week"
        self.duration = re.compile(rf"(?i)\b(?:\d+|[a-z]+)[- ](?:{units})s?\b|\b(?:{units})s\b")

    def __call__(self, doc: Doc, ex: Extraction) -> None:
        pub = ex.article.published
        text = doc.text
        found: list[TimeExpression] = []
        covered: list[tuple[int, int]] = []
        last_day = None
        for m in self.pattern.finditer(text):
            start, end = m.span()
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            if (m.group("yr") and not m.group("yr_mod") and head.dep_ in ("nummod", "quantmod")
                    and head.head.tag_ == "NNS"):
                continue                 # "2000 troops" counts, it does not date
            tense = tense_of(head)
            val, rule = value(m, pub, tense, last_day)
            if val and _DAY_VALUE.match(val):
                last_day = val
            why = {"rule": rule, "tense": tense}
            tml = timeml_value(m, val, pub, tense)
            if tml:
                why["timeml"] = tml
            found.append(TimeExpression(m.group(), val, start, end, explain=why))
            covered.append((start, end))
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            if any(s < ent.end_char and ent.start_char < e for s, e in covered):
                continue
            if ent.label_ == "TIME" or self.duration.search(ent.text) or not any(
                    ch.isalpha() for ch in ent.text):
                continue
            found.append(TimeExpression(ent.text, None, ent.start_char, ent.end_char,
                                        explain={"rule": "spaCy DATE, not normalised"}))
        found.sort(key=lambda t: t.start)
        ex.times.extend(found)
