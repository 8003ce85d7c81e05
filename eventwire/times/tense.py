"""Does the clause a time expression sits in speak of the future or the past?

Read from the parse: the nearest verb above the expression, its auxiliaries ("will",
"is to", "is going to"), the verbs that govern it ("plans to", "called for … on
Wednesday"), a future preposition ("by Nov. 15", "until Sunday") and the tense tag.
"""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import lexicon
from .normalise import FUTURE, PAST


def _sets():
    lx = lexicon()
    return (set(lx["future_auxiliaries"]), set(lx["future_lemmas"]), set(lx["future_preps"]),
            set(lx["speech_lemmas"]))


_AUX, _LEMMAS, _PREPS, _SPEECH = _sets()


def clause_verb(tok: Token) -> Token | None:
    """The nearest verb (or auxiliary heading a clause) above ``tok``, itself included."""
    t = tok
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _future_verb(v: Token) -> bool:
    for c in v.children:
        if c.dep_ in ("aux", "auxpass"):
            if c.lower_ in _AUX or c.lower_ == "'ll":
                return True
            if c.lower_ == "to":          # "is to sign", "plans to meet", "called on X to …"
                h = v.head
                if h.lemma_ == "be" or h.lemma_ in _LEMMAS or h.lemma_ == "go":
                    return True
    if v.lemma_ in _LEMMAS and v.tag_ in ("VBN", "JJ") and v.dep_ in ("amod", "acl"):
        return True                        # "a summit scheduled for Monday"
    return False


def tense_of(tok: Token) -> str | None:
    """FUTURE, PAST or None (unknown: present tense of a speech verb, no verb, …)."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "since":
        return PAST
    v = clause_verb(tok)
    if v is None:
        return FUTURE if prep is not None and prep.lower_ in _PREPS else None
    if _future_verb(v):
        return FUTURE
    # an infinitive or clause governed by a plan/call/urge verb: "urged them to walk out
    # on Wednesday"; a verb that is itself future-looking in its governor
    if v.dep_ in ("xcomp", "ccomp", "advcl") and _future_verb(v.head):
        return FUTURE
    if v.dep_ == "xcomp" and v.head.lemma_ in _LEMMAS:
        return FUTURE
    if v.tag_ in ("VBD", "VBN"):
        return PAST
    if prep is not None and prep.lower_ in _PREPS:
        return FUTURE
    if (v.tag_ in ("VBZ", "VBP") and v.lemma_ not in _SPEECH and v.lemma_ != "be"
            and any(c.dep_ == "nsubj" for c in v.children)):
        return FUTURE                      # news present with a date: "leaders meet Monday"
    if v.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in v.children):
        return FUTURE                      # "is meeting on Monday"
    return None
