"""Step 1 of the event coder: the trigger tokens of a sentence.

The lexicon's readings of each verb and event noun, kept or dropped by what the clause
says around them (a name's inner word, a background relative clause, a reporting setting),
and the constructions that add a trigger the lexicon alone does not see (bare participation,
reported obligations, directed acts, offered transfers, peace forces)."""
from __future__ import annotations

from spacy.tokens import Token

from . import arguments as args
from .common import DATE_ENTS, NAME_ENTS, NEGATED_ONLY, PROMISE_AUX, Trigger
from .lexicon import TriggerRow
from .status import is_reported, negated



class TriggerFinding:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    def find_triggers(self, sent) -> dict[int, Trigger]:
        found: dict[int, Trigger] = {}
        lex = self.lexicon
        for tok in sent:
            pos = lex.pos_class(tok)
            lemma = tok.lemma_.lower()
            if not lex.candidate(lemma, pos):
                continue
            if pos == "NOUN" and self._reporting_setting(tok):
                continue
            if self._inside_name(tok):
                continue
            children, objects = self._child_lemmas(tok), self._object_lemmas(tok)
            if pos == "NOUN":
                # "went on strike", "staged a strike": the verb governing an event noun can
                # decide its reading (lexicon child "gov:go")
                gov, _ = self._governor(tok)
                if gov is not None:
                    children.add("gov:" + gov.lemma_.lower())
            # an event noun's governor ("gov:deny" in "denied the accusations") can leave it no
            # act of its own, unless a possessor names whose act it is ("denied Khan's allegation")
            govs = set() if any(c.dep_ == "poss" for c in tok.children) else {
                c for c in children if c.startswith("gov:")}
            if (objects | govs) & self.idle_readings.get(lemma, frozenset()):
                continue      # "met its commitments", "host the World Cup", "breaking the truce"
            if self._object_modifier_lemmas(tok, ("compound", "amod", "nmod")) & self.idle_modifiers.get(lemma, frozenset()):
                continue      # "issued a travel warning": the noun's own reading holds; "hit a record 12 million tonnes" (nmod)
            if lemma in self.idle_purposes and any(
                    c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in self.idle_purposes[lemma]
                    for c in tok.children):
                continue      # "people who had gathered to watch the vote": a crowd, no protest
            row = lex.match(lemma, pos, children, objects)
            if row is None and pos == "VERB":
                # "ended mediation efforts", "eased curfew hours": the object's noun modifier
                # names the act when its head does not (tried last, so "launched a missile
                # attack" stays an attack)
                mods = self._object_modifier_lemmas(tok)
                if mods:
                    row = lex.match(lemma, pos, children, objects | mods)
            if row is None and pos == "VERB":
                # "flew 13 tons of medicine into Afghanistan", "sent $50 million in aid": goods
                # handed over by measure or sum are relief (a trade volume, "exported 20 million
                # tons of grain", is no event)
                goods = {p.lemma_.lower() for c in tok.children if c.dep_ == "dobj"
                         and c.lemma_.lower() in self.cues.goods_measure_nouns
                         for x in c.children if x.dep_ == "prep" and x.lower_ in ("of", "in")
                         for p in x.children if p.dep_ == "pobj"}
                if goods:
                    row = lex.match(lemma, pos, children, objects | goods)
                    if row is not None and row.type not in self.cues.goods_measure_types:
                        row = None
            if row is not None and row.status == NEGATED_ONLY:
                if self._negated_idiom(tok):
                    # "would not go unanswered", "is not bound by": the negation is part of the
                    # idiom; the threat or rejection it makes is asserted
                    found[tok.i] = Trigger(tok, row, row.type, pos == "NOUN", status="asserted",
                                           why=[f"negated idiom {lemma!r}"])
                    continue
                # "extended the state of emergency": without its negation the plain reading holds
                row = lex.match(lemma, pos, children, objects, plain=True)
            if row is not None:
                found[tok.i] = Trigger(tok, row, row.type, pos == "NOUN")
        self._add_reported_obligations(sent, found)
        self._add_directed_acts(sent, found)
        self._add_offered_transfers(sent, found)
        self._add_peace_force_acts(sent, found)
        self._add_bare_participation(sent, found)
        self._drop_response_frames(found)
        for i in [i for i, t in found.items() if not t.is_noun and self._plan_content(t.tok)
                  or t.is_noun and self._ranked_mention(t.tok)
                  or self._protest_demand(t, found) or self._meeting_venue(t, found)
                  or self._forecast(t)]:
            del found[i]
        for i in [i for i, t in found.items() if not t.is_noun and self._source_briefing(t.tok)]:
            # "who spoke on condition of anonymity to discuss the talks": what a source was (not)
            # cleared to talk about is no act, nor is the event noun it names
            for c in found[i].tok.children:
                if c.dep_ == "dobj" or c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children):
                    for x in [c] + [p for p in c.children if p.dep_ == "pobj"]:
                        found.pop(x.i, None)
            del found[i]
        for i in [i for i, t in found.items() if self._background_relative(t.tok) or (
                t.is_noun and self._background_relative(self._governor(t.tok)[0]))]:
            # "China and Russia, which hold vetoes, …": an event noun under such a clause too
            del found[i]
        return found

    # the reading given to a bare "took part" that joins a protest told just before
    PARTICIPATION_ROW = TriggerRow(lemma="take part", pos="VERB", child=frozenset({"part"}), objects=frozenset(),
                                   object_any=False, object_except=False, type="PROTEST", mode="demo",
                                   status=None, contexts=(), line=0)

    def _add_bare_participation(self, sent, found: dict[int, Trigger]) -> None:
        """'Hundreds of thousands marched through London. In Berlin, police said about 500,000
        people took part': taking part with no phrase naming in what joins the act the text
        has just told of; when that is a protest (a protest word in the sentences just
        before), those who took part protested too."""
        for tok in sent:
            if tok.i in found or tok.pos_ not in ("VERB", "AUX") \
                    or tok.lemma_.lower() not in self.cues.participation_verbs:
                continue
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.participation_verbs[tok.lemma_.lower()]
                       for c in tok.children) or any(c.dep_ == "prep" for c in tok.children):
                continue
            doc = sent.doc
            lo = sent.start
            for _ in range(2):       # this sentence and the two before it
                if lo > 0:
                    lo = doc[lo - 1].sent.start
            if any(w.lemma_.lower() in self.protest_words for w in doc[lo:tok.i]):
                found[tok.i] = Trigger(tok, self.PARTICIPATION_ROW, "PROTEST", False,
                                       why=["took part in the protest told before"])

    # the reading given to a reported "X must do Y" whose verb is no trigger of its own
    OBLIGATION_ROW = TriggerRow(lemma="reported-obligation", pos="VERB", child=frozenset(), objects=frozenset(),
                                object_any=False, object_except=False, type="REQUEST", mode=None,
                                status=None, contexts=(), line=0)

    def _add_reported_obligations(self, sent, found: dict[int, Trigger]) -> None:
        """'Paet said the European Union must be ready to mediate', 'said the government
        must ensure security': the speaker demands it of the named party even when the
        demanded act is no trigger (the demand itself is coded in __call__).  Only a named
        party (a proper name or a national modifier) and only when no event noun is the
        verb's own argument, so a coded act keeps its own reading."""
        for tok in sent:
            if tok.i in found or tok.pos_ not in ("VERB", "AUX") or tok.dep_ != "ccomp" \
                    or tok.head.lemma_.lower() not in self.cues.reporting_verbs:
                continue
            if not any(c.dep_ == "aux" and c.lower_ in self.cues.obligation_aux for c in tok.children):
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or not (subj.pos_ == "PROPN" or subj.ent_type_ in args.NAMEISH_ENTS or any(
                    m.dep_ in ("amod", "compound") and m.ent_type_ in args.NAMEISH_ENTS for m in subj.children)):
                continue
            if args.subject_of(tok.head)[0] is None:
                continue     # a speaker the parse does not give is left to the quotes stage
            ending = tok.lemma_.lower() in self.cues.terminative_governors
            if any(c.i in found and not (ending and c.dep_ == "dobj" and found[c.i].type in self.cues.terminated_types
                                         and not self._own_doer(c))
                   for c in tok.children if c.dep_ not in ("prep", "advcl", "npadvmod")):
                continue     # "must end its raids": the raids are coded, with their own demand
            # "Russia says Israel must end attacks on Syria": the attacks are background to the
            # ending (see _ended_act); the demand to end them is the news
            found[tok.i] = Trigger(tok, self.OBLIGATION_ROW, "REQUEST", False)

    def _add_directed_acts(self, sent, found: dict[int, Trigger]) -> None:
        """'Rivlin called Zawde on Friday to explain ...': a verb whose named object is called (or,
        for a REQUEST frame, told) to do something is an act between subject and object even when
        the act it names is no trigger (event_cues.json: directed_act_frames). A REQUEST frame
        leaves an ordered act that is coded, or one's own people ordered, to the act's reading."""
        frames = self.cues.directed_act_frames
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.i in found or tok.pos_ != "VERB" or lemma not in frames:
                continue
            if self._child_lemmas(tok) & self.cues.directed_act_blockers:
                continue     # "called on X to", "called off"; "called on Friday" is no "call on"
            party = next((c for c in tok.children if c.dep_ in ("dobj", "oprd")), None)
            named = lambda w: w.pos_ == "PROPN" or w.ent_type_ in args.NAMEISH_ENTS or self._has_mention(w)
            if party is None or not (named(party) or party.lemma_.lower() in self.people_nouns or any(
                    p.dep_ == "pobj" and named(p) for x in party.children if x.dep_ == "prep" and x.lower_ == "of"
                    for p in x.children)):
                continue     # "the son of the former prime minister" names a party too
            act = next((c for c in tok.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                        and c.i > party.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if act is None:
                continue
            typ, mode = frames[lemma]
            if typ == "REQUEST" and (act.i in found or any(c.i in found for c in act.children if c.dep_ == "dobj")
                                     or any(x.dep_ == "poss" and x.pos_ == "PRON" for x in party.children)
                                     or party.lemma_.lower() in self.cues.own_force_nouns):
                continue     # "ordered her foreign minister to ...", "ordered troops to ...": her own act
            row = TriggerRow(lemma=lemma, pos="VERB", child=frozenset(), objects=frozenset(), object_any=True,
                             object_except=False, type=typ, mode=mode, status=None,
                             contexts=("diplomatic",) if typ == "CONSULT" else (), line=0)
            found[tok.i] = Trigger(tok, row, typ, False, why=[f"directed act: {lemma} X to {act.lemma_}"])

    # the reading given to "ready to send engineers to Iraq" when the thing sent is no trigger object
    OFFERED_TRANSFER_ROW = TriggerRow(lemma="offered-transfer", pos="VERB", child=frozenset(), objects=frozenset(),
                                      object_any=True, object_except=False, type="AID", mode=None,
                                      status=None, contexts=(), line=0)

    def _add_offered_transfers(self, sent, found: dict[int, Trigger]) -> None:
        """'is willing to provide its expertise to the United Nations', 'ready to send engineers
        to Iraq': something offered to a named recipient is an offer of help whatever the
        thing is; the willingness frame makes it AGREE, intended, as FORMAT.md codes offers
        (event_cues.json: offered_transfer_verbs, willingness_heads)."""
        c = self.cues
        for tok in sent:
            if tok.i in found or tok.pos_ != "VERB" or tok.lemma_.lower() not in c.offered_transfer_verbs:
                continue
            if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in c.willingness_heads:
                continue
            if not any(x.dep_ == "dobj" for x in tok.children):
                continue
            recipient = next((p for x in tok.children if x.dep_ in ("prep", "dative") and x.lower_ == "to"
                              for p in x.children if p.dep_ == "pobj"), None)
            if recipient is None or not (recipient.pos_ == "PROPN" or recipient.ent_type_ in args.NAMEISH_ENTS
                                         or self._has_mention(recipient)):
                continue
            found[tok.i] = Trigger(tok, self.OFFERED_TRANSFER_ROW, "AID", False,
                                   why=[f"offered transfer: {tok.head.lemma_} to {tok.lemma_} X to Y"])

    # the reading given to peacekeepers arriving, deploying or serving (PLOVER AID: personnel)
    PEACE_FORCE_ROW = TriggerRow(lemma="peace-force", pos="VERB", child=frozenset(), objects=frozenset(),
                                 object_any=True, object_except=False, type="AID", mode=None,
                                 status=None, contexts=("military",), line=0)

    def _peace_force(self, n: Token | None) -> bool:
        """'peacekeepers', 'peacekeeping troops', 'a peacekeeping mission'."""
        if n is None:
            return False
        n = args._relative(n)
        words = self.cues.peacekeeping_roles
        return n.lemma_.lower() in words or any(
            x.dep_ in ("compound", "amod") and x.lemma_.lower() in words for x in n.children)

    def _add_peace_force_acts(self, sent, found: dict[int, Trigger]) -> None:
        """'West African peacekeeping troops arrive in Monrovia', 'Russian peacekeepers began
        deploying', 'troops participate in peacekeeping operations in Iraq': peacekeepers sent,
        arriving or serving are aid in personnel (PLOVER AID), as "deployed peacekeepers" is in
        the lexicon; these verbs name the force as subject, or the mission in their phrase
        (event_cues.json: peace_force_verbs, peace_force_nouns)."""
        for tok in sent:
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.cues.peace_force_verbs:
                continue
            if tok.i in found and found[tok.i].type != "MOBILIZE":
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and tok.dep_ == "xcomp":
                # "began deploying": the subject of the verb it completes
                subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            mission = any(self._peace_force(p) for c in tok.children if c.dep_ == "prep"
                          and c.lower_ in ("in", "as", "for", "on") for p in c.children if p.dep_ == "pobj")
            if not (self._peace_force(subj) or mission):
                continue
            found[tok.i] = Trigger(tok, self.PEACE_FORCE_ROW, "AID", False,
                                   why=[f"peace force: {tok.lemma_}"])

    def _reported_promise(self, tok: Token) -> bool:
        """'said it would cooperate', 'said the US will help replenish': the act, or the
        verb it is the complement of ('help'), carries will/would and sits in a reported
        clause."""
        v = tok
        for _ in range(3):
            if any(c.dep_ == "aux" and c.lower_ in PROMISE_AUX for c in v.children):
                return is_reported(v, self.cues)
            if v.dep_ != "xcomp" or v.head.i == v.i:
                return False
            v = v.head
        return False

    def _negated_idiom(self, tok: Token) -> bool:
        """The trigger is negated by its own 'not'/'never' or by 'no' on its subject
        ('no option is taken off the table')."""
        if negated(tok, self.cues):
            return True
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.cues.failure_verbs:
            return True     # "failed to renew the embargo": the act is not done
        return any(c.dep_ in ("nsubj", "nsubjpass") and any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in tok.children)

    @staticmethod
    def _inside_name(tok: Token) -> bool:
        """'the Popular Mobilization Forces', 'on March 4': a word inside a date or inside a
        multi-word proper name (past its first word) is part of the name, not a trigger."""
        if tok.ent_type_ in DATE_ENTS:
            return True
        return tok.pos_ == "PROPN" and tok.ent_type_ in NAME_ENTS and tok.ent_iob_ == "I"

    def _source_briefing(self, tok: Token) -> bool:
        """The aside by which an unnamed source is introduced: 'spoke on condition of anonymity
        to discuss the talks', 'requested anonymity to discuss', 'was not authorized to comment'
        (cue list `briefing_words`; a verb of permission counts only negated)."""
        if tok.dep_ not in ("advcl", "xcomp"):
            return False
        head = tok.head
        words = self.cues.briefing_words
        near = [c for c in head.children if c.dep_ in ("dobj", "prep")]
        near += [p for c in near if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        near += [q for p in near if p.dep_ == "pobj" for c in p.children if c.dep_ == "prep"
                 for q in c.children if q.dep_ == "pobj"]
        if any(w.lemma_.lower() in words for w in near):
            return True
        return head.lemma_.lower() in self.cues.briefing_permits and any(
            c.dep_ == "neg" for c in head.children)

    @staticmethod
    def _meeting_venue(t: Trigger, found: dict[int, Trigger]) -> bool:
        """'held talks at the Paris summit', 'met Wang Yi on the sidelines of the G20
        summit': a meeting noun that says where another meeting took place is its setting,
        not a second meeting."""
        tok = t.tok
        if t.type != "CONSULT" or not t.is_noun or tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ == "of" and prep.head.lemma_.lower() in ("sideline", "sidelines", "margin", "margins"):
            prep = prep.head.head      # "on the sidelines of the summit"
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "on", "during", "in"):
            return False
        return prep.head.i in found and found[prep.head.i].type == "CONSULT" and prep.head.i != tok.i

    @staticmethod
    def _protest_demand(t: Trigger, found: dict[int, Trigger]) -> bool:
        """'marched on the capital, demanding new elections', 'began a hunger strike to demand
        medical care': a demand that states what a protest is for is the protest's aim, not a
        second act (the protest, PROTEST, is the event)."""
        tok = t.tok
        if t.type != "REQUEST" or t.is_noun or tok.dep_ not in ("advcl", "xcomp"):
            return False
        head = tok.head
        acts = [head] + [c for c in head.children if c.dep_ == "dobj"]   # "began a boycott to demand"
        return any(a.i in found and found[a.i].type == "PROTEST" for a in acts)

    @staticmethod
    def _ranked_mention(tok: Token) -> bool:
        """'the deadliest attack on Indian forces in three decades', 'one of the most serious
        clashes since the war': an event noun ranked by a superlative compares an act the
        sentence already tells (or a class of acts) with others; it adds no act of its own.
        A ranked noun that is the clause's subject or object ('the deadliest attack killed
        40') still tells the act."""
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            return False
        return any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(
            m.tag_ == "RBS" for m in c.children)) for c in tok.children)

    def _forecast(self, t) -> bool:
        """'Forecasters warned that Typhoon Haiyan could bring storm surges': a warning whose
        reported clause has a storm, flood, quake or epidemic as its subject foretells harm
        no party will do; it threatens no one."""
        if t.is_noun or t.type != "THREATEN":
            return False
        for c in t.tok.children:
            if c.dep_ != "ccomp":
                continue
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass") and any(
                        w.lower_ in self.cues.natural_forces or w.lemma_.lower() in self.cues.natural_forces
                        for w in s.subtree):
                    return True
        return False

    def _plan_content(self, tok: Token) -> bool:
        """'a plan for Syria to give up its weapons', 'set a deadline for Iraq to withdraw':
        an act told as the content of a plan noun ("for X to V") is what the plan foresees,
        not an act of X (the plan, deadline or timetable is the event, if any)."""
        if tok.dep_ == "conj":       # "to account for and give up"
            tok = tok.head
        if tok.dep_ not in ("acl", "advcl") or tok.head.pos_ != "NOUN" \
                or tok.head.lemma_.lower() not in self.cues.plan_nouns:
            return False
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)

    @staticmethod
    def _background_relative(tok: Token | None) -> bool:
        """'Turkey, which backs several rebel factions, …', 'Russia and China, which have lent
        Venezuela billions': a comma-set relative clause on a named actor tells what the actor
        is known for, not what happened in the story."""
        if tok is None or (tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB")):
            return False
        for _ in range(3):
            # "Saudi Arabia, which has been trying to negotiate …": the act sits under the
            # relative clause's verb
            if tok.dep_ != "xcomp":
                break
            tok = tok.head
        if tok.dep_ != "relcl" or tok.head.pos_ != "PROPN":
            return False
        rel = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in ("which", "who") or any(p.dep_ == "poss" and p.lower_ == "whose" for p in c.children))), None)
        if rel is None:
            return False
        first = rel.left_edge      # "Eritrea, whose troops have fought …"
        if first.i == 0 or tok.doc[first.i - 1].text != ",":
            return False
        tense = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        # "which attacked the base on Monday" is the story; present and perfect are background
        return tok.tag_ in ("VBZ", "VBP") or bool(tense & {"has", "have"})

    @staticmethod
    def _conjoined_acts(tok: Token, typ: str, trig) -> list[tuple[int, int]]:
        """'seized a house ... and fired rockets on the airport': an act of force with an
        object of its own does not take a party of the act conjoined after it (that act's
        own); the spans of those conjoined triggers' clauses, to leave out of its guessed
        target.  (A reaction shares its party with the next one: 'condemned the attack and
        called on North Korea to halt' is aimed at North Korea.)"""
        if typ not in ("ASSAULT", "COERCE") or not any(c.dep_ == "dobj" for c in tok.children):
            return []
        return [(x.left_edge.idx, x.right_edge.idx + len(x.right_edge.text))
                for x in tok.children if x.dep_ == "conj" and x.i in trig and x.i > tok.i
                and not trig[x.i].suppressed]      # an absorbed conjunct's party is this act's

    def _reporting_setting(self, tok: Token) -> bool:
        """'told a news conference', 'a press briefing': where something was said, not talks
        between parties."""
        mods = self.cues.setting_modifiers.get(tok.lemma_.lower())
        return bool(mods) and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in mods
                                  for c in tok.children)

    def _drop_response_frames(self, found: dict[int, Trigger]) -> None:
        """'responded by breaking relations', 'retaliated with sanctions': the act named in
        the complement is what happened; the response verb (a threat only when still to
        come) must not swallow it."""
        c = self.cues
        modal = c.intended_aux | c.hypothetical_aux
        for i, t in list(found.items()):
            tok = t.tok
            if t.is_noun or tok.lemma_.lower() not in c.future_only_lemmas:
                continue
            if tok.dep_ == "xcomp" or any(ch.dep_ == "aux" and ch.lower_ in modal for ch in tok.children):
                continue
            for ch in tok.children:
                if ch.dep_ == "prep" and ch.lower_ in ("by", "with") and any(
                        g.dep_ in ("pcomp", "pobj") and g.i in found for g in ch.children):
                    del found[i]
                    break
