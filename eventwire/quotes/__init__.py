"""Quotes and claims: who said what, in their words or reported, and what is disputed.

Runs after the event stage.  Steps: find quotation marks (``marks``), find reporting cues
and the clauses they report (``cues``), make direct and partial quotes from the marks
(``direct``), indirect quotes from the remaining cues, resolve speakers (``speakers``),
mark events reported inside a quote (``attribution``), then find claims and what disputes
them (``claims``).  The attribution view (``QuoteExtractor(attributions=True)``, for
attribution-relation benchmarks) then adds what is attributed without being quoted: stance
verbs, negated and headline cues, things rather than clauses reported, and name-and-colon
lead-ins (``leadins``).
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..model import Actor, Extraction, Quote
from .attribution import attribute_events
from .claims import ClaimFinder
from .cues import CueHit, find_cues
from .direct import MarkedQuote, attribute, classify
from .docindex import DocIndex
from .leadins import find_leadins
from .lexicon import Lexicon
from .marks import find_quotes
from .speakers import SpeakerResolver


# cues whose quoted object is a label the speaker gave ("called it 'a stab in the back'")
NAMING = {"name", "accuse"}


def _name_span(quote: Quote, cue: CueHit | None) -> None:
    """Keep where the sentence names the speaker (the subject of the cue: "he", "a
    spokesman"), which can differ from where the resolved actor is named."""
    subj = getattr(cue, "subject", None)
    if quote.speaker is not None and subj is not None:
        quote.explain["speaker_span"] = [subj.left_edge.idx if subj.left_edge.i <= subj.i else subj.idx,
                                         subj.idx + len(subj.text)]


class QuoteExtractor:
    """``attributions=True`` is the attribution view (for attribution-relation benchmarks
    such as PolNeAR): it adds, after the quotes, what the text attributes to someone without
    quoting them (a stance, a negated or headline statement, a thing rather than a clause
    reported), each marked ``explain["view"] = "attribution"``; claims and events see only
    the quotes.  The default output is the quotes alone."""

    def __init__(self, attributions: bool = False):
        self.lex = Lexicon.load()
        self.claims = ClaimFinder(self.lex)
        self.attributions = attributions

    def __call__(self, doc: Doc, ex: Extraction) -> None:
        ix = DocIndex(doc)
        text = ix.text
        spans = find_quotes(text)
        bounds = [(q.open_mark, q.close_mark if q.close_mark is not None else q.end) for q in spans]
        opens = [b[0] for b in bounds]

        def inside_quote(char: int) -> bool:
            i = bisect.bisect_right(opens, char) - 1
            return i >= 0 and bounds[i][0] < char < bounds[i][1]

        all_cues = find_cues(ix, self.lex, inside_quote, broad=self.attributions)
        cues = [c for c in all_cues if not c.broad]
        speakers = SpeakerResolver(doc, ex.mentions, self.lex)
        for c in cues:                      # in text order, so pronouns see earlier speakers
            speakers.for_cue(c.token, c.subject, c.cue.cls)
        marked = [classify(ix, q) for q in spans]
        for mq in marked:
            attribute(doc, mq, cues)
            if mq.cue is None and mq.kind == "direct":
                self._colon_leadin(ix, mq, cues)

        quotes: list[tuple[Quote, CueHit | None]] = []
        consumed: set[int] = set()          # cues whose content is a direct quote
        partial_in: dict[int, MarkedQuote] = {}   # cue token -> partial quote inside its clause
        direct_quotes: list[tuple[MarkedQuote, Quote]] = []
        for mq in marked:
            q_text = text[mq.text_start:mq.text_end]
            if not q_text.strip():
                continue
            cue = mq.cue
            speaker, cue_text = None, None
            if cue is not None:
                cue_text = cue.text
                speaker = speakers.for_cue(cue.token, cue.subject, cue.cue.cls)
                if mq.kind == "partial" and self._is_phrase(ix, mq) and (
                        cue.cue.cls in NAMING or self._object_of(ix, mq, cue)):
                    # "called the deal 'a potentially significant step'": the quoted words
                    # are the speaker's own; the rest of the clause is the writer's
                    consumed.add(cue.token.i)
                elif mq.kind == "partial" and cue.content is not None and \
                        self._words_outside(doc, cue.content, mq) >= 2:
                    partial_in[cue.token.i] = mq
                    continue
                if cue.content is not None:
                    consumed.add(cue.token.i)
            elif mq.dash_who is not None:
                speaker, cue_text, mq.rule = self._named(doc, *mq.dash_who), "\u2014", "dash-line"
            elif mq.from_who is not None:
                speaker, cue_text, mq.rule = self._named(doc, *mq.from_who), "from", "from-leadin"
            elif mq.kind == "partial":
                continue        # scare quotes or a quoted term nobody is said to have said
            quote = Quote(text=q_text, kind=mq.kind, start=mq.text_start, end=mq.text_end,
                          speaker=speaker, cue=cue_text,
                          explain={"rule": f"marks-{mq.kind}", "attribution": mq.rule})
            _name_span(quote, cue)
            quotes.append((quote, cue))
            if mq.kind == "direct":
                direct_quotes.append((mq, quote))
        self._adjacent(text, direct_quotes)

        for c in cues:
            if c.content is None or c.token.i in consumed:
                continue
            if c.subject is None or not speakers.plausible(c.subject, c.cue.cls):
                continue
            s, e = c.content
            if sum(1 for t in doc[s:e] if t.is_alpha) < 2:
                continue        # "believes him", "confirmed it": nothing said is reported
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            kind = "partial" if c.token.i in partial_in else "indirect"
            quote = Quote(text=text[start:end], kind=kind, start=start, end=end,
                          speaker=speakers.for_cue(c.token, c.subject, c.cue.cls), cue=c.text,
                          explain={"rule": f"cue-{c.cue.cls}", "cue_lemma": c.cue.lemma,
                                   "claim_status": c.cue.status})
            _name_span(quote, c)
            quotes.append((quote, c))

        quotes.sort(key=lambda qc: qc[0].start)
        ex.quotes.extend(q for q, _ in quotes)
        attribute_events(ex.events, quotes)
        ex.claims.extend(self.claims.find(ix, quotes, ex.mentions))
        if self.attributions:
            # every cue: a partial quote ("called him 'a nasty guy'") leaves the rest of
            # what the cue attributes ("him a nasty guy") out of the quotes
            self._attribution_view(doc, ex, all_cues, speakers)

    def _attribution_view(self, doc: Doc, ex: Extraction, cues: list[CueHit],
                          speakers: SpeakerResolver) -> None:
        """Attributions that are not quotes, after the quotes (see the class docstring)."""
        text = doc.text
        taken = [(q.start, q.end) for q in ex.quotes]
        widened = {c.token.i for c in cues if c.broad}     # a cue the view reads more widely
        extra = []
        for c in cues:
            if not c.broad and c.token.i in widened:
                continue
            if c.content is None or c.subject is None or not speakers.plausible(c.subject, c.cue.cls):
                continue
            s, e = c.content
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            if any(a <= start and end <= b for a, b in taken):
                continue
            extra.append(Quote(text=text[start:end], kind="indirect", start=start, end=end,
                               speaker=speakers.for_cue(c.token, c.subject, c.cue.cls), cue=c.text,
                               explain={"rule": f"attribution-{c.cue.cls}", "cue_lemma": c.cue.lemma,
                                        "view": "attribution"}))
            _name_span(extra[-1], c)
        for li in find_leadins(doc, self.lex.speaker_nouns):
            if any(a <= li.start < b for a, b in taken):
                continue        # a quote already holds it
            speaker = self._named(doc, li.who.start_char, li.who.end_char)
            extra.append(Quote(text=text[li.start:li.end], kind="direct", start=li.start,
                               end=li.end, speaker=speaker, cue=":",
                               explain={"rule": "attribution-colon-leadin", "view": "attribution",
                                        "speaker_span": [li.who.start_char, li.who.end_char]}))
        ex.quotes.extend(extra)
        ex.quotes.sort(key=lambda q: q.start)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _object_of(ix: DocIndex, mq: MarkedQuote, cue: CueHit) -> bool:
        """The quoted words are the cue's own object ("said 'absolute solidarity'")."""
        tok = ix.token_at(mq.text_start)
        while tok.head.i != tok.i and mq.text_start <= tok.head.idx < mq.text_end:
            tok = tok.head
        return tok.head.i == cue.token.i

    @staticmethod
    def _is_phrase(ix: DocIndex, mq: MarkedQuote) -> bool:
        """Quoted words that name or qualify (no finite verb of their own)."""
        first = ix.token_at(mq.text_start).i
        last = ix.token_at(max(mq.text_start, mq.text_end - 1)).i
        return not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN", "VBG")
                       for t in ix.doc[first:last + 1])

    @staticmethod
    def _words_outside(doc: Doc, content: tuple[int, int], mq: MarkedQuote) -> int:
        return sum(1 for t in doc[content[0]:content[1]]
                   if t.is_alpha and not (mq.text_start <= t.idx < mq.text_end))

    @staticmethod
    def _colon_leadin(ix: DocIndex, mq: MarkedQuote, cues: list[CueHit]) -> None:
        """``X said:`` then the quote (same paragraph or the next)."""
        before = ix.text[:mq.span.open_mark].rstrip()
        if not before.endswith(":"):
            return
        sent = ix.sent_of_token(ix.token_at(len(before) - 1).i)
        cands = [c for c in cues if sent.start <= c.token.i < sent.end]
        if cands:
            mq.cue, mq.rule = cands[-1], "colon-leadin"

    @staticmethod
    def _named(doc: Doc, start: int, end: int) -> Actor | None:
        """The speaker named after a dash or in a "From X:" lead-in: the person named
        there, else the words up to the first comma."""
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            for ent in span.ents:
                if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    return Actor(text=ent.text, name=ent.text, start=ent.start_char,
                                 end=ent.end_char, kind="person" if ent.label_ == "PERSON"
                                 else "organisation", explain={"rule": "quote-speaker-named"})
        words = doc.text[start:end].split(",")[0].strip()
        if not words:
            return None
        return Actor(text=words, name=words, start=start, end=start + len(words),
                     kind="unknown", explain={"rule": "quote-speaker-named"})

    @staticmethod
    def _adjacent(text: str, direct: list[tuple[MarkedQuote, Quote]]) -> None:
        """A quoted paragraph with no attribution of its own takes the speaker of the
        adjacent attributed quote: the one before it when that ends the previous paragraph
        or sits in the same one, else the next one in its paragraph."""
        for i, (mq, q) in enumerate(direct):
            if q.speaker is not None or q.cue is not None:
                continue
            prev = direct[i - 1] if i > 0 else None
            nxt = direct[i + 1] if i + 1 < len(direct) else None
            if prev is not None and prev[1].speaker is not None and \
                    text.count("\n\n", prev[1].end, q.start) <= 1:
                q.speaker, q.cue = prev[1].speaker, prev[1].cue
                q.explain["attribution"] = "adjacent-before"
            elif nxt is not None and nxt[1].speaker is not None and \
                    "\n\n" not in text[q.end:nxt[1].start]:
                q.speaker, q.cue = nxt[1].speaker, nxt[1].cue
                q.explain["attribution"] = "adjacent-after"
