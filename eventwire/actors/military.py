"""A state acting through its armed forces is coded MIL, not GOV.

The gold conventions give a state's name the sector MIL when the clause is a military act:
it is the subject of a clause whose object names weapons or a military operation ("North
Korea fired artillery shells", "Moscow and Beijing conducted a joint bomber patrol"), or it
is where armed forces come from ("warships from Russia").  Sending troops alone is not
enough ("Germany would not send forces" stays GOV).  The cue words are in
``eventwire/data/actors/military_cues.tsv``.  People named only by a common noun who flew or
landed a state's military craft ("eight men who landed a Turkish military helicopter") are that
state's forces (``crews_of_state_craft``).
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from .resolve import Mention
from .cues import WORDS

CUES = Path(__file__).resolve().parent.parent / "data" / "actors" / "military_cues.tsv"
STATE_RULES = {"state_name", "capital_as_government"}
OBJECT_DEPS = {"dobj", "xcomp"}
# verbs whose object is talked about, stopped or blamed rather than used: "Seoul blames a
# torpedo", "would stop its joint military exercises" (a policy decision: GOV)
NOT_USING = WORDS.not_using


class MilitaryCues(frozenset):
    """All cue lemmas; ``weapons`` are those naming things rather than acts."""
    weapons: frozenset[str]


def load_cues() -> MilitaryCues:
    rows = [l.split("\t") for l in CUES.read_text(encoding="utf-8").splitlines()
            if l.strip() and not l.startswith("#")]
    cues = MilitaryCues(r[0].strip() for r in rows)
    cues.weapons = frozenset(r[0].strip() for r in rows if len(r) < 2 or r[1].strip() == "weapon")
    return cues


def military_states(doc: Doc, mentions: list[Mention], cues: MilitaryCues, kb) -> None:
    for m in mentions:
        a = m.actor
        if a.kind != "state" or a.sector != "GOV" or a.explain.get("rule") not in STATE_RULES:
            continue
        why = _military_reason(doc[m.head], cues, kb)
        if why is not None:
            a.sector = "MIL"
            a.explain["sector"] = why


def _military_reason(head, cues, kb) -> dict | None:
    # "warships from Russia": the state the forces come from
    if head.dep_ == "pobj" and head.head.lower_ in ("from", "of"):
        noun = head.head.head
        role = kb.roles.get(noun.lemma_.lower())
        if noun.pos_ == "NOUN" and (noun.lemma_.lower() in cues.weapons or (role and role.sector == "MIL"
                                                                     and role.kind == "group")):
            return {"rule": "military_forces_of", "word": noun.text}
    subj = head
    while subj.dep_ == "conj":
        subj = subj.head
    if subj.dep_ != "nsubj" or subj.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = subj.head
    if verb.lemma_.lower() in NOT_USING:
        return None
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ == "with"):
            for t in child.subtree:
                if t.pos_ in ("NOUN", "ADJ") and t.lemma_.lower() in cues and not _cease_fire(t) \
                        and t.head.lemma_.lower() not in NOT_USING:
                    return {"rule": "military_act", "verb": verb.text, "word": t.text}
    return None


def _cease_fire(tok) -> bool:
    """"cease-fire", "ceasefire": no shot is fired."""
    doc = tok.doc
    return tok.lower_ == "fire" and tok.i >= 2 and doc[tok.i - 1].text == "-" \
        and doc[tok.i - 2].lower_ == "cease"


# verbs of operating a craft or weapon: its crew are the armed forces of the state it belongs to
CREW_VERBS = WORDS.crew_verbs
# how the actor stage placed a group only by guess (the article's or sentence's country)
GUESSED_COUNTRY_RULES = {"context_country", "fronted_scene", "sentence_state", "scene_of_clause"}


def crews_of_state_craft(doc: Doc, mentions: list[Mention], cues: MilitaryCues) -> None:
    """"eight men who landed a Turkish military helicopter": people named only by a common
    noun, whose relative clause says they flew or landed a state's military craft, are that
    state's armed forces (MIL), rather than people of the place they landed in."""
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        a = m.actor
        why = (a.explain.get("country") or {}).get("rule") if isinstance(a.explain.get("country"), dict) else None
        if not m.is_role or a.sector != "CVL" or (a.country is not None and why not in GUESSED_COUNTRY_RULES):
            continue
        for verb in doc[m.head].children:
            if verb.dep_ != "relcl" or verb.lemma_.lower() not in CREW_VERBS:
                continue
            for obj in verb.children:
                if obj.dep_ != "dobj" or obj.lemma_.lower() not in cues.weapons:
                    continue
                # the craft's own mention ("a Turkish military helicopter"), or the state
                # named before it ("a Turkish helicopter": demonym_as_state)
                owners = [by_head.get(obj.i)] + [by_head.get(c.i) for c in obj.children
                                                 if c.dep_ in ("amod", "compound", "poss")]
                owner = next((o.actor for o in owners if o is not None and _named_state_of(o.actor)), None)
                if owner is not None:
                    a.country, a.sector = owner.country, "MIL"
                    a.explain["country"] = {"rule": "crew_of_state_craft", "craft": obj.text,
                                            "word": owner.text}
                    a.explain["sector"] = {"rule": "crew_of_state_craft"}
                    break


def _named_state_of(a) -> bool:
    """The actor names its state outright: a state, or a phrase whose modifier names one."""
    if a.country in (None, "IGO"):
        return False
    why = a.explain.get("country")
    return a.kind == "state" or (isinstance(why, dict) and why.get("rule") == "modifier")
