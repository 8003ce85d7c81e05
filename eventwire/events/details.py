"""Contexts and casualty counts of an event, read from the words around its trigger."""
from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .resources import Cues

_DIGITS = re.compile(r"^\d[\d,]*$")


def contexts_for(trigger: Token, row_contexts, context_cues: dict[str, str], window: int = 12) -> list[str]:
    """The row's contexts plus those whose cue words sit in the trigger's clause (its
    subtree, capped to a window around the trigger so a long sentence does not leak in)."""
    found = list(row_contexts)
    lo, hi = trigger.i - window, trigger.i + window
    for t in trigger.subtree:
        if lo <= t.i <= hi:
            ctx = context_cues.get(t.lemma_.lower())
            if ctx and ctx not in found:
                found.append(ctx)
    return found


def number_value(tok: Token, cues: Cues) -> int | None:
    w = tok.lower_
    if _DIGITS.match(w):
        try:
            return int(w.replace(",", ""))
        except ValueError:
            return None
    return cues.number_words.get(w)


def _count_of(noun: Token, cues: Cues) -> int | None:
    if noun.like_num:
        return number_value(noun, cues)
    for c in noun.children:
        if c.dep_ == "nummod":
            return number_value(c, cues)
    return None


def casualties(sent: SpacySpan, cues: Cues) -> list[tuple[Token, str, int]]:
    """(casualty word, 'killed'|'wounded', count) for each stated toll in the sentence:
    'killing two marines', 'three people were killed', 'at least 12 dead'."""
    out = []
    for t in sent:
        lem = t.lemma_.lower()
        kind = "killed" if lem in cues.casualty_killed or t.lower_ in cues.casualty_killed else (
            "wounded" if lem in cues.casualty_wounded or t.lower_ in cues.casualty_wounded else None)
        if kind is None:
            continue
        cands = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "npadvmod", "nummod")]
        if t.dep_ in ("acl", "amod", "relcl", "appos") or (t.pos_ == "ADJ" and t.dep_ != "ROOT"):
            cands.append(t.head)
        for n in cands:
            if n.pos_ == "PRON":
                continue
            k = _count_of(n, cues)
            if k:
                out.append((t, kind, k))
                break
    return out
