"""Within-article coreference: appositions, bare roles, pronouns, and entity ids.

- "Dmitry Peskov, the Kremlin spokesman": the role phrase and the name are one actor, and
  each lends the other what it lacks (country, sector, name).
  So is a role in an "as" phrase and the one it is said of ("the council confirmed Ana
  Ruiz as Peru's acting president").
- "the president", "the Turkish minister": the most recent person whose title or office
  holds that role word (and whose country agrees, if the phrase names one); when such
  holders were named in an earlier sentence, the most salient of them there.
- he/she/him/his/her → a person; they/them/their → a group, state or organisation; both
  within the pronoun's sentence and the two before it.  In the same sentence a subject is
  preferred ("Putin said he ..."), otherwise the nearest mention; in an earlier sentence its
  most salient mention (``_salience``: the main subject first), not merely the last one.  A
  resolved pronoun is itself a candidate for the next pronoun ("..., he said. He added").
"""
from __future__ import annotations

import bisect

from spacy.tokens import Doc

from ..model import Actor
from .resolve import Mention
from .cues import WORDS

PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
OBJECT_PRONOUNS = {"him", "them"}       # never the subject of their own clause
# "it" names a state or body only as the subject of a real verb ("it refused"), never in
# "it is", "it seems", "it was not clear"
THING_PRONOUNS = {"it"}
EMPTY_IT_VERBS = WORDS.empty_it_verbs
# "the bloc", "the militia": what the article last named of that kind
GENERIC_SECTORS = {"bloc": ("IGO",), "alliance": ("IGO",), "group": ("REB", "PTY", "NGO", "OPP"),
                   "movement": ("REB", "PTY", "OPP"), "organization": ("IGO", "NGO", "REB"),
                   "organisation": ("IGO", "NGO", "REB"), "faction": ("REB", "PTY", "OPP"),
                   "militia": ("REB",), "junta": ("MIL",)}
DESCRIPTION_WINDOW = 4
MEMBER_NAMES_BODY = True
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SENTENCE_WINDOW = 2


# "confirmed Ana Ruiz as acting president" (object), "was named as envoy" (passive
# subject), "served as foreign minister" (subject): whom an "as" role is predicated of
AS_BEARER_DEPS = ("dobj", "nsubjpass", "nsubj")


def link_appositions(doc: Doc, mentions: list[Mention]) -> None:
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        tok = doc[m.head]
        if m.is_role and m.kind == "person":
            bearer = _as_bearer(tok, by_head)
            if bearer is not None and bearer.kind == "person" and not bearer.is_role:
                _merge(bearer, m)
                continue
        if tok.dep_ != "appos":
            continue
        other = by_head.get(tok.head.i)
        # "the rebel leaders, Zakharchenko and Plotnitsky": the conjuncts share the apposition
        if other is None:
            continue
        pairs = [(m, other)]
        for conj in tok.conjuncts:
            if conj.i in by_head:
                pairs.append((by_head[conj.i], other))
        for a, b in pairs:
            person, role = (a, b) if not a.is_role else (b, a)
            if person.kind == "person" and not person.is_role and person.actor.country is None \
                    and role.actor.explain.get("rule") == "demonym_people":
                # "two Canadians, Michael Kovrig and Michael Spavor": the people they are of
                person.actor.country = role.actor.country
                person.actor.explain["country_from_apposition"] = role.actor.text
                continue
            if person.kind != "person" or person.is_role or not role.is_role:
                continue
            _merge(person, role)


def _as_bearer(tok, by_head: dict) -> Mention | None:
    """The mention a role in an "as" phrase is said of: the noun the phrase hangs on, or
    the object (else the subject) of the verb it hangs on."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or tok.head.dep_ != "prep":
        return None
    anchor = tok.head.head
    if anchor.i in by_head:
        return by_head[anchor.i]
    if anchor.pos_ not in ("VERB", "AUX"):
        return None
    for dep in AS_BEARER_DEPS:
        for c in anchor.children:
            if c.dep_ == dep and c.i in by_head:
                return by_head[c.i]
    return None


def _merge(person: Mention, role: Mention) -> None:
    p, r = person.actor, role.actor
    if p.country and r.country and p.country != r.country:
        return      # a list, not an apposition: "Kuchma, Russia's ambassador, ..."
    if p.country is None and r.country is not None:
        p.country = r.country
        p.explain["country_from_apposition"] = r.text
    if p.sector in (None, "UNK") and r.sector not in (None, "UNK"):
        p.sector = r.sector
        p.explain["sector_from_apposition"] = r.text
    person.roles.extend(role.roles)
    if role.kind == "person" or role.actor.kind in ("person",):
        role.key = person.key
        if p.role is None and r.role is not None:
            p.role = r.role     # "Dmitry Peskov, the Kremlin spokesman"
        r.role = r.role or p.role
        r.name = p.name
        r.country, r.sector = p.country, p.sector
        r.kind = "person"
        r.explain["apposition_of"] = p.text
        role.linkable = False


def link_bare_roles(mentions: list[Mention], kb, day, doc: Doc | None = None) -> None:
    """"the president" → the most recent person holding a president role; else, when the
    phrase names the country ("Russia's foreign minister"), whoever the people table says
    held that office on the publication day."""
    seen: list[Mention] = []
    for m in mentions:
        if m.linkable:
            _link_role(m, seen, kb, doc)
        if m.linkable and m.actor.country:
            for word in reversed(m.roles):
                office = kb.holder(m.actor.country, word, day)
                if office is not None:
                    a = m.actor
                    a.name, a.sector = office.name, office.sector
                    a.role = a.role or office.role.lower()
                    a.explain["rule"] = "office_holder"
                    a.explain["office"] = {"row": office.source, "role": office.role}
                    m.key, m.linkable = ("person", office.name), False
                    break
        if m.kind == "person":
            seen.append(m)


def link_counterparts(doc: Doc, mentions: list[Mention], kb, day) -> None:
    """"the Brazilian foreign minister phoned his Chilean counterpart": a counterpart holds
    the owner's office in
    the country the phrase names, so the people table says who that was on the day."""
    by_head = {m.head: m for m in mentions}
    for m in mentions:
        a = m.actor
        head = doc[m.head]
        if not m.is_role or m.kind != "person" or head.lemma_.lower() != "counterpart" \
                or a.country is None or a.name != a.text \
                or (a.explain.get("country") or {}).get("rule") == "context_country":
            continue
        owner = _counterpart_owner(doc, head, by_head)
        if owner is None or owner.actor.country == a.country:
            continue
        role = owner.actor.role
        office = kb.holder(a.country, role, day) if role else None
        if office is None:
            continue
        a.name, a.sector = office.name, office.sector
        a.role = office.role.lower()
        a.explain["rule"] = "counterpart"
        a.explain["of"] = owner.actor.text
        a.explain["office"] = {"row": office.source, "role": office.role}
        m.key, m.linkable = ("person", office.name), False
        # a later bare part of that name ("Van Klaveren said ..."), left unresolved because
        # the article had not spelled the name out, is the same person
        parts = set(office.name.split())
        for later in mentions:
            la = later.actor
            if later.head > m.head and la.text in parts and la.country is None:
                la.name, la.country, la.sector, la.kind = office.name, a.country, a.sector, "person"
                la.explain["rule"] = "counterpart_name"
                la.explain["antecedent"] = a.text
                later.key = m.key


def _counterpart_owner(doc: Doc, head, by_head: dict) -> Mention | None:
    """Whose counterpart: a named possessor ("Lavrov's counterpart"), else, for "his/her",
    the subject of the verb the phrase belongs to."""
    for c in head.children:
        if c.dep_ == "poss":
            if c.i in by_head and by_head[c.i].kind == "person":
                return by_head[c.i]
            if c.lower_ not in ("his", "her"):
                return None
    node = head
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    for c in node.children:
        if c.dep_ in SUBJECT_DEPS and c.i in by_head and by_head[c.i].kind == "person":
            return by_head[c.i]
    return None


# words of a bare role that say nothing about which office it is ("the new minister")
VAGUE_WORDS = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "former", "new",
               "acting", "interim", "top", "senior", "then", "current", "outgoing", "incoming"}


def _link_role(m: Mention, seen: list[Mention], kb=None, doc: Doc | None = None) -> None:
    heads = {w.split()[-1] for w in m.roles}
    # "the defence minister" is not "the prime minister": every word qualifying the role
    # (other than a nationality) must be in the earlier person's titles
    own = [w for w in m.actor.text.lower().replace("-", " ").split()[:-1]
           if w not in VAGUE_WORDS and not (kb is not None and kb.entries(w.capitalize()))]
    fits = []
    for prev in reversed(seen):
        if prev.kind != "person" or (prev.is_role and prev.linkable):
            continue
        if m.actor.country and prev.actor.country != m.actor.country:
            continue
        prev_words = " ".join(prev.roles)
        if own and not all(w in prev_words or w in prev.actor.text.lower() for w in own):
            continue
        if any(h in prev_words for h in heads):
            fits.append(prev)
    if not fits:
        return
    prev = fits[0]      # the most recent holder of the role
    if doc is not None and doc[prev.head].sent.start != doc[m.head].sent.start:
        # "President Biden spoke with President Zelensky. The president said ...": of the
        # holders in that earlier sentence, its most salient one (the subject first)
        sent = doc[prev.head].sent
        same = [f for f in fits if sent.start <= f.head < sent.end]
        prev = min(same, key=lambda f: (_salience(doc, f), f.head))
    a, p = m.actor, prev.actor
    a.name, a.country, a.sector = p.name, p.country, p.sector
    a.explain["rule"] = "role_coreference"
    a.explain["antecedent"] = p.text
    m.key, m.linkable = prev.key, False


def pronoun_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions for the personal pronouns whose antecedent is found."""
    out: list[Mention] = []
    if not mentions:
        return out
    sent_of = {}
    for k, s in enumerate(doc.sents):
        sent_of[s.start] = k
    sent_index = [0] * len(doc)
    for s in doc.sents:
        k = sent_of[s.start]
        for i in range(s.start, s.end):
            sent_index[i] = k
    # resolved pronouns join the pool, so that "..., he said. He added ..." reaches the
    # person named three sentences back through the "he" of the sentence before
    ordered = sorted(mentions, key=lambda m: m.head)
    for tok in doc:
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            want = ("person",)
        elif low in THING_PRONOUNS:
            if tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_ in EMPTY_IT_VERBS \
                    or tok.head.pos_ != "VERB":
                continue
            want = ("state", "organisation")
        elif low in GROUP_PRONOUNS:
            want = ("group", "state", "organisation")
        else:
            continue
        if tok.pos_ not in ("PRON", "DET"):
            continue
        here = sent_index[tok.i]
        best = None
        cands = [m for m in ordered if m.head < tok.i and m.kind in want
                 and here - sent_index[m.head] <= SENTENCE_WINDOW]
        same = [m for m in cands if sent_index[m.head] == here]
        if low in OBJECT_PRONOUNS or (low == "her" and tok.dep_ != "poss"):
            # "Putin said the rebels ... expected them to lay down arms": the nearest mention
            # that is not the subject of the pronoun's own verb
            same = [m for m in same if not (doc[m.head].dep_ in SUBJECT_DEPS
                                            and doc[m.head].head.i == tok.head.i)]
            subj = []
        else:
            subj = [m for m in same if doc[m.head].dep_ in SUBJECT_DEPS]
        if low in GROUP_PRONOUNS and not subj and len(same) > 1 and not _plural(doc, same[-1]):
            # "expel American members of the U.N. team, accusing them": a plural pronoun
            # agrees with the plural phrase, not with the singular body nested in it
            plural = [m for m in same if _plural(doc, m)]
            if plural:
                same = plural
        if subj:
            best = subj[-1]
        elif same:
            best = same[-1]
        elif cands:
            # the sentence before: its topic, i.e. the most salient fitting mention
            last_sent = sent_index[cands[-1].head]
            in_last = [m for m in cands if sent_index[m.head] == last_sent]
            best = min(in_last, key=lambda m: (_salience(doc, m), m.head))
        if best is None:
            continue
        b = best.actor
        a = Actor(text=tok.text, name=b.name, country=b.country, sector=b.sector,
                  start=tok.idx, end=tok.idx + len(tok.text), kind=b.kind,
                  explain={"rule": "pronoun", "antecedent": b.text,
                           "antecedent_start": b.start})
        pm = Mention(a, tok.i, best.key)
        out.append(pm)
        bisect.insort(ordered, pm, key=lambda m: m.head)
    return out


def _plural(doc: Doc, m: Mention) -> bool:
    """Whether a mention names several: a plural head ("members") or conjoined heads."""
    tok = doc[m.head]
    return tok.tag_ in ("NNS", "NNPS") or tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)


def _salience(doc: Doc, m: Mention) -> int:
    """How likely a mention is to be what the next sentence's pronoun continues (the
    grammatical-role ranking of centering theory): 0 the subject of the main verb, or a
    noun the parser left as the root of a verbless reading ("Peru's envoy, Ana Ruiz, who
    chaired the session, called ..."); 1 any other subject; 2 anything else.
    An apposition ranks as the noun it renames."""
    tok = doc[m.head]
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "ROOT" or (tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT"):
        return 0
    if tok.dep_ in SUBJECT_DEPS:
        return 1
    return 2


def resolve_possessors(doc: Doc, mentions: list[Mention], focus: str | None,
                       focus_word: str | None) -> None:
    """"its forces", "their soldiers": the group belongs to the nearest state, body or group
    before it (same or previous sentence); failing that, to the article's country."""
    for k, m in enumerate(mentions):
        if m.possessor is None:
            continue
        want = {"its": ("state", "organisation"), "his": ("person",),
                "her": ("person",)}.get(m.possessor, ("state", "organisation", "group"))
        sent_start = doc[m.head].sent.start
        owner = None
        for prev in reversed(mentions[:k]):
            if prev.kind in want and prev.actor.country and prev is not m:
                if doc[prev.head].sent.start < sent_start and owner is None:
                    owner = prev
                    break
                owner = prev
                break
        a = m.actor
        if owner is not None:
            a.country = owner.actor.country
            a.explain["country"] = {"rule": "possessor", "word": m.possessor,
                                    "antecedent": owner.actor.text}
        elif focus is not None:
            a.country = focus
            a.explain["country"] = {"rule": "context_country", "word": focus_word}
        m.key = ("group", a.country, a.sector, doc[m.head].lemma_.lower())


def share_entity_info(mentions: list[Mention]) -> None:
    """"Kuleba" after "Ukrainian Foreign Minister Dmytro Kuleba": a person mention without
    country or sector takes them from the first mention of the same person that has them."""
    best: dict[tuple, Mention] = {}
    for m in mentions:
        if m.kind == "person" and m.actor.country is not None and m.key not in best:
            best[m.key] = m
    for m in mentions:
        src = best.get(m.key)
        if src is None or src is m or m.kind != "person":
            continue
        a = m.actor
        if a.country is None:
            a.country = src.actor.country
            a.explain["country_from"] = src.actor.text
        if a.sector in (None, "UNK") and src.actor.sector not in (None, "UNK"):
            a.sector = src.actor.sector
            a.explain["sector_from"] = src.actor.text
        m.roles.extend(src.roles)


def link_definite_descriptions(doc: Doc, mentions: list[Mention]) -> None:
    """"the militia", "the bloc", "the army": with no word of its own saying whose, a definite
    description names what the article last mentioned of that kind (same head noun, or for a
    generic noun a body of a fitting sector), within a few sentences."""
    sents = {}
    for k, s in enumerate(doc.sents):
        sents[s.start] = k
    for k, m in enumerate(mentions):
        a = m.actor
        if not m.is_role or a.kind == "person":
            continue
        head = doc[m.head]
        if a.start != head.idx or head.i == 0 or doc[head.i - 1].lower_ != "the":
            continue        # only a bare "the NOUN"
        why = a.explain.get("country") or {}
        if a.country is not None and why.get("rule") != "context_country":
            continue
        lemma = head.lemma_.lower()
        here = sents[head.sent.start]
        for prev in reversed(mentions[:k]):
            if here - sents[doc[prev.head].sent.start] > DESCRIPTION_WINDOW:
                break
            p = prev.actor
            if p.country is None or prev is m:
                continue
            # "a NATO official said after the alliance's talks": a member named by his body
            # names the body too
            member_of = prev.is_role and (p.explain.get("sector") or {}).get("rule") == "body_modifier" \
                and p.sector in GENERIC_SECTORS.get(lemma, ()) and MEMBER_NAMES_BODY
            # "NATO Secretary General Jens Stoltenberg said the alliance ...", "Hamas leader
            # Ismail Haniyeh said the group ...": a person titled by his body names it too
            titled_by = (p.explain.get("country") or {}) if p.kind == "person" and not prev.is_role else {}
            member_of = member_of or (titled_by.get("rule") == "modifier"
                                      and str(titled_by.get("row", "")).startswith("bodies.tsv")
                                      and p.sector in GENERIC_SECTORS.get(lemma, ()) and MEMBER_NAMES_BODY)
            if member_of:
                a.name = (p.explain.get("country") or {}).get("word") or a.name
                a.country, a.sector = p.country, p.sector
                a.explain["rule"] = "definite_description"
                a.explain["antecedent"] = p.text
                break
            if p.kind == "person":
                continue
            same_head = prev.is_role and doc[prev.head].lemma_.lower() == lemma and \
                (p.explain.get("country") or {}).get("rule") != "context_country"
            generic = not prev.is_role and p.sector in GENERIC_SECTORS.get(lemma, ())
            if same_head or generic:
                a.name, a.country, a.sector = p.name, p.country, p.sector
                a.explain["rule"] = "definite_description"
                a.explain["antecedent"] = p.text
                m.key = prev.key
                break


def assign_entities(mentions: list[Mention]) -> None:
    ids: dict[tuple, int] = {}
    for m in mentions:
        m.actor.entity = ids.setdefault(m.key, len(ids))


def share_roles(mentions: list[Mention]) -> None:
    """A person's title, once known, holds for every mention of that person in the article
    ("Kuleba", "he" after "Foreign Minister Dmytro Kuleba"); the first one given wins."""
    title: dict[int, str] = {}
    for m in mentions:
        if m.actor.role and m.kind == "person":
            title.setdefault(m.actor.entity, m.actor.role)
    for m in mentions:
        if m.actor.role is None and m.kind == "person" and m.actor.entity in title:
            m.actor.role = title[m.actor.entity]
