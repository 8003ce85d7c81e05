"""Rules that turn one noun phrase into an actor mention.

Each phrase has a head token (the noun the rest modifies) and its left modifiers.  What the
head is decides the rule:

- a name the knowledge base knows (country, capital, seat, body, person): ``from_name``;
- a person's name spaCy found, or a proper noun the people table knows: ``person``;
- an organisation name spaCy found: ``organisation`` (its role words give the sector);
- a role or group noun ("minister", "troops", "protesters"): ``role_phrase``.

Every rule returns a ``Mention`` (an ``Actor`` plus what coreference needs) or None.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import Actor
from .evidence import (Evidence, backer_after, captor_of, fronted_scene, is_backer, modifier_evidence, placing_evidence,
                       preferred, proxy_scene_evidence, role_at, scene_evidence, sentence_region,
                       sentence_scene_evidence, stateless_group_scene,
                       states_acted_on)
from .knowledge import Entry, Knowledge, Office, fold
from .lexicon import NameMatch
from .cues import WORDS

# places, not actors, when a state's name is the object of these ("fighting in Ukraine")
LOCATIVE_PREPS = {"in", "at", "near", "inside", "within", "across", "throughout", "around",
                  "into", "from", "over", "outside", "through", "toward", "towards", "to",
                  "via", "on", "along", "off"}
# a capital is a government only in an argument role ("Moscow denied", "accuse Moscow")
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "agent", "poss", "conj", "appos",
                 "ROOT", "dative"}
HONORIFICS = WORDS.honorifics
CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "relcl", "ccomp", "advcl"}
PHRASE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "npadvmod", "quantmod",
               "predet", "punct", "case", "flat"}
# a state named as the place where something happens: kept as a mention, but not as an agent
PLACE_PREPS = {"in", "at", "near", "inside", "within", "throughout", "across", "around"}
SENTENCE_STATE_SECTORS = {"JUD"}
# courts and legislators work at home: "the Supreme Court", "lawmakers" take the one state their
# sentence names ("legislation in Congress, which lawmakers have 60 days to review")
LEGISLATOR_NOUNS = WORDS.legislator_nouns
# the opposition, a party or rebels act against their own state: "Opposition leader X accused
# the government", so the state a titled person acts on is his other party only outside these
DOMESTIC_SECTORS = {"OPP", "PTY", "REB", "JUD", "LEG"}
# nouns that are an actor only with a country or body of their own ("American members of the
# team", "international monitors", "OSCE observers"): alone they point at whoever sent them
MEMBER_NOUNS = WORDS.member_nouns
# "both sides", "the two sides": the parties, not a body of their own
PARTY_NOUNS = WORDS.party_nouns
LEADING_JUNK = {"det", "predet", "nummod", "quantmod", "punct", "cc", "case", "prep",
                "advmod", "preconj"}


@dataclass
class Mention:
    actor: Actor
    head: int                       # token index of the head
    key: tuple                      # what makes two mentions the same entity
    roles: list[str] = field(default_factory=list)
    linkable: bool = False          # a bare role ("the president") that may name an earlier person
    is_role: bool = False           # made from a role noun, not a name
    possessor: str | None = None    # "its forces": the pronoun whose antecedent owns the group

    @property
    def kind(self) -> str | None:
        return self.actor.kind


# heads of a group phrase that, qualified by an intergovernmental body ("EU leaders", "NATO
# allies", "ASEAN members"), name the body's member states acting together
BODY_MEMBER_NOUNS = WORDS.body_member_nouns


class Rules:
    def __init__(self, kb: Knowledge, cities):
        self.kb = kb
        self.cities = cities

    # -- helpers --------------------------------------------------------------------------
    def _actor(self, doc: Doc, lo: int, hi: int, name: str, country, sector, kind,
               explain: dict) -> Actor:
        span = doc[lo:hi]
        return Actor(text=span.text, name=name, country=country, sector=sector or "UNK",
                     start=span.start_char, end=span.end_char, kind=kind, explain=explain)

    @staticmethod
    def phrase_start(doc: Doc, head: Token, floor: int) -> int:
        """First token of the head's phrase: its left modifiers (a conjoined modifier, as in
        "Trump and North Korean leader Kim", starts a phrase of its own), less determiners."""
        lo = head.i
        for child in reversed(list(head.lefts)):
            if child.dep_ not in PHRASE_DEPS or any(c.dep_ in ("conj", "cc") for c in child.children):
                break
            if any(t.dep_ in CLAUSE_DEPS for t in child.subtree):
                break   # a misparsed clause ("denied that it had targeted civilians")
            lo = child.left_edge.i
        # a modifier the parser hung on a later noun still belongs here when it sits right
        # before this head ("The Sudanese army and opposition leaders")
        while lo - 1 >= head.sent.start and doc[lo - 1].dep_ in PHRASE_DEPS \
                and doc[lo - 1].head.i >= head.i and doc[lo - 1].dep_ != "punct":
            lo -= 1
        lo = max(lo, floor, head.sent.start, head.i - 10)
        while lo < head.i and (doc[lo].dep_ in LEADING_JUNK or doc[lo].is_punct
                               or doc[lo].lower_ in ("the", "a", "an")):
            lo += 1
        return lo

    # -- rule: a knowledge-base name is the head ---------------------------------------------
    def from_name(self, doc: Doc, m: NameMatch, head: Token, lo: int, day, ctx) -> Mention | None:
        e = preferred(m.entries)
        if e.what == "person":
            return self.person(doc, head, lo, m.start, day, ctx, known=e)
        if e.what in ("country", "capital"):
            locative = head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS
            sector = "GOV"
            if e.what == "capital" and head.dep_ not in ARGUMENT_DEPS and head.dep_ != "pobj":
                return None     # "the Moscow talks": a modifier naming a place
            # ("visit to Moscow", "advancing on Kyiv", "sanctions on Damascus": a capital after a
            # preposition is kept like the state's name there, the host or the target; after
            # "in/at/near" it is kept with the rule the event coder reads as a location)
            rule = "state_name" if e.what == "country" else "capital_as_government"
            if locative and head.head.lower_ in PLACE_PREPS:
                # "fighting in Yemen": a place first; kept as a mention because the gold
                # conventions often code the state there, and the event coder decides
                rule = "state_as_place"
            a = self._actor(doc, m.start, m.end, e.name, e.country, sector, "state",
                            {"rule": rule, "word": m.text, "row": e.source})
            return Mention(a, head.i, ("state", e.country))
        if e.what == "seat":
            country, start = e.country, m.start
            why = {"rule": "seat_of_government", "word": m.text, "row": e.source}
            own = _own_state(self.kb, doc, lo, m.start, ctx)
            if own is not None and own[0] != country:
                # "Mexico's Senate", "the Philippine Congress": another state's chamber
                country, start = own[0], lo
                why["country"] = own[1]
            name = e.name if e.sector != "GOV" else self.kb.countries.get(country, e.name)
            a = self._actor(doc, start, m.end, name, country, e.sector, "state", why)
            key = ("state", country) if e.sector == "GOV" else ("org", e.name)
            return Mention(a, head.i, key)
        if e.what == "body":
            if e.sector == "MED" and head.dep_ == "pobj" and head.head.lower_ in ("on", "via") \
                    and head.head.head.pos_ in ("VERB", "AUX"):
                return None     # "wrote on Facebook", "said on CNN": the medium, not an actor
            ev = Evidence()
            modifier_evidence(self.kb, doc, lo, m.start, ctx, ev)
            country, why = e.country, {"rule": "body", "word": m.text, "row": e.source}
            own = _own_state(self.kb, doc, lo, m.start, ctx) if country not in (None, "IGO") else None
            if own is not None and own[0] != country:
                # "Australia's Labour Party", "the Kenyan Red Cross": a national branch or
                # namesake of a body the table places elsewhere
                country = own[0]
                why["country_from"] = own[1]
            if country is None and ev.country is None and e.sector == "REB":
                # "Islamic State militants advancing on Baghdad": where the group acts
                stateless_group_scene(self.kb, ctx.cities, head, ctx.match_at, ev)
            if country is None:
                country = ev.country or ctx.focus
                why["country_from"] = ev.country_why or ({"rule": "context_country"}
                                                         if ctx.focus else None)
                if ev.country is None and ctx.focus and e.sector == "REB":
                    # only the article's country: the place of the act may still say better
                    why["country"] = {"rule": "context_country", "word": ctx.focus_word}
            a = self._actor(doc, lo, m.end, e.name, country, e.sector, e.kind, why)
            return Mention(a, head.i, ("org", e.name))
        if e.what in ("demonym", "multinational"):
            # "Palestinians", "Americans": the people of a country
            if head.pos_ not in ("NOUN", "PROPN") or head.dep_ in ("amod", "compound") or (
                    head.dep_ == "conj" and head.head.dep_ in ("amod", "compound")):
                return None     # "Armenian and Azerbaijani delegations": both modify the noun
            ev = Evidence()
            modifier_evidence(self.kb, doc, lo, m.start, ctx, ev)
            sector = ev.sector or "CVL"
            country, why = e.country, {"rule": "demonym_people", "word": m.text, "row": e.source}
            before = ctx.match_at.get(m.start - 1) if m.start > lo else None
            if m.text in self.kb.ethnic_groups and before is not None and not is_backer(
                    doc, before.start, before.end):
                # "Bosnian Serbs", "Kosovo Albanians": that state's people of that ethnic group
                b = next((x for x in before.entries if x.what in ("demonym", "country")
                          and x.country not in (None, "IGO")), None)
                if b is not None:
                    country, why = b.country, {**why, "state": before.text, "row": b.source}
            a = self._actor(doc, lo, m.end, doc[lo:m.end].text, country, sector, "group", why)
            return Mention(a, head.i, ("group", country, sector, m.text.lower()))
        return None

    # -- rule: a nationality that modifies a thing or an act ------------------------------------
    def demonym_modifier(self, doc: Doc, m: NameMatch, head: Token, military_words) -> Mention | None:
        """"Russian gas", "an Israeli strike", "Chinese goods": the state stands behind the
        thing or act, and the gold conventions code it as the actor (MIL for a military act,
        else GOV).  People and groups ("Russian troops") are role phrases, handled there."""
        e = next((x for x in m.entries if x.what == "demonym"), None)
        noun = head.head
        if e is None or noun.pos_ != "NOUN" or is_backer(doc, m.start, m.end):
            return None
        if role_at(self.kb, doc, noun.i)[0] is not None:
            return None
        lemma = noun.lemma_.lower()
        sector = "MIL" if lemma in military_words else "GOV"
        a = self._actor(doc, m.start, m.end, self.kb.countries.get(e.country, e.name), e.country,
                        sector, "state", {"rule": "demonym_as_state", "word": m.text,
                                          "modifies": noun.text, "row": e.source})
        return Mention(a, head.i, ("state", e.country))

    # -- rule: a person ---------------------------------------------------------------------
    def name_start(self, doc: Doc, head: Token, lo: int) -> int:
        """Where the proper name ending at ``head`` starts (titles and demonyms excluded)."""
        if head.ent_type_ == "PERSON":
            i = head.i
            while i - 1 >= lo and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].ent_iob_ != "O" \
                    and doc[i].ent_iob_ != "B":
                i -= 1
        else:
            i = head.i
            while i - 1 >= lo and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ in (
                    "compound", "flat") and not doc[i - 1].is_punct:
                i -= 1
        # titles, demonyms and bodies are not part of the name
        j = i
        for k in range(i, head.i + 1):
            if k in _title_like(self.kb, doc, k, self._match_at):
                j = k + 1
        while j < head.i and doc[j].text in HONORIFICS:
            j += 1
        return min(j, head.i)

    def person(self, doc: Doc, head: Token, lo: int, name_lo: int | None, day, ctx,
               known: Entry | None = None, why_label: str | None = None) -> Mention | None:
        self._match_at = ctx.match_at
        if name_lo is None:
            name_lo = self.name_start(doc, head, lo)
        name = doc[name_lo:head.i + 1].text
        ev = Evidence()
        modifier_evidence(self.kb, doc, lo, name_lo, ctx, ev)
        title_role, title = None, None
        for k in range(lo, name_lo):
            r, first = role_at(self.kb, doc, k)
            if r is not None:
                title_role, title = r, _title_text(doc, first, k, lo, ctx.match_at)
        office: Office | None = None
        canonical, entity_key = name, None
        explain: dict = {"rule": "person"}
        if why_label:
            explain["corrected_label"] = why_label
        if known is not None:
            office = self.kb.office(known.name, day, in_term_only=False)
            canonical = known.name
        else:
            prior = ctx.person_by_name(name)
            if prior is not None:
                canonical, entity_key = prior, ("person", prior)
                if prior != name:
                    explain["same_as"] = prior
            office = self.kb.office(canonical, day, in_term_only=" " not in canonical)
            if office is None and " " in name:
                # a spelling variant of a person the table knows by surname in this term
                last = self.kb.office(name.split()[-1], day, in_term_only=True)
                if last is not None and fold(last.name.split()[0]).lower() == fold(name.split()[0]).lower():
                    office = last
            if office is None and " " in name:
                # a fuller or shorter form of a known name: "Salva Kiir Mayardit" (table: Salva
                # Kiir), "Gloria Arroyo" (table: Gloria Macapagal Arroyo)
                office = self.kb.office_by_name_parts(name, day)
            if office is not None and entity_key is None:
                canonical = office.name
        country, sector = None, None
        if ev.country is None and ev.stateless_group is not None and known is None:
            # "al-Qaida leader Zawahiri in Kabul": a leader of a group of no one state
            stateless_group_scene(self.kb, ctx.cities, head, ctx.match_at, ev)
        if ev.country is not None:
            country = ev.country
            explain["country"] = ev.country_why
            sector = ev.sector or ev.body_sector or (title_role.sector if title_role else None)
            if sector is None and office is not None and office.country == country:
                sector = office.sector
            explain["sector"] = {"rule": "title", "words": ev.roles} if ev.roles else (
                {"rule": "body_modifier"} if sector == ev.body_sector else None)
        elif office is not None:
            country, sector = office.country, office.sector
            explain["office"] = {"row": office.source, "role": office.role,
                                 "in_term": office.covers(day)}
            if ev.sector and ev.sector != sector and ev.sector in ("OPP", "REB", "MIL"):
                sector = ev.sector
            elif title_role is not None and title_role.kind == "person" and sector != title_role.sector \
                    and (office.table == "phoenix_people.tsv" or not office.covers(day)):
                # "Prime Minister Sogavare" where the table only knows an earlier term: the
                # title says what he is now
                sector = title_role.sector
                explain["sector"] = {"rule": "title", "words": ev.roles}
        elif title_role is not None or ev.sector:
            # a titled local official ("Police Commissioner Stephen Lo"): the article's country
            sector = ev.sector or title_role.sector
            explain["sector"] = {"rule": "title", "words": ev.roles}
            if title and self.kb.local_title_words & set(title.lower().split()):
                scene = Evidence()
                sentence_scene_evidence(ctx.cities, head.sent, ctx.match_at, scene)
                if scene.country is not None:
                    country = scene.country
                    explain["country"] = scene.country_why
            if country is None and ctx.focus is not None:
                country = ctx.focus
                explain["country"] = {"rule": "context_country", "word": ctx.focus_word}
                if country in states_acted_on(head, ctx.match_at) and sector not in DOMESTIC_SECTORS \
                        and not (title and self.kb.local_title_words & set(title.lower().split())):
                    # "Senator Tom Harlan called for sanctions against China": the other party
                    # of his own act is not his country; the article's other one, if any
                    country, _ = ctx.focus_other_than(country)
                    explain["country"] = {"rule": "context_country_not_target",
                                          "target": ctx.focus} if country else None
        a = self._actor(doc, lo, head.i + 1, canonical, country, sector, "person", explain)
        if title is not None and title_role.kind == "person":
            a.role = title
        elif office is not None and office.covers(day) and office.role.lower() in self.kb.roles:
            a.role = office.role.lower()        # "Lavrov" alone: the office he held that day
        roles = list(ev.roles)
        if office is not None:
            roles.append(office.role.lower())
        return Mention(a, head.i, entity_key or ("person", canonical), roles)

    # -- rule: an organisation name spaCy found ----------------------------------------------
    def organisation(self, doc: Doc, span_lo: int, head: Token, lo: int, ctx) -> Mention | None:
        ev = Evidence()
        modifier_evidence(self.kb, doc, lo, head.i + 1, ctx, ev)
        role, _ = role_at(self.kb, doc, head.i)
        sector = ev.sector or (role.sector if role else None)
        if sector is None:
            for k in range(head.i, span_lo - 1, -1):
                r, _ = role_at(self.kb, doc, k)
                if r is not None:
                    sector = r.sector
                    break
        sector = sector or ev.body_sector
        name = doc[lo:head.i + 1].text
        country, country_why = ev.country, ev.country_why
        if country is None and sector in SENTENCE_STATE_SECTORS:
            # "Venezuela's attorney general asked the Supreme Court": the state its sentence names
            country = ctx.sentence_state(head.sent)
            country_why = {"rule": "sentence_state"} if country else None
        if country is None and sector is not None and ctx.focus is not None:
            # "the Supreme Court", "the National Security Committee": the article's country
            country, country_why = ctx.focus, {"rule": "context_country", "word": ctx.focus_word}
        a = self._actor(doc, lo, head.i + 1, name, country, sector, "organisation",
                        {"rule": "organisation_name", "country": country_why,
                         "sector_words": ev.roles or ([role.word] if role else [])})
        return Mention(a, head.i, ("org", name))

    # -- rule: several states at once ------------------------------------------------------------
    def several_states(self, doc: Doc, head: Token, lo: int) -> Mention:
        """"loans to 17 African countries": a multinational party, country IGO."""
        a = self._actor(doc, lo, head.i + 1, doc[lo:head.i + 1].text, "IGO", "GOV", "group",
                        {"rule": "several_states", "word": head.text})
        return Mention(a, head.i, ("group", "IGO", "GOV", doc[lo:head.i + 1].text.lower()))

    # -- rule: a role or group noun ------------------------------------------------------------
    def role_phrase(self, doc: Doc, head: Token, lo: int, ctx) -> Mention | None:
        role, first = role_at(self.kb, doc, head.i)
        if role is None:
            return None
        ev = Evidence()
        modifier_evidence(self.kb, doc, lo, first, ctx, ev)
        placing_evidence(self.kb, ctx.cities, head, ctx.match_at, ev)
        if ev.country is None and role.kind == "person" and head.tag_ in ("NN", "NNP") \
                and head.dep_ == "conj" and head.head.tag_ in ("NN", "NNP") \
                and not any(c.dep_ in ("det", "poss") for c in head.lefts):
            # "Iran's Ambassador and Permanent Representative": two titles of one person
            # share the first title's owner
            r0, first0 = role_at(self.kb, doc, head.head.i)
            if r0 is not None and r0.kind == "person":
                lo0 = self.phrase_start(doc, doc[first0], head.sent.start)
                modifier_evidence(self.kb, doc, lo0, first0, ctx, ev)
                if ev.country is not None:
                    ev.country_why = {**(ev.country_why or {}), "shared_with": doc[lo0:head.head.i + 1].text}
        if ev.country is None and any(c.lower_ == "there" for c in head.rights):
            # "French troops left Niger ... after the military there seized power": the
            # state last named before the phrase
            last = next((ctx.match_at[i] for i in range(head.i - 1, max(head.sent.start - 40, -1), -1)
                         if i in ctx.match_at and preferred(ctx.match_at[i].entries).what
                         in ("country", "capital", "city", "region")), None)
            if last is not None and preferred(last.entries).country not in (None, "IGO"):
                ev.set_country(preferred(last.entries).country, {"rule": "there", "word": last.text})
        if ev.country is None and ev.stateless_group is not None:
            # "Islamic State fighters attacked a checkpoint near Raqqa"
            stateless_group_scene(self.kb, ctx.cities, head, ctx.match_at, ev)
        if ev.backer is None:
            ev.backer = backer_after(doc, head, ctx.match_at)
        if ev.backer is not None and ev.backer != "IGO":
            proxy_scene_evidence(ctx.cities, head, ctx.match_at, ev.backer, ev)
        if role.sector in ("CVL", "POL") and not ev.sector:
            scene_evidence(self.kb, ctx.cities, head, ctx.match_at, ev)
        sector = ev.sector or role.sector
        sector_why: dict = {"rule": "role_head", "word": doc[first:head.i + 1].text}
        if ev.sector:
            sector_why = ev.sector_why
        elif ev.body_sector and role.sector != "CVL":
            # "Hamas leader", "Wagner forces": members take the body's sector
            sector = ev.body_sector
            sector_why = {"rule": "body_modifier"}
        country, country_why = ev.country, ev.country_why
        text = doc[lo:head.i + 1].text
        kind = role.kind
        plural = head.tag_ in ("NNS", "NNPS")
        if kind == "person" and plural:
            kind = "group"
        explain = {"rule": "role_phrase", "sector": sector_why, "country": country_why}
        # "the president", "the Turkish minister": an earlier person, or the office holder
        linkable = kind == "person"
        possessor = next((_possessor_word(c) for c in head.lefts if c.dep_ == "poss"
                          and _possessor_word(c)), None)
        if possessor is not None and country is None:
            pass    # coref gives it the owner's country ("Moscow ... its own soldiers")
        elif country is None and head.lemma_.lower() in MEMBER_NOUNS:
            return None     # "members of the team": the team is the actor
        elif country is None and sector == "UNK" and kind != "person" and ctx.focus is not None \
                and _named_by_modifiers(self.kb, doc, lo, head, ctx.match_at):
            # "the yellow vest movement", "the pension reform movement": a group its own words
            # name is no stand-in for one named earlier: the article's country, like other groups
            country = ctx.focus
            explain["country"] = {"rule": "context_country", "word": ctx.focus_word}
        elif country is None and ev.backer == "IGO" and sector in SENTENCE_STATE_SECTORS:
            # "a U.N.-backed court", "the U.N.-backed tribunal": an international tribunal, not
            # a court of the state it tries (a "U.N.-backed government" stays national)
            country = "IGO"
            explain["country"] = {"rule": "international_tribunal"}
        elif country is None and head.lemma_.lower() in PARTY_NOUNS:
            # "the Sudanese army and the RSF signed ... under which both sides pledge": two
            # parties of the one state their sentence names; otherwise "the two sides" are
            # the parties themselves, and "the other side of the border" is a place
            country = ctx.sentence_state(head.sent)
            if country is None:
                return None
            explain["country"] = {"rule": "sentence_state"}
        elif country is None and sector != "UNK" and (kind != "person" or ev.roles or (
                sector in ("CVL", "REB") and any(c.lower_ in ("a", "an") for c in head.lefts))) \
                and ctx.focus is not None:
            # (a person met for the first time, "a 71-year-old man", "a suicide bomber", names
            # no one earlier)
            # an unqualified group, or a person titled by an unqualified institution
            # ("the government's chief negotiator"): the article's country
            country = ctx.focus
            explain["country"] = {"rule": "context_country", "word": ctx.focus_word}
            scene = fronted_scene(ctx.cities, head.sent, ctx.match_at) \
                if ev.backer is None and sector == "CVL" else None
            here = ctx.sentence_state(head.sent) if ev.backer is None and (
                sector in SENTENCE_STATE_SECTORS or head.lemma_.lower() in LEGISLATOR_NOUNS) else None
            armed = ctx.sentence_armed_group(head.sent) if sector == "REB" and ev.backer is None else None
            region = sentence_region(ctx.cities, head.sent, ctx.match_at) \
                if sector == "REB" and ev.backer is None and armed is None else None
            if region is not None and region[0] != country:
                # "after Moscow recognised the rebels" of "the separatist-held Donbas region":
                # rebels fight in the region their sentence names, not in the article's state
                country = region[0]
                explain["country"] = {"rule": "sentence_region", "word": region[1]}
            elif armed is not None:
                # "the militant group Hamas ... militants fired rockets": the armed group its
                # sentence names
                country = armed[0]
                explain["country"] = {"rule": "sentence_armed_group", "word": armed[1]}
            elif scene is not None:
                # "In New York, ... demonstrators gathered": the scene the sentence opens on
                country = scene[0]
                explain["country"] = {"rule": "fronted_scene", "word": scene[1]}
            elif here is not None and here != country:
                # "Venezuela's attorney general asked the Supreme Court": the one state its
                # sentence names, before the article's main country
                country = here
                explain["country"] = {"rule": "sentence_state"}
            captor = captor_of(doc, head, ctx.match_at)
            if captor is not None and country == captor:
                # "hostages held by Hamas" are not Hamas's people: the article's other country
                other, _ = ctx.focus_other_than(captor)
                if other is not None:
                    country = other
                    explain["country"] = {"rule": "context_country_not_captor", "captor": captor}
            elif captor is not None and country is not None:
                # the article's country is already not the captor's: the same reading, and the
                # place where they are held ("inmates in Israeli jails") is the captor's, not theirs
                explain["country"] = {"rule": "context_country_not_captor", "captor": captor}
            elif ev.backer is not None and country == ev.backer:
                # "pro-Russian forces" are not Russia's: the article's other main country
                other, _ = ctx.focus_other_than(ev.backer)
                if other is not None:
                    country = other
                    explain["country"] = {"rule": "context_country_not_backer",
                                          "backer": ev.backer}
        if ev.backer is not None and sector == "MIL" and not ev.sector:
            # forces backed by a foreign state are not a state's army: armed rebels
            sector = "REB"
            sector_why = {"rule": "backed_forces", "backer": ev.backer}
            explain["sector"] = sector_why
        name = text
        why = explain.get("country")
        if country == "IGO" and kind == "group" and head.lemma_.lower() in BODY_MEMBER_NOUNS \
                and isinstance(why, dict) and why.get("rule") == "modifier" \
                and str(why.get("row", "")).startswith("bodies.tsv"):
            # "EU leaders", "NATO allies": the member states acting together are the body
            # itself ("U.N. peacekeepers" are the body's staff, not the body: they keep their name)
            body = next((e for e in self.kb.names.get(why.get("word"), []) if e.what == "body"), None)
            if body is not None:
                name = body.name
        a = self._actor(doc, lo, head.i + 1, name, country, sector, kind, explain)
        if kind == "person" and role.sector not in ("CVL", "UNK"):
            a.role = _title_text(doc, first, head.i, lo, ctx.match_at)  # "the foreign minister"
        roles = ev.roles + [doc[first:head.i + 1].text.lower()]
        key = ("group", country, sector, head.lemma_.lower())
        if kind == "person":
            key = ("role", country, sector, head.lemma_.lower(), head.i)
        return Mention(a, head.i, key, roles, linkable, is_role=True,
                       possessor=possessor if country is None else None)


# words that qualify a title and belong to it: "former president", "acting prime minister"
TITLE_QUALIFIERS = WORDS.title_qualifiers


def _title_text(doc: Doc, first: int, last: int, floor: int, match_at=None) -> str:
    """The title ending at token ``last``, lower case, with the words before it that say
    which office it is ("acting defence minister"), but not the names that say whose
    ("Ukrainian", "Hamas", "Trump")."""
    while first - 1 >= floor:
        t = doc[first - 1]
        if t.lower_ in TITLE_QUALIFIERS:
            first -= 1
            continue
        if t.dep_ not in ("compound", "amod") or t.pos_ not in ("NOUN", "ADJ", "PROPN") \
                or t.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") \
                or (match_at is not None and t.i in match_at):
            break
        first -= 1
    return doc[first:last + 1].text.lower()


def _title_like(kb: Knowledge, doc: Doc, k: int, match_at) -> set[int]:
    """{k} when token k is a title word, demonym or body name rather than part of a name."""
    m = match_at.get(k)
    if m is not None and any(e.what != "person" for e in m.entries):
        return {k}
    role, _ = role_at(kb, doc, k)
    if role is not None or doc[k].lower_ in ("former", "acting", "deputy", "interim"):
        return {k}
    return set()


def _own_state(kb: Knowledge, doc: Doc, lo: int, hi: int, ctx) -> tuple[str, dict] | None:
    """The state a name's own modifiers name outright (a demonym or a state's name, not a
    backer: "Russian-backed"), with its explanation; None when they name none."""
    ev = Evidence()
    modifier_evidence(kb, doc, lo, hi, ctx, ev)
    why = ev.country_why or {}
    m = ctx.match_at.get(next((i for i in range(hi - 1, lo - 1, -1) if i in ctx.match_at
                               and ctx.match_at[i].text == why.get("word")), -1))
    if ev.country in (None, "IGO") or m is None or preferred(m.entries).what not in ("country", "demonym"):
        return None
    if m.end < len(doc) and doc[m.end].text in ("-", "–"):
        return None     # "Israel-Hamas fighting": two parties, not Israel's Hamas
    return ev.country, why


def _named_by_modifiers(kb: Knowledge, doc: Doc, lo: int, head: Token, match_at) -> bool:
    """The words before a generic group noun name the group ("the yellow vest movement"),
    rather than only pointing back ("the group", "this alliance", "the militant group")."""
    for t in doc[lo:head.i]:
        if t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN") and t.i not in match_at \
                and role_at(kb, doc, t.i)[0] is None:
            return True
    return False


def _possessor_word(tok: Token) -> str | None:
    """"its", "their", "his", "her", or "that country's" / "the nation's" (read as "its")."""
    if tok.lower_ in ("its", "their", "his", "her"):
        return tok.lower_
    if tok.lemma_.lower() in ("country", "nation") and any(c.lower_ in ("the", "that", "this")
                                                           for c in tok.lefts):
        return "its"
    return None
