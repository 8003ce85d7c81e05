"""Claims: what an actor claimed, alleged, accused or denied, with the text disputing it.

A reported statement becomes a claim when its cue is claim-like (its lexicon status is
``claimed`` or ``denied``: claimed, alleged, insisted, accused, blamed, denied …), and then
``Claim.kind`` is that status; any other statement of fact becomes a claim of kind
``disputed`` only when something disputes it.  Requests, promises, judgements and states of
mind are never claims.  What disputes a statement: a contrastive clause of its own sentence
("but …", "even though …"); another party's denial that comes right after it, is by the one
it is about, or shares two content words with it; a rebuttal ("rejected the accusation") or
a report of missing or contrary evidence ("no evidence of …") right after it, about the same
things, or pointing back at it; another party's competing figure or account of the same
matter.  Each dispute is the disputing clause where the parse allows ("Pyongyang denies
involvement", "no evidence of casualties was made public"), not its whole sentence; the rule
that found it is in ``explain["disputes"]``.  Cues live in ``data/dispute_cues.tsv``.
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span as SpacySpan

from ..model import Claim, Quote, Span
from .docindex import DocIndex
from .lexicon import Lexicon

CLAIM_CLASSES = {"claim", "accuse", "deny"}
# what these cues report is a request, a promise or threat, a judgement or a state of mind:
# nothing that is true or false, so nothing another party can dispute as a claim
NOT_PROPOSITIONS = {"request", "promise", "judge", "attitude", "think"}
NEGATORS = {"no", "not", "never", "nothing", "none", "n't", "neither", "nor"}
LOOKAHEAD = 2           # sentences after the statement in which a weak dispute may come
LONG_LOOKAHEAD = 8      # …and a denial, a rebuttal or the accused's own answer
EDGE = " \t\n,.;:"
CONCESSIVE_OPENERS = {"even", "although", "though", "despite", "notwithstanding"}


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
    def _evidence_matches(self, sent: SpacySpan):
        """Where evidence phrases start in a sentence.  "No sign of" before a gerund
        reports how someone behaves ("showed no sign of softening its stance"), not missing
        evidence, and is skipped."""
        words = [t.lower_ for t in sent]
        for phrase in self.lex.evidence:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == phrase:
                    after = sent[i + n: i + n + 2]
                    if len(after) == 2 and after[0].lower_ == "of" and after[1].tag_ == "VBG":
                        continue
                    yield i, phrase

    def _has_evidence_phrase(self, sent: SpacySpan) -> bool:
        return next(self._evidence_matches(sent), None) is not None

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
            doc = sent.doc
            if doc[b - 1].dep_ == "cc" and t.dep_ == "mark":
                # "Even though there were many images … and the city council said …, Lavrov
                # claimed": the parser closes the clause at "and"; it runs on to the comma
                # before the statement's own clause
                commas = [x.i for x in sent if x.text == "," and b <= x.i and x.idx < q.start]
                if commas:
                    b = commas[-1]
            ca, cb = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
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

    def _about(self, q: Quote, who, by_country: bool = True) -> bool:
        """Is the statement about ``who`` (named in it, or its country named in it)?"""
        if who is None:
            return False
        # a person is named by surname; a state or body by its name ("Russia" in "decision-makers
        # in Russia" only places the statement, it is not about Russia answering it)
        surname = (who.name or "").split()[-1:] if who.kind in ("person", None) else []
        if surname and len(surname[0]) > 2 and surname[0].lower() in q.text.lower():
            return True
        if not by_country:
            return False
        mine = q.speaker.country if q.speaker is not None else None
        return bool(who.country) and who.country != mine and \
            who.country in self._countries_in(q.start, q.end)

    def _countries_in(self, start: int, end: int) -> set[str]:
        i = bisect.bisect_left(self._mention_starts, start)
        out = set()
        while i < len(self._mentions) and self._mentions[i].start < end:
            if self._mentions[i].country:
                out.add(self._mentions[i].country)
            i += 1
        return out

    def _related_sentence(self, q: Quote, sent: SpacySpan, distance: int,
                          mine: set[str], speakers: list, latest: bool) -> bool:
        """A sentence disputes a statement right before it, one that shares two of its
        content words, or one about its subject ("Moscow rejected …" after a statement
        naming Russia); a sentence that points back ("rejected the accusation") disputes
        the last statement before it."""
        if abs(distance) <= 1:
            return True
        if any(self._about(q, sp) for sp in speakers):
            return True
        lemmas = {t.lemma_.lower() for t in sent if t.pos_ in ("NOUN", "PROPN", "VERB")
                  and not t.is_stop and len(t.text) > 3}
        return len(mine & lemmas) >= 2 or latest and any(l in self.lex.anaphors for l in lemmas)

    # -- the disputing clause -----------------------------------------------------------
    @staticmethod
    def _clause(tok) -> tuple[int, int]:
        """The clause a verb heads, without the clauses coordinated after it ("Moscow
        rejected the accusations and said …" → "Moscow rejected the accusations")."""
        doc = tok.doc
        a, b = tok.left_edge.i, tok.right_edge.i + 1
        if doc[a].dep_ == "mark" and doc[a].lower_ in ("that", "whether") and a < tok.i:
            a += 1
        for c in tok.children:
            if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX"):
                b = min(b, c.left_edge.i)
                while b > tok.i + 1 and (doc[b - 1].dep_ == "cc" or doc[b - 1].is_punct):
                    b -= 1
        return doc[a].idx, doc[b - 1].idx + len(doc[b - 1])

    def _evidence_clause(self, sent: SpacySpan) -> tuple[int, int] | None:
        """The clause holding the evidence phrase ("…, and no evidence of casualties was
        made public")."""
        for i, _phrase in self._evidence_matches(sent):
            tok = sent[i]
            while (tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass", "neg")) \
                    and tok.head.i != tok.i:
                tok = tok.head
            a, b = self._clause(tok)
            if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                              for c in tok.children):
                # "… had not been agreed and was not mentioned": the subject is shared
                a = min(a, tok.head.left_edge.idx)
            return a, b
        return None

    @staticmethod
    def _statement_clause(oq: Quote, ocue) -> tuple[int, int]:
        """Another party's statement with who made it and how ("Pyongyang denies
        involvement"), not the rest of its sentence."""
        a, b = oq.start, oq.end
        tok = getattr(ocue, "token", None)
        if tok is not None:
            a, b = min(a, tok.idx), max(b, tok.idx + len(tok.text))
            subj = getattr(ocue, "subject", None)
            if subj is not None and subj.sent.start == tok.sent.start:
                a = min(a, subj.left_edge.idx)
        return a, b

    def _subjects(self, sent: SpacySpan) -> list:
        """Actors that are subjects in a sentence ("Moscow rejected …")."""
        out = []
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass"):
                i = bisect.bisect_right(self._mention_starts, t.idx) - 1
                if i >= 0 and self._mentions[i].start <= t.idx < self._mentions[i].end:
                    out.append(self._mentions[i])
        return out

    def _why_other(self, doc: Doc, q: Quote, cls, oq: Quote, ocue, other: SpacySpan,
                   distance: int, mine: tuple[set[str], bool], theirs: tuple[set[str], bool]
                   ) -> str | None:
        """Why another party's statement ``oq`` disputes ``q`` (None: it does not)."""
        ocls = getattr(getattr(ocue, "cue", None), "cls", None)
        about = self._about(q, oq.speaker)
        if ocls == "deny":
            # a denial answers this statement when it comes right after it, when the one
            # who denies is the one it is about, or when it speaks of the same things; one
            # that points back ("denied the accusation") answers only what came before it
            if distance < 0 and any(w in self.lex.anaphors for w in oq.text.lower().split()):
                return None
            if abs(distance) <= 1:
                return "denial-adjacent"
            if about:
                return "denial-about"
            if len(mine[0] & theirs[0]) >= 2:
                return "denial-same-matter"
            return None
        negated = self._negated(doc, oq.start, oq.end)
        if self._about(q, oq.speaker, by_country=False) and (
                cls in CLAIM_CLASSES or negated and (distance <= LOOKAHEAD or len(mine[0] & theirs[0]) >= 2)):
            # the one the claim is about answers it; a plain statement that merely names
            # someone is answered by his negative statement only close by or on the same matter
            return "accused-responds"
        if distance > LOOKAHEAD or distance < 0 and cls not in CLAIM_CLASSES | {"estimate"}:
            return None
        if "estimate" in (cls, ocls) and mine[1] and theirs[1]:
            return "competing-figure"

        if self._opens_with_contrast(other):
            return "contrary-statement"
        if self._has_phrase(doc, oq.start, oq.end, self.lex.contrary):
            return "contrary-statement"
        if ocls == "name" and self._has_phrase(doc, oq.start, oq.end, [(w,) for w in self.lex.discredit]):
            return "discredited"
        shared = len(mine[0] & theirs[0])
        if distance > 0 and shared >= 2 and ocls in ("say", "claim"):
            return "competing-account"      # another party's account of the same matter
        return None

    def find(self, ix: DocIndex, quotes: list[tuple[Quote, object]], mentions=()) -> list[Claim]:
        self._neg_cache: dict[tuple[int, int], bool] = {}
        self._mentions = sorted((m for m in mentions if m.start is not None), key=lambda m: m.start)
        self._mention_starts = [m.start for m in self._mentions]
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
        starts = sorted(q.start for q, _ in quotes)
        # "Even though … the city council said a child was among the dead, Lavrov claimed …":
        # a statement inside the clause set against a claim is evidence, not a claim itself
        counter: dict[int, list[tuple[int, int]]] = {}
        for q, cue in quotes:
            if getattr(getattr(cue, "cue", None), "status", None) in ("claimed", "denied"):
                si = sent_index(q.start)
                counter.setdefault(si, []).extend(self._contrast_clauses(sents[si], q))
        for q, cue in quotes:
            if q.speaker is None:
                continue
            cls = getattr(getattr(cue, "cue", None), "cls", None)
            if cls in NOT_PROPOSITIONS:
                continue
            si = sent_index(q.start)
            sent = sents[si]
            if any(a <= q.start and q.end <= b for a, b in counter.get(si, ())):
                continue
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
                where = None            # the disputing clause, when narrower than the sentence
                for oq, ocue in by_sent.get(sj, []):
                    if _name_key(oq) in (None, me):
                        continue
                    why = self._why_other(doc, q, cls, oq, ocue, other, distance,
                                          words[id(q)], words[id(oq)])
                    if why:
                        where = self._statement_clause(oq, ocue)
                        break
                if why is None and distance == 1 and other[0].lower_ in CONCESSIVE_OPENERS:
                    # "Lavrov claimed X. Even though there were many images …, Lavrov claimed
                    # Y": the concession answers both of the speaker's claims
                    mine = [oq for oq, _ in by_sent.get(sj, []) if _name_key(oq) == me or (
                        oq.speaker is not None and q.speaker.entity is not None
                        and oq.speaker.entity == q.speaker.entity)]
                    if mine:
                        for a, b in self._contrast_clauses(other, mine[0]):
                            sp = _clean_span(text, a, b)
                            if sp:
                                disputes.append((sp, "concession-next-sentence"))
                if why is None and distance > 0:
                    same_speaker = any(_name_key(oq) == me for oq, _ in by_sent.get(sj, []))
                    rebuts, evidence, contrast = signals(sj)
                    latest = bisect.bisect_left(starts, other.start_char) == \
                        bisect.bisect_right(starts, q.start)
                    related = (rebuts or evidence) and not same_speaker and self._related_sentence(
                        q, other, distance, words[id(q)][0],
                        [oq.speaker for oq, _ in by_sent.get(sj, [])] + self._subjects(other), latest)
                    if rebuts and related:
                        why = "rebuttal"
                        where = self._clause(next(t for t in other if t.pos_ == "VERB"
                                                  and t.lemma_.lower() in self.lex.rebut))
                    elif evidence and related:
                        why = "evidence"
                        where = self._evidence_clause(other)
                    elif distance <= LOOKAHEAD and contrast and \
                            self._negated(doc, other.start_char, other.end_char):
                        why = "contrast-sentence"
                if why:
                    a, b = where or (other.start_char, other.end_char)
                    sp = _clean_span(text, max(a, other.start_char), min(b, other.end_char))
                    if sp:
                        disputes.append((sp, why))
            # a claim-like cue ("claimed", "alleged", "accused", "denied") makes a claim by
            # itself; any other statement is a claim only when something disputes it
            status = getattr(getattr(cue, "cue", None), "status", None)
            if status not in ("claimed", "denied") and not disputes:
                continue
            kind = status if status in ("claimed", "denied") else "disputed"
            claims.append(Claim(text=q.text, start=q.start, end=q.end, claimant=q.speaker,
                                cue=q.cue, kind=kind, disputed_by=[d for d, _ in disputes],
                                explain={"rule": "claim-cue" if status else "disputed",
                                         "disputes": [w for _, w in disputes]}))
        return claims
