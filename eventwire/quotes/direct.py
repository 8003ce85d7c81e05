"""Quotation-mark quotes: decide direct or partial, and find their attribution.

A quote is *direct* when it stands as the speaker's own sentence(s): it opens its
sentence or follows a colon, or runs over sentences or paragraphs.  Otherwise it is
*partial*: a few quoted words inside the writer's sentence.  Attribution, in order: a cue
whose reported content holds the quote; for a partial quote, the cue the quoted words
hang on in the parse; a cue elsewhere in the quote's sentence; a dash line ("— Sen. X,
on Twitter"); a "From X:" lead-in; the speaker of the adjacent quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .cues import CueHit
from .docindex import DocIndex
from .marks import QuoteSpan

DASH_ATTRIBUTION = re.compile(r"[ \t]*[\u2014\u2013-]{1,2}[ \t]*(?P<who>[^\n]+)")
FROM_LEADIN = re.compile(r"^[ \t]*From (?P<who>[^\n:]{2,80}):[ \t]*$", re.MULTILINE)
TRAILING = " \t\n,;:"


@dataclass
class MarkedQuote:
    span: QuoteSpan
    text_start: int
    text_end: int
    kind: str                   # direct | partial
    sent_start: int             # token index of the sentence holding the opening mark
    sent_end: int               # token index one past the sentence holding the end
    cue: CueHit | None = None
    rule: str | None = None
    dash_who: tuple[int, int] | None = None   # char range naming the speaker after a dash
    from_who: tuple[int, int] | None = None


def classify(ix: DocIndex, q: QuoteSpan) -> MarkedQuote:
    doc = ix.doc
    text = ix.text
    start, end = q.start, q.end
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    first = ix.token_at(q.open_mark)
    last = ix.token_at(max(q.start, end - 1))
    sent_a, sent_b = ix.sent_of_token(first.i), ix.sent_of_token(last.i)
    before = text[:q.open_mark].rstrip(" \t")
    opens_sentence = first.i == sent_a.start or doc[sent_a.start].idx >= q.open_mark
    after_colon = before.endswith(":")
    body = text[start:end]
    n_words = len(body.split())
    multi = sent_a.start != sent_b.start or q.close_mark is None or q.continued
    starts_upper = body[:1].isupper() or body[:1].isdigit()
    direct = (starts_upper and (opens_sentence or after_colon or multi) and n_words >= 3) or (
        q.continued or (multi and n_words >= 6))
    mq = MarkedQuote(q, start, end, "direct" if direct else "partial", sent_a.start, sent_b.end)
    if direct and q.close_mark is not None:
        after = q.close_mark + q.close_len
        m = DASH_ATTRIBUTION.match(text, after)
        if m and text[after:m.start("who")].strip():
            mq.dash_who = (m.start("who"), m.end("who"))
    if direct:
        lead_end = len(text[:q.open_mark].rstrip())
        lead_start = text.rfind("\n", 0, lead_end) + 1
        m = FROM_LEADIN.match(text, lead_start, lead_end)
        if m:
            mq.from_who = (m.start("who"), m.end("who"))
    return mq


def attribute(doc: Doc, mq: MarkedQuote, cues: list[CueHit]) -> None:
    """Pick the cue that introduces this quote (sets ``mq.cue`` and ``mq.rule``)."""
    a, b = mq.text_start, mq.text_end
    sent_cues = [c for c in cues if mq.sent_start <= c.token.i < mq.sent_end]
    # 1. a cue whose content holds the quote
    holding = []
    for c in sent_cues:
        if c.content is None:
            continue
        cs, ce = doc[c.content[0]].idx, doc[c.content[1] - 1].idx + len(doc[c.content[1] - 1])
        if cs < b and a < ce:
            holding.append(c)
    if holding:
        mq.cue, mq.rule = min(holding, key=lambda c: abs(c.token.idx - a)), "cue-content"
        return
    # 2. partial: the cue the quoted words hang on ("called the deal 'a step'")
    if mq.kind == "partial":
        inside = [t for t in doc[mq.sent_start:mq.sent_end] if a <= t.idx < b]
        heads = [t for t in inside if not (a <= t.head.idx < b)]
        by_token = {c.token.i: c for c in sent_cues}
        for h in heads:
            t, hops = h.head, 0
            while hops < 6:
                if t.i in by_token:
                    mq.cue, mq.rule = by_token[t.i], "cue-governs"
                    return
                if t.head.i == t.i:
                    break
                t, hops = t.head, hops + 1
        return
    # 3. direct: any cue in the quote's sentences outside the marks
    if sent_cues:
        mq.cue, mq.rule = min(sent_cues, key=lambda c: abs(c.token.idx - b)), "cue-sentence"
