"""The status of an event clause: asserted, intended, requested, claimed, denied, negated or
hypothetical, read from the trigger's own auxiliaries and negation and from the words that
govern its clause ("plans to", "denied", "alleged that", "if")."""
from __future__ import annotations

from spacy.tokens import Token

from .resources import Cues

CLIMB = frozenset({"xcomp", "ccomp", "advcl", "conj", "acomp", "pcomp", "pobj", "prep", "dobj", "relcl", "acl"})


def negated(tok: Token, cues: Cues) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            return True
    return False


def aux_status(tok: Token, cues: Cues, reported: bool) -> str | None:
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            w = c.lower_
            if w in cues.intended_aux:
                return "intended"
            if w in cues.hypothetical_aux:
                return "intended" if (w == "would" and reported) else "hypothetical"
    # "troops are to pull back": be + to-infinitive states a plan
    if tok.dep_ in ("xcomp", "advcl") and tok.head.lemma_ == "be" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return "intended"
    # "is going to strike"
    if tok.dep_ == "xcomp" and tok.head.lemma_ == "go" and any(c.dep_ == "aux" for c in tok.head.children):
        return "intended"
    return None


def is_reported(tok: Token, cues: Cues) -> bool:
    """Inside the complement of a reporting verb ("said it would ...")."""
    t = tok
    for _ in range(4):
        if t.dep_ in ("ccomp", "conj", "xcomp") and t.head.i != t.i:
            t = t.head
            if t.lemma_ in cues.reporting_verbs:
                return True
        else:
            return False
    return False


def _semicolon_apart(clause: Token, head: Token) -> bool:
    """A semicolon stands between the clause (left of its head) and the head."""
    if clause.i > head.i:
        return False
    doc = clause.doc
    return any(doc[j].text == ";" for j in range(clause.right_edge.i + 1, head.i))


def governing_status(tok: Token, cues: Cues) -> tuple[str | None, str]:
    """Status imposed by the clauses above the trigger's own clause."""
    t = tok
    for _ in range(6):
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in cues.hypothetical_marks:
                return "hypothetical", f"mark:{c.lower_}"
            if c.dep_ == "advmod" and c.lower_ in cues.claim_modifiers:
                return "claimed", f"advmod:{c.lower_}"
        if t.dep_ not in CLIMB or t.head.i == t.i:
            break
        if t.dep_ == "relcl" and (t.tag_ == "VBD" or any(
                c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in t.children)):
            # "failed to reach a deal, in which Moon had offered to mediate", "plans to retake
            # the base the rebels seized": a relative clause in the past tells a fact of its
            # own, not part of what the clause above it failed at, plans or denies
            break
        rel, h = t.dep_, t.head
        lem = h.lemma_.lower()
        if rel == "ccomp" and _semicolon_apart(t, h):
            # "Seoul blames a torpedo; Pyongyang denies involvement": a clause closed by a
            # semicolon is its own sentence, not what the next clause denies or claims
            break
        if rel in ("ccomp", "xcomp", "pcomp", "pobj", "prep", "dobj"):
            if lem in cues.deny_heads:
                return "denied", f"governor:{lem}"
            if lem in cues.claim_heads:
                return "claimed", f"governor:{lem}"
        if rel in ("xcomp", "advcl") and lem in cues.negation_carriers and negated(h, cues):
            # "will not go to Moscow to meet him", "did not start to withdraw": not going is
            # not meeting
            return "negated", f"governor:not-{lem}"
        if rel == "xcomp":
            if lem in cues.fail_heads:
                return "negated", f"governor:{lem}"
            if lem in cues.intend_heads or lem in cues.intend_adjectives:
                st = aux_status(h, cues, is_reported(h, cues))
                return "intended", f"governor:{lem}" + (f"+{st}" if st else "")
        t = h
    return None, ""


def noun_status(n: Token, cues: Cues) -> tuple[str | None, str]:
    for c in n.children:
        if c.dep_ == "det" and c.lower_ == "no":
            return "negated", "det:no"
        if c.dep_ in ("amod", "compound") and c.lower_ in cues.claim_modifiers:
            return "claimed", f"amod:{c.lower_}"
        if c.dep_ in ("amod", "compound") and c.lower_ in cues.intend_modifiers:
            return "intended", f"amod:{c.lower_}"
    return None, ""


def verb_status(v: Token, cues: Cues, default: str | None = None) -> tuple[str, str]:
    """Status of a verb clause: negation first, then what governs it, then its auxiliaries,
    then the trigger row's own default (e.g. 'pledge' is intended)."""
    if negated(v, cues):
        return "negated", "neg"
    st, why = governing_status(v, cues)
    if st:
        return st, why
    st = aux_status(v, cues, is_reported(v, cues))
    if st:
        return st, "aux"
    if default:
        return default, "lexicon"
    return "asserted", "default"
