"""Find an event's source and target in the dependency parse, and turn tokens into Actors.

Verbs: the subject is the source (for passives the ``by`` agent; for infinitives, conjoined
and participial clauses the subject of the governing clause; for relative clauses the noun
the clause modifies), the object is the target (for passives the passive subject; failing an
object, the object of a preposition such as ``with``/``on``/``against``).  Event nouns take a
possessive, a nationality modifier, ``by X`` or the subject of the verb that governs them as
source, and ``on``/``against``/``with``/``of`` objects as target; ``talks between X and Y``
gives both.  Each returned token comes with the dependency path that found it (for explain).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ..actors import NAMED_COUNTRIES
from ..mentions import MentionIndex
from ..model import Actor

SUBJ = ("nsubj", "csubj")
# "his counterpart Hakan Fidan": take the named person rather than the role (see ActorFinder)
PREFER_APPOSITIVE_NAME = True
# means of contact: "spoke by phone with X", "talked via video link with X"
MEANS = frozenset({"phone", "telephone", "video", "videoconference", "link", "letter", "call"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# "his country's airstrike": the possessor's state
COUNTRY_NOUNS = frozenset({"country", "nation", "government", "state", "administration"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we"})
PERSONAL_PRONOUNS = SUBJECT_PRONOUNS | {"him", "her", "them", "us"}
# a speaker's own words: '"I condemn the coup," he said'
FIRST_PERSON = frozenset({"i"})
NOT_ACTOR_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
NAMEISH_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON", "FAC", "LOC"})

# "X's death": the one who died, no party to an act on the death
DEATH_NOUNS = {"death", "deaths"}


def _children(tok: Token, deps) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def is_passive(v: Token) -> bool:
    # a participle hung on a noun is passive ("the sanctions imposed on Iran"), unless it has a
    # subject of its own: "Kolkata: The state government has denied permission" is a clause
    # the parser hung on the dateline
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or (
        v.tag_ == "VBN" and v.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in v.children))


QUANTITY_HEADS = frozenset({"thousand", "hundred", "dozen", "million", "ten", "score", "group",
                            "some", "many", "most", "all", "several", "number", "crowd",
                            "batch", "contingent", "half", "rest", "bulk", "remainder", "worth",
                            # "94% of the equipment": the thing measured
                            "%", "percent"})


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from .resources import cues     # (imported here: resources is loaded after this module)
    return frozenset(cues().people_nouns)


def _partitive_number(tok: Token) -> bool:
    """'one of two men', 'one of the suspects': the one picked out of a group of people is
    one of them ('one of the world's busiest routes' is a thing); so are the ones counted
    out of them ('freed 11 of the country's political prisoners')."""
    if not (tok.lower_ == "one" or (tok.like_num and tok.pos_ == "NUM")) or tok.dep_ in ("nummod", "quantmod"):
        return False
    people = _people_nouns()
    return any(p.dep_ == "pobj" and (p.lemma_.lower() in people or p.ent_type_ in ("PERSON", "NORP"))
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _relative(tok: Token) -> Token:
    """'who'/'which' as subject of a relative clause stands for the noun the clause modifies;
    'thousands of protesters' stands for the protesters."""
    if tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        return tok.head.head
    if tok.lemma_.lower() in QUANTITY_HEADS or _partitive_number(tok):
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
    return tok


def agent_of(v: Token) -> Token | None:
    for c in v.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def subject_of(v: Token, depth: int = 0) -> tuple[Token | None, str]:
    """The doer of verb ``v`` and the path that found it."""
    if depth > 4:
        return None, ""
    if is_passive(v):
        a = agent_of(v)
        if a is not None:
            return a, "agent"
    else:
        # the subject nearest the verb: a dateline misparsed as a second subject comes first
        subs = [c for c in v.children if c.dep_ in SUBJ]
        if subs:
            c = min(subs, key=lambda x: abs(v.i - x.i))
            return _relative(c), c.dep_
    if v.dep_ == "relcl" and not is_passive(v):
        return v.head, "relcl-head"
    if v.dep_ == "acl" and v.tag_ == "VBG":
        return v.head, "acl-head"
    if v.dep_ == "acl" and v.tag_ in ("VBD", "VBZ") and v.head.dep_ == "ROOT":
        # "Khodorkovsky, a former oil tycoon, called for sanctions": a finite verb the parser
        # hung under the sentence's only noun phrase (left with no verb of its own) is the
        # predicate, and that noun its subject
        return v.head, "acl-head:finite"
    if v.dep_ == "pcomp" and v.head.dep_ == "prep" and not is_passive(v):
        # "responded by breaking relations": the doer of the governing verb
        s, path = subject_of(v.head.head, depth + 1)
        return s, (f"pcomp>{path}" if s is not None else "")
    if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head.i != v.i:
        if is_passive(v) and v.dep_ != "conj":
            return None, ""
        if v.dep_ == "xcomp" and is_passive(v.head):
            # "Merkel is expected to criticise Russia", "Israel was asked by Washington to
            # delay": under a passive raising or control verb the one who acts is its passive
            # subject, never its "by" agent
            ps = next((c for c in v.head.children if c.dep_ == "nsubjpass"), None)
            if ps is not None:
                return _relative(ps), "xcomp>passive-subject"
            if agent_of(v.head) is not None:
                return None, ""
            # "traveled to Niamey but was not allowed to meet X": the passive shares its
            # subject with the clause it is coordinated with
        s, path = subject_of(v.head, depth + 1)
        return s, (f"{v.dep_}>{path}" if s is not None else "")
    return None, ""


def object_of(v: Token, target_preps, skip: set[int]) -> tuple[Token | None, str]:
    """The undergoer of verb ``v``: object, passive subject, dative, or a prepositional object."""
    if is_passive(v):
        for c in v.children:
            if c.dep_ == "nsubjpass" and c.i not in skip:
                return _relative(c), "nsubjpass"
        if v.dep_ == "acl":
            return v.head, "acl-head"
        if v.dep_ == "relcl":
            return v.head, "relcl-head"
    for dep in ("dobj", "dative"):
        for c in v.children:
            if c.dep_ == dep and c.i not in skip and c.ent_type_ in NOT_ACTOR_ENTS and _relative(c) is not c:
                # "arrested dozens of protesters", "holding hundreds of villagers": the people
                return _relative(c), dep + ">of"
            if c.dep_ == dep and c.i not in skip and c.ent_type_ not in NOT_ACTOR_ENTS:
                if c.pos_ == "ADP":      # "sent arms to the rebels" parsed with a dative "to"
                    objs = [p for p in c.children if p.dep_ == "pobj"]
                    if not objs:
                        continue
                    return _relative(objs[0]), f"{dep}:{c.lower_}"
                return _relative(c), dep
    return prep_object(v, target_preps, skip)


LISTING_PREPS = frozenset({"including", "like", "such"})


def prep_object(tok: Token, preps, skip: set[int], only_of: bool = False) -> tuple[Token | None, str]:
    # "filed a lawsuit in the District Court for New York against a Philippine bank": the
    # adversary's "against" outranks prepositions that only place or route the act
    children = sorted(tok.children, key=lambda c: c.lower_ != "against")
    for c in children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for p in c.children:
                glued = _glued_name(p, skip) if p.dep_ == "pobj" else None
                if glued is not None:
                    return glued, f"prep:{c.lower_}>compound"
                if p.dep_ == "pobj" and p.i not in skip and p.ent_type_ not in NOT_ACTOR_ENTS:
                    return _relative(p), f"prep:{c.lower_}"
                if p.dep_ == "pobj" and p.i not in skip and _relative(p) is not p:
                    # "investigations against hundreds of banks": the banks
                    return _relative(p), f"prep:{c.lower_}>of"
    # "spoke by phone with X": the party hangs off the means
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "via", "over"):
            for p in c.children:
                if p.dep_ == "pobj" and p.lower_ in MEANS:
                    t, path = prep_object(p, preps, skip)
                    if t is not None:
                        return t, f"prep:{c.lower_}>{path}"
    # the object noun itself may carry the preposition: "imposed sanctions on X"
    for c in tok.children:
        if c.dep_ == "dobj" and c.i in skip:
            t, path = prep_object(c, preps, skip)
            if t is not None:
                return t, "dobj>" + path
    if tok.pos_ == "VERB":
        # "imposed sanctions, including travel bans and asset freezes, on X": the parser can
        # hang the 'on' that belongs to the object on the last thing the object lists (inside
        # the 'including' phrase, or taken for a conjunct of the verb)
        listing = [x for c in [tok, *(c for c in tok.children if c.dep_ == "dobj")] for x in c.children
                   if x.dep_ == "prep" and x.lower_ in LISTING_PREPS]
        if listing:
            listed = [y for x in listing for y in x.subtree if y.i != x.i] + [
                c for c in tok.children if c.dep_ == "conj" and c.i > listing[0].i]
            for c in listed:
                t, path = prep_object(c, preps, skip)
                if t is not None:
                    return t, "object-list>" + path
    return None, ""


def _glued_name(p: Token, skip: set[int]) -> Token | None:
    """'an ultimatum to Damascus warning of ...': the parser glues a name to the participle
    after it, as the compound of a noun in -ing; the name is the party."""
    if p.pos_ != "NOUN" or not p.lower_.endswith("ing"):
        return None
    return next((x for x in p.children if x.dep_ == "compound" and x.i not in skip
                 and x.pos_ == "PROPN" and x.ent_type_ in NAMEISH_ENTS), None)


def noun_source(n: Token, light: Token | None) -> tuple[Token | None, str]:
    for c in n.children:
        if c.dep_ == "poss":
            return c, "poss"
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, "prep:by"
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, "prep:between"
    for c in n.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in NAMEISH_ENTS:
            return c, c.dep_
    for c in n.lefts:
        if c.dep_ == "amod" and c.lemma_.lower() == "lead":
            # "a Saudi-led strike", "an Israeli-led raid": the leader's act
            for x in c.lefts:
                if x.dep_ in ("npadvmod", "compound", "nmod") and (x.pos_ == "PROPN" or x.ent_type_ in NAMEISH_ENTS):
                    return x, "led-by"
    first, path = _clause_between(n)
    if first is not None:
        return first, path
    if light is not None and not (n.dep_ == "pobj" and n.head.lower_ == "against"):
        # (what a clause is against is not its subject's own act: "protested against the
        # siege of Kashmir" names the besieged, not the besieger)
        s, path = subject_of(light)
        if s is not None:
            return s, f"governor:{light.lemma_}>{path}"
    return None, ""


def _clause_between(n: Token) -> tuple[Token | None, str]:
    """The first party of a 'between A and B' phrase in the clause an agentless event noun
    heads or is described by: 'the fighting erupted between A and B', 'the fighting, which
    erupted between A and B'.  (A participle's by-agent, 'talks mediated by X', is a
    mediator and is left to the third-party rules.)"""
    clauses = [c for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")]
    if n.dep_ == "nsubj" and n.head.pos_ in ("VERB", "AUX"):
        clauses.append(n.head)
    for v in clauses:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p, f"clause-between:{v.lemma_}"
    return None, ""


def noun_target(n: Token, preps, of_ok: bool, skip: set[int]) -> tuple[Token | None, str]:
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for p in c.children:
                if p.dep_ == "pobj":
                    for q in p.children:
                        if q.dep_ == "conj":
                            return q, "prep:between>conj"
    first, path = _clause_between(n)
    if first is not None:
        for q in first.children:
            if q.dep_ == "conj" and q.i not in skip:
                return q, path + ">conj"
    use = preps if of_ok else (preps - {"of"})
    return prep_object(n, use, skip)


def group_parties(tok: Token | None, group_nouns, is_actor=None) -> tuple[Token | None, str]:
    """'officials from the United States and Ukraine', 'the leaders of Russia and France':
    the parties are the named bodies under of/from, not the plural noun that heads them."""
    if tok is None or tok.lemma_.lower() not in group_nouns:
        return tok, ""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_ in NAMEISH_ENTS
                                         or (is_actor is not None and is_actor(p))):
                    if tok.text[:1].isupper() and is_actor is not None and not is_actor(p) and is_actor(tok):
                        # "Government of National Accord": the capitalised group noun is the
                        # first word of a body's name; what follows is no member of it
                        continue
                    return p, f">group:{c.lower_}"
    return tok, ""


def named_members(tok: Token | None) -> tuple[Token | None, str]:
    """'several student groups including A, B and C': a common noun whose members are named
    after 'including' or 'such as' stands for those named members."""
    if tok is None or tok.pos_ != "NOUN":
        return tok, ""
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "including" or (
                c.lower_ == "as" and any(x.lower_ == "such" for x in c.children))):
            for p in c.children:
                if p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_ in NAMEISH_ENTS):
                    return p, f">members:{c.lower_}"
    return tok, ""


def is_reciprocal(tok: Token | None) -> bool:
    """'accused each other', 'blamed one another': the doers are each other's party."""
    if tok is None:
        return False
    pair = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ == "det"}
    return pair in ({"each", "other"}, {"one", "another"})


def conjuncts(tok: Token | None, names_only: bool = False, is_actor=None) -> list[Token]:
    """The token and the nouns coordinated with it ("Russia and Ukraine").  With
    ``names_only`` only named conjuncts count, or those ``is_actor`` accepts (a resolved
    actor mention: "the army and an alliance of armed groups"): "tear gas and rubber
    bullets" are no actors."""
    if tok is None:
        return []
    ok = ("PROPN",) if names_only else ("PROPN", "NOUN", "PRON")
    out = [tok]
    todo = [tok]
    while todo and len(out) < 4:
        head = todo.pop()
        for c in head.children:
            if c.dep_ == "conj" and (c.pos_ in ok or c.ent_type_ in NAMEISH_ENTS
                                     or (is_actor is not None and c.pos_ == "NOUN" and is_actor(c))):
                out.append(c)
                todo.append(c)
            elif c.dep_ == "appos" and _listed_not_apposed(head, c):
                if head.i == tok.i and len(out) == 1 and head.pos_ == "NOUN":
                    # "the journalists Ana Torres and Luis Quispe": the names are the ones
                    # the noun describes, not further items after it
                    out[0] = c
                else:
                    # "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt": the parser
                    # takes the second item for an apposition of the first
                    out.append(c)
                todo.append(c)
    return out[:4]


def _listed_not_apposed(head: Token, appos: Token) -> bool:
    """An 'apposition' that heads a coordination of names, or names a second place-like
    entity beside a first one, is the next item of a list."""
    if not (appos.pos_ == "PROPN" or appos.ent_type_ in NAMEISH_ENTS):
        return False
    if head.pos_ == "PRON":
        # "it refused a delegation from ECOWAS, the African Union and the UN": a pronoun
        # heads no list; an 'apposition' to it is a misattached list item elsewhere
        return False
    if any(c.dep_ == "conj" and (c.pos_ == "PROPN" or c.ent_type_ in NAMEISH_ENTS) for c in appos.children):
        return True
    return head.ent_type_ == "GPE" and appos.ent_type_ == "GPE"


class ActorFinder:
    """Actor for a token: the actor stage's mention when there is one, else a thin fallback
    built from the token's own noun phrase (no country, no sector).  Words that name things
    or acts rather than actors ("the deal", "the talks") and the dateline get no actor."""

    def __init__(self, mentions: list[Actor], non_actors: frozenset[str] = frozenset(),
                 dateline: tuple[int, int] | None = None, reporting_verbs: frozenset[str] = frozenset(),
                 speaker_stand_ins: frozenset[str] = frozenset()):
        self.index = MentionIndex(mentions) if mentions else None
        self.non_actors = non_actors
        self.dateline = dateline
        self.reporting_verbs = reporting_verbs
        self.speaker_stand_ins = speaker_stand_ins

    def has_mention(self, tok: Token) -> bool:
        """Whether the actor stage resolved a mention covering this token."""
        return self.index is not None and self.index.covering(tok.idx, tok.idx + len(tok.text)) is not None

    def __call__(self, tok: Token | None) -> Actor | None:
        if tok is None:
            return None
        if self.dateline and self.dateline[0] <= tok.idx < self.dateline[1]:
            return None
        if is_dateline_word(tok):
            return None
        if tok.lemma_.lower() in self.speaker_stand_ins:
            # 'Abdullah said God would hold Ghani accountable', 'he said "severe revenge"
            # awaited them': no agent of politics acts here, the speaker does
            speaker = self._reporting_subject(tok)
            if speaker is not None:
                return speaker
        if self.index is not None:
            m = self.index.covering(tok.idx, tok.idx + len(tok.text))
            if m is None and tok.lemma_.lower() in COUNTRY_NOUNS:
                m = self._possessed_by_pronoun(tok)
            if m is None and tok.lemma_.lower() not in DEATH_NOUNS:
                # a mention inside the token's own phrase head ("the Russian army"; not the
                # dead of "an inquiry into Khashoggi's death", who suffered, not acted)
                lo = min([tok] + [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")], key=lambda t: t.i)
                m = self.index.covering(lo.idx, tok.idx + len(tok.text))
            owned = m is None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
            if (m is None or not m.country or _guessed_country(m)) and not owned:
                # "the leaders of Russia", "representatives of the army", "troops from Chad";
                # a role mention with no country (or only the article's main country,
                # guessed) yields to the body it belongs to (not a thing a name owns:
                # "South Ossetia's independence from Georgia")
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                        for p in c.children:
                            if p.dep_ == "pobj":
                                inner = self.index.covering(p.idx, p.idx + len(p.text))
                                if inner is None:
                                    # "ministers of the Group of Seven nations": a mention
                                    # inside the object's own phrase
                                    inner = next((x for x in self.index.overlapping(
                                        p.left_edge.idx, p.idx + len(p.text)) if x.country), None)
                                if inner is not None and m is not None and m.country and (
                                        not inner.country or inner.kind == "person"):
                                    continue    # "supporters of Erdogan" are not Erdogan
                                if inner is not None and (m is None or inner.country):
                                    m = inner
            if m is not None and PREFER_APPOSITIVE_NAME and m.kind != "person":
                # "his Turkish counterpart Hakan Fidan": the named person is more specific
                # than the role that introduces him
                for c in tok.children:
                    if c.dep_ == "appos" and c.pos_ == "PROPN":
                        named = self.index.covering(c.idx, c.idx + len(c.text))
                        if named is not None and named.kind == "person":
                            return named
            if m is not None and m.text.lower() in PERSONAL_PRONOUNS and m.entity is not None:
                # "the army says it has seized ...": name the actor by its mention in this
                # sentence rather than by the pronoun
                named = self._named_in_sentence(tok, m.entity)
                if named is not None:
                    return named
            if m is not None:
                return m
        if tok.lower_ in SUBJECT_PRONOUNS or tok.lower_ in FIRST_PERSON:
            speaker = self._reporting_subject(tok)
            if speaker is not None:
                return speaker
        if tok.lemma_.lower() in self.non_actors:
            return None
        owned = self._possessed_by_pronoun(tok)
        if owned is not None:
            return owned
        return fallback_actor(tok)

    def named_after(self, a: Actor | None, text: str) -> Actor | None:
        """'the West African regional bloc ECOWAS', 'the militant group Hamas': a describing
        mention followed at once by a name of the same country is that named body, which is
        more specific; else the actor itself."""
        if a is None or self.index is None or a.end is None:
            return a
        if a.kind == "person":
            return self._person_named_after(a, text)
        nxt = a.end + (len(text) - a.end - len(text[a.end:].lstrip(" ")))
        named = self.index.covering(nxt, nxt + 1) if nxt > a.end else None
        if named is not None and named is not a and named.start == nxt and named.country == a.country \
                and named.kind != "person" and text[nxt:nxt + 1].isupper():
            return named
        return a

    def _person_named_after(self, a: Actor, text: str) -> Actor:
        """'his Iranian counterpart, Mostafa Najjar, ...': a person described and then named in
        apposition is the named person; the mention spans both, so the description that gave
        the country stays in view.  A name followed by 'and' is a list, not an apposition."""
        if not text.startswith(", ", a.end):
            return a
        nxt = a.end + 2
        named = self.index.covering(nxt, nxt + 1)
        if named is None or named is a or named.start != nxt or named.kind != "person" \
                or named.end is None or not text[nxt:nxt + 1].isupper() \
                or text[named.end:named.end + 1] not in (",", ".", ";", ")", ""):
            return a
        country = named.country or a.country
        if named.country and a.country and named.country != a.country:
            # "his Iranian counterpart, Mostafa Najjar": a country a describing role phrase
            # states outright outweighs a namesake's found in the lists of office holders
            # (not a named person's: "Ban Ki-moon, U.S. Secretary of State John Kerry" is a list)
            if a.explain.get("rule") != "role_phrase" or (a.explain.get("country") or {}).get("rule") != "modifier":
                return a
            country = a.country
        return replace(named, text=text[a.start:named.end], start=a.start, country=country,
                       explain={**named.explain, "apposition_of": a.text})

    def _named_in_sentence(self, tok: Token, entity: int) -> Actor | None:
        sent = tok.sent
        named = [m for m in self.index.overlapping(sent.start_char, tok.idx)
                 if m.entity == entity and m.end is not None and m.end <= tok.idx
                 and m.text.lower() not in PERSONAL_PRONOUNS]
        return next((m for m in named if m.country), named[0] if named else None)

    def _reporting_subject(self, tok: Token) -> Actor | None:
        """'The ELN has said it will release ...': a subject pronoun of a clause reported by
        a speaker of the same sentence stands for that speaker (when number agrees)."""
        if self.index is None or tok.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = tok.head
        while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.reporting_verbs:
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        m = self.index.covering(subj.idx, subj.idx + len(subj.text))
        if subj.lower_ in SUBJECT_PRONOUNS:
            # '"I condemn the coup," he said': inside his own words "I" is the speaker,
            # however the actor stage resolved "he"; other pronouns stay unresolved here
            if tok.lower_ not in FIRST_PERSON or m is None or not m.country:
                return None
        if m is None:
            return None
        person = m.kind == "person"
        if tok.lower_ == "it" and person and m.country:
            # "Turkey's president says it will begin an operation": the leader of a state
            # named by its possessive speaks for that state
            state = next((c for c in subj.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
            if state is not None:
                return replace(m, text=state.text, name=state.text, start=state.idx,
                               end=state.idx + len(state.text), kind="state", role=None,
                               explain={**m.explain, "rule": "events: state of a reporting leader"})
        if (tok.lower_ in ("he", "she", "i") and not person) or (tok.lower_ == "it" and person):
            return None
        return m

    def _possessed_by_pronoun(self, tok: Token) -> Actor | None:
        """'his country's airstrike', 'their forces': the possessive pronoun's antecedent is
        the nearest earlier resolved mention of the sentence (else of the text before it);
        'his country'/'its government' stand for that actor's country."""
        if self.index is None:
            return None
        pron, head = (tok, tok.head) if tok.lower_ in POSSESSIVE_PRONOUNS else (
            next((c for c in tok.children if c.dep_ == "poss"), None), tok)
        if pron is None or pron.lower_ not in POSSESSIVE_PRONOUNS:
            return None
        people = pron.lower_ in ("his", "her")
        # the actor stage may have resolved the pronoun already
        ante = self.index.covering(pron.idx, pron.idx + len(pron.text))
        if ante is not None and not ante.country:
            ante = None
        lo = max(0, pron.sent.start_char - 400)
        for m in ([] if ante is not None else self.index.overlapping(lo, pron.idx)):
            if m.end is None or m.end > pron.idx or not m.country:
                continue
            if people and m.kind not in ("person", None):
                continue
            if self.dateline and self.dateline[0] <= (m.start or 0) < self.dateline[1]:
                continue
            if ante is None or m.start > ante.start:
                ante = m
        if ante is None:
            return None
        if head.i != pron.i and head.lemma_.lower() in COUNTRY_NOUNS:
            text = f"{pron.text} {head.text}"
            return Actor(text=text, name=ante.country, country=ante.country, sector="GOV",
                         start=pron.idx, end=head.idx + len(head.text), kind="state",
                         explain={"rule": "events-possessive", "antecedent": ante.name})
        if tok.i == pron.i:
            # the mention is the antecedent's own words when the sentence names it ("North Korea
            # reiterated its demand": the demand's doer is written "North Korea"), so its text
            # and offsets agree; else the pronoun stands in for it
            here = ante.start is not None and ante.start >= pron.sent.start_char and ante.text
            start, end = (ante.start, ante.end) if here else (pron.idx, pron.idx + len(pron.text))
            return Actor(text=ante.text, name=ante.name, country=ante.country, sector=ante.sector,
                         start=start, end=end, kind=ante.kind, entity=ante.entity,
                         role=ante.role, explain={"rule": "events-possessive", "antecedent": ante.name})
        return None


def _guessed_country(m: Actor) -> bool:
    """The actor stage gave the mention only the article's main country, for want of any word
    of its own ("foreign ministers" in a story about Myanmar): an of/from phrase naming the
    body the people belong to says more."""
    why = (m.explain or {}).get("country") or {}
    return isinstance(why, dict) and str(why.get("rule", "")).startswith("context_country")


def is_dateline_word(tok: Token) -> bool:
    """'ASTANA, Kazakhstan — ...': an upper-case place at the start of a sentence followed
    by a dash is a dateline, not the subject (used when cleaning found no dateline)."""
    sent_start = tok.sent.start
    if tok.i - sent_start > 4:
        return False
    doc = tok.doc
    first = doc[sent_start]
    if not (first.is_upper and len(first.text) > 2):
        return False
    for j in range(sent_start + 1, min(sent_start + 7, len(doc))):
        if doc[j].text in ("—", "–", "--") or (doc[j].text == "-" and (doc[j - 1].whitespace_ or doc[j].whitespace_)):
            # a hyphen counts only when spaced: "ICE returned pre-Columbian artifacts"
            return tok.i < j
    return False


def fallback_actor(tok: Token) -> Actor | None:
    if tok.ent_type_ in NOT_ACTOR_ENTS or not tok.text.strip() or tok.lower_ in RELATIVE or tok.lower_ in ("this", "that"):
        return None
    doc = tok.doc
    if tok.ent_type_:
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        span = doc[start:end]
    else:
        lo = tok.i
        for c in sorted(tok.lefts, key=lambda t: -t.i):
            if c.i == lo - 1 and c.dep_ in ("compound", "amod", "nmod", "poss", "case") and c.pos_ != "DET":
                lo = c.i
            elif c.dep_ == "poss" and c.right_edge.i == lo - 1 and c.pos_ in ("PROPN", "NOUN") \
                    and tok.i - c.left_edge.i <= 6 and _named_country(doc, doc[c.left_edge.i:c.i + 1]):
                # "Japan PM's office": an owner whose own words name a state belongs to the
                # phrase ("Khashoggi's death" stays "death": the dead own no act)
                lo = c.left_edge.i
            else:
                break
        span = doc[lo:tok.i + 1]
    text = span.text
    explain = {"rule": "events-fallback: noun phrase, no actor mention"}
    country = _named_country(doc, span)
    if country is not None:
        explain["country"] = {"rule": "named_in_phrase", "word": country[1], "row": country[2]}
    return Actor(text=text, name=text, start=span.start_char, end=span.end_char,
                 country=country[0] if country else None, kind="unknown", explain=explain)


def _named_country(doc, span) -> tuple[str, str, str] | None:
    """The one state a phrase's own words name ("Syrian refugees", "a U.S. State Department
    call"), from the names the actor stage matched; None when they name none or several."""
    named = doc.user_data.get(NAMED_COUNTRIES) or {}
    found = {named[i] for i in range(span.start, span.end) if i in named}
    return found.pop() if len({f[0] for f in found}) == 1 and len(found) == 1 else None
