"""Reporting cues in the parse and the clause each one reports.

A cue is a verb of the reporting lexicon (``data/reporting_verbs.tsv``) that has what it
needs to report speech: "call" counts only with "for"/"on" or a predicate ("called the
deal a step"), "put" only with "at" ("put the turnout at 240,000").  Its reported content
is, in order of preference, its clausal complement (``ccomp``: "said that …"), its object
plus infinitive ("urged both sides to …"), or its object and prepositional complements
("accused X of …", "denied any role …").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import Cue, Lexicon

COMPLEMENTISERS = {"that", "whether", "if"}
# dependents that carry what a non-"say" cue reports
OBJECT_DEPS = {"dobj", "xcomp", "ccomp", "oprd", "prep", "dative", "attr", "acomp", "advcl"}
# "say"-class cues that report their object ("confirmed the attack", "announced a truce")
SAY_WITH_OBJECT = {"confirm", "announce", "report", "admit", "acknowledge", "predict", "note",
                   "cite", "mention", "show", "reveal", "disclose", "indicate"}
SENTENCE_END = {".", "!", "?", '"', "'", "''", "\u201d", "\u2019", ":", ";", ")"}
EDGE_PUNCT = set(",.;:!?\"'\u201c\u201d\u2018\u2019()-\u2014\u2013")


@dataclass
class CueHit:
    token: Token
    cue: Cue
    text: str                   # the cue as written ("said", "called for", "according to")
    content: tuple[int, int] | None   # token range [start, end) of the reported content
    subject: Token | None = None
    # found only in the attribution view (a stance verb, a negated or headline cue, a thing
    # rather than a clause reported): an attribution in the broad sense, not a quote
    broad: bool = False


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space
                           or doc[start].lower_ in COMPLEMENTISERS and start < end - 1):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _span_of(children: list[Token]) -> tuple[int, int]:
    return min(c.left_edge.i for c in children), max(c.right_edge.i for c in children) + 1


def _match(tok: Token, lex: Lexicon) -> tuple[Cue, str, Token | None] | None:
    """The lexicon entry this token satisfies, the cue text, and the particle if any."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    entries = lex.cues.get(tok.lemma_.lower())
    if not entries:
        return None
    for cue in entries:
        if cue.needs is None:
            return cue, tok.text, None
        if cue.needs == "oprd":
            if any(c.dep_ == "oprd" for c in tok.children) or any(
                    c.dep_ in ("ccomp", "xcomp") for c in tok.children) and any(
                    c.dep_ == "dobj" for c in tok.children):
                return cue, tok.text, None
            continue
        for c in tok.children:
            if c.dep_ in ("prep", "prt") and c.lower_ == cue.needs:
                return cue, f"{tok.text} {c.text}", c
    return None


def _that_clause(tok: Token) -> tuple[int, int] | None:
    """A "that"-clause the parser hung elsewhere ("said after the summit that …")."""
    sent_end = tok.sent.end
    for t in tok.doc[tok.i + 1:sent_end]:
        if t.lower_ == "that" and t.dep_ == "mark" and t.head.i > t.i and \
                t.head.pos_ in ("VERB", "AUX") and tok.left_edge.i <= t.i <= tok.right_edge.i:
            return t.i + 1, t.head.right_edge.i + 1
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("conj", "ROOT") and t.head.i != tok.i:
            return None
    return None


def _beside(tok: Token) -> tuple[int, int] | None:
    """"…, he said, and …": the clause the reporting verb interrupts or follows.  When
    the verb sits inside it with words on both sides, the whole clause is taken (the
    span must stay one verbatim stretch, so it keeps the ", he said," inside)."""
    head = tok.head
    if head.i == tok.i:
        return None
    before = (head.left_edge.i, tok.left_edge.i)
    after = (tok.right_edge.i + 1, head.right_edge.i + 1)
    words = lambda r: sum(1 for t in tok.doc[r[0]:r[1]] if t.is_alpha)
    if words(before) >= 3 and words(after) >= 3:
        return head.left_edge.i, head.right_edge.i + 1
    return before if words(before) >= words(after) else after


def _is_setting(prep: Token, settings: set[str]) -> bool:
    """"on Friday", "in a statement", "after the meeting": when or where it was said."""
    for obj in prep.children:
        if obj.dep_ == "pobj":
            return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in settings
    return False


def _allowed_part(c: Token, tok: Token, cue: Cue, settings: set[str]) -> bool:
    if c.i < tok.i or c.dep_ not in OBJECT_DEPS:
        return False
    if c.dep_ == "prep" and cue.needs != c.lower_ and _is_setting(c, settings):
        return False
    if c.dep_ == "advcl":
        # a condition belongs to a threat or promise ("strikes if the South …")
        return cue.cls == "name" or any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                        for m in c.children)
    return True


def content_of(tok: Token, cue: Cue, particle: Token | None,
               settings: set[str] = frozenset(), contrast: set[str] = frozenset()
               ) -> tuple[int, int] | None:
    doc = tok.doc
    if cue.lemma == "accord":
        # "…, according to X": the main clause it attaches to, without the attribution
        head = tok.head
        if head.i == tok.i:
            return None
        sent = tok.sent
        if tok.i < head.i:                           # "According to X, the clause …"
            return _trim(doc, particle.right_edge.i + 1, sent.end)
        return _trim(doc, sent.start, tok.i)
    if particle is not None:
        if cue.cls == "estimate":                    # "put the turnout at 240,000"
            parts = [c for c in tok.children if c.i > tok.i and c.dep_ not in ("punct", "cc", "conj")]
        else:                                        # "called on X to …", "called for calm"
            parts = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")] + [
                c for c in tok.children if c.i > particle.i and c.dep_ not in ("punct", "cc", "conj")]
        return _trim(doc, *_span_of(parts)) if parts else None
    right_ccomp = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i]
    if right_ccomp and cue.cls != "name":
        start, end = _subtree_range(right_ccomp[0])
        # "…, though the text does not say so": the writer's aside, not the speaker's words
        for adv in right_ccomp[0].children:
            if adv.dep_ == "advcl" and adv.i > right_ccomp[0].i and any(
                    m.dep_ == "mark" and m.lower_ in contrast for m in adv.children):
                end = min(end, adv.left_edge.i)
        return _trim(doc, start, end)
    if cue.cls in ("say", "claim", "deny", "promise", "think"):
        that = _that_clause(tok)
        if that is not None:
            return _trim(doc, *that)
    left_ccomp = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if left_ccomp and cue.cls != "name":
        return _trim(doc, *_subtree_range(left_ccomp[-1]))
    if tok.dep_ == "parataxis" and cue.cls in ("say", "claim", "think"):
        beside = _beside(tok)
        if beside is not None:
            return _trim(doc, *beside)
    if cue.cls == "say" and cue.lemma not in SAY_WITH_OBJECT:
        return None             # "said nothing", "told reporters": no reported clause
    parts = sorted((c for c in tok.children if _allowed_part(c, tok, cue, settings)), key=lambda c: c.i)
    if cue.cls == "think":
        # a belief or wish reports a proposition ("wants to leave"), not a thing ("wants revenge")
        parts = [c for c in parts if c.dep_ == "ccomp" or c.dep_ == "xcomp" and not (
            cue.lemma in COMMITMENTS and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if not parts:
        return None
    return _trim(doc, *_span_of(parts))


# "agreed to exchange prisoners", "decided to leave": a commitment to act, told as an act
# (an AGREE event), not a proposition anyone stated
COMMITMENTS = {"agree", "decide", "resolve", "pledge", "vow", "undertake", "commit"}


def _is_headline(sent) -> bool:
    """A headline or caption: a paragraph of its own with no closing punctuation."""
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.nbor(-1)
    return last.text not in SENTENCE_END


# verbs that take a clause without reporting anyone's words or mind ("make sure that …",
# "it means that …", "is that …")
NOT_ATTITUDE = {"be", "have", "do", "make", "ensure", "mean", "seem", "appear", "let", "help",
                "get", "go", "come", "take", "give", "keep", "become", "happen", "need"}


def _attitude(ix, tok: Token, inside_quote) -> CueHit | None:
    """A verb outside the lexicon that still reports a proposition: it takes a finite
    clause with its own subject to its right ("X is convinced that Y will …", "X warned
    donors Y …").  Its class is ``attitude``: a quote of what someone holds, not a claim."""
    from .speakers import subject_of

    if tok.pos_ != "VERB" or tok.lemma_.lower() in NOT_ATTITUDE:
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if comp is None or comp.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        return None
    if any(c.dep_ == "neg" for c in tok.children) or inside_quote(tok.idx):
        return None
    subject = subject_of(tok)
    if subject is None:
        return None
    content = _trim(tok.doc, *_subtree_range(comp))
    if content is None:
        return None
    return CueHit(tok, Cue(tok.lemma_.lower(), "attitude", None, None), tok.text, content, subject)


# prepositions that say when, where or how a stance was taken ("in a ruling", "during the
# debate", "since 2008"), not what it is about ("likened him to", "attacked her as")
CIRCUMSTANCE_PREPS = {"in", "during", "at", "after", "before", "since", "from", "by", "amid",
                      "despite", "until", "throughout", "while"}
# objects that say nothing of what was said ("told reporters", "said something")
EMPTY_OBJECTS = {"nothing", "something", "anything", "thing", "everything", "little", "much",
                 "lot", "word", "reporter", "audience", "crowd", "supporter", "question"}


def object_content(tok: Token, cue: Cue, settings: set[str] = frozenset()) -> tuple[int, int] | None:
    """What a verb takes a stance on when it reports no clause: its object and complements
    ("endorsed Trump", "described crass behavior", "refused to discuss it")."""
    parts = []
    for c in tok.children:
        if c.i < tok.i or c.dep_ not in ("dobj", "xcomp", "ccomp", "oprd", "prep", "attr", "acomp"):
            continue
        if c.dep_ == "prep" and (c.lower_ in CIRCUMSTANCE_PREPS or _is_setting(c, settings)):
            continue
        if c.dep_ == "dobj" and (c.lemma_.lower() in EMPTY_OBJECTS or c.pos_ == "PRON" and
                                 not list(c.children)):
            continue
        parts.append(c)
    if not parts:
        return None
    if cue.cls != "stance" and not any(c.dep_ in ("dobj", "oprd", "xcomp", "ccomp") for c in parts):
        return None         # "said with a smirk", "posted on Facebook": how, not what
    if cue.cls == "say" and any(
            c.ent_type_ == "PERSON" for c in parts if c.dep_ == "dobj"):
        return None         # "told Smith", "told a rally": the one spoken to
    return _trim(tok.doc, *_span_of(parts))


def _broad_hit(tok: Token, lex: Lexicon, inside_quote) -> CueHit | None:
    """The attribution view's extra cues: a stance verb of ``attribution_verbs.tsv``, or a
    reporting verb that reports a thing, not a clause, with what it takes a stance on."""
    from .speakers import nearby_subject, subject_of

    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or inside_quote(tok.idx):
        return None
    cues = lex.cues.get(lemma) or lex.stance.get(lemma)
    if not cues:
        return None
    cue = cues[0]
    content = object_content(tok, cue, lex.speech_settings)
    if content is None:
        return None
    return CueHit(tok, cue, tok.text, content, subject_of(tok) or nearby_subject(tok), broad=True)


def find_cues(ix, lex: Lexicon, inside_quote, broad: bool = False) -> list[CueHit]:
    """Every reporting cue outside quotation marks, with its content and subject.  With
    ``broad`` (the attribution view), also the cues ``_broad_hit`` takes, and negated cues
    and cues in headlines, flagged ``broad``."""
    from .speakers import nearby_subject, subject_of

    doc = ix.doc
    hits = []
    for tok in doc:
        if tok.lemma_.lower() not in lex.cues:
            hit = _attitude(ix, tok, inside_quote)
            if hit is not None:
                hits.append(hit)
            elif broad and tok.lemma_.lower() in lex.stance:
                hit = _broad_hit(tok, lex, inside_quote)
                if hit is not None:
                    hits.append(hit)
            continue
        if inside_quote(tok.idx):
            continue
        flagged = False
        if _is_headline(ix.sent_of_token(tok.i)):
            if not broad:
                continue
            flagged = True
        m = _match(tok, lex)
        if m is None:
            if broad:           # "described the shelling" (no "as"): a thing attributed
                hit = _broad_hit(tok, lex, inside_quote)
                if hit is not None:
                    hits.append(hit)
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            if not broad:
                continue        # "did not say where he had gone": nothing was reported
            flagged = True
        cue, text, particle = m
        hit = CueHit(tok, cue, text, content_of(tok, cue, particle, lex.speech_settings, lex.contrast),
                     subject_of(tok) or nearby_subject(tok), broad=flagged)
        if broad and (hit.content is None or cue.cls == "name"):
            # "called the senator 'a nasty guy'": the attribution is of the object as well
            alt = _broad_hit(tok, lex, inside_quote)
            if alt is not None:
                if hit.content is not None:
                    hits.append(hit)
                hit = alt
        hits.append(hit)
    return hits
