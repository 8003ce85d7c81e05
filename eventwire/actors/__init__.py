"""Actor resolution: every mention of a person, state, group or organisation in the article,
with canonical name, country (ISO3, or IGO), sector and an article-local entity id.

``ActorResolver()(doc, ex)`` fills ``ex.mentions`` in text order.  It works over spaCy's
parse and entities plus the knowledge base in ``eventwire/data/actors/``:

1. ``lexicon.NameMatcher`` finds every name the knowledge base knows.
2. Each noun-phrase head that is such a name, a spaCy PERSON/ORG/NORP entity, a proper noun
   the people table knows, or a role/group noun becomes a candidate; its left modifiers are
   its phrase.  Longer phrases are resolved first and absorb the shorter ones inside them
   ("Russia's ambassador" is one mention, of the ambassador).
   A nationality modifying a thing or an act ("Russian gas", "an Israeli strike") is the
   state behind it (rule ``demonym_as_state``).
3. ``resolve.Rules`` gives each candidate its actor (see there for the rules); a person's
   title, or else the office the tables say he held that day, is ``Actor.role``.
4. ``military`` codes a state MIL when its clause is a military act ("fired artillery").
5. ``coref`` links appositions, bare roles and pronouns, numbers the entities, and shares a
   person's role with all his mentions; ``descriptions`` reads "the small nation" and
   "the North" as a state named before.

The knowledge base is the curated tables plus those generated from the Phoenix dictionaries
by ``python -m eventwire.kb.build`` (curated rows win); see eventwire/data/README.md.

Each mention's ``explain`` names the rule, the words and the table row it used.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Extraction
from .cities import ArticleCities, CityCountries
from .context import ArticleContext
from .descriptions import StateDescriptions
from .coref import (assign_entities, link_appositions, link_bare_roles, link_counterparts,
                    pronoun_mentions,
                    resolve_possessors, share_entity_info, share_roles,
                    link_definite_descriptions)
from .evidence import preferred, role_at, several_states
from .jurisdiction import jurisdiction_countries
from .knowledge import Knowledge
from .lexicon import NameMatcher
from .military import crews_of_state_craft, load_cues, military_states
from .resolve import Mention, Rules

# a token with these dependencies modifies a noun and is read as part of that noun's phrase
MODIFIER_DEPS = {"compound", "flat", "amod", "nmod", "npadvmod", "nummod"}
ENTITY_LABELS = {"PERSON", "ORG", "NORP"}
DEMONYM_STATES = True   # a nationality modifying a thing or act is the state (rule demonym_as_state)


# doc.user_data key: token index -> (country, name, table row) of each knowledge-base name whose
# entries agree on one country.  The event coder reads it for a phrase no mention covers ("a U.S.
# State Department call", "Hungarian NGOs"): the state its own words name.
NAMED_COUNTRIES = "eventwire.actors.named_countries"
NAMED_WHATS = {"country", "demonym", "person", "body", "seat", "capital"}


def named_countries(matches) -> dict[int, tuple[str, str, str]]:
    out: dict[int, tuple[str, str, str]] = {}
    for m in matches:
        entries = [e for e in m.entries if e.what in NAMED_WHATS]
        countries = {e.country for e in entries}
        if not entries or len(countries) != 1 or None in countries:
            continue
        for i in range(m.start, m.end):
            out[i] = (entries[0].country, m.text, entries[0].source)
    return out


class ActorResolver:
    def __init__(self) -> None:
        self.kb = Knowledge()
        self.matcher = NameMatcher(self.kb)
        self.cities = CityCountries()
        self.rules = Rules(self.kb, self.cities)
        self.military_cues = load_cues()
        self.descriptions = StateDescriptions()

    def __call__(self, doc: Doc, ex: Extraction) -> None:
        day = ex.article.published
        dateline = ex.article.dateline
        skip = range(dateline.start, dateline.end) if dateline is not None else range(0)
        matches = self.matcher(doc)
        dl_tokens = range(0)
        if dateline is not None:
            span = doc.char_span(dateline.start, dateline.end, alignment_mode="expand")
            dl_tokens = range(span.start, span.end) if span is not None else range(0)
        ctx = ArticleContext(matches, day, dl_tokens, self.cities)
        ctx.place_focus(doc, dl_tokens)
        # a town name read in the light of the article's countries (see ArticleCities)
        ctx.cities = ArticleCities(self.cities, ctx.focus, ctx.ranked)
        ctx.register_people(doc, self.kb, day)
        ents = {}
        for ent in doc.ents:
            if ent.label_ in ENTITY_LABELS:
                for i in range(ent.start, ent.end):
                    ents[i] = ent
        candidates = []
        for tok in doc:
            if tok.idx in skip:
                continue    # "MINSK, Belarus —": where the story was filed, not an actor
            c = self._candidate(doc, tok, ctx, ents, day)
            if c is not None:
                candidates.append(c)
        # longer phrases first: "Russia's ambassador" absorbs "Russia"
        candidates.sort(key=lambda c: -(c[0].i - c[1]))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for head, lo, rule in candidates:
            if head.i in taken:
                continue
            lo = max(lo, max((t for t in taken if t < head.i), default=-1) + 1)
            m = rule(lo)
            if m is None:
                continue
            span = doc.char_span(m.actor.start, m.actor.end, alignment_mode="expand")
            taken.update(range(span.start, span.end))
            mentions.append(m)
        mentions.sort(key=lambda m: m.actor.start)
        military_states(doc, mentions, self.military_cues, self.kb)
        crews_of_state_craft(doc, mentions, self.military_cues)
        jurisdiction_countries(doc, mentions)
        link_appositions(doc, mentions)
        resolve_possessors(doc, mentions, ctx.focus, ctx.focus_word)
        share_entity_info(mentions)
        link_bare_roles(mentions, self.kb, day, doc)
        link_counterparts(doc, mentions, self.kb, day)
        link_definite_descriptions(doc, mentions)
        mentions += coordinated_nationalities(doc, mentions, ctx.match_at, self.kb)
        # "the small nation", "the North": a state named before
        mentions += self.descriptions(doc, mentions)
        mentions += pronoun_mentions(doc, mentions)
        mentions.sort(key=lambda m: (m.actor.start, -m.actor.end))
        assign_entities(mentions)
        share_roles(mentions)
        ex.mentions = [m.actor for m in mentions]
        doc.user_data[NAMED_COUNTRIES] = named_countries(matches)

    def _candidate(self, doc: Doc, tok, ctx: ArticleContext, ents, day):
        """(head, phrase start, rule) when ``tok`` heads a phrase that may name an actor."""
        if tok.is_punct or tok.is_space:
            return None
        m = ctx.match_at.get(tok.i)
        rules = self.rules
        if m is not None:
            span = doc[m.start:m.end]
            if span.root.i != tok.i:
                return None
            if _modifies_noun(tok) and not _person_before_adjective(doc, m, tok):
                # "Egypt-brokered truce", "ECOWAS deadline": a state or body is still an actor
                # unless the phrase it modifies is one ("Russian troops", "Hamas leader")
                if preferred(m.entries).what == "demonym" and DEMONYM_STATES:
                    # "Russian gas", "an Israeli strike": the state behind a thing or act
                    return tok, m.start, lambda lo, m=m, tok=tok: rules.demonym_modifier(
                        doc, m, tok, self.military_cues)
                if preferred(m.entries).what not in ("country", "body"):
                    return None
                lo = m.start
            else:
                lo = min(rules.phrase_start(doc, tok, 0), m.start)
            return tok, lo, lambda lo, m=m, tok=tok: rules.from_name(doc, m, tok, lo, day, ctx)
        if tok.pos_ not in ("NOUN", "PROPN") or _modifies_noun(tok):
            return None
        lo = rules.phrase_start(doc, tok, 0)
        ent = ents.get(tok.i)
        if ent is not None and ent.label_ == "PERSON" and ent.end - 1 == tok.i:
            if self._is_place(ent.text, ctx):
                return None
            return tok, lo, lambda lo, tok=tok: rules.person(doc, tok, lo, None, day, ctx)
        role, first = role_at(self.kb, doc, tok.i)
        if role is not None and first < lo:
            # "the Polish head of state": the role phrase's own modifiers come before its
            # first word, not before the last
            lo = min(lo, rules.phrase_start(doc, doc[first], 0))
        if tok.pos_ == "PROPN" and role is None and _named_person(doc, tok, lo, ents, self.kb):
            # "President Ana Quispe Huaman" where spaCy's PERSON stops short of the surname
            return tok, lo, lambda lo, tok=tok: rules.person(doc, tok, lo, None, day, ctx)
        if tok.pos_ == "NOUN" and tok.is_title and role is None \
                and ctx.person_by_name(tok.text) is not None:
            # "Ruiz said she would ...", the surname tagged a common noun: the article has
            # named that person already, so the capitalised word is the name
            return tok, lo, lambda lo, tok=tok: rules.person(doc, tok, lo, None, day, ctx)
        if tok.pos_ == "PROPN" and (role is None or tok.is_title is False):
            # a surname met before, or one the people table knows, whatever spaCy said
            if ctx.person_by_name(tok.text) is not None or (
                    _name_like(tok) and self.kb.office(tok.text, day, in_term_only=True)):
                label = ent.label_ if ent is not None else None
                return tok, lo, lambda lo, tok=tok, label=label: rules.person(
                    doc, tok, lo, None, day, ctx, why_label=label)
        if ent is not None and ent.label_ == "ORG" and ent.end - 1 == tok.i:
            if self._is_place(ent.text, ctx):
                return None
            return tok, lo, lambda lo, tok=tok, s=ent.start: rules.organisation(
                doc, s, tok, lo, ctx)
        if role is not None:
            return tok, lo, lambda lo, tok=tok: rules.role_phrase(doc, tok, lo, ctx)
        if several_states(tok, ctx.match_at) and not (
                tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from")
                and tok.head.head.pos_ in ("NOUN", "PROPN")):
            # (not "ministers from 12 countries": that places the ministers)
            return tok, lo, lambda lo, tok=tok: rules.several_states(doc, tok, lo)
        return None

    def _is_place(self, text: str, ctx) -> bool:
        """A city or region spaCy tagged PERSON or ORG ("Kiev", "Debaltseve", "Crimea") is a
        place, not an actor."""
        return ((text in self.cities or self.cities.region(text) is not None)
                and self.kb.office(text, None, in_term_only=False) is None
                and ctx.person_by_name(text) is None)   # "Bolton" after "John Bolton"


NATIONALITY_DEPS = {"amod", "nmod", "compound"}


def coordinated_nationalities(doc: Doc, mentions: list[Mention], match_at, kb) -> list[Mention]:
    """'Russian and Ukrainian delegations' are two parties: one mention per nationality,
    with the phrase's sector, so that events can pair them up (the phrase itself keeps the
    first nationality, as before)."""
    from ..model import Actor

    out = []
    for m in mentions:
        head = doc[m.head]
        for first in head.children:
            # "U.S. and British warplanes": the parser may hang a country name (with the
            # demonym coordinated to it) on the noun as nmod/compound
            if first.dep_ not in NATIONALITY_DEPS or not any(c.dep_ == "conj" for c in first.children):
                continue
            group = [first] + [c for c in first.children if c.dep_ == "conj"]
            found = []
            for d in group:
                nm = match_at.get(d.i)
                e = preferred(nm.entries) if nm is not None else None
                if e is not None and e.what in ("demonym", "country") and e.country and e.country != "IGO":
                    found.append((d, e.country))
            if len({c for _, c in found}) < 2:
                continue
            for d, country in found:
                # "the Russian and Ukrainian presidents": one president each
                role = kb.roles.get(head.lemma_.lower())
                noun = head.lemma_ if role is not None and role.kind == "person" else head.text
                a = Actor(text=d.text, name=f"{d.text} {noun}", country=country, sector=m.actor.sector,
                          start=d.idx, end=d.idx + len(d.text),
                          kind="person" if role is not None and role.kind == "person" else m.actor.kind or "group",
                          explain={"rule": "coordinated_nationality", "head": head.text})
                out.append(Mention(a, d.i, ("group", country, m.actor.sector, head.lemma_.lower())))
    return out


NOT_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY",
                   "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}


def _name_like(tok) -> bool:
    """A bare surname from the people table must look like a name here: "May" in "in May"
    (a date) or "Rice" at the start of a sentence is not Theresa May or Condoleezza Rice."""
    if tok.ent_type_ == "PRODUCT" and tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass"):
        return True     # "demanded that Dbeibeh appear": a subject the tagger took for a product
    if tok.ent_type_:
        return tok.ent_type_ not in NOT_NAME_LABELS
    if tok.is_sent_start:
        # a headline or sentence that opens with the surname: "Modi makes stopover"
        return tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass")
    return tok.is_title


def _named_person(doc: Doc, tok, lo: int, ents, kb) -> bool:
    """A proper noun whose own modifiers are a person's first names or a person's title."""
    for k in range(tok.i - 1, lo - 1, -1):
        t = doc[k]
        if t.pos_ != "PROPN" and t.dep_ != "amod":
            return False
        ent = ents.get(k)
        if ent is not None and ent.label_ == "PERSON":
            return True
        role = kb.roles.get(t.lower_)
        if role is not None and role.kind == "person":
            return True
    return False


def _person_before_adjective(doc: Doc, m, tok) -> bool:
    """A known person's full name parsed as a modifier of a noun that has an adjective
    between them ("granted Edward Snowden temporary asylum"): English puts adjectives before
    noun modifiers ("the temporary Snowden asylum"), so the name is an argument of its own
    (a misparsed indirect object), not a modifier."""
    if m.end - m.start < 2 or preferred(m.entries).what != "person":
        return False
    head = tok.head
    return head.i > tok.i and any(doc[k].pos_ == "ADJ" and doc[k].head.i == head.i
                                  for k in range(m.end, head.i))


def _modifies_noun(tok) -> bool:
    if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # "Trump and North Korean leader Kim": a conjoined name heads its own phrase
    return not any(c.dep_ in ("conj", "cc") for c in tok.children)
