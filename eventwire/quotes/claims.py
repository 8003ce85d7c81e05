"""Claims: what an actor claimed, alleged, insisted or denied, with the text disputing it.

A reported statement becomes a claim when its cue is claim-like (claimed, alleged,
insisted, accused, denied …) or when something nearby disputes it.  Disputes are looked
for in the statement's own sentence (a clause opened by "but", "even though", "despite" …
outside the statement) and in the next two sentences (or the one before, for a competing
figure): another party's statement that denies, rejects, negates or runs against it, a
sentence opened by a contrastive connective, or a report of missing or contrary evidence
("no evidence", "images showed …").  Cues live in ``data/dispute_cues.tsv``.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan

from ..model import Claim, Quote, Span
from .docindex import DocIndex
from .lexicon import Lexicon

CLAIM_CLASSES = {"claim", "accuse", "deny"}
NEGATORS = {"no", "not", "never", "nothing", "none", "n't", "neither", "nor"}
LOOKAHEAD = 2           # sentences after the statement in which a weak dispute may come
LONG_LOOKAHEAD = 8      # …and a denial, a rebuttal or the accused's own answer
EDGE = " \t\n,.;:"


def _clean_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return Span(text[start:end], start, end) if end - start > 2 else None


def _name_key(q: Quote | None) -> str | None:
    if q is None or q.speaker is None:
        return None
    return (q.speaker.name or q.speaker.text or "").lower()


class ClaimFinder:
    def __init__(self, lex: Lexicon):
        self.lex = lex

    # -- signals in one sentence -------------------------------------------------------------
    def _has_evidence_phrase(self, sent: SpacySpan) -> bool:
        words = [t.lower_ for t in sent]
        for phrase in self.lex.evidence:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase:
                    return True
        return False

    def _opens_with_contrast(self, sent: SpacySpan) -> bool:
        for t in sent[:3]:
            if t.is_punct or t.is_space:
                continue
            return t.lower_ in self.lex.contrast and t.lower_ not in ("while",)
        return False

    def _rebuts(self, sent: SpacySpan) -> bool:
        return any(t.lemma_.lower() in self.lex.rebut and t.pos_ == "VERB" for t in sent)

    def _negated(self, doc: Doc, start: int, end: int) -> bool:
        key = (start, end)
        if key not in self._neg_cache:
            span = doc.char_span(start, end, alignment_mode="expand")
            self._neg_cache[key] = span is not None and any(
                t.lower_ in NEGATORS or t.dep_ == "neg" for t in span)
        return self._neg_cache[key]

    def _contrast_clauses(self, sent: SpacySpan, q: Quote) -> list[tuple[int, int]]:
        """Clauses of the statement's own sentence that run against it."""
        out = []
        for t in sent:
            if t.lower_ not in self.lex.contrast or q.start <= t.idx < q.end:
                continue
            if t.dep_ == "cc":
                conj = [c for c in t.head.children if c.dep_ == "conj" and c.i > t.i]
                if not conj:
                    continue
                a, b = t.i, conj[0].right_edge.i + 1
            elif t.dep_ in ("mark", "prep", "advmod"):
                head = t if t.dep_ == "prep" else t.head
                a, b = head.left_edge.i, head.right_edge.i + 1
                if t.dep_ == "advmod" and t.lower_ in ("yet", "still"):
                    continue
            else:
                continue
            ca, cb = sent.doc[a].idx, sent.doc[b - 1].idx + len(sent.doc[b - 1])
            if cb <= q.start or ca >= q.end:            # outside the statement itself
                out.append((ca, cb))
        return out

    # -- main --------------------------------------------------------------------------------
    def _words(self, doc: Doc, q: Quote) -> tuple[set[str], bool]:
        """Content lemmas of a statement (for "same matter" checks) and whether it has a number."""
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return set(), False
        lemmas = {t.lemma_.lower() for t in span if t.pos_ in ("NOUN", "PROPN", "VERB")
                  and not t.is_stop and len(t.text) > 3 and t.lemma_.lower() not in self.lex.cues}
        return lemmas, any(t.like_num for t in span)

    def _has_phrase(self, doc: Doc, start: int, end: int, phrases) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        words = [t.lower_ for t in span]
        lemmas = [t.lemma_.lower() for t in span]
        for phrase in phrases:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase or tuple(lemmas[i:i + n]) == phrase:
                    return True
        return False

    def _why_other(self, doc: Doc, q: Quote, cls, oq: Quote, ocue, other: SpacySpan,
                   distance: int, mine: tuple[set[str], bool], theirs: tuple[set[str], bool]
                   ) -> str | None:
        """Why another party's statement ``oq`` disputes ``q`` (None: it does not)."""
        ocls = getattr(getattr(ocue, "cue", None), "cls", None)
        if ocls == "deny":
            return "denial"
        negated = self._negated(doc, oq.start, oq.end)
        surname = (oq.speaker.name or "").split()[-1:] if oq.speaker else []
        if surname and len(surname[0]) > 2 and surname[0].lower() in q.text.lower() and (
                cls in CLAIM_CLASSES or negated):
            return "accused-responds"           # the one the claim is about answers it
        if distance > LOOKAHEAD or distance < 0 and cls not in CLAIM_CLASSES | {"estimate"}:
            return None
        if "estimate" in (cls, ocls) and mine[1] and theirs[1]:
            return "competing-figure"
        if negated and (abs(distance) == 1 or mine[0] & theirs[0]):
            return "negated-statement"
        if self._opens_with_contrast(other):
            return "contrary-statement"
        if self._has_phrase(doc, oq.start, oq.end, self.lex.contrary):
            return "contrary-statement"
        if ocls == "name" and self._has_phrase(doc, oq.start, oq.end, [(w,) for w in self.lex.discredit]):
            return "discredited"
        if distance > 0 and len(mine[0] & theirs[0]) >= 1 and ocls in ("say", "claim"):
            return "competing-account"
        return None

    def find(self, ix: DocIndex, quotes: list[tuple[Quote, object]]) -> list[Claim]:
        self._neg_cache: dict[tuple[int, int], bool] = {}
        doc = ix.doc
        text = ix.text
        sents = ix.sents
        sent_index = ix.sent_index_of_char
        sentence_signals: dict[int, tuple[bool, bool, bool]] = {}

        def signals(sj: int) -> tuple[bool, bool, bool]:
            """(rebuttal verb, evidence phrase, opens with contrast) of sentence sj, once."""
            if sj not in sentence_signals:
                other = sents[sj]
                sentence_signals[sj] = (self._rebuts(other), self._has_evidence_phrase(other),
                                        self._opens_with_contrast(other))
            return sentence_signals[sj]

        by_sent: dict[int, list[tuple[Quote, object]]] = {}
        words = {}
        for q, cue in quotes:
            by_sent.setdefault(sent_index(q.start), []).append((q, cue))
            words[id(q)] = self._words(doc, q)

        claims = []
        for q, cue in quotes:
            if q.speaker is None:
                continue
            cls = getattr(getattr(cue, "cue", None), "cls", None)
            si = sent_index(q.start)
            sent = sents[si]
            me = _name_key(q)
            disputes: list[tuple[Span, str]] = []
            for a, b in self._contrast_clauses(sent, q):
                sp = _clean_span(text, a, b)
                if sp:
                    disputes.append((sp, "contrast-clause"))
            # another party's denial in the same sentence ("X blames Y; Z denies it")
            for oq, ocue in by_sent.get(si, []):
                if oq is q or _name_key(oq) in (None, me) or oq.start < q.end:
                    continue
                if getattr(getattr(ocue, "cue", None), "cls", None) == "deny":
                    subj = getattr(ocue, "subject", None)
                    a = min(subj.left_edge.idx, oq.start) if subj is not None else oq.start
                    sp = _clean_span(text, a, oq.end)
                    if sp:
                        disputes.append((sp, "denial"))
            window = list(range(si + 1, min(len(sents), si + 1 + LONG_LOOKAHEAD)))
            if si > 0:
                window.insert(0, si - 1)
            for sj in window:
                other = sents[sj]
                distance = sj - si
                why = None
                for oq, ocue in by_sent.get(sj, []):
                    if _name_key(oq) in (None, me):
                        continue
                    why = self._why_other(doc, q, cls, oq, ocue, other, distance,
                                          words[id(q)], words[id(oq)])
                    if why:
                        break
                if why is None and distance > 0:
                    same_speaker = any(_name_key(oq) == me for oq, _ in by_sent.get(sj, []))
                    rebuts, evidence, contrast = signals(sj)
                    if rebuts and not same_speaker:
                        why = "rebuttal"
                    elif evidence and not same_speaker:
                        why = "evidence"
                    elif distance <= LOOKAHEAD and contrast and \
                            self._negated(doc, other.start_char, other.end_char):
                        why = "contrast-sentence"
                if why:
                    sp = _clean_span(text, other.start_char, other.end_char)
                    if sp:
                        disputes.append((sp, why))
            if cls not in CLAIM_CLASSES and not disputes:
                continue
            claims.append(Claim(text=q.text, start=q.start, end=q.end, claimant=q.speaker,
                                cue=q.cue, disputed_by=[d for d, _ in disputes],
                                explain={"rule": "claim-cue" if cls in CLAIM_CLASSES else "disputed",
                                         "disputes": [w for _, w in disputes]}))
        return claims
