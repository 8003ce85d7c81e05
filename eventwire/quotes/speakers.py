"""Who is speaking: from the reporting verb to its subject, then to an actor.

The actor stage's mentions (``ex.mentions``) are the authority.  When it found nothing at
the subject, a thin fallback names the speaker by its own noun phrase, and a pronoun by
the nearest preceding person who was the subject of a clause.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..mentions import MentionIndex
from ..model import Actor
from .lexicon import Lexicon

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# the verb inherits its subject from the verb it hangs on ("..., adding that", "but said")
INHERITS = {"conj", "advcl", "xcomp", "pcomp", "acl", "prep"}
RELATIVE = {"who", "which", "that", "whom"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
GROUP_PRONOUNS = {"they", "it", "we"}
# people left unnamed: "some say", "many believe", "others warned"
INDEFINITE = {"some", "many", "others", "someone", "everyone", "each", "all", "most", "few",
              "both", "you", "one"}
RECENT_TOKENS = 120     # how far back (in tokens) a pronoun looks for the last speaker
NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


def subject_of(cue: Token) -> Token | None:
    """The token heading the subject of a reporting verb (following conj/advcl chains)."""
    if cue.lemma_ == "accord":                           # "according to X"
        for prep in cue.children:
            if prep.lower_ == "to":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        return None
    tok, hops = cue, 0
    while tok is not None and hops < 4:
        for child in tok.children:
            if child.dep_ in SUBJECTS:
                if child.lower_ in RELATIVE and tok.dep_ == "relcl":
                    return tok.head
                return child
        if tok.dep_ == "relcl":
            return tok.head
        if tok.dep_ in INHERITS and tok.head.i != tok.i:
            tok, hops = tok.head, hops + 1
            continue
        return None
    return None


def nearby_subject(cue: Token) -> Token | None:
    """When the parse gives the verb no subject ("…, Prime Minister Theresa May said",
    a misattached "called"): the name just before the verb, else the nearest person
    named earlier in the sentence."""
    if cue.i > cue.sent.start:
        prev = cue.nbor(-1)
        if prev.pos_ == "PROPN" or prev.ent_type_ in NAMED:
            return prev
    for ent in reversed(cue.sent.ents):
        if ent.label_ == "PERSON" and ent.end <= cue.i:
            return ent.root
    return None


class SpeakerResolver:
    """Made once per document: resolves subject tokens to actors."""

    def __init__(self, doc: Doc, mentions: list[Actor], lex: Lexicon):
        self.doc = doc
        self.index = MentionIndex(mentions)
        self.has_mentions = bool(self.index.mentions)
        self.lex = lex
        self._persons = None
        self.ents = list(doc.ents)          # Doc.ents is rebuilt on every access
        self._cache: dict[int, Actor | None] = {}
        # speakers resolved so far, in text order: (token index, actor, is a person)
        self._recent: list[tuple[int, Actor, str]] = []

    def for_cue(self, cue_token: Token, subject: Token | None, cls: str | None = None) -> Actor | None:
        """The speaker of a cue; call in text order so pronouns can look back."""
        key = cue_token.i
        if key not in self._cache:
            actor = None
            if subject is not None and self.plausible(subject, cls):
                actor = self.resolve(subject)
            self._cache[key] = actor
            if actor is not None and subject.pos_ != "PRON":
                self._recent.append((cue_token.i, actor, self._person_like(actor, subject)))
        return self._cache[key]

    def plausible(self, tok: Token, cls: str | None = None) -> bool:
        """Could this subject be someone who speaks (not "the deal")?  A verb of saying
        proper ("said", "according to") makes any noun its source, a document or a poll
        as well as a person ("the report says", "according to the poll"); other cues
        ("warned", "called for") need a person, an office or an institution."""
        if self.index.covering(tok.idx, tok.idx + len(tok.text)) is not None:
            return True
        if cls == "say" and tok.pos_ in ("NOUN", "PROPN"):
            return True
        if any(c.dep_ == "appos" and (c.ent_type_ in NAMED or c.pos_ == "PROPN") for c in tok.children):
            return True             # "the campaign chairman, Phil Lovas, said"
        if tok.lower_ in INDEFINITE and cls in ("say", "think", "attitude", "claim"):
            return True
        if tok.pos_ == "PRON":
            return tok.lower_ in PERSON_PRONOUNS or tok.lower_ in GROUP_PRONOUNS or tok.lower_ == "i"
        if tok.ent_type_ in NAMED or tok.pos_ == "PROPN":
            return True
        return tok.lemma_.lower() in self.lex.speaker_nouns

    def resolve(self, tok: Token | None) -> Actor | None:
        if tok is None:
            return None
        found = self.index.for_token(tok) if self.has_mentions else None
        if found is not None:
            return found
        if tok.pos_ == "PRON":
            return self._antecedent(tok)
        return self._own_phrase(tok)

    # -- fallback when the actor stage has nothing here ---------------------------------
    def _own_phrase(self, tok: Token) -> Actor | None:
        if tok.ent_type_ in NAMED:
            ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
            if ent is not None:
                start = ent.start + (1 if ent[0].lower_ == "the" else 0)
                span = self.doc[start:ent.end]
                kind = "person" if ent.label_ == "PERSON" else "organisation"
                return Actor(text=span.text, name=span.text, start=span.start_char,
                             end=span.end_char, kind=kind, explain={"rule": "quote-speaker-ent"})
        # the noun phrase: pre-modifiers up to the head noun, without a leading determiner
        left = tok.left_edge.i
        while left < tok.i and self.doc[left].dep_ in ("det", "punct", "predet"):
            left += 1
        span = self.doc[left:tok.i + 1]
        if not span.text.strip():
            return None
        return Actor(text=span.text, name=span.text, start=span.start_char, end=span.end_char,
                     kind="unknown", explain={"rule": "quote-speaker-np"})

    def _person_subjects(self) -> list[Token]:
        """Heads of PERSON names that are subjects, in text order (computed once)."""
        if self._persons is None:
            self._persons = [t for t in self.doc if t.dep_ in SUBJECTS and (
                t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and not t.ent_type_)]
        return self._persons

    @staticmethod
    def _person_like(actor: Actor, subject: Token) -> str:
        """"yes" for a person, "no" for a state or group, "maybe" for a bare surname the
        small model often tags ORG."""
        if actor.kind == "person" or subject.ent_type_ == "PERSON":
            return "yes"
        if subject.pos_ == "PROPN" and subject.ent_type_ in ("", "ORG") and actor.kind != "state":
            return "maybe"
        return "no"

    def _antecedent(self, pron: Token) -> Actor | None:
        # the latest speaker of the right kind, within the last few sentences
        want_person = pron.lower_ in PERSON_PRONOUNS
        for i, actor, person in reversed(self._recent):
            if i < pron.i - RECENT_TOKENS:
                break
            if i < pron.i and (person != "no" if want_person else person != "yes"):
                return actor
        if pron.lower_ in PERSON_PRONOUNS:
            before = [t for t in self._person_subjects() if t.i < pron.i]
            if not before:
                ents = [e.root for e in self.ents if e.label_ == "PERSON" and e.end <= pron.i]
                before = ents
            if not before:
                return None
            actor = self._own_phrase(before[-1])
            if actor is not None:
                actor.explain = {"rule": "quote-speaker-pronoun", "pronoun": pron.text}
            return actor
        # they / it / we: the nearest preceding named group or speaker noun that was a subject
        sent_start = pron.sent.start
        for t in reversed(self.doc[max(0, sent_start - 120):pron.i]):
            if t.dep_ in SUBJECTS and t.pos_ != "PRON" and (
                    t.ent_type_ in ("ORG", "GPE", "NORP") or t.lemma_.lower() in self.lex.speaker_nouns):
                actor = self._own_phrase(t)
                if actor is not None:
                    actor.explain = {"rule": "quote-speaker-pronoun", "pronoun": pron.text}
                return actor
        return None
