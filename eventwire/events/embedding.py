"""Step 2 of the event coder: how triggers embed in one another.

The governing act wins ("urged X to withdraw" is one REQUEST, "refused to negotiate" one
REJECT); a governing reporting, denial or intention verb sets the embedded act's status;
hosts, mediators and brokers join the talks as third parties."""
from __future__ import annotations

from spacy.tokens import Token

from . import arguments as args
from .common import (ANSWERS, CLAUSE_FRAMING, CONCESSIVE_PREPS, CONDITION_MARKS, CONSUME_PREPS, COOPERATIVE,
                     DATE_ENTS, FINITE_TAGS, FRAMING, REACTIONS, SEQUENCE_PREPS, SETTING_RELS, Trigger,
                     VIOLENT)
from .resources import cues
from .status import is_reported, negated



class Embedding:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    # -- step 2: embedding -------------------------------------------------------------
    @staticmethod
    def _governor(tok: Token) -> tuple[Token | None, str]:
        """The word an event noun is the object of: 'held talks' -> held,
        'called for talks' -> called, 'accused X of an attack' -> accused."""
        if tok.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            return tok.head, tok.dep_
        if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent") and tok.head.lower_ in CONSUME_PREPS:
            measure = tok.head.head
            if tok.head.lower_ == "of" and measure.pos_ == "NOUN" and (
                    measure.lemma_.lower() in cues().phase_nouns or Embedding._timed_talks(tok, measure)):
                # "held a second round of talks", "launched a new wave of airstrikes", "held
                # seven hours of talks": the verb governs the act through the noun that counts,
                # stages or (for talks and drills) times it
                return Embedding._governor(tok.head.head)
            return tok.head.head, "prep:" + tok.head.lower_
        if tok.dep_ == "conj":
            return Embedding._governor(tok.head)
        return None, ""

    @staticmethod
    def _timed_talks(tok: Token, measure: Token) -> bool:
        """'Delegations from A and B held seven hours of talks', 'began ten days of drills': talks
        or drills timed by a duration noun that is the object of a verb with its own subject (who
        held them); a bare participle ('..., closing two days of talks') tells of talks coded
        elsewhere, by others; other acts ('halting 11 days of fighting') are not timed here."""
        c = cues()
        if (measure.lemma_.lower() not in c.duration_nouns
                or tok.lemma_.lower() not in c.meeting_nouns | c.timed_joint_acts):
            return False
        return measure.dep_ == "dobj" and any(ch.dep_ == "nsubj" for ch in measure.head.children)

    def _third_party(self, trig: dict[int, Trigger]) -> None:
        """Hosts, mediators and brokers are not parties: 'Qatar hosted talks between A and B',
        'talks brokered by Egypt', 'a deal brokered by Russia' give the talks or the agreement
        an ``others`` entry and no event of their own; 'Qatar hosted Blinken' is a visit by
        Blinken to Qatar."""
        roles = self.cues.third_party_roles
        for i, t in list(trig.items()):
            lem = t.tok.lemma_.lower()
            if t.is_noun or lem not in roles:
                continue
            tok, role = t.tok, roles[lem]
            if args.is_passive(tok):
                agent, thing = args.agent_of(tok), (tok.head if tok.dep_ in ("acl", "relcl") else None)
            else:
                agent, _ = args.subject_of(tok)
                thing = next((ch for ch in tok.children if ch.dep_ == "dobj"), None)
            if agent is None:
                continue
            target_event = None
            if thing is not None and thing.i in trig and trig[thing.i].type in ("CONSULT", "AGREE"):
                target_event = trig[thing.i]
            elif thing is not None and thing.lemma_.lower() in self.non_actors:
                # "a deal brokered by Russia": the sentence's agreement or talks
                target_event = next((x for x in trig.values() if x is not t and x.type in ("AGREE", "CONSULT")
                                     and not x.suppressed), None)
            if target_event is not None:
                target_event.others.append((role, agent))
                t.suppressed = f"{role} of {target_event.tok.text!r}"
            elif lem == "host" and thing is not None:
                t.swap = True

    def resolve(self, trig: dict[int, Trigger]) -> None:
        c = self.cues
        self._third_party(trig)
        for i, t in trig.items():
            if t.suppressed:
                continue
            tok = t.tok
            if t.is_noun:
                gov, rel = self._governor(tok)
                if (tok.dep_ == "pobj" and tok.head.lower_ in self.background_preps
                        and t.type not in ("CONSULT",)
                        and not (tok.head.lower_ in CONCESSIVE_PREPS and self._named_giver(tok, t.type))):
                    # "since Russia's invasion", "amid the fighting": the act is background
                    # to the clause, told as a time, not reported as news
                    t.suppressed = f"background: {tok.head.lower_} {tok.text!r}"
                    continue
                if self._acted_on_only(tok, gov, trig):
                    # "Egypt will monitor the cease-fire", "would not tolerate attacks"
                    t.suppressed = f"object of non-agent verb {gov.text!r}"
                    continue
                if self._ended_act(t, gov, trig):
                    # "accepted a plan to end the fighting with Russia": the ending is the news
                    t.suppressed = f"act ended by {gov.text!r}"
                    continue
                if (gov is not None and gov.i in trig and gov.i != i and trig[gov.i].type in REACTIONS
                        and trig[gov.i].type != t.type and (self._own_doer(tok) or (
                            trig[gov.i].type != "REJECT" and self._between_parties(tok)))):
                    # "criticisms of his country's airstrike", "condemned Israel's strike": the
                    # act reacted to has its own doer and happened too
                    t.why.append(f"own doer under {trig[gov.i].type} {gov.text!r}")
                elif (gov is not None and gov.i in trig and gov.i != i and trig[gov.i].type in ANSWERS
                      and (self._named_giver(tok, t.type) or self._possessive_giver(tok, t.type))):
                    # "rejected calls from the African Union", "bowed to demands from the
                    # party", "accepted an invitation from Putin": the act answered was made,
                    # by the one it names, to the one who answers it
                    t.why.append(f"act from its own doer, answered by {trig[gov.i].type} {gov.text!r}")
                elif (gov is not None and gov.i in trig and gov.i != i and not self._own_doer(tok)
                      and self._judged_party(tok, gov) is not None):
                    # "condemned Syria's government over a massacre": the act judged happened,
                    # done by the one judged for it
                    t.doer = self._judged_party(tok, gov)
                    t.why.append(f"{gov.lemma_} X {tok.head.lower_} -> X's act")
                elif (gov is not None and gov.i in trig and gov.i != i and t.type == "PROTEST"
                      and trig[gov.i].type in ("CONCEDE", "RETREAT") and negated(gov, self.cues)):
                    # "will not end the strike until ...": its end refused, the strike goes on
                    t.why.append(f"goes on: its end refused by {gov.text!r}")
                elif gov is not None and gov.i in trig and gov.i != i and not (
                        trig[gov.i].suppressed and t.others) and not (
                        t.type == "CONSULT" and rel in SETTING_RELS):
                    t.suppressed = f"object of trigger {gov.text!r} ({rel})"
                elif (tok.dep_ == "pobj" and tok.head.lower_ in ("for", "to") and tok.head.head.pos_ == "ADJ"
                      and tok.head.head.lemma_.lower() in self.cues.commit_adjectives
                      and t.type in COOPERATIVE):
                    # "ready for negotiations": willingness to act is AGREE; "not ready for" a refusal
                    adj = tok.head.head
                    if negated(adj, self.cues) or negated(adj.head, self.cues):
                        t.type, t.status = "REJECT", "asserted"
                    else:
                        t.type, t.status = "AGREE", "intended"
                    t.why.append(f"{adj.lemma_} {tok.head.lower_} -> {t.type}")
                    t.args_from_adj = adj
                elif (gov is not None and gov.dep_ == "xcomp" and gov.i not in trig
                      and gov.head.lemma_.lower() in self.cues.commit_adjectives and t.type in COOPERATIVE):
                    # "willing to resume peace negotiations": willingness is AGREE, as "ready for
                    # negotiations" is; "not willing to resume talks" a refusal
                    adj = gov.head
                    if negated(adj, self.cues) or negated(adj.head, self.cues):
                        t.type, t.status = "REJECT", "asserted"
                    else:
                        t.type, t.status = "AGREE", "intended"
                    t.why.append(f"{adj.lemma_} to {gov.lemma_} -> {t.type}")
                elif (gov is not None and gov.dep_ in ("xcomp", "ccomp") and gov.head.i in trig
                      and trig[gov.head.i].type in FRAMING):
                    # "agreed to hold talks", "threatened to launch an offensive"
                    t.suppressed = f"absorbed by {trig[gov.head.i].type} {gov.head.text!r}"
                continue
            # a verb whose subject is an event noun ("the attack killed three"): the noun codes it
            for ch in tok.children:
                if ch.dep_ == "nsubjpass" and t.type in REACTIONS and args.agent_of(tok) is not None:
                    # "the execution of four prisoners was condemned by the United States":
                    # the reaction is the agent's; the act reacted to keeps its own doer
                    continue
                if ch.dep_ in ("nsubj", "nsubjpass") and ch.i in trig and trig[ch.i].is_noun:
                    # "a cease-fire between X and Y took effect", "Israeli airstrikes pounded
                    # Gaza": one event; the verb says what happened, the noun who did it
                    noun = trig[ch.i]
                    noun.suppressed = f"subject of trigger {tok.text!r}"
                    t.args_from = noun.tok
            if t.suppressed:
                continue
            h, rel = tok.head, tok.dep_
            order = self._order_to_leave(t, trig)
            if order is not None:
                # "gave Qatari citizens two weeks to leave": an expulsion by the one who
                # orders it, not a departure of those ordered out
                leaving = self._ordered_party(order)
                expel_diplomats = leaving is not None and leaving.lemma_.lower() in self.cues.diplomat_nouns
                t.type = "SANCTION" if expel_diplomats else "COERCE"
                t.ordered_by = order
                t.why.append(f"{order.lemma_} … to {tok.lemma_} -> {t.type}")
                continue
            if (rel == "advcl" and h.lemma_.lower() in c.commit_heads | c.agreement_heads
                    and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)
                    and not any(ch.dep_ in ("nsubj", "nsubjpass", "mark") for ch in tok.children)):
                # "promised on Saturday to free the soldiers": an infinitive the parser hangs
                # off a promise as an adverbial clause is its complement
                rel = "xcomp"
            embedded = rel in ("xcomp", "ccomp", "pcomp", "advcl") and h is not tok
            if rel in ("pcomp", "pobj") and h.lower_ in SEQUENCE_PREPS:
                # "freed the sailors a day after detaining them": an earlier act of its own
                pass
            elif (rel == "pcomp" and h.dep_ == "prep" and h.head.i in trig
                  and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)
                  and self._judged_party(tok, h.head) is not None):
                # "praised the armed forces for capturing X", "sentenced Lubanga for recruiting
                # child soldiers": the one praised or punished did it
                t.doer = self._judged_party(tok, h.head)
                t.why.append(f"{h.head.lemma_} X {h.lower_} -> X's act")
                continue
            elif rel == "pcomp" or (rel == "pobj"):
                # "accused Moscow of arming", "charged with attacking"
                if h.dep_ == "prep" and h.head.i in trig:
                    trig[i].suppressed = f"complement of trigger {h.head.text!r}"
                    continue
            if rel == "pcomp" and h.dep_ == "prep" and h.head.i in trig and h.lower_ not in SEQUENCE_PREPS:
                t.suppressed = f"complement of trigger {h.head.text!r}"
                continue
            # "struck the village, killing two": one attack, not two
            if (rel in ("advcl", "conj", "xcomp") and h.i in trig and trig[h.i].type == t.type
                    and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)
                    and not (rel == "conj" and self._names_own_party(tok))):
                t.suppressed = f"continues {h.text!r}"
                continue
            framer = self._framing_ancestor(tok, trig)
            if framer is not None and not (rel == "xcomp" and h.i == framer.i):
                # "asked the court to bar him and to freeze his accounts": the request
                # covers every act coordinated under it
                t.suppressed = f"absorbed by {trig[framer.i].type} {framer.text!r}"
                continue
            if not embedded:
                continue
            hl = h.lemma_.lower()
            if rel == "xcomp" and hl in c.commit_adjectives:
                refused = negated(h, c) or negated(h.head, c)
                if refused:
                    t.type, t.status = "REJECT", "asserted"
                    t.why.append(f"not {hl} to -> REJECT")
                elif t.type in VIOLENT - {"MOBILIZE"}:
                    # "stood ready to crush any attempt": readiness to do violence is a threat
                    # (readiness to send forces somewhere stays an offer)
                    t.type, t.status = "THREATEN", None
                    t.why.append(f"{hl} to -> THREATEN")
                else:
                    t.type = "CONCEDE" if t.type in ("RETREAT", "CONCEDE") else "AGREE"
                    t.status = "intended"
                    t.why.append(f"{hl} to -> {t.type}")
                continue
            if rel == "ccomp" and h.i in trig and trig[h.i].type in CLAUSE_FRAMING:
                # "warned that his forces would attack", "demanded that they withdraw"
                t.suppressed = f"absorbed by {trig[h.i].type} {h.text!r}"
                continue
            if rel == "xcomp" and h.i in trig and trig[h.i].type in FRAMING:
                head = trig[h.i]
                if hl in c.agreement_heads and t.type in ("RETREAT", "CONCEDE"):
                    # "agreed to pull back troops": the agreement and the promised concession
                    t.type, t.status = "CONCEDE", "intended"
                    t.why.append(f"{hl} to {tok.lemma_} -> CONCEDE")
                    continue
                if (hl in c.refuse_heads and hl != "reject" and head.type == "REJECT" and t.type == "ACCUSE"
                        and not negated(h, c)):
                    # "declined to condemn the invasion": no request is refused; the
                    # condemnation is withheld (the ACCUSE, negated)
                    t.status = "negated"
                    t.why.append(f"{hl} to {tok.lemma_} -> not {t.type}")
                    head.suppressed = f"withholds {t.type} {tok.text!r}"
                    continue
                if hl in c.commit_heads and t.type in ("RETREAT", "CONCEDE"):
                    # "promised to withdraw": the promise is the concession
                    head.type, head.status = "CONCEDE", head.status or "intended"
                    head.why.append(f"{hl} to {tok.lemma_} -> CONCEDE")
                t.suppressed = f"absorbed by {head.type} {h.text!r}"
                continue
            if rel == "xcomp" and hl in c.commit_heads and h.i not in trig:
                # "vowed to strike back" is a threat; "vowed to release" a concession
                if t.type in VIOLENT or (t.type == "REJECT" and hl in c.threat_commit_heads):
                    t.type = "THREATEN"
                    t.status = None
                elif t.type in ("RETREAT", "CONCEDE"):
                    t.type, t.status = "CONCEDE", "intended"
                else:
                    t.type, t.status = "AGREE", "intended"
                t.why.append(f"{hl} to -> {t.type}")

    def _under_way(self, t) -> bool:
        """'were preparing to complete their withdrawal', 'began to pull out': the act sits
        under a verb that says it is being carried out (event_cues.json: under_way_heads)."""
        v = self._governor(t.tok)[0] if t.is_noun else t.tok
        for _ in range(4):
            if v is None:
                return False
            if v.lemma_.lower() in self.cues.under_way_heads:
                return True
            if v.dep_ not in ("xcomp", "conj") or v.head.i == v.i:
                return False
            v = v.head
        return False

    def _judged_party(self, tok: Token, gov: Token) -> Token | None:
        """The party a verb of praise, blame or punishment judges for the act ``tok`` names in
        its for/over/of phrase ('praised the army for capturing', 'was convicted of genocide',
        'a man convicted of injuring an officer'), when the actor stage knows that party.
        Such verbs presuppose the act; allegations ('accused X of') are not among them."""
        c = self.cues
        prep = tok.head
        if tok.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.head.i != gov.i:
            return None
        if prep.lower_ not in c.responsibility_preps:
            return None
        if gov.pos_ == "ADJ" and gov.lemma_.lower() in c.responsibility_adjectives:
            # "the cartel has been responsible for mass killings", "both sides were guilty of
            # violating the truce": told by the writer (no reporting verb over it), the blame is
            # a fact, and the one it falls on did the act; reported or ruled ("said X was
            # responsible", "the court ruled that X was responsible"), it is that speaker's
            if gov.dep_ != "acomp" or gov.head.dep_ not in ("ROOT", "conj") or is_reported(gov.head, c) \
                    or negated(gov.head, c) or negated(gov, c):
                return None
            party = next((x for x in gov.head.children if x.dep_ == "nsubj"), None)
            return party if party is not None and self._has_mention(party) else None
        if gov.pos_ != "VERB" or gov.lemma_.lower() not in c.responsibility_governors:
            return None
        if args.is_passive(gov):
            party = next((x for x in gov.children if x.dep_ == "nsubjpass"), None)
            if party is None and gov.dep_ == "acl":
                party = gov.head
        else:
            party = next((x for x in gov.children if x.dep_ == "dobj"), None)
        if party is None or not self._has_mention(party):
            return None
        return party

    def _order_to_leave(self, t: Trigger, trig: dict) -> Token | None:
        """The verb that orders the departure a RETREAT verb names: 'ordered the envoys to
        leave', 'gave the citizens two weeks to leave' (a time limit), when that verb is no
        trigger of its own."""
        tok = t.tok
        if t.is_noun or t.type != "RETREAT" or tok.lemma_.lower() not in self.cues.departure_verbs:
            return None
        head = tok.head
        if tok.dep_ == "relcl" and head.dep_ in ("npadvmod", "dobj") and head.ent_type_ in DATE_ENTS:
            head = head.head          # "gave them 72 hours to leave": the limit, then its giver
        elif tok.dep_ != "xcomp" and not (tok.dep_ == "advcl" and head.lemma_.lower() == "give"):
            return None               # ("gave French troops a month to leave": parsed as advcl)
        if head.i == tok.i or head.i in trig or head.lemma_.lower() not in self.cues.expulsion_heads:
            return None
        if head.lemma_.lower() == "give" and not any(
                c.ent_type_ in DATE_ENTS or c.lemma_.lower() in self.cues.time_limit_units for c in head.children):
            return None               # "gave them a chance to leave" sets no limit
        return head if self._ordered_party(head) is not None else None

    @staticmethod
    def _ordered_party(verb: Token) -> Token | None:
        return next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ in ("NOUN", "PROPN")
                     and c.ent_type_ not in DATE_ENTS), None)

    def _statement_setting(self, t: Trigger, target_path: str, finder) -> bool:
        """'Putin told reporters after 16 hours of negotiations', 'X said after the summit':
        a meeting that only sets when or where a statement was made, naming no party in its
        own phrase, is no meeting of the speaker (the talks are coded where they are told).
        A speaker who addresses another party ('in a phone call, X told his counterpart')
        keeps it."""
        tok = t.tok
        if not t.is_noun or t.type != "CONSULT" or tok.dep_ != "pobj" or target_path:
            return False
        verb = self._clause_verb_over(tok)
        if verb is None or verb.lemma_.lower() not in self.cues.statement_setting_verbs:
            return False
        for c in verb.children:
            if c.dep_ in ("dobj", "dative"):
                a = finder(c)
                if a is not None and a.country and a.sector != "MED":   # telling the press is no meeting
                    return False
        return True

    def _acted_on_only(self, tok: Token, gov: Token | None, trig: dict) -> bool:
        """An event noun governed by a verb whose subject does not perform it ('monitor the
        cease-fire', 'avert sanctions', 'calling the downing an accident'), when the noun
        names no doer of its own: no event of the governor's subject."""
        if not self.drop_acted_on_nouns or gov is None or gov.i in trig or gov.pos_ not in ("VERB", "AUX") \
                or self._own_doer(tok):
            return False
        lemma = gov.lemma_.lower()
        if lemma in self.cues.non_agent_governors:
            return True
        # a classing noun ("an accident", "a cease-fire") names the act; an evaluating adjective
        # ("called the trial unfair") judges it, and the judging is the speaker's act
        return lemma in self.cues.naming_verbs and any(c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")
                                                       for c in gov.children)

    @staticmethod
    def _against_foreign_government(source, target, t_path) -> bool:
        """The clause itself (not a guess) names another state's government as the target."""
        return (not str(t_path or "").startswith("fallback") and source is not None
                and target is not None and bool(source.country) and target.sector == "GOV"
                and target.country not in (None, "IGO", source.country))

    def _closed_against_state(self, tok: Token, source, target, t_path) -> bool:
        """A border, crossing or embassy closed against another state's government that the
        clause itself names (event_cues.json: frontier_objects)."""
        if tok.lemma_.lower() not in self.cues.frontier_closers:
            return False
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.lemma_.lower() not in self.cues.frontier_objects:
            return False
        return self._against_foreign_government(source, target, t_path)

    def _foreign_officials_barred(self, tok: Token, source, target, t_path) -> bool:
        """A ban or expulsion by a government whose object, named by the clause, is another
        state's government people (event_cues.json: ban_verbs)."""
        return (tok.lemma_.lower() in self.cues.ban_verbs and source is not None and source.sector == "GOV"
                and self._against_foreign_government(source, target, t_path))

    def _ended_act(self, t: Trigger, gov: Token | None, trig: dict) -> bool:
        """A violent or coercive act named as the object of a verb that ends it ('to end the
        fighting with Russia', 'agreed to halt the war'), with no doer of its own: background
        to the ending, not an event of its own (event_cues.json: terminative_governors)."""
        if gov is None or gov.i in trig or gov.pos_ not in ("VERB", "AUX") or t.tok.dep_ not in ("dobj", "nsubjpass"):
            return False
        return (gov.lemma_.lower() in self.cues.terminative_governors
                and t.type in self.cues.terminated_types and not self._own_doer(t.tok))

    @staticmethod
    def _framing_ancestor(tok: Token, trig: dict) -> Token | None:
        """A governing request/refusal/threat/accusation/agreement that an act sits under
        through infinitive or clausal complements, possibly via coordination."""
        t, embedded_step = tok, False
        for _ in range(5):
            rel, h = t.dep_, t.head
            if h is t:
                return None
            if rel == "conj":
                if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                    return None
                if t.tag_ in FINITE_TAGS and h.tag_ == "VB" and any(
                        c.dep_ == "cc" and h.i < c.i < t.i for c in h.children) and any(
                        c.dep_ in ("dobj", "dative", "ccomp") for c in t.children):
                    # "declined to condemn X and blamed Y": a finite verb with its own object
                    # is not inside the infinitive it is attached to; it is coordinated with
                    # the framing verb ("a deal brokered by Russia and announced overnight",
                    # a participle with no object, stays where it is)
                    return None
                # "denounced the mutiny and vowed to punish those responsible": what sits under
                # a verb coordinated with the framing verb is not inside the framer, unless it
                # restates the framer's own act ("announced a cease-fire and said the army
                # would halt operations")
                if embedded_step and tok.i in trig and h.i in trig and trig[h.i].type in FRAMING \
                        and trig[h.i].type != trig[tok.i].type:
                    return None
            elif rel == "pcomp" and h.lower_ in SEQUENCE_PREPS:
                return None               # "ruled it out, days after agreeing to": an act of its own
            elif rel in ("xcomp", "ccomp"):
                embedded_step = True
            elif rel == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                embedded_step = True      # purpose: "sending soldiers to fight"
            elif rel == "pcomp" and h.dep_ == "prep":
                embedded_step = True      # "accused Moscow of arming the rebels"
                h = h.head
            else:
                return None
            if embedded_step and h.i in trig:
                ht = trig[h.i]
                if ht.type in CLAUSE_FRAMING or (rel != "ccomp" and ht.type in FRAMING):
                    return h
                if ht.suppressed is None:
                    return None
            t = h
        return None

    @staticmethod
    def _condition_doer(verb: Token, src) -> tuple[Token | None, str]:
        """'warned of retaliation if the North attacked again', 'would respond if London
        expelled its diplomats': a threat held over the doer of its condition."""
        for w in verb.subtree:
            if w.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in w.children):
                doer, path = args.subject_of(w)
                if doer is not None and (src is None or doer.i != src.i) and doer.pos_ in ("PROPN", "NOUN"):
                    return doer, "condition-subject>" + path
        return None, ""

    def _condition_by_other(self, verb: Token, src) -> bool:
        """The verb's own if/unless clause has a party of its own as subject, other than the
        doer ('would freeze relations if Cyprus took over'; not 'if it is attacked', nor 'if
        talks fail', whose subject is no party)."""
        for w in verb.children:
            if w.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in w.children):
                doer, _ = args.subject_of(w)
                if doer is not None and (doer.pos_ == "PROPN" or (doer.pos_ == "NOUN" and self._has_mention(doer))) \
                        and (src is None or doer.i != src.i):
                    return True
        return False

    def _negated_idiom_arguments(self, t: Trigger) -> tuple[Token | None, str, Token | None, str] | None:
        """Parties of a negated idiom.  A threat ('the attacks will not go unanswered', 'no
        option is taken off the table') is the speaker's, or the subject's when it is a party
        ('we will not rule out force'); its target is left to the condition or the article.
        A disowned agreement ('Israel is not bound by it') is likewise the speaker's, else
        the subject's."""
        tok = t.tok
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.cues.reporting_verbs:
            speaker, path = args.subject_of(tok.head)
            if speaker is not None:
                return speaker, "negated-idiom:reporter>" + path, None, ""
        if t.type == "REJECT":
            return subj, "negated-idiom:subject", None, ""
        return None     # 'we will not rule out force': read as any verb

    def _reported_clause_sibling(self, verb: Token) -> Token | None:
        """The reporting verb whose complement clause ``verb`` is coordinated into ('said
        the attacks were intolerable and warned ...' -> said), or None."""
        h = verb.head
        if verb.dep_ != "conj" or h.dep_ != "ccomp" or h.head.i == h.i:
            return None
        return h.head if h.head.lemma_.lower() in self.cues.reporting_verbs else None
