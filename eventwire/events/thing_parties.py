"""The party a thing stands for when the clause names a thing, not an actor: the owner of a
weapon or property acted on, the doer of an act named as target ("those behind the attack"),
the people a struck vehicle carries, and the doer's own forces, which are never the target."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor, Extraction
from . import arguments as args
from .common import OWNER_NOT_ENTS, Trigger, UNRESOLVED_NAME_ENTS



class ThingParties:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    @staticmethod
    def _weapon_owner(finder, verb: Token, weapon: Token | None = None):
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "from":
                for p in c.children:
                    a = finder(p) if p.dep_ == "pobj" else None
                    if a is not None and a.country:
                        return a, "weapon-owner>prep:from"
        # "rockets fired by Hamas hit Ashkelon": the participle on the weapon names who used it
        for v in (weapon.children if weapon is not None else ()):
            if v.dep_ == "acl" and v.tag_ == "VBN":
                for c in v.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "from"):
                        for p in c.children:
                            a = finder(p) if p.dep_ == "pobj" else None
                            if a is not None:
                                return a, f"weapon-owner>{v.lemma_}-{c.lower_}"
        return None, ""

    def _implied_authorities(self, finder, t: Trigger, g_tok: Token, ex: Extraction):
        tok = t.tok
        if t.is_noun or tok.lemma_.lower() not in self.cues.state_act_lemmas or not args.is_passive(tok) \
                or args.agent_of(tok) is not None:
            return None, None
        target = finder(next((c for c in tok.children if c.dep_ == "nsubjpass"), g_tok))
        country, basis = (target.country, "target") if target is not None and target.country not in (None, "IGO") \
            else (None, None)
        # "was arrested in Niger": the place of the act names the state whose authorities did it
        place = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                for p in c.children:
                    at = next((pl for pl in ex.places if pl.start <= p.idx < pl.end and pl.country), None)
                    if p.dep_ == "pobj" and at is not None:
                        place = at
        if country is None and place is not None:
            country, basis = place.country, "place"
        if country is None:
            return None, None
        sector = "JUD" if tok.lemma_.lower() in ("sentence", "convict", "try", "indict") else "GOV"
        # the authorities are written where the text names their state ("in Niger"), else nowhere
        named = place is not None and place.country == country
        return Actor(text=place.text if named else "", name=f"{country} authorities", country=country,
                     sector=sector, kind="state", start=place.start if named else None,
                     end=place.end if named else None,
                     explain={"rule": "events-implied-authorities", "country_from": basis}), f"implied-authorities:{basis}"

    @staticmethod
    def _answered_attacker(events: list, source, before: int, types=("ASSAULT",)):
        """The doer of the latest attack (or other act of ``types``) told earlier in the article
        on the responder's country."""
        for e in reversed(events):
            if e.type in types and e.trigger_i is not None and e.trigger_i < before and e.source is not None \
                    and e.source.country and e.source.country != source.country \
                    and e.target is not None and e.target.country == source.country:
                return e.source, "answered-attacker"
        return None, None

    def _judges_measures(self, adj: Token) -> bool:
        """Whether the blame adjective is said of measures named without their doer."""
        cop = adj.head if adj.dep_ in ("acomp", "attr") else adj
        subj = next((x for x in cop.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        return subj is not None and subj.lemma_.lower() in self.cues.hostile_measure_nouns and not any(
            x.dep_ in ("poss", "compound", "amod") and x.pos_ == "PROPN" for x in subj.children)

    def _act_doer(self, finder, doc, g_tok: Token | None, verb: Token, events: list, source):
        """The doer of the act an object names: "condemned the mutiny" (an act noun with no
        doer of its own phrase), "those behind the killing", "those responsible" (the act
        the sentence named before).  The doer is the source of a coded event of that act
        earlier in the article, else a doer the act's other mentions name ("the case against
        Prigozhin for armed mutiny", "the Wagner mutiny")."""
        c = self.cues
        if g_tok is None:
            # "those" is no actor, so the argument rules passed over it
            g_tok = next((x for x in verb.children if x.dep_ == "dobj" and x.lower_ in c.act_pointer_pronouns), None)
        if g_tok is None:
            return None
        act = None
        if g_tok.lower_ in c.act_pointer_pronouns:
            if any(x.dep_ == "relcl" for x in g_tok.children):
                return None           # "those who attacked the convoy": the clause is the act
            holders = [g_tok] + ([g_tok.head] if g_tok.dep_ in ("dobj", "pobj") else [])
            responsible = None
            for h in holders:         # the parser may hang "behind the killing" on the verb
                for x in h.children:
                    if x.dep_ == "amod" and x.lemma_.lower() in c.responsibility_adjectives:
                        responsible = x
                        h = x
                    for y in (x.children if x.dep_ == "amod" else [x]):
                        if y.dep_ == "prep" and y.lower_ in ("behind", "for"):
                            act = next((z for z in y.children if z.dep_ == "pobj"), act)
            if act is None and responsible is not None:
                # "denounced the mutiny ... and vowed to punish those responsible"
                act = next((x for x in reversed(doc[g_tok.sent.start:g_tok.i])
                            if x.pos_ == "NOUN" and x.lemma_.lower() in self.act_nouns), None)
        elif g_tok.pos_ == "NOUN" and g_tok.lemma_.lower() in self.act_nouns and not any(
                x.dep_ in ("poss", "compound", "amod", "nmod") and finder.has_mention(x) for x in g_tok.children):
            act = g_tok
        if act is None or act.lemma_.lower() not in self.act_nouns:
            return None
        lemma = act.lemma_.lower()

        def other(m):
            return m is not None and m.country and not (source is not None and (
                m is source or m.name == source.name or (m.entity is not None and m.entity == source.entity)))
        best = None
        for e in events:
            if e.trigger_i is None or e.trigger_i >= verb.i or not other(e.source):
                continue
            trig = doc[e.trigger_i].lemma_.lower()
            if e.trigger_i == act.i or trig == lemma or (len(trig) >= 4 and lemma.startswith(trig)):
                best = e.source
        if best is not None:
            return best, f"act-doer:coded-{lemma}"
        for x in doc:
            if x.i == act.i or x.lemma_.lower() != lemma:
                continue
            for y in x.children:
                if y.dep_ in ("poss", "compound"):
                    m = finder.index.covering(y.idx, y.idx + len(y.text))
                    if other(m):
                        return m, f"act-doer:{y.dep_}-of-{lemma}"
            if x.dep_ == "pobj" and x.head.lower_ in ("for", "with"):
                # "the case against Prigozhin for armed mutiny", "charged X with treason"
                holder = x.head.head
                for y in holder.children:
                    z = next((p for p in y.children if p.dep_ == "pobj"), None) \
                        if y.dep_ == "prep" and y.lower_ == "against" else (
                        y if y.dep_ in ("dobj", "nsubjpass") else None)
                    m = finder.index.covering(z.idx, z.idx + len(z.text)) if z is not None else None
                    if other(m):
                        return m, f"act-doer:accused-of-{lemma}"
        return None

    def _alleged_doer(self, finder, verb: Token, g_tok: Token | None, source) -> tuple[Actor, str] | None:
        """The doer of the act an allegation states ('an investigation into claims that two
        servicemen abused children', 'condemned reports that the army shelled the town')."""
        nouns = [x for x in verb.children if x.dep_ == "dobj"] + ([g_tok] if g_tok is not None else [])
        nouns += [p for n in [verb, *nouns] for x in n.children if x.dep_ == "prep" and x.lower_ in ("into", "of", "over")
                  for p in x.children if p.dep_ == "pobj"]
        for n in nouns:
            if n.lemma_.lower() not in self.cues.allegation_nouns:
                continue
            for clause in n.children:
                if clause.dep_ not in ("acl", "ccomp") or not any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                    continue
                subj, path = args.subject_of(clause)
                a = finder(subj) if subj is not None else None
                if a is None or (source is not None and (a.name == source.name or a.start == source.start)):
                    continue
                if a.explain.get("rule", "").startswith("events-fallback"):
                    # a named doer is a party by the claim itself, not a guess to replace
                    a = replace(a, explain={**a.explain, "rule": "events-alleged-doer"})
                return a, f"alleged-doer:{n.lemma_.lower()}>{path}"
        return None

    def _carried_people(self, finder, verb: Token, g_tok: Token | None, source):
        """'a bus carrying government employees', 'a convoy transporting aid workers': the
        people a vehicle or convoy carries (the object of a participle of `carrying_verbs`
        on the thing acted on)."""
        objs = [x for x in ([g_tok] if g_tok is not None else []) + [c for c in verb.children if c.dep_ == "dobj"]
                if x.pos_ == "NOUN"]
        for o in objs:
            for r in o.children:
                if r.dep_ != "acl" or r.lemma_.lower() not in self.cues.carrying_verbs:
                    continue
                for x in r.children:
                    if x.dep_ != "dobj":
                        continue
                    x = args._relative(x)
                    if not (self._has_mention(x) or x.lemma_.lower() in self.people_nouns):
                        continue
                    a = finder(x)
                    if a is not None and (source is None or a.name != source.name):
                        # (people the actor stage did not resolve stay the party, as people)
                        return replace(a, explain={**a.explain, "rule": "events-carried-people"}), \
                            f"dobj>carried:{r.lemma_.lower()}"
        return None

    def _thing_owner(self, finder, verb: Token, g_tok: Token | None, source, places=()):
        """The actor that owns or issued the object acted on ('the OGA's attempt', 'Egypt's
        proposal', 'a U.S. State Department call'), when the object itself is no actor."""
        obj = g_tok
        if obj is None or finder.has_mention(obj):
            obj = next((x for x in verb.children if x.dep_ == "dobj" and x.pos_ == "NOUN"
                        and not finder.has_mention(x)), None)
        if obj is None and not any(x.dep_ == "dobj" for x in verb.children):
            # "conceded to the demands of the truck drivers": the thing answered is the
            # object of the act's own preposition
            obj = next((p for x in verb.children if x.dep_ == "prep" and x.lower_ in self.cues.owned_thing_preps
                        for p in x.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and not finder.has_mention(p)), None)
        if obj is None:
            return None
        # "did not give permission for the opposition rally": the thing the permission,
        # support or request is for
        things = [obj] + [p for x in [*obj.children, *(verb.children if obj.head is verb else ())]
                          if x.dep_ in ("prep", "dative") and x.lower_ == "for"
                          for p in x.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        if obj.lemma_.lower() in self.lexicon.noun_lemmas:
            # "voiced criticism of the government's handling", "refused any talks about the
            # army's plan": an act named by a noun reaches the thing it is about through its
            # own preposition; that thing's owner is the party
            things += [p for x in obj.children if x.dep_ == "prep" and x.lower_ in self.cues.act_noun_thing_preps
                       for p in x.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and not finder.has_mention(p)]
        # "the home of opposition leader Juan Perez": an of-owner counts like a possessor
        owners = [c for o in things for c in o.children if c.dep_ in ("poss", "compound", "amod")] + [
            p for o in things for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
            and o.lemma_.lower() in self.cues.owned_things
            for p in c.children if p.dep_ == "pobj"]
        # "dismissed the protest filed by the candidate", "rejected the plan drafted by Paris":
        # the one by whom the thing was made owns it
        owners += [p for o in things for r in o.children if r.dep_ == "acl" and r.tag_ == "VBN"
                   for a in r.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        # "rejected the plan Egypt put forward": the subject of a relative clause whose object
        # is the thing (not 'the plan that calls for ...', where the thing is the subject)
        owners += [x for o in things for r in o.children if r.dep_ == "relcl"
                   for x in r.children if x.dep_ == "nsubj" and x.lower_ not in args.RELATIVE]
        for c in owners:
            m = finder.index.covering(c.idx, c.idx + len(c.text))
            if (m is None or not m.country) and c.dep_ == "pobj" and c.head.dep_ == "agent" and c.pos_ == "NOUN" \
                    and c.lemma_.lower() in self.people_nouns:
                # "attacked positions held by the rebels": people the actor stage could not
                # place in a country stay the party, as people
                m = m or args.fallback_actor(c)
                if m is not None and (source is None or m.name != source.name):
                    return m, "dobj>agent-owner"
                continue
            if m is None and c.dep_ != "amod" and (c.dep_ == "poss" or c.head.dep_ == "agent"
                                                  or c.head.lemma_.lower() in self.cues.issued_things) \
                    and (c.ent_type_ in ("PERSON", "ORG", "NORP") or (
                    # ("the Minsk agreement", "the Geneva talks": a place names where, not whose;
                    # "South Ossetia's independence": a possessive place is the polity)
                    c.pos_ == "PROPN" and (c.ent_type_ not in OWNER_NOT_ENTS or c.dep_ == "poss")) or (
                    # ("police lines": people named by a common noun need their own country)
                    c.pos_ == "NOUN" and c.lemma_.lower() in self.cues.seat_nouns)) \
                    and c.head.lemma_.lower() not in self.cues.casualty_killed | self.cues.of_target_nouns \
                    and not (c.ent_type_ in ("GPE", "LOC", "FAC")
                             and c.head.lemma_.lower() in self.cues.seat_nouns | self.cues.owned_things) \
                    and (c.dep_ == "poss" or not any(
                    # "the Sochi deal": a town names where; a seat ("the White House plan") owns
                    pl.start <= c.idx < pl.end and pl.feature != "landmark" for pl in places)):
                # "the Kirkuk council decision", "the Amit Shah rally": a named owner or a
                # body the actor stage did not resolve is still the party, by its own phrase
                # (a name before an object names the object: "the Babri mosque"; before a
                # decision, plan or rally, the one who made it: issued_things)
                # (not the one who suffers an act: "Khashoggi's death", "Navalny's arrest"; a
                # building of a place, "Taipei's legislature", is placed there, below)
                m = args.fallback_actor(c)
                if m is not None:
                    for suffix in ("'s", "\u2019s", "'", "\u00b4s"):
                        if m.text.endswith(suffix) and len(m.text) > len(suffix):
                            m.text = m.name = m.text[:-len(suffix)]
                            m.end -= len(suffix)
                            break
                    m.explain["rule"] = "events-thing-owner: named in the thing's phrase"
                    if source is not None and source.start is not None and source.start <= m.start < source.end:
                        continue
                    return m, f"dobj>{c.dep_}-owner"
            if m is None or not (m.country or m.kind in ("organisation", "person")):
                continue
            if c.head.lemma_.lower() in self.cues.casualty_killed:
                continue    # "Khashoggi's death": the one who died owns no act on it
            if source is not None and (m is source or m.name == source.name
                                       or (m.entity is not None and m.entity == source.entity)):
                continue
            if source is not None and (m.kind == "state" or m.sector == "GOV") and m.country == source.country \
                    and obj.lemma_.lower() in self.cues.stance_nouns:
                # "Erdogan reiterated Turkey's support": the stance is the speaker's own state's,
                # not the other party ("defended Germany's decision" keeps Germany)
                continue
            return m, f"dobj>{c.dep_}-owner"
        return None

    @staticmethod
    def _unresolved_name(g_tok: Token | None) -> bool:
        """A proper name (not a place) the actor stage left unresolved."""
        return g_tok is not None and g_tok.pos_ == "PROPN" and g_tok.ent_type_ in UNRESOLVED_NAME_ENTS

    def _own_forces(self, g_tok: Token | None, target, source, leaving: bool = False) -> bool:
        """The object is the doer's own forces: 'its troops', 'Russian troops' for Russia,
        'troops' with no owner named.  ``leaving``: with forces withdrawn, 'from X' hung on
        them is the place they leave ('withdrew 200 peacekeepers from Liberia'), not their
        owner ('troops from Chad')."""
        if g_tok is None or g_tok.lemma_.lower() not in self.cues.own_force_nouns:
            return False
        if g_tok.dep_ == "pobj" and not (g_tok.head.lower_ == "of" and g_tok.head.head.dep_ == "dobj"):
            # "surrendered to Colombian forces": forces named after a preposition are the
            # other side's, not the ones the doer moves ("withdrew some of its troops" are)
            return False
        if any(ch.dep_ == "poss" and ch.lower_ in args.POSSESSIVE_PRONOUNS for ch in g_tok.children):
            return True
        if not any(ch.dep_ in ("poss", "amod", "compound", "nmod") and (
                ch.ent_type_ in args.NAMEISH_ENTS or ch.pos_ == "PROPN") for ch in g_tok.children) \
                and not any(ch.dep_ == "prep" and (ch.lower_ == "of" or (ch.lower_ == "from" and not leaving))
                            for ch in g_tok.children):
            # "sent 200 troops in Syria", "mobilized the army": forces with no owner named are
            # the doer's, whatever country the actor stage guessed for them from the context
            return True
        return target.country is None or (source is not None and target.country == source.country)

    def _owned_by_doer(self, finder, doc: Doc, g_tok: Token | None, target, source) -> bool:
        """The target phrase opens with a possessive pronoun that stands for the doer ('its
        Foreign Ministry', 'its peacekeeping force'); people it names ('her colleagues') are
        others."""
        if source is None or target.start is None or (g_tok is not None and g_tok.lemma_.lower() in self.people_nouns):
            return False
        span = doc.char_span(target.start, target.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].lower_ not in args.POSSESSIVE_PRONOUNS \
                or span.root.lemma_.lower() in self.people_nouns:
            return False
        pron = span[0]
        why = (target.explain or {}).get("country")
        if isinstance(why, dict) and why.get("antecedent"):
            return why["antecedent"] in (source.name, source.text)
        if isinstance(why, dict) and why.get("rule") == "modifier" and target.country \
                and target.country != source.country and str(why.get("word", ""))[:1].isupper():
            return False    # "their Chinese counterparts": its own nationality says whose
        # else the nearest earlier actor of the sentence (persons only for his/her)
        people = pron.lower_ in ("his", "her")
        earlier = [m for m in finder.index.overlapping(pron.sent.start_char, pron.idx)
                   if m.end is not None and m.end <= pron.idx and m.country
                   and (not people or m.kind == "person") and (pron.lower_ != "its" or m.kind != "person")
                   ] if finder.index is not None else []
        if not earlier:
            return False
        ante = max(earlier, key=lambda m: m.start)
        return ante is source or ante.name == source.name or (
            ante.entity is not None and ante.entity == source.entity)
