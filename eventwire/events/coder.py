"""EventCoder: PLOVER events from the parse, one per event-bearing clause.

For each sentence: (1) find trigger tokens with the lexicon; (2) resolve how triggers embed
in one another — the governing act wins ("urged X to withdraw" is one REQUEST, "refused to
negotiate" one REJECT, "promised to withdraw" one CONCEDE, "not ready to offer a cease-fire"
one REJECT, "called for talks" one REQUEST; "agreed to withdraw" is an AGREE plus the
promised CONCEDE), a governing reporting, denial or intention verb sets the embedded act's
status instead, and hosts, mediators and brokers join the talks or agreement as ``others``;
(3) find source and target (clause_parties.py, thing_parties.py, place_parties.py; the actor
under a token: arguments.py) and status (status.py); (4) write one Event per
source/target pair.  When the clause names no target (or only a thing), the nearest other
resolved actor of the clause, sentence or previous sentence is taken (fallback.py), and
``explain["path"]`` says so ("fallback:…").  Steps 1 and 2 live in triggers.py and embedding.py;
rules over a whole article's events in article_rules.py.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Extraction, Span
from . import arguments as args
from .article_rules import ArticleRules
from .clause_parties import ClauseParties
from .common import (CONDITIONAL_THREAT_TYPES, COOPERATIVE, DATE_ENTS, Dyads, MAX_PER_TRIGGER, MUTUAL,
                     PETITION_MODES, PLACE_ENTS, PROMISABLE_TYPES, Trigger, own_phrase_spans,
                     sentence_evidence, spans)
from .details import contexts_for
from .embedding import Embedding
from .fallback import FallbackParties
from .lexicon import TriggerLexicon
from .place_parties import PlaceParties
from .resources import context_cues, cues
from .status import governing_status, noun_status, verb_status
from .target_ranker import TargetRanker
from .thing_parties import ThingParties
from .triggers import TriggerFinding


# named parties that can share an act the noun names ("drills with Peru") (lexicon: @partner)
PARTNER_ENTS = frozenset({"GPE", "NORP", "ORG"})

class EventCoder(TriggerFinding, Embedding, ClauseParties, ThingParties, PlaceParties, FallbackParties,
                 ArticleRules):
    """The PLOVER coder of one article (the module docstring gives its steps).  Its parts live
    in the mixin modules: triggers.py (step 1), embedding.py (step 2), clause_parties.py,
    thing_parties.py, place_parties.py and fallback.py (step 3, the parties), and
    article_rules.py (rules over the whole article after the sentence pass); this module
    holds the set-up, the status of an event and the pass over the sentences."""

    def __init__(self, require_source: bool = True, fill_targets: bool = True, fill_sources: bool = False,
                 replace_thing_targets: bool = True, skip_places_in_fallback: bool = False,
                 keep_thing_targets: bool = False, drop_acted_on_nouns: bool = False,
                 rank_targets=True, cameo_verbs: bool = True):
        # cameo_verbs: verbs with no hand-written trigger row fall back on the CAMEO verb
        # dictionary's reading (cameo_verbs.tsv, restricted by event_cues.json cameo_fallback)
        self.lexicon = TriggerLexicon(cameo_fallback=cameo_verbs)
        self.cues = cues()
        self.context_cues = context_cues()
        self.target_preps = frozenset(self.cues.target_preps)
        self.noun_preps = frozenset(self.cues.noun_target_preps)
        # an event without a source cannot be matched by who did it; by default we keep
        # precision and drop it
        self.require_source = require_source
        # an event noun with no doer takes the clause's main actor (explain marks it)
        self.fill_sources = fill_sources
        # an object the actor stage did not resolve yields to a resolved actor nearby
        self.replace_thing_targets = replace_thing_targets
        # "boycotted the vote": whether a thing acted on stays the target unless an actor of
        # its own clause can stand for it; off: it gained 0.4 points on PLV's training
        # sentences but lost on the dev and seed articles
        self.keep_thing_targets = keep_thing_targets
        # whether "met in Barbados" keeps Barbados out of the fallback target: it helped the
        # CC0 set a little but cost PLV end to end (the host place is often the other party)
        self.skip_places_in_fallback = skip_places_in_fallback
        # whether an event noun governed by a verb whose subject does not perform it ("monitor
        # the cease-fire", "would not tolerate attacks", "calling the downing an accident") is
        # dropped: on, gold dev event F1 0.565 -> 0.571 and CC0 dev 0.603 -> 0.605, but the
        # held-out CC0 part lost a true event (0.590 -> 0.588), so it stays off for now
        self.drop_acted_on_nouns = drop_acted_on_nouns
        # a missing target is filled from the clause's other actor (explain marks it)
        self.fill_targets = fill_targets
        # a guessed target of the doer's own country gives way to the article's other main party
        self.main_counterpart = True
        # an act noun or "those behind X" as target stands for the act's doer
        self.act_doers = True
        self._has_mention = self._has_country = self._is_state = lambda tok: False     # set per article in __call__
        self._mention_of = lambda tok: None
        self.audience_sectors = frozenset(self.cues.audience_sectors)
        # the learned ranker of guessed targets (target_ranker.py); None keeps the hand-made
        # order (another country first, the clause before the sentence, the nearest)
        self.target_ranker = TargetRanker() if rank_targets is True else (
            TargetRanker(rank_targets) if rank_targets else None)
        self.rank_across_sentences = False
        # set to a list while the ranker is fitted: every guess's candidates are recorded
        self.candidate_log: list | None = None
        self.non_actors = frozenset(self.cues.non_actor_nouns) | self.lexicon.noun_lemmas
        # "fired tear gas at protesters": a group of people is a target even unresolved
        self.people_nouns = frozenset(self.cues.people_nouns) | frozenset(self.cues.crowd_nouns)
        self.temporal_preps = frozenset(self.cues.temporal_preps)
        self.topic_types = frozenset(self.cues.topic_types)
        self.mutual_lemmas = frozenset(self.cues.mutual_lemmas)
        self.topic_preps = frozenset(self.cues.topic_preps)
        self.group_nouns = frozenset(self.cues.group_nouns)
        self.locative_preps = frozenset(self.cues.locative_preps)
        self.background_preps = frozenset(self.cues.background_preps)
        # "captured the smugglers near the port": the port is where, not what was captured
        self.place_only_preps = frozenset(self.cues.place_only_preps)
        self.idle_readings = {k: frozenset(v) for k, v in self.cues.idle_readings.items()}
        self.idle_modifiers = {k: frozenset(v) for k, v in self.cues.idle_modifiers.items()}
        self.idle_purposes = {k: frozenset(v) for k, v in self.cues.idle_purposes.items()}
        self.act_nouns = self.lexicon.noun_lemmas | frozenset(self.cues.crime_nouns)
        # words that name a protest whatever their context ("march", "rally", "protest")
        self.protest_words = frozenset(
            lemma for (lemma, _), rows in self.lexicon.rows.items()
            if any(r.type == "PROTEST" and not r.child and not r.objects and not r.object_any for r in rows))

    # -- step 1: triggers --------------------------------------------------------------
    def _child_lemmas(self, tok: Token) -> set[str]:
        out = set()
        for c in tok.children:
            if c.dep_ == "prep" and any(p.ent_type_ in DATE_ENTS for p in c.children if p.dep_ == "pobj"):
                continue   # "called on Tuesday" is no "call on"
            out.add(c.lemma_.lower())
            if c.dep_ in ("advcl", "ccomp") and c.i > tok.i and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                # "called for the government to resign", parsed with 'for' as the mark of the
                # clause: the verb still has its 'for' ("call for", "push for")
                out.add("for")
        return out

    def _object_lemmas(self, tok: Token) -> set[str]:
        out = set()
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or (c.dep_ in ("ccomp", "xcomp") and c.pos_ == "ADJ"):
                out.add(c.lemma_.lower())
                out.update(x.lemma_.lower() for x in c.children if x.dep_ in ("conj", "amod", "appos"))
                if c.dep_ == "oprd":
                    # "called the ambassador a very stupid guy", the predicate parsed as an
                    # apposition of the one named: its adjective judges them too
                    out.update(y.lemma_.lower() for x in c.children if x.dep_ == "appos"
                               for y in x.children if y.dep_ == "amod")
                if c.dep_ == "dobj" and args._relative(c) is not c:
                    out.add(args._relative(c).lemma_.lower())   # "returned dozens of artifacts"
                if c.dep_ == "dobj":
                    # "holding villagers as human shields": the role the object is held in
                    out.update(p.lemma_.lower() for x in c.children if x.dep_ == "prep" and x.lower_ == "as"
                               for p in x.children if p.dep_ == "pobj")
                if c.ent_type_ in PLACE_ENTS:
                    out.add("@place")     # "captured Shusha": a named place (lexicon: @place)
            elif c.dep_ in ("prep", "agent", "prt") and c.lower_ not in self.temporal_preps \
                    and c.lower_ not in self.place_only_preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.add(p.lemma_.lower())
                        if tok.pos_ == "NOUN":
                            # "attacks on the senator, the new law and her donors": each of the
                            # conjoined objects is the noun's object
                            out.update(x.lemma_.lower() for x in p.children if x.dep_ == "conj")
                        q = args._relative(p)
                        if q.ent_type_ == "NORP" and q.tag_ in ("NNPS", "NNS"):
                            out.add("@people")    # "opened its borders to (thousands of) Syrians"
                        if tok.pos_ == "NOUN" and c.lower_ == "with" and q.ent_type_ in PARTNER_ENTS:
                            out.add("@partner")   # "naval drills with Peru": a named party joins in
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN":
            out.add(tok.head.lemma_.lower())    # "the sanctions imposed on ..."
        if self._handed_thing(tok):
            out.add("@handed")    # "returned 21 frogs to Brazil" (lexicon: @handed)
        for c in tok.children:
            if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                # "allowed peacekeepers to land": the parse makes those allowed the subject of
                # the infinitive; they are the verb's object all the same (a counted plural: a
                # mass noun such as "aid" is more often the thing, not a party let in)
                out.update(s.lemma_.lower() for s in c.children
                           if s.dep_ in ("nsubj", "nsubjpass") and s.tag_ in ("NNS", "NNPS"))
        if not out and tok.pos_ == "NOUN":
            # "its rejection and condemnation of the declaration": the parse hangs the shared
            # "of" phrase on the last conjunct; it is the object of each noun before it too
            out.update(p.lemma_.lower() for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                       for x in c.children if x.dep_ == "prep" and x.lower_ == "of"
                       for p in x.children if p.dep_ == "pobj")
        return out

    def _document_author(self, verb: Token, skip: set[int]) -> tuple[Token | None, str]:
        """'disputed the results of the U.N. report', 'challenged Amnesty's findings': an
        objection to a text is aimed at the body its own phrase names as author."""
        for d in (c for c in verb.children if c.dep_ == "dobj"):
            for doc_noun in [d] + [p for x in d.children if x.dep_ == "prep" and x.lower_ == "of"
                                   for p in x.children if p.dep_ == "pobj"]:
                if doc_noun.lemma_.lower() not in self.cues.document_nouns:
                    continue
                author = next((c for c in doc_noun.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                               and c.i not in skip and self._has_country(c)), None)
                if author is not None:
                    return author, f"document-author:{doc_noun.lemma_.lower()}>{author.dep_}"
                # "a report in The Washington Post", "reports that appeared in The New York Times",
                # "a study published by Amnesty": the outlet or body that put the text out (a
                # place or a date after 'in' says where or when, not who)
                holders = [doc_noun] + [r for r in doc_noun.children if r.dep_ in ("relcl", "acl")
                                        and r.lemma_.lower() in self.cues.publishing_verbs]
                author = next((p for h in holders for x in h.children
                               if x.dep_ in ("prep", "agent") and x.lower_ in ("in", "by")
                               for p in x.children if p.dep_ == "pobj" and p.i not in skip
                               and p.ent_type_ not in ("GPE", "LOC", "FAC") + tuple(DATE_ENTS)
                               and self._has_country(p)), None)
                if author is not None:
                    return author, f"document-author:{doc_noun.lemma_.lower()}>outlet"
        return None, ""

    def _handed_thing(self, verb: Token) -> bool:
        """'returned 21 frogs to Brazil', 'the bookmark was returned to the Spanish
        authorities': a thing (a common noun no actor mention covers, not one's own forces or
        people) handed to a named party after 'to'."""
        # (a long object moved after the 'to' phrase and the date may be parsed as an adverbial
        # noun: "returned to Brazil last Wednesday 21 frogs")
        thing = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or (
            c.dep_ == "npadvmod" and c.i > verb.i and not c.ent_type_)), None)
        if thing is None or thing.pos_ not in ("NOUN", "PROPN"):
            return False
        m = self._mention_of(thing)
        if (thing.pos_ == "PROPN" or m is not None) and (m is None or m.sector != "UNK" or m.kind in ("person", "state")):
            # a named party is no thing; a name the actor stage could not place ("20 Benin
            # Bronzes") may be one
            return False
        lemma = args._relative(thing).lemma_.lower()
        if lemma in self.people_nouns or lemma in self.cues.own_force_nouns or lemma in self.non_actors:
            return False
        return any(p.dep_ == "pobj" and self._has_mention(p)
                   for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children)

    @staticmethod
    def _object_modifier_lemmas(tok: Token, deps=("compound",)) -> set[str]:
        """Noun modifiers of the direct object ('mediation' in 'mediation efforts'; with
        deps ("compound", "amod") also 'cyber' in 'cyber warfare')."""
        return {x.lemma_.lower() for c in tok.children if c.dep_ == "dobj"
                for x in c.children if x.dep_ in deps}

    def _predicate_objects(self, t: Trigger, trig_ids) -> set[int]:
        """An object that is part of the predicate ("reached a deal", "opened fire", "took
        effect") is no target; a seat of power is ("surrounded the legislature")."""
        skip = set()
        for c in t.tok.children:
            if c.dep_ in ("dobj", "attr", "oprd") and (t.row.objects and not t.row.object_except):
                group = [c] + [x for x in c.children if x.dep_ == "conj"]
                if any(x.lemma_.lower() in t.row.objects and x.lemma_.lower() not in self.cues.seat_nouns
                       for x in group):
                    skip.update(x.i for x in group)
            elif c.dep_ == "dobj" and c.i in trig_ids:
                skip.add(c.i)
        return skip

    def _things(self, tok: Token) -> set[int]:
        """Objects that name things, not actors ("signed deals with Turkey"): skip them so
        the prepositional party becomes the target."""
        return {c.i for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                and c.lemma_.lower() in self.non_actors}

    def _status(self, t: Trigger) -> tuple[str, str]:
        if t.status:
            return t.status, "; ".join(t.why) or "rule"
        tok = t.tok
        if t.is_noun:
            st, why = noun_status(tok, self.cues)
            if st:
                return st, why
            gov, _ = self._governor(tok)
            if gov is not None and gov.pos_ in ("VERB", "AUX") and \
                    gov.lemma_.lower() not in self.cues.non_agent_governors:
                # ("will monitor Chile's withdrawal": the withdrawal is not what 'will' is about)
                return verb_status(gov, self.cues, t.row.status)
            st, why = governing_status(tok, self.cues)
            return (st or t.row.status or "asserted"), (why or "default")
        return verb_status(tok, self.cues, t.row.status)

    def __call__(self, doc: Doc, ex: Extraction) -> None:
        dl = ex.article.dateline
        finder = args.ActorFinder(ex.mentions, self.non_actors,
                                  (dl.start, dl.end) if dl is not None else None, self.cues.reporting_verbs,
                                  self.cues.speaker_stand_ins)
        # argument rules that must know whether a word is a resolved actor ask this finder
        self._has_mention = finder.has_mention
        self._has_country = lambda tok: bool(finder.index is not None and getattr(
            finder.index.covering(tok.idx, tok.idx + len(tok.text)), "country", None))

        def is_state(tok) -> bool:
            # a state: the actor stage says so, or (no kind given) the parser reads it as a country
            m = finder.index.covering(tok.idx, tok.idx + len(tok.text)) if finder.index is not None else None
            return m is not None and (m.kind == "state" or (m.kind is None and tok.ent_type_ == "GPE"))
        self._is_state = is_state
        self._mention_of = lambda tok: finder.index.covering(tok.idx, tok.idx + len(tok.text)) \
            if finder.index is not None else None
        self._same_country = lambda a, b: bool(getattr(finder(a), "country", None)) and \
            getattr(finder(a), "country", None) == getattr(finder(b), "country", None)
        text = doc.text
        c = self.cues
        dyads = Dyads()        # the article's two main parties so far: "the two sides"
        act_places: dict[int, tuple[str, str] | None] = {}    # trigger token -> where its act happened
        for sent in doc.sents:
            trig = self.find_triggers(sent)
            if not trig:
                continue
            self.resolve(trig)
            evidence = sentence_evidence(text, sent)
            sent_events: list[Event] = []
            seen = set()
            for i in sorted(trig):
                t = trig[i]
                if t.suppressed:
                    continue
                if t.type == "ASSAULT" and self._contest(t.tok, sent):
                    continue
                src, sp, tgt, tp = self._arguments(t, trig.keys())
                if t.type == "THREATEN" and tgt is None:
                    tgt, tp = self._condition_doer(t.tok, src)
                if self._statement_setting(t, tp, finder):
                    continue
                status, why = self._status(t)
                typ = t.type
                act = t.tok
                if t.is_noun:
                    # "X must end its raids": the obligation sits on the governing verb
                    gov, _ = self._governor(t.tok)
                    act = gov if gov is not None and gov.pos_ in ("VERB", "AUX") else None
                demand = self._reported_obligation(act) if act is not None else None
                # '"Russia must stop its attacks."' in a quote whose speaker the quotes stage
                # finds: that stage turns it into the speaker's demand (quotes/attribution.py)
                obliged = demand is None and act is not None and any(
                    ch.dep_ == "aux" and ch.lower_ in c.obligation_aux for ch in act.children)
                if demand is not None and src is not None and demand[0].i != src.i:
                    # '"Iran must stop its attacks," Blinken said': a demand by the speaker
                    # on the one who must act, not an act of theirs
                    speaker, s_path = demand
                    src, sp, tgt, tp = speaker, "reporter>" + s_path, src, "obliged-subject:" + sp
                    typ, status, why = "REQUEST", "asserted", f"{t.type} with 'must' under a reporting verb -> REQUEST"
                if t.row.lemma in self.cues.future_only_lemmas and status not in ("intended", "hypothetical"):
                    continue      # "responded by ..." is no threat; "would respond" is
                if t.row.source and status in ("hypothetical", "intended"):
                    continue      # a dictionary reading (cameo_verbs.tsv) is context-free: it is
                                  # trusted for acts told as done, not for plans or conditions
                if t.row.pos == "ADJ":
                    if any(ch.dep_ == "neg" for x in (t.tok, t.tok.head) for ch in x.children):
                        continue      # "said Russia was not guilty": a denial, no blame
                    status, why = "asserted", "blame predicate"
                if typ == "SUPPORT" and status == "intended" and t.tok.lemma_.lower() in c.signing_lemmas:
                    # "EU leaders are to sign the agreement": a promise to sign is AGREE (codebook)
                    typ, why = "AGREE", why + "; promised signing -> AGREE"
                under_way = typ == "RETREAT" and status == "intended" and self._under_way(t)
                if typ == "RETREAT" and status == "intended":
                    # a withdrawal, release or resignation still to come is a promise of it
                    typ, why = "CONCEDE", why + "; promised RETREAT -> CONCEDE"
                if typ in CONDITIONAL_THREAT_TYPES and status in ("intended", "hypothetical") \
                        and not t.is_noun and self._condition_by_other(t.tok, src):
                    # "would freeze relations with the EU if Cyprus took over the presidency":
                    # a hostile act held over another's act is a threat (PLOVER THREATEN)
                    typ, why = "THREATEN", why + "; hostile act on another's condition -> THREATEN"
                if typ == "THREATEN" and status in ("intended", "hypothetical"):
                    status, why = "asserted", "a threat is made now, whatever it is about"
                # "would not negotiate": a refusal of the cooperative act
                # ("will not begin talks": the auxiliary sits on the verb governing the event noun)
                refuser = self._governor(t.tok)[0] if t.is_noun else t.tok
                if refuser is not None and refuser.dep_ in ("xcomp", "advcl") \
                        and refuser.head.lemma_.lower() in c.negation_carriers:
                    refuser = refuser.head      # "will not go to Moscow to meet him"
                if status == "negated" and refuser is not None and typ in COOPERATIVE and any(
                        ch.dep_ == "aux" and ch.lower_ in c.refusal_aux for ch in refuser.children):
                    typ, status, why = "REJECT", "asserted", "would not -> REJECT"
                if status == "negated" and not t.is_noun and typ == "RETREAT" and t.row.mode == "access":
                    # "did not give permission", "did not allow aid in": access withheld is a refusal
                    typ, status, why = "REJECT", "asserted", "access not allowed -> REJECT"
                if (typ in c.crowd_types and t.tok.lemma_.lower() in c.crowd_triggers and src is not None
                        and src.lemma_.lower() in c.crowd_nouns):
                    typ = "PROTEST"
                if typ == "MOBILIZE" and self._aid_purpose(t):
                    # "sent soldiers to Mali to help government troops": military aid
                    typ, why = "AID", why + "; forces sent to help or keep the peace -> AID"
                if typ == "MOBILIZE" and t.row.mode == "weapons" and t.tok.dep_ == "acl" \
                        and t.tok.head.dep_ in ("nsubj", "nsubjpass") and t.tok.head.head.i in trig \
                        and trig[t.tok.head.head.i].type == "ASSAULT":
                    # "rockets fired by Hamas hit Ashkelon": the firing is the attack the clause
                    # reports, not a weapons test or a show of force
                    typ, why = "ASSAULT", why + "; fired weapons struck -> ASSAULT"
                if typ == "ASSAULT" and self._attack_by_naming(t):
                    # "launched an extraordinary attack on the spy chiefs, calling them nutters":
                    # an attack made by naming its target is criticism (PLOVER ACCUSE)
                    typ, why = "ACCUSE", why + "; attack by naming its target -> ACCUSE"
                # "talks between X and Y": X and Y are source and target, not two sources
                if t.swap and tgt is not None:
                    src, tgt, sp, tp = tgt, src, "host-object:" + tp, "host:" + sp
                src, gp = args.group_parties(src, self.group_nouns, finder.has_mention)
                sp += gp
                tgt, gp = args.group_parties(tgt, self.group_nouns, finder.has_mention)
                tp += gp if tgt is not None else ""
                src, gp = args.named_members(src)
                sp += gp
                tgt, gp = args.named_members(tgt)
                tp += gp if tgt is not None else ""
                sources = [src] if sp.endswith("between") or "clause-between:" in sp else args.conjuncts(src)
                if sp.startswith("noun-from") and len(sources) >= 3:
                    # "an ultimatum from Spain, France, Germany and Britain": one joint act,
                    # coded once by its first-named party (as a multilateral meeting is)
                    sources = sources[:1]
                stand_ins: list[tuple[int, int]] = []
                if len(sources) >= 2 and self._in_joint_text(t.tok):
                    # "In a joint statement, Saudi Arabia and the United States urged ...": one
                    # text issued together is one act, coded once by its first-named party (the
                    # others, its co-authors, are never its other party)
                    stand_ins += spans(sources[1:])
                    sources, sp = sources[:1], sp + ">joint-text"
                if len(sources) == 1 and src is not None and src.lower_ in c.plural_pronouns:
                    # "Mali, Burkina Faso and Niger said they were leaving ECOWAS": each of them
                    listed = self._listed_antecedent(src, finder)
                    if listed:
                        sources, sp = listed, sp + ">listed-antecedent"
                        # the pronoun is the same parties, never the other one
                        stand_ins += [(w.idx, w.idx + len(w.text)) for w in [src, *t.tok.subtree]
                                      if w.lower_ in c.group_pronouns]
                if src is not None and all(x.pos_ == "NOUN" for x in sources[1:]):
                    # "Russian and Ukrainian delegations met": each nationality is a party;
                    # "U.S. and British warplanes, ships and a submarine": the nationalities
                    # own the whole list of things
                    sources = self._nationality_parties(src, finder) or sources
                if len(sources) == 1 and dyads.main() and self._both_sides(src, finder):
                    # "the two sides had agreed": the article's two parties ("the two warring
                    # countries": the two that fight)
                    sources, sp = list(dyads.main(self._warring(src))), sp + ">both-sides"
                src_path = sp
                sources = self._drop_unplaced_conjuncts(sources, finder)
                targets = args.conjuncts(tgt, names_only=True, is_actor=finder.has_mention)
                # "the agreement, signed by A, B and C": a thing is no party, so the signers
                # pair up among themselves
                targets = self._drop_unplaced_conjuncts([g for g in targets if finder(g) is not None], finder)
                if tp.startswith(("petition:", "framed:")):
                    # "rejected an ultimatum from Spain, France and Britain", "refused to receive
                    # a delegation from ECOWAS, the AU and the UN": one joint request or party
                    # answered once; its first-named member stands for the rest
                    targets = targets[:1]
                if dyads.main() and tgt is not None and self._both_sides(tgt, finder):
                    targets, tp = list(dyads.main(self._warring(tgt))), tp + ">both-sides"
                pairs = []
                # "Britain and Argentina restored relations", "reopened their shared border":
                # what holds between the doers makes them each other's party, coded once
                relational = bool(self._object_lemmas(t.tok) & self.cues.relational_objects)
                if relational and typ == "RETREAT" and not targets and len(sources) >= 2:
                    # "Ethiopia and Eritrea reopened their shared border": reopened together,
                    # it is mutual exchange resumed (COOPERATE), not one side easing access
                    typ, why = "COOPERATE", why + "; reopened between the doers -> COOPERATE"
                mutual = typ in MUTUAL or t.tok.lemma_.lower() in self.mutual_lemmas or relational or (
                    # "A and B agreed to halt the fighting": each promises it to the other
                    any(w.split(" to ")[0] in c.agreement_heads for w in t.why))
                if len(sources) >= 2 and (args.is_reciprocal(tgt) or any(
                        c.dep_ == "dobj" and args.is_reciprocal(c) for c in t.tok.children)):
                    # "Armenia and Azerbaijan accused each other": each doer acts on the others
                    pairs = [(a, b) for a in sources for b in sources if a is not b]
                    tp = "reciprocal"
                elif len(sources) == 2 and not targets and typ in ("ASSAULT", "THREATEN") and any(
                        x.dep_ == "prep" and x.lower_ in c.across_preps and any(
                            p.dep_ == "pobj" and p.lemma_.lower() in c.dividing_lines for p in x.children)
                        for x in t.tok.children):
                    # "Syria and Israel fired across the ceasefire line": two sides firing over
                    # the line between them fire at each other
                    pairs = [(a, b) for a in sources for b in sources if a is not b]
                    tp = "reciprocal-across-line"
                elif len(sources) == 2 and typ in ("CONCEDE", "RETREAT") and all(
                        # no party but the doers' own ("their troops") or the line itself
                        isinstance(g, Token) and (g.lemma_.lower() in c.dividing_lines or any(
                            x.dep_ == "poss" and x.lower_ in ("their", "its") for x in g.children))
                        for g in targets) and self._from_dividing_line(t.tok):
                    # "Government forces and the rebels are to pull heavy weapons back from the
                    # front line": two sides pulling back from the line between them each
                    # yield to the other
                    pairs = [(a, b) for a in sources for b in sources if a is not b]
                    tp = "reciprocal-from-line"
                elif len(sources) == 2 and not targets and typ == "ASSAULT" and any(
                        c.dep_ == "dobj" and any(w in t.tok.doc[c.left_edge.i:c.i + 1].text.lower()
                                                 for w in self.cues.truce_nouns)
                        for c in t.tok.children):
                    # "Armenia and Azerbaijan violated the ceasefire": two doers breaking the
                    # truce between them act on each other
                    pairs = [(a, b) for a in sources for b in sources if a is not b]
                    tp = "reciprocal-truce-broken"
                elif mutual and not targets and len(sources) >= 2:
                    # "Egypt and Ethiopia agreed": the pair; "the leaders of Russia, Ukraine,
                    # Germany and France agreed": a multilateral act, coded once, as its
                    # first-named pair (every pair would multiply events the text states once)
                    pairs = [(sources[0], b) for b in sources[1:]]
                    if len(sources) >= 3:
                        # three or more parties: one act among them all, coded once as its
                        # first-named dyad (POLECAT codes a summit by its leading pair)
                        pairs = pairs[:1]
                    if typ not in MUTUAL and not relational:
                        # signing is not mutual for the scorer's PLOVER: each signer
                        # supports the other
                        pairs += [(b, a) for a, b in list(pairs)]
                elif sources:
                    pairs = [(s, g) for s in sources for g in (targets or [None])]
                else:
                    pairs = [(None, g) for g in (targets or [None])]
                for s_tok, g_tok in pairs[:MAX_PER_TRIGGER]:
                    sp = src_path
                    source = s_tok if isinstance(s_tok, Actor) else finder(s_tok)
                    if isinstance(s_tok, Actor):
                        s_tok = None
                    target_actor = g_tok if isinstance(g_tok, Actor) else None
                    if target_actor is not None:
                        g_tok = None
                    if source is not None and s_tok is not None and s_tok.lemma_.lower() in c.weapon_nouns \
                            and not any(x.dep_ in ("amod", "compound", "poss", "nmod") and finder.has_mention(x)
                                        for x in s_tok.children):
                        # "tanks crossed the border from Russia": the weapons' owner acts
                        owner, o_path = self._weapon_owner(finder, t.tok, s_tok)
                        if owner is not None:
                            source, sp = owner, o_path
                    if source is None and self.fill_sources and t.is_noun:
                        # "the airstrike on the hospital": an event noun with no doer in
                        # its phrase is most often the act of the clause's main actor
                        source, sp = self._fallback_source(finder, sent, t.tok, g_tok)
                    if source is None and s_tok is None and g_tok is not None:
                        # "Win Myint was charged with ...": an act only authorities perform,
                        # with no doer named, is theirs
                        source, implied = self._implied_authorities(finder, t, g_tok, ex)
                        if source is not None:
                            sp = implied
                    if source is None and self.require_source:
                        continue
                    if source is not None and self._natural_force(doc, source):
                        continue
                    if typ in ("CONCEDE", "RETREAT") and source is not None and source.sector in c.authority_sectors \
                            and self._object_lemmas(t.tok) & c.dissent_nouns:
                        # "the government vowed to end the protests": ending others' protest is
                        # no easing of one's own dissent (CAMEO 082 is the protesters' act)
                        continue
                    target = target_actor or finder(g_tok)
                    if target is not None and source is not None and (
                            target.name == source.name or (target.start == source.start and target.start is not None)):
                        target = None
                        if g_tok is not None and g_tok.lemma_.lower() in self.people_nouns and any(
                                x.dep_ == "poss" and x.lower_ in args.POSSESSIVE_PRONOUNS for x in g_tok.children):
                            # "issued an ultimatum to her colleagues": the people, not their
                            # possessor (who is the doer herself)
                            target = args.fallback_actor(g_tok)
                    t_path = tp or ("coordinated-doer" if mutual and not targets and len(sources) >= 2 else None)
                    if target is not None and source is not None and g_tok is not None \
                            and g_tok.lemma_.lower() in c.stance_nouns and target.start is not None \
                            and any(x.dep_ == "poss" and target.start <= x.idx < target.end for x in g_tok.children) \
                            and source.country \
                            and target.country == source.country and (target.kind == "state" or target.sector == "GOV"):
                        # "the ambassador promised Washington's support for ...": a stance owned by
                        # the doer's own state is the doer's side; the party is whom it is for
                        target, t_path = None, None
                    own_spans: list[tuple[int, int]] = []    # the doer's own forces or possessions: never a guess
                    # a deployment retyped as aid ("sent troops to serve as peacekeepers") still moves the
                    # doer's own forces, as does a withdrawal of aid ("withdrew peacekeepers from Rwanda")
                    own_force_act = typ in c.own_force_types or t.row.type in c.own_force_types \
                        or t.row.mode == "withdraw" or t.row is self.PEACE_FORCE_ROW
                    # "mobilized police and military to the provinces": the forces moved are the
                    # doer's own whichever phrase the target came from, so never a guess
                    moved_forces = [(x.idx, x.idx + len(x.text)) for d in t.tok.children if d.dep_ == "dobj"
                                    for x in (d, *d.conjuncts) if x.lemma_.lower() in c.own_force_nouns] \
                        if own_force_act else []

                    def never_guessed(own=()) -> list[tuple[int, int]]:
                        # the doers, their stand-ins and own phrase, the forces they move, and the
                        # party of an act of their own conjoined to this one: no guessed target
                        return (spans(sources) + stand_ins + list(own) + moved_forces
                                + own_phrase_spans(sources, self.locative_preps, finder.has_mention)
                                + self._conjoined_acts(t.tok, typ, trig))
                    if target is not None and own_force_act and self._own_forces(g_tok, target, source,
                                                                                 leaving=t.row.mode == "withdraw"):
                        # "withdrew its troops from Syria": the troops are the doer's own;
                        # the other party is where they move from or to (and never the troops)
                        if target.start is not None:
                            own_spans.append((target.start, target.end))
                        # ("mobilized police and military": the forces listed with them are as much its own)
                        own_spans += [(x.idx, x.idx + len(x.text)) for x in (g_tok.conjuncts if g_tok is not None else ())
                                      if x.lemma_.lower() in c.own_force_nouns]
                        target, t_path = self._force_destination(finder, t.tok, source, g_tok)
                    if target is not None and not own_spans and self._owned_by_doer(finder, doc, g_tok, target, source):
                        # "summoned a diplomat to its foreign ministry", "agreed to an expansion
                        # of its force": what the doer's own possessive names is the doer's side
                        own_spans.append((target.start, target.end))
                        target, t_path = None, None
                    if typ == "ACCUSE" and (target is None or str(t_path or "").startswith("fallback")
                                            or target.explain.get("rule", "").startswith("events-fallback")):
                        # "launched an investigation into claims that two servicemen abused
                        # children": the one the claim accuses is the one investigated
                        alleged = self._alleged_doer(finder, t.tok, g_tok, source)
                        if alleged is not None:
                            target, t_path = alleged
                    if (target is None or str(t_path or "").startswith("fallback")
                            or target.explain.get("rule", "").startswith("events-fallback")):
                        # "struck a bus carrying government employees": the people a vehicle
                        # acted on carries are the other party
                        carried = self._carried_people(finder, t.tok, g_tok, source)
                        if carried is not None:
                            target, t_path = carried
                    if (target is None or target.explain.get("rule", "").startswith("events-fallback")) \
                            and finder.index is not None:
                        # "welcomed the OGA's attempt", "rejected a U.S. State Department call":
                        # the owner of the thing acted on is the other party
                        owner = self._thing_owner(finder, t.tok, g_tok, source, ex.places)
                        if owner is not None:
                            target, t_path = owner
                    if (target is None or target.explain.get("rule", "").startswith("events-fallback")) \
                            and finder.index is not None and self.act_doers:
                        # "denounced the mutiny", "vowed to punish those behind the killing":
                        # the act stands for whoever did it, named elsewhere in the article
                        doer = self._act_doer(finder, doc, g_tok, t.tok, ex.events + sent_events, source)
                        if doer is not None:
                            target, t_path = doer
                    if (target is not None and self.fill_targets and self.replace_thing_targets
                            and finder.index is not None
                            and target.explain.get("rule", "").startswith("events-fallback")
                            and not (g_tok is not None and g_tok.lemma_.lower() in self.people_nouns)
                            and not str(t_path or "").startswith("petition:")
                            and not self._unresolved_name(g_tok)):
                        # an object the actor stage did not take for an actor ("fired tear
                        # gas", "attacked the town") yields to an actor of the clause or sentence,
                        # unless its own phrase places it ("an army camp in western Kabul")
                        placed = self._placed_thing(finder, g_tok, target, source, t.tok, ex.places,
                                                    self_place=typ in c.placed_thing_types or typ == "THREATEN" or (
                                                        # "will visit California": the place visited hosts
                                                        typ == "CONSULT" and g_tok is not None and g_tok.dep_ == "dobj"))
                        if placed is not None:
                            target, t_path = placed, (t_path or "") + ">placed-by-phrase"
                        else:
                            other, o_path = self._salient_other(finder, sent, t.tok, source, never_guessed(), typ)
                            if other is not None and (o_path.startswith("fallback:clause")
                                                      or not self.keep_thing_targets):
                                target, t_path = other, o_path
                    obj = g_tok if g_tok is not None else next(
                        (x for x in t.tok.children if x.dep_ == "dobj" and x.pos_ == "NOUN"), None)
                    if target is None and obj is not None and own_force_act and g_tok is None \
                            and self._own_forces(obj, args.fallback_actor(obj) or Actor(text=obj.text, name=obj.text), source):
                        # "sent 200 troops in Syria": the forces moved are the doer's own; the
                        # party is where they go, and the forces are no guess either
                        target, t_path = self._force_destination(finder, t.tok, source, obj)
                        # ("mobilized police and military": the forces listed with them too)
                        last = max([obj, *obj.conjuncts], key=lambda x: x.i)
                        own_spans.append((obj.left_edge.idx, last.idx + len(last.text)))
                        obj = None
                    if target is None and obj is not None and typ in c.placed_thing_types:
                        # "shelled civilian areas in the Kursk region": a place-like object
                        # is no actor, but where it lies says whose it is
                        thing = args.fallback_actor(obj)
                        placed = self._placed_thing(finder, obj, thing, source, t.tok, ex.places) \
                            if thing is not None else None
                        if placed is not None:
                            target, t_path = placed, (t_path or obj.dep_) + ">placed-by-phrase"
                    if source is not None and source.country and typ in ("ASSAULT", "THREATEN") \
                            and t.tok.lemma_.lower() in c.response_lemmas and (target is None or (
                                str(t_path or "").startswith("fallback") and target.country == source.country)):
                        # "South Korea returned fire": the one answered is whoever last attacked it
                        answered, a_path = self._answered_attacker(ex.events + sent_events, source, t.tok.i)
                        if answered is not None:
                            target, t_path = answered, a_path
                    if target is None and typ == "ACCUSE" and t.row.pos == "ADJ" and source is not None \
                            and source.country and self._judges_measures(t.tok):
                        # "Qatar said the measures were unjustified": the measures are those
                        # taken against the speaker's country, last told before
                        answered, a_path = self._answered_attacker(
                            ex.events + sent_events, source, t.tok.i, c.hostile_measure_types)
                        if answered is not None:
                            target, t_path = answered, "judged-measures:" + a_path
                    if target is None and t.row is self.PEACE_FORCE_ROW:
                        # "peacekeepers arrived in Monrovia": the party helped is where they go
                        # ("served as peacekeepers in Lebanon": or where the mission is)
                        mission = next((p for c in t.tok.children if c.dep_ == "prep"
                                        for p in c.children if p.dep_ == "pobj" and self._peace_force(p)), None)
                        target, t_path = self._force_destination(finder, t.tok, source, mission)
                    if typ in c.place_target_preps and finder.index is not None and (
                            target is None or str(t_path or "").startswith("fallback") or (
                                # "imposed blockades in Lahore": the measure itself is no party
                                obj is not None and obj.lemma_.lower() in c.place_measure_nouns
                                and target.start is not None and target.start <= obj.idx < target.end)):
                        # "imposed a curfew in parts of Kashmir", "withdrew from the Golan
                        # Heights": an act that names no other party is done to the people of
                        # the place it is laid on or leaves (a guess from the sentence is weaker)
                        placed = self._place_target(finder, t.tok, typ, source, ex.places)
                        if placed is not None:
                            target, t_path = placed
                    if target is None and self.fill_targets:
                        # co-agents ("Australia, Bahrain and Canada provided ...") are not
                        # the other party
                        target, t_path = self._salient_other(finder, sent, t.tok, source, never_guessed(own_spans), typ)
                    if target is None and typ in c.unresolved_place_target_types:
                        placed = self._place_target(finder, t.tok, typ, source, ex.places, unresolved=True)
                        if placed is not None:
                            target, t_path = placed
                    if stand_ins and target is not None and target.text.lower() in c.group_pronouns:
                        # "A and B said they would hold their fire": their own pronoun is no other party
                        target, t_path = None, None
                    if self.main_counterpart and str(t_path or "").startswith("fallback") and source is not None \
                            and target is not None and source.country and source.country == target.country \
                            and source.sector == "GOV" and target.sector == "GOV":
                        # "Lavrov said Russia was ready for more negotiations": a guess from
                        # the doer's own government is no other party; in an article about two
                        # main parties, the doer's counterpart is.  (Within one country —
                        # protesters and their government, an army and rebels — it may be.)
                        main = dyads.main()
                        if main and source.country in {a.country for a in main}:
                            target = next(a for a in main if a.country != source.country)
                            t_path = "fallback:main-counterpart"
                    # "Minneapolis imposed a curfew", "Minnesota's governor": a place the actor
                    # stage does not know as a state still says whose the party is
                    source, target = self._placed_name(source, ex.places), self._placed_name(target, ex.places)
                    if typ in c.located_actor_types:
                        # "Gunmen kidnapped two Spanish aid workers from a camp in Kenya", "was
                        # shot in Rawalpindi by an attacker": a non-state party whose own phrase
                        # names no country belongs where the act happens, not to the sentence's
                        # first-named country
                        if t.tok.i not in act_places:     # the same for each of the trigger's pairs
                            act_places[t.tok.i] = self._place_of_act(t, ex.places, finder)
                        where = act_places[t.tok.i]
                        if where is not None:
                            source, target = self._located(source, where), self._located(target, where)
                    if target is None and typ == "PROTEST" and source is not None \
                            and source.sector in c.protest_own_government_sectors \
                            and source.country not in (None, "IGO"):
                        # "a march that drew a million people": a crowd's protest that names
                        # no other party is aimed at its own country's government
                        target = Actor(text="", name=f"{source.country} government", country=source.country,
                                       sector="GOV", kind="state",
                                       explain={"rule": "events-implied-own-government"})
                        t_path = "implied-own-government"
                    target = finder.named_after(target, text)
                    mode, retyped = t.row.mode, {}
                    if typ in ("ASSAULT", "ACCUSE", "AID") and t.row.type != typ:
                        # a weapons launch or an attack retyped above, forces sent to help:
                        # the row's mode is not this type's
                        mode = None
                    if typ in ("REJECT", "REQUEST") and t.row.type != typ:
                        # "will not release the pilots", "must first disarm": the codebook's
                        # REJECT and REQUEST modes name what is refused or asked (yield: a
                        # release, withdrawal, disarmament or ceasefire; meet: talks; assist:
                        # aid), not the act's own mode
                        mode = PETITION_MODES.get(t.row.type)
                    if typ == "COERCE" and self._closed_against_state(t.tok, source, target, t_path):
                        # "closed its land border with Qatar": relations curtailed, not rights
                        typ, mode = "SANCTION", "discontinue"
                        retyped = {"retyped": "COERCE -> SANCTION: crossing closed against a state"}
                    elif typ == "COERCE" and self._foreign_officials_barred(t.tok, source, target, t_path):
                        # "barring nine U.S. officials from entering Russia": a travel ban on
                        # another state's officials curtails relations with that state
                        typ, mode = "SANCTION", "discontinue"
                        retyped = {"retyped": "COERCE -> SANCTION: another state's officials barred"}
                    elif typ == "COERCE" and t.tok.lemma_.lower() in c.military_raid_lemmas \
                            and source is not None and source.sector == "MIL":
                        # "Iraqi warplanes carried out a raid", "troops raided the camp": a raid by
                        # armed forces is an attack; a law-enforcement raid by police stays COERCE
                        typ, mode = "ASSAULT", None
                        retyped = {"retyped": "COERCE -> ASSAULT: a raid by armed forces"}
                    key = (typ, source.name if source else None, target.name if target else None)
                    if key in seen:
                        continue
                    seen.add(key)
                    if typ in ("CONSULT", "COOPERATE") and target is not None:
                        # "Kuleba attended the meeting with Lavrov": a meeting is one act
                        # whichever way round it is read; the sentence states it once (an
                        # agreement may be two: "Greece accepted Turkey's invitation")
                        seen.add((typ, key[2], key[1]))
                    tok = t.tok
                    others = [(role, a) for role, a in ((r, finder(x)) for r, x in t.others) if a is not None]
                    ev = Event(
                        type=typ, status=status, evidence=evidence,
                        trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
                        mode=mode, source=source, target=target, others=others,
                        contexts=contexts_for(tok, t.row.contexts, self.context_cues),
                        trigger_i=tok.i,
                        explain={"trigger": tok.lemma_, "pattern": t.row.describe(),
                                 "path": {"source": sp or None, "target": t_path},
                                 "status": why, "embedding": "; ".join(t.why) or None,
                                 **({"obliged": True} if obliged else {}), **retyped})
                    sent_events.append(ev)
                    if typ in PROMISABLE_TYPES and status == "intended" and (
                            self._reported_promise(t.tok) or t.tok.lemma_.lower() in c.promise_lemmas) \
                            and ("AGREE", key[1], key[2]) not in seen:
                        # 'Biden said the United States would help replenish the system':
                        # a reported will/would of help or cooperation is also the promise
                        # of it (AGREE), as FORMAT.md codes promising to act later; so is a
                        # pledge of aid ("pledged $8 billion to Egypt")
                        seen.add(("AGREE", key[1], key[2]))
                        sent_events.append(replace(
                            ev, type="AGREE", status="intended", mode=None,
                            explain={**ev.explain, "companion": f"reported will/would {typ} -> AGREE"}))
                    if under_way and ("RETREAT", key[1], key[2]) not in seen:
                        # "were preparing to complete their withdrawal": the promise, and the
                        # withdrawal already being carried out (FORMAT.md: carrying it out is RETREAT)
                        seen.add(("RETREAT", key[1], key[2]))
                        sent_events.append(replace(
                            ev, type="RETREAT", status="intended", mode=t.row.mode,
                            explain={**ev.explain, "companion": "under way: RETREAT being carried out"}))
                    if not (t_path or "").startswith("fallback") and ">both-sides" not in sp + (t_path or ""):
                        dyads.add(source, target, hostile=typ == "ASSAULT")
                    elif typ == "ASSAULT":
                        # a guessed target still says who fights whom, for "the warring sides"
                        dyads.add(source, target, hostile=True, named=False)
                    blame = self._reported_blame(t, typ, source, finder, evidence)
                    if blame is not None and (blame.type, blame.source.name, blame.target.name) not in seen:
                        seen.add((blame.type, blame.source.name, blame.target.name))
                        sent_events.append(blame)
            if sent_events:
                self._attach_casualties(sent, sent_events)
                ex.events.extend(sent_events)
        self._drop_repeated_meetings(doc, ex)
        self._answer_accusers(doc, ex)
        self._denied_involvement(doc, ex, finder)
        self._reported_harm(doc, ex, finder)
        self._critics_claims(doc, ex, finder)
