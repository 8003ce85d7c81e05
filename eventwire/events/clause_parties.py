"""Step 3 of the event coder: the source and target of a trigger from the dependency parse
(passives, coordination, appositions, relative clauses, reported clauses), with the
constructions that name a party somewhere else than subject and object."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..model import Actor, Event, Span
from . import arguments as args
from .common import BLAMED_TYPES, CLAUSE_FRAMING, FINITE_TAGS, MUTUAL, NEGATED_ONLY, REACTIONS, Trigger



class ClauseParties:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    # -- step 3/4: arguments and events --------------------------------------------------
    def _arguments(self, t: Trigger, trig_ids=frozenset()) -> tuple[Token | None, str, Token | None, str]:
        tok = t.tok
        idiom = self._negated_idiom_arguments(t) if t.row.status == NEGATED_ONLY else None
        if idiom is not None:
            return idiom
        if t.doer is not None:
            # the one judged for the act did it; its other party is found as usual
            doer, t.doer = t.doer, None
            try:
                _, _, tgt, tp = self._arguments(t, trig_ids)
            finally:
                t.doer = doer
            if tgt is not None and tgt.i == doer.i:
                tgt, tp = None, ""
            return doer, "judged-party", tgt, tp
        if t.ordered_by is not None:
            src, sp = args.subject_of(t.ordered_by)
            tgt = self._ordered_party(t.ordered_by)
            return src, "order>" + sp, tgt, ("order>" + tgt.dep_) if tgt is not None else ""
        if t.args_from is not None:
            n = t.args_from
            src, sp = args.noun_source(n, None)
            skip = set(trig_ids) | ({src.i} if src is not None else set())
            tgt, tp = args.object_of(tok, self.target_preps - self.topic_preps,
                                     skip | self._things(tok) | self._predicate_objects(t, trig_ids))
            if tgt is None:
                tgt, tp = args.noun_target(n, self.noun_preps, False, skip)
                tp = "subject-noun>" + tp if tgt is not None else ""
            return src, "subject-noun>" + sp, tgt, tp
        if t.row.pos == "ADJ":
            if tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.lemma_.lower() in self.cues.verdict_verbs \
                    and not args.is_passive(tok.head):
                # "a court found Barbarin guilty": the judge blames the small clause's subject
                judged = next((c for c in tok.children if c.dep_ == "nsubj"), None) or next(
                    (c for c in tok.head.children if c.dep_ == "dobj"), None)
                judge, sp = args.subject_of(tok.head)
                if judged is not None and judge is not None:
                    return judge, f"verdict:{tok.head.lemma_}>{sp}", judged, "verdict-subject"
            # "X said Y was responsible": the speaker accuses the copula's subject
            cop = tok.head if tok.dep_ in ("acomp", "attr") else None
            rep = cop
            # "said there was no other conclusion than that the state was culpable": the
            # blame clause may hang from the reported clause (adverbial or coordinate)
            for _ in range(2):
                if rep is None or rep.dep_ not in ("advcl", "conj"):
                    break
                rep = rep.head
            if cop is None or rep.dep_ != "ccomp" or rep.head.lemma_.lower() not in self.cues.reporting_verbs:
                return None, "", None, ""
            accused, tp = args.subject_of(cop)
            if accused is not None and accused.pos_ == "NOUN":
                # "Pelosi's visit was provocative", "the strikes by Russia were unlawful":
                # an act judged blames its doer
                doer = next((c for c in accused.children if c.dep_ == "poss"), None) or next(
                    (g for c in accused.children if c.dep_ == "prep" and c.lower_ == "by"
                     for g in c.children if g.dep_ == "pobj"), None)
                if doer is not None:
                    accused, tp = doer, tp + ">act-doer:" + doer.dep_
            speaker, sp = args.subject_of(rep.head)
            return speaker, "reporter>" + sp, accused, "copula-subject:" + tp
        if t.is_noun:
            gov, _ = self._governor(tok)
            # "It is the largest expulsion": a copula lends no doer
            light = gov if gov is not None and gov.pos_ in ("VERB", "AUX") and gov.lemma_ != "be" else None
            if light is None and t.type == "CONSULT" and tok.dep_ == "pobj":
                # "agreed after talks", "met during the summit", "after three days of talks,
                # X and Y announced": the clause's subject took part
                light = self._clause_verb_over(tok)
                if light is not None and self._as_third_party(light):
                    # "took part as a facilitator during the talks": not a party to them
                    return None, "", None, ""
            if t.args_from_adj is not None:
                light = t.args_from_adj.head if t.args_from_adj.dep_ in ("acomp", "attr") else None
            src, sp = args.noun_source(tok, light)
            if src is None and light is not None:
                src, sp = self._misparsed_subject(light)
            if t.type == "PROTEST" and (src is None or sp.startswith("governor:")):
                drawn, dp = self._turnout(tok)
                if drawn is not None:
                    src, sp = drawn, dp
            if sp == "poss" and src.lower_ in args.POSSESSIVE_PRONOUNS and light is not None \
                    and light.lemma_.lower() in self.cues.own_act_verbs:
                # "Iraqi forces began their assault on Mosul": 'their' is the subject itself
                doer, dp = args.subject_of(light)
                if doer is not None and doer.lower_ not in args.PERSONAL_PRONOUNS:
                    src, sp = doer, f"governor:{light.lemma_}>{dp}>own-possessive"
            of_ok = tok.lemma_.lower() in self.cues.of_target_nouns
            skip = set(trig_ids) | ({src.i} if src is not None else set())
            # "talks in Geneva": for meetings and deals "in"/"at" name the venue, not a party
            preps = self.noun_preps - self.locative_preps if t.type in MUTUAL else self.noun_preps
            if (src is None or sp.startswith("governor:")) and t.type in self.cues.from_source_types:
                giver = self._from_party(tok, gov)
                # "praise from the people who negotiated it": an unnamed crowd is no side
                if giver is not None and self._has_country(giver) and (
                        giver.pos_ == "PROPN" or giver.lemma_.lower() not in self.cues.crowd_nouns):
                    # "drew condemnation from Arab states": the act comes from them, and
                    # the one who draws or receives it is the other party
                    receiver, rp = (src, sp.split(":", 1)[1]) if src is not None else (None, "")
                    if receiver is not None and receiver.i != giver.i and not self._has_mention(receiver):
                        # "the Saudi-led intervention received support from X": an unnamed
                        # thing receives for the one that owns or leads it
                        owner = self._leading_owner(receiver)
                        if owner is not None and owner.i != giver.i:
                            receiver, rp = owner, rp + ">owner"
                    if receiver is not None and receiver.i != giver.i and self._has_mention(receiver):
                        return giver, "noun-from", receiver, f"receiver:{gov.lemma_}>{rp.split('>', 1)[-1]}"
                    src, sp = giver, "noun-from"
                    skip.add(giver.i)
            tgt, tp = args.noun_target(tok, preps, of_ok, skip)
            if tgt is None and gov is not None and gov.pos_ in ("VERB", "AUX"):
                # "hosted the meeting at the palace": the venue is no party either
                gov_preps = self.target_preps - {"for"} - (self.locative_preps if t.type in MUTUAL else set())
                tgt, tp = args.prep_object(gov, gov_preps, {tok.i})
                tp = f"governor:{gov.lemma_}>{tp}" if tgt is not None else ""
            return src, sp, tgt, tp
        if tok.tag_ == "VBN" and tok.dep_ in ("ccomp", "xcomp", "oprd") \
                and tok.head.lemma_.lower() in self.cues.result_order_verbs \
                and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            # "ordered [nine ex-ministers jailed]" parsed as a small clause: its "subject" is
            # the one acted on, and the one who orders it does it
            undergoer = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            orderer, op = args.subject_of(tok.head)
            if undergoer is not None and orderer is not None:
                return orderer, f"result-ordered:{tok.head.lemma_}>{op}", args._relative(undergoer), "ordered-undergoer"
        src, sp = args.subject_of(tok)
        if src is None:
            src, sp = self._misparsed_subject(tok)
        if sp in ("relcl-head", "acl-head") and src.dep_ == "attr" and src.head.lemma_ in ("be", "become", "remain") \
                and not self._has_mention(src):
            # "the group is the first to comply", "Ghana became the first country to ratify
            # it": the one described so is the copula's subject
            subj = next((c for c in src.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                src, sp = args._relative(subj), f"{sp}>copula-subject"
        if src is None and tok.lemma_.lower() in self.cues.expelling_lemmas and args.is_passive(tok) \
                and args.agent_of(tok) is None:
            # "two inspectors have been expelled from North Korea": the state they were sent
            # out of sent them out
            src = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                        for p in c.children if p.dep_ == "pobj" and self._is_state(p)), None)
            sp = "expelled-from" if src is not None else sp
        if src is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "dobj" \
                and tok.head.head.lemma_.lower() in self.cues.result_order_verbs:
            # "a judge ordered nine ex-ministers jailed": the one who orders it jails them
            src, sp = args.subject_of(tok.head.head)
            sp = f"result-ordered:{tok.head.head.lemma_}>{sp}" if src is not None else ""
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in self.cues.causative_heads \
                and tok.head.tag_ != "VB":
            # "..., prompting Taiwan to sever its ties with Seoul": the one made to act acts
            # (not when the making is itself only sought: "a campaign to force him to hand
            # over power" tells of no act of his)
            causee = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i not in trig_ids), None)
            if causee is not None:
                src, sp = args._relative(causee), f"causee:{tok.head.lemma_.lower()}"
        if (src is None or (sp.startswith("conj>") and src.i in trig_ids)) and t.type in CLAUSE_FRAMING \
                and self._reported_clause_sibling(tok) is not None:
            # 'Lee said the attacks could never be tolerated and warned of retaliation',
            # parsed with "warned" inside the reported clause: neither an event noun nor a
            # passive's patient does the warning; a speech act coordinated there is the
            # speaker's second act, coordinated with the reporting verb
            src, sp = args.subject_of(self._reported_clause_sibling(tok))
            sp = "reporter-conj>" + sp if src is not None else ""
        if src is None and (t.type in self.cues.passive_forces_types or t.row is self.PEACE_FORCE_ROW or (
                t.type == "AID" and self._peace_force(next((c for c in tok.children if c.dep_ == "nsubjpass"), None)))) \
                and args.is_passive(tok) \
                and args.agent_of(tok) is None:
            # "hundreds of police had been deployed": the forces are their own side's
            forces = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
            auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if auxes and all(x in ("is", "are", "am") for x in auxes):
                forces = None     # "the conditions under which U.S. troops are stationed": a state
            forces = args._relative(forces) if forces is not None else None   # "hundreds of police"
            if forces is not None and self._has_country(forces):
                src, sp = forces, "passive-forces"
        if sp == "acl-head" and src is not None and src.lemma_.lower() in self.cues.document_nouns \
                and src.dep_ in ("dobj", "pobj"):
            # "released a statement criticising X", "passed a resolution condemning Y": the
            # issuer of the text is the one who criticises
            issuer_verb = src.head.head if src.dep_ == "pobj" else src.head
            issuer, ip = args.subject_of(issuer_verb) if issuer_verb.pos_ in ("VERB", "AUX") else (None, "")
            if issuer is not None:
                src, sp = issuer, f"document-issuer:{src.lemma_}>{ip}"
        if sp == "nsubj" and src is not None and src.lemma_.lower() in self.cues.document_nouns \
                and not self._has_mention(src):
            # "a U.S. congressional report called for sanctions", "Amnesty's report accused":
            # the text speaks for the body its own phrase names
            author = next((c for c in src.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                           and self._has_country(c)), None)
            if author is not None:
                src, sp = author, f"document-author:{src.lemma_}>{author.dep_}"
        if t.row.lemma in self.cues.threat_idioms and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in self.cues.reporting_verbs:
            # 'Erdogan said the plotters would "pay a heavy price"': a threat by the speaker
            speaker, path = args.subject_of(tok.head)
            if speaker is not None:
                return speaker, "reporter>" + path, src, "idiom-subject:" + sp
        skip = self._predicate_objects(t, trig_ids)
        if src is not None:
            skip.add(src.i)
        skip.update(j for j in trig_ids if j != tok.i)   # an event noun is no actor
        skip |= self._things(tok)
        if t.row.child and not args.is_passive(tok):
            # "fired missiles at X", "called on X": the row's own preposition names the target
            # (in the passive, "was charged with", the subject is the one acted on)
            preps = {p for p in t.row.child if p in self.target_preps}
            if "with" in preps and any(c.dep_ == "dobj" and c.i not in skip for c in tok.children):
                preps = set()       # "charged him with murder": the object is the one charged
            if "for" in preps and any(c.dep_ in ("dobj", "dative") and c.i not in skip and (
                    c.pos_ == "PROPN" or c.ent_type_ in args.NAMEISH_ENTS) for c in tok.children):
                preps.discard("for")   # "asked the United Nations for troops": asked of the UN
            if preps:
                tgt, tp = args.prep_object(tok, preps, skip)
                if tgt is not None:
                    return src, sp, tgt, tp
        # what one agrees "on" or calls "for" is the topic, not a party
        preps = self.target_preps - self.topic_preps if t.type in self.topic_types else self.target_preps
        backed, bp = self._stance_party(tok, src, skip)
        if backed is not None:
            return src, sp, backed, bp
        if t.type in ("RETREAT", "CONCEDE"):
            for c in tok.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in self.cues.dissent_nouns:
                    # "lifted its boycott of Israeli ranchers": the ended protest's own object
                    # is the other party (its possessor is the doer)
                    party, pp = args.prep_object(c, ("of", "against", "on"), skip)
                    if party is not None:
                        return src, sp, party, "dissent-object>" + pp
        # "condemned Israel's strike on Gaza", "welcomed the Saudi offer": the doer of the act
        # reacted to is the target
        for c in tok.children:
            if (c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and t.type in REACTIONS)) and c.i in trig_ids:
                if any(x.dep_ in ("dobj", "dative") and x.i < c.i and x.i not in skip for x in tok.children):
                    break     # "met Kim Jong Il ..., the highest-level American visit": a second
                              # "object" after the real one is an apposition to the clause
                doer, dp = args.noun_source(c, None)
                if doer is not None and src is not None and c.lemma_.lower() in self.cues.stance_nouns \
                        and self._same_country(doer, src):
                    continue    # "the ministry expressed Egypt's solidarity": its own state's stance
                if doer is not None and dp == "compound" and c.lemma_.lower() in self.cues.meeting_nouns:
                    # "left a White House meeting with Trump": the seat before a meeting names
                    # where it is held; the one met is the party
                    partner, pp = args.prep_object(c, {"with"}, skip | {doer.i})
                    if partner is not None and self._has_mention(partner) and (src is None or partner.i != src.i):
                        return src, sp, partner, f"dobj-event>partner>{pp}"
                if doer is not None and (src is None or doer.i != src.i):
                    return src, sp, doer, f"dobj-event>{dp}"
        if t.type in self.cues.petition_types:
            asker, ap = self._petitioner(tok, src)
            if asker is not None:
                return src, sp, asker, ap
        if t.type == "REQUEST" and not args.is_passive(tok):
            asked, ap = self._asked_party(tok, skip)
            if asked is not None:
                return src, sp, asked, ap
        if t.type in MUTUAL and not args.is_passive(tok):
            # "shared evidence with India against Headley": for a joint act the partner is
            # the one "with" it, ahead of whom it is against or about
            partner, pp = args.prep_object(tok, {"with"}, skip)
            if partner is not None:
                return src, sp, partner, "partner>" + pp
        recipient = self._recipient(tok, skip, hung=True)
        if recipient is not None:
            return src, sp, recipient, "recipient>prep:to"
        tgt, tp = args.object_of(tok, preps, skip)
        if tgt is not None and tp == "prep:with" and tgt.lemma_.lower() in self.cues.instrument_nouns:
            # "returned fire with its own artillery": the means, not the other party
            tgt, tp = None, ""
        if tgt is None and t.type not in MUTUAL | {"REQUEST", "REJECT", "THREATEN"}:
            # (not for demands or refusals: "demanded the release of X" is aimed at the captors)
            tgt, tp = self._predicate_noun_party(tok, src, skip)
        if tgt is None:
            tgt, tp = self._condition_party(tok, src, skip)
        if tgt is None and t.type == "ACCUSE":
            tgt, tp = self._document_author(tok, skip)
        if tgt is None and t.type in CLAUSE_FRAMING:
            tgt, tp = self._framed_act_party(tok, src, skip)
        if tgt is None and t.type == "AGREE" and not args.is_passive(tok):
            # "offered to send troops to Uganda": what is promised is handed to the party named
            # after 'to' (the troops are the doer's own, no party)
            for x in tok.children:
                if x.dep_ == "xcomp" and x.pos_ == "VERB":
                    recipient = self._recipient(x, skip)
                    if recipient is not None:
                        tgt, tp = recipient, f"promised:{x.lemma_}>recipient"
                        break
        if tgt is not None and tp == "dobj" and tok.dep_ in ("advcl", "conj") and tok.head.pos_ == "VERB":
            named = self._described_again(tgt, tok.head)
            if named is not None:
                tgt, tp = named, f"definite-description>governor:{tok.head.lemma_}"
        if tgt is None and tok.dep_ in ("xcomp", "advcl") and tok.head.pos_ == "VERB" \
                and not any(c.dep_ == "nsubj" for c in tok.children):
            # (a clause with a doer of its own is another act: "Iran freed X, while the United
            # States pardoned ...": X is not what the United States pardoned)
            # "called Erdogan to apologize", "flew to Tbilisi to meet Saakashvili": a purpose
            # clause's other party is the governing verb's object, when that object is not
            # the one who acts ("ordered the daily newspaper to suspend publication": a body
            # the actor stage resolved, named by a common noun)
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and (
                c.pos_ == "PROPN" or (tok.dep_ == "xcomp" and c.pos_ == "NOUN" and self._has_mention(c)))), None)
            if obj is not None and (src is None or obj.i != src.i) and obj.i not in skip:
                tgt, tp = obj, f"governor-object:{tok.head.lemma_}"
        return src, sp, tgt, tp

    def _misparsed_subject(self, verb: Token) -> tuple[Token | None, str]:
        """'USAID provided shelter to ...', 'USAID had announced a suspension': an acronym the
        parser does not know is read as an adverb or adjective of the verb, which is then left
        with no subject; an actor so attached before an active verb with no subject is it."""
        if verb.pos_ not in ("VERB", "AUX") or args.is_passive(verb) or verb.dep_ in ("amod", "compound", "acl") \
                or not (verb.tag_ in FINITE_TAGS or any(c.dep_ == "aux" for c in verb.children)) \
                or any(c.dep_ in args.SUBJ or c.dep_ == "expl" for c in verb.children):
            return None, ""     # "Iran-backed militias": a participle names no act of its own
        cand = next((c for c in verb.lefts if c.dep_ in ("advmod", "npadvmod", "amod", "dep")
                     and c.pos_ in ("PROPN", "ADJ", "ADV", "NOUN") and self._has_mention(c)
                     and c.nbor(1).text != "-"), None)
        if cand is not None:
            return cand, "misparsed-subject:" + cand.dep_
        # "On a visit to Zimbabwe, South African President Ramaphosa voiced ...": the subject,
        # set off by a comma right after a fronted phrase, is read as a second object of that
        # phrase, joined by no 'and'; a named actor ending just before the verb is its subject
        doc = verb.doc
        for left in verb.lefts:
            if left.dep_ not in ("prep", "advcl", "npadvmod"):
                continue
            for x in left.subtree:
                if x.dep_ == "conj" and x.pos_ == "PROPN" and x.right_edge.i + 1 == verb.i \
                        and x.left_edge.i > 0 and doc[x.left_edge.i - 1].text == "," \
                        and not any(c.dep_ in ("cc", "preconj") for c in x.head.children) \
                        and self._has_mention(x):
                    return x, "misparsed-subject:fronted-conj"
        return None, ""

    def _described_again(self, obj: Token, head: Token) -> Token | None:
        """'Nigeria suspended Twitter, accusing the platform of ...': a definite common noun
        with no actor of its own, in a clause hung on another, names again the party the
        governing clause names as its object (or as the one its object gives access to)."""
        if obj.pos_ != "NOUN" or self._has_mention(obj) or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in obj.children):
            return None
        for c in head.children:
            if c.dep_ != "dobj":
                continue
            if c.lemma_.lower() in self.non_actors:
                c = next((p for x in c.children if x.dep_ == "prep" and x.lower_ == "to"
                          for p in x.children if p.dep_ == "pobj"), None)
            if c is not None and c.pos_ == "PROPN":
                return c
        return None

    def _predicate_noun_party(self, verb: Token, src: Token | None, skip: set[int]) -> tuple[Token | None, str]:
        """'opened an investigation of Flynn', 'lifted a travel ban on Mesale Tolu': the noun
        that is part of the predicate names the party in its own phrase (as an event noun
        does: 'of' only for nouns whose 'of' is the one acted on); only a named party or
        people count, not a topic ('a deal on trade')."""
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i in skip and c.pos_ == "NOUN"]
        # "revoked the decision on the detention of Patino": a decision's act is what it acts on
        objs += [p for c in objs if c.lemma_.lower() in self.cues.issued_things
                 for x in c.children if x.dep_ == "prep" and x.lower_ in ("on", "about", "for")
                 for p in x.children if p.dep_ == "pobj" and p.lemma_.lower() in self.cues.of_target_nouns]
        for c in objs:
            of_ok = c.lemma_.lower() in self.cues.of_target_nouns
            preps = self.noun_preps - self.locative_preps - {"over", "for"} - (set() if of_ok else {"of"})
            # (not "a deal between A and B": the parties of a welcomed act are no targets here)
            p, path = args.prep_object(c, preps, skip | ({src.i} if src is not None else set()))
            if p is not None and self._named_or_people(p):
                return p, f"dobj-noun:{c.lemma_.lower()}>{path}"
        return None, ""

    def _named_or_people(self, p: Token) -> bool:
        """A name, a resolved actor, or people: a party rather than a thing or a topic."""
        return p.ent_type_ not in args.NOT_ACTOR_ENTS and (
            p.pos_ == "PROPN" or p.ent_type_ in args.NAMEISH_ENTS or self._has_mention(p)
            or p.lemma_.lower() in self.people_nouns)

    def _stance_party(self, verb: Token, src: Token | None, skip: set[int]) -> tuple[Token | None, str]:
        """'reiterated Turkey's support for the GNA', 'expressed solidarity with and support
        for Saudi Arabia': the party a stated stance is for, with or toward (the stance's
        possessor is the speaker's own side, not the other party)."""
        for c in verb.children:
            if c.dep_ != "dobj" or c.lemma_.lower() not in self.cues.stance_nouns:
                continue
            for n in [c] + [x for x in c.children if x.dep_ == "conj"]:
                for pr in n.children:
                    if pr.dep_ == "prep" and pr.lower_ in ("for", "with", "to", "toward", "towards"):
                        for g in pr.children:
                            if g.dep_ == "pcomp" and g.pos_ == "VERB":
                                # "commitment to supporting Lebanon's sovereignty": the one the
                                # supported thing belongs to, or the one supported
                                obj = next((x for x in g.children if x.dep_ == "dobj"), None)
                                party = next((x for x in obj.children if x.dep_ == "poss"
                                              and x.pos_ == "PROPN"), obj) if obj is not None else None
                                if party is not None and party.i not in skip and (
                                        party.pos_ == "PROPN" or self._has_mention(party)) \
                                        and (src is None or party.i != src.i):
                                    return args._relative(party), f"stance:{n.lemma_.lower()}>{g.lemma_}"
                        for p in pr.children:
                            if p.dep_ == "pobj" and p.i not in skip and (src is None or p.i != src.i) \
                                    and p.ent_type_ not in args.NOT_ACTOR_ENTS and p.pos_ != "PRON" \
                                    and (p.pos_ == "PROPN" or p.ent_type_ in args.NAMEISH_ENTS
                                         or self._has_mention(p)):
                                return args._relative(p), f"stance:{n.lemma_.lower()}>prep:{pr.lower_}"
        return None, ""

    def _recipient(self, verb: Token, skip: set[int], hung: bool = False) -> Token | None:
        """'sent tanks to Ukraine', 'extradited Bout to the United States': with something
        handed over, the named one it goes to is the other party.  ``hung``: also a 'to'
        phrase the parser hung inside the object (for the trigger's own verb only)."""
        if verb.lemma_.lower() not in self.cues.recipient_verbs:
            return None
        if args.is_passive(verb):
            # "the bookmark was returned by US officials to the Spanish authorities": with a
            # thing (no party) handed over as the passive subject, the 'to' party receives it
            thing = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if thing is None or self._has_mention(thing) or thing.pos_ not in ("NOUN", "PROPN"):
                return None
        elif not any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None
        tos = [c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
        if not tos and hung:
            # "returned a painting stolen from a gallery to the Art Loss Register", "returned a
            # portrait by a Belgian artist to its owner": a 'to' phrase after a long object is
            # hung on the object's last word or on the clause describing the object; it still
            # says where the thing goes (not "an envoy to Moscow": a party's own 'to')
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                tos = [c for c in obj.subtree if c.dep_ == "prep" and c.lower_ == "to" and c.head is not obj
                       and c.i > obj.i and not self._has_mention(c.head)
                       and c.head.lemma_.lower() not in self.people_nouns
                       and not any(w.is_punct for w in verb.doc[obj.i:c.i])][:1]
        for c in tos:
            for p in c.children:
                if p.dep_ == "pobj" and p.i not in skip and (
                        p.pos_ == "PROPN" or p.ent_type_ in args.NAMEISH_ENTS or self._has_mention(p)
                        or p.lemma_.lower() in self.people_nouns):
                    # ("handed X over to the war crimes tribunal": a body named by a phrase)
                    return args._relative(p)
        return None

    def _petitioner(self, verb: Token, src: Token | None) -> tuple[Token | None, str]:
        """'refused a request from the prime minister', 'conceded to demands from the
        residents', 'approved Egypt's proposal': the one who asked is the other party of the
        act that answers the request (its object, or the object of its 'to')."""
        # "refused to accept a request from Russia": the answer may sit in the verb's infinitive
        verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
        nouns = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "to"
                  for p in c.children if p.dep_ == "pobj"]
        for n in nouns:
            if n.lemma_.lower() not in self.cues.petition_nouns:
                continue
            for c in self._petition_makers(n):
                if c.dep_ == "poss" and c.lower_ not in args.POSSESSIVE_PRONOUNS:
                    party, path = c, "poss"
                elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in args.NAMEISH_ENTS:
                    # "rejected a U.S. State Department call": the named body that made it
                    party, path = c, "compound"
                elif c.dep_ == "prep" and c.lower_ in ("from", "by"):
                    party = next((p for p in c.children if p.dep_ == "pobj"), None)
                    path = "prep:" + c.lower_
                elif c.dep_ == "prep" and c.lower_ == "of" and n.i > verb.i:
                    # "rejected the final appeal of two journalists": the appellants, when
                    # the 'of' names people or a party (not "the demand of withdrawal")
                    party = next((p for p in c.children if p.dep_ == "pobj" and (
                        p.pos_ == "PROPN" or p.ent_type_ in args.NAMEISH_ENTS
                        or p.lemma_.lower() in self.people_nouns or self._has_mention(p))), None)
                    path = "prep:of"
                else:
                    continue
                if party is not None and party.ent_type_ not in args.NOT_ACTOR_ENTS and \
                        (src is None or party.i != src.i):
                    return args._relative(party), f"petition:{n.lemma_.lower()}>{path}"
        return None, ""

    @staticmethod
    def _petition_makers(n: Token) -> list[Token]:
        """The words of a request noun's phrase that may name who made it: its own
        modifiers, and a 'by' the parser hangs on the noun of its for/of phrase ("offers
        for peace talks by the Kabul government": the government offered)."""
        out = list(n.children)
        for c in n.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out += [x for x in p.children if x.dep_ == "prep" and x.lower_ == "by"]
        return out

    @staticmethod
    def _asked_party(verb: Token, skip: set[int]) -> tuple[Token | None, str]:
        """'demanded that Yediyurappa step down': the one asked to act is the subject of the
        demanded clause; 'demanded an apology from the Prime Minister': the one it is asked of
        follows 'from'.  Not 'asked whether X would': a question names no one asked."""
        for c in verb.children:
            # ("pushed for the government to propose a truce": a 'for' clause names it too)
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if c.i > verb.i and ((c.dep_ == "ccomp" and marks <= {"that", "for"})
                                 or (c.dep_ == "advcl" and marks == {"for"})):
                subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
                if subj is not None and subj.i not in skip and subj.lower_ not in ("it", "there") \
                        and subj.ent_type_ not in args.NOT_ACTOR_ENTS:
                    return args._relative(subj), "demanded-clause:nsubj"
        for c in verb.children:
            if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.ent_type_ not in args.NAMEISH_ENTS:
                for h in (c, verb):
                    for pr in h.children:
                        if pr.dep_ == "prep" and pr.lower_ == "from":
                            p = next((x for x in pr.children if x.dep_ == "pobj"), None)
                            if p is None or p.i in skip or p.ent_type_ in args.NOT_ACTOR_ENTS:
                                continue
                            if c.i in skip and (p.ent_type_ in ("GPE", "LOC", "FAC") or any(
                                    x.dep_ == "prep" and x.lower_ == "of" for x in c.children)):
                                # "demanded the withdrawal of troops from Syria": the event
                                # noun's own party is its "of" object, and "from" a place
                                continue
                            return args._relative(p), f"asked-of:{c.lemma_.lower()}>prep:from"
        return None, ""

    def _framed_act_party(self, verb: Token, src: Token | None, skip: set[int]) -> tuple[Token | None, str]:
        """'threatened to shell positions of Hezbollah', 'refused to send peacekeepers to
        Angola': a threat, refusal or demand with no party of its own is aimed at the named
        party of the act it frames (its recipient, or the named owner of the thing acted on)."""
        for x in verb.children:
            if x.dep_ != "xcomp" or x.pos_ != "VERB":
                continue
            permitted = self._permitted_party(x, src, skip)
            if permitted is not None:
                return permitted, f"framed:{x.lemma_}>permitted"
            recipient = self._recipient(x, skip)
            if recipient is not None:
                return recipient, f"framed:{x.lemma_}>recipient"
            obj, op = args.object_of(x, self.target_preps, skip | self._things(x))
            if obj is None or (src is not None and obj.i == src.i):
                continue
            if op.startswith("prep:") and op[5:] in self.topic_preps:
                continue     # "refused to back a statement on Hong Kong": a topic, not a party
            if obj.pos_ == "NOUN" and obj.ent_type_ not in args.NAMEISH_ENTS \
                    and obj.lemma_.lower() not in self.people_nouns and not self._has_mention(obj):
                # "positions of the Hezbollah group", "borders with Iraqi Kurdistan": the named
                # party the thing belongs to or faces; a bare thing ("pull US funding") is no
                # party, and the clause's other actors are left to the fallback
                owner = next((c for c in obj.children if c.dep_ == "poss" and (
                    c.pos_ == "PROPN" or c.ent_type_ in args.NAMEISH_ENTS)), None)
                if owner is not None and owner.i not in skip:
                    return owner, f"framed:{x.lemma_}>{op}>poss"      # "protest Tokyo's purchase"
                for c in obj.children:
                    # not a topic: "a statement on Hong Kong" is about it, not to it
                    if c.dep_ == "prep" and c.lower_ in ("with", "against", "of", "to", "toward", "towards"):
                        for p in c.children:
                            if p.dep_ == "pobj" and p.i not in skip and (
                                    p.pos_ == "PROPN" or p.ent_type_ in args.NAMEISH_ENTS or self._has_mention(p)):
                                return p, f"framed:{x.lemma_}>{op}>prep:{c.lower_}"
                continue
            return obj, f"framed:{x.lemma_}>{op}"
        return None, ""

    def _permitted_party(self, verb: Token, src: Token | None, skip: set[int]) -> Token | None:
        """'refused to allow the plane to enter', 'would not let the inspectors in': the one
        who would be let act (the object of allow/let/permit, or the subject of the clause it
        lets happen) is who sought the permission; a pronoun is left to the fallback."""
        if verb.lemma_.lower() not in self.cues.permission_verbs:
            return None
        cands = [c for c in verb.children if c.dep_ == "dobj"]
        cands += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                  for s in c.children if s.dep_ == "nsubj"]
        for c in cands:
            c = args._relative(c)
            if c.i in skip or (src is not None and c.i == src.i) or c.ent_type_ in args.NOT_ACTOR_ENTS \
                    or c.lower_ in args.PERSONAL_PRONOUNS or c.pos_ == "PRON":
                continue
            return c
        return None

    @staticmethod
    def _condition_party(verb: Token, src: Token | None, skip: set[int]) -> tuple[Token | None, str]:
        """'will not withdraw until its demands are met by the army', 'will not pull out
        unless Hamas frees the hostages': the party whose act is the condition is the one the
        act (or its refusal) is aimed at."""
        for c in verb.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "unless", "till")
                                         for m in c.children):
                # "until their demands are met by the authorities": the passive's agent
                subj, path = args.subject_of(c)
                if path in ("nsubj", "agent") and subj.i not in skip and (src is None or subj.i != src.i) \
                        and subj.lower_ not in args.PERSONAL_PRONOUNS | {"it", "there"} \
                        and subj.ent_type_ not in args.NOT_ACTOR_ENTS:
                    return subj, "condition:" + path
        return None, ""

    @staticmethod
    def _names_own_party(verb: Token) -> bool:
        """'urged Israel to allow aid and called on Hamas to free the hostages', 'shelled
        Kharkiv and bombed Odesa': a coordinated verb that names a party of its own (a proper
        name as object or after its preposition) is a second act, not the first one going on."""
        for c in verb.children:
            if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in args.NAMEISH_ENTS):
                return True
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "to"):
                if any(p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.ent_type_ in args.NAMEISH_ENTS)
                       for p in c.children):
                    return True
        return False

    @staticmethod
    def _listed_antecedent(pron: Token, finder) -> list[Token]:
        """The coordinated subject ('Spain, Ireland and Norway said they would ...') of the
        clause a plural pronoun's own clause is reported or embedded under."""
        v = pron.head
        for _ in range(3):
            if v.dep_ not in ("ccomp", "xcomp", "advcl", "conj") or v.head.i == v.i:
                return []
            v = v.head
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            items = args.conjuncts(subj, names_only=True, is_actor=finder.has_mention)
            actors = [finder(x) for x in items]
            countries = [a.country if a is not None else None for a in actors]
            # parties of different countries each act ("Spain, Ireland and Norway"); bodies of
            # one side ("Hamas and Islamic Jihad") add no new side, so the first stands for them
            if len(items) >= 2 and all(countries) and len(set(countries)) == len(countries):
                return items
            return []
        return []

    def _leading_owner(self, n: Token) -> Token | None:
        """'Egypt's campaign', 'the Saudi-led coalition', 'the Saudi-spearheaded intervention':
        the named party that owns or leads an unnamed thing (not its backer: 'Iranian-backed')."""
        for c in n.children:
            if c.dep_ in ("poss", "compound", "nmod") and self._has_mention(c):
                return c
            if c.dep_ == "amod" and c.lemma_.lower() in self.cues.leader_participles:
                lead = next((x for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")
                             and self._has_mention(x)), None)
                if lead is not None:
                    return lead
        return None

    @staticmethod
    def _from_party(n: Token, gov: Token | None) -> Token | None:
        """'condemnation from the United States', 'drew criticism from X' (the parser may hang
        the 'from' on the verb): the party an act named by a noun comes from."""
        # ("received logistics and financial support from X": a second object shares the verb's 'from')
        obj = n.head if n.dep_ == "conj" else n
        heads = [n] + ([gov] if gov is not None and obj.dep_ == "dobj" and gov.pos_ in ("VERB", "AUX") else [])
        for h in heads:
            for c in h.children:
                if c.dep_ == "prep" and c.lower_ == "from":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ not in args.NOT_ACTOR_ENTS \
                                and p.pos_ in ("PROPN", "NOUN", "PRON"):
                            return args._relative(p)
        return None

    def _both_sides(self, tok: Token, finder) -> bool:
        """'the two sides', 'both countries', 'the two governments' with no country of their own."""
        if tok.lemma_.lower() not in self.cues.both_sides_nouns:
            return False
        if not any((c.dep_ == "nummod" and c.lower_ == "two") or (c.dep_ in ("det", "predet") and c.lower_ == "both")
                   for c in tok.children):
            return False
        a = finder(tok)
        # a country the actor stage only borrowed from the sentence ("Ukrainian Defense Minister
        # Umerov said the two sides had agreed") does not make them one side
        return a is None or not a.country or (a.explain.get("country") or {}).get("rule") == "sentence_state"

    def _warring(self, tok: Token) -> bool:
        """'the two warring countries', 'both belligerents': the pair that fights."""
        # the word itself, not its lemma: spaCy lemmatises "warring" to "war"
        return tok.lower_ in self.cues.warring_words or any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.cues.warring_words for c in tok.children)

    SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")

    def _contest(self, tok: Token, sent) -> bool:
        """'Argentina beat France on penalties to win the World Cup': a verb of defeat in a
        sentence about a game or an election (its prize, match or score) is no attack."""
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in self.cues.contest_nouns:
            # "his extra-time strike gave Portugal the win": a game's own strike or attack
            cues = self.cues.contest_noun_cues
        elif lemma in self.cues.contest_verbs:
            cues = self.cues.contest_cues
        else:
            return False
        return any(w.lemma_.lower() in cues or self.SCORE.match(w.text) for w in sent)

    def _natural_force(self, doc: Doc, source: Actor) -> bool:
        """'Floods swept through the region', 'Typhoon Haiyan slammed into the coast': a
        storm, flood, quake or epidemic is no actor, so its 'act' is no political event."""
        if source.country:
            return False
        words = [w.lower() for w in re.findall(r"[A-Za-z-]+", source.text or "")]
        if source.start is not None:
            span = doc.char_span(source.start, source.end, alignment_mode="expand")
            if span is not None:
                words += [c.lower_ for c in span.root.children if c.dep_ in ("compound", "amod")]
        return any(w in self.cues.natural_forces for w in words)

    @staticmethod
    def _drop_unplaced_conjuncts(toks: list, finder) -> list:
        """'NATO warplanes and cruise missiles struck', 'killed Muslim men and boys': a later
        item of a list that is a common noun resolving to no country adds no party of its
        own; it is the same side as the first, or a thing, so it makes no second event.  A
        name ("freed Kovrig and Spavor") stays a party even when its country is unknown.
        (Dropping also an item of an earlier item's country, "Rwandan troops and police",
        lost on the held-out CC0 part: a list of a country's bodies is often coded twice.)"""
        if len(toks) < 2:
            return toks
        kept = toks[:1]
        for tok in toks[1:]:
            if isinstance(tok, Actor) or tok.pos_ == "PROPN" or tok.ent_type_ in args.NAMEISH_ENTS:
                kept.append(tok)
                continue
            a = finder(tok)
            # civilians whose country the article's context lent them ("men and boys" in a
            # story about Chile) are no party of their own either
            lent = a is not None and a.sector == "CVL" and str(
                (a.explain.get("country") or {}).get("rule", "")).startswith("context")
            if a is not None and a.country and not lent:
                kept.append(tok)
        return kept

    @staticmethod
    def _nationality_parties(tok: Token, finder) -> list[Token]:
        for first in tok.children:
            if first.dep_ in ("amod", "nmod", "compound", "poss") and any(c.dep_ == "conj" for c in first.children):
                group = [first] + [c for c in first.children if c.dep_ == "conj"]
                actors = [finder.index.covering(d.idx, d.idx + len(d.text)) if finder.index else None for d in group]
                # "Pakistan and Afghanistan's intelligence services": a genitive closing a list
                # of names makes each name an owner of the bodies
                genitive = any(x.dep_ == "case" and x.lower_ in ("'s", "'") for x in group[-1].children) \
                    and all(d.pos_ == "PROPN" for d in group)
                # "U.S. and British warplanes": a country name keeps its own state mention
                if all(a is not None and a.country for a in actors) and (genitive or any(
                        a.explain.get("rule") == "coordinated_nationality" for a in actors)):
                    return group
        # "UK and EU negotiators", parsed with the 'and' left hanging on the first name and the
        # second name a plain modifier of the head: two named parties all the same
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "nmod", "compound") and c.pos_ in ("PROPN", "ADJ")]
        for first, second in zip(mods, mods[1:]):
            if any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in first.children) \
                    and not any(c.dep_ == "conj" for c in first.children) and finder.index is not None:
                a, b = (finder.index.covering(d.idx, d.idx + len(d.text)) for d in (first, second))
                if a is not None and b is not None and a is not b and a.country and b.country:
                    return [first, second]
        return []

    def _as_third_party(self, verb: Token) -> bool:
        """'took part as a facilitator', 'attended as an observer'."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                if any(p.dep_ == "pobj" and p.lemma_.lower() in self.cues.third_party_nouns for p in c.children):
                    return True
        return False

    def _aid_purpose(self, t: Trigger) -> bool:
        """'deployed troops to help the government fight insurgents': a deployment whose
        purpose clause is helping or protecting another party."""
        if self._peacekeeping_role(t.tok):
            return True
        if t.is_noun:
            return False
        return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.cues.aid_purpose_verbs
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                   for c in t.tok.children)

    def _attack_by_naming(self, t: Trigger) -> bool:
        """'launched an attack on X, calling them "nutters"', 'attacked the minister, branding
        him a liar': an attack word whose clause goes on with a participle of naming or
        accusing (event_cues.json: naming_verbs, verbal_attack_participles) is a verbal one."""
        words = self.cues.verbal_attack_words
        verb = self._governor(t.tok)[0] if t.is_noun else t.tok
        if verb is None or not (t.tok.lemma_.lower() in words or any(
                c.dep_ == "dobj" and c.lemma_.lower() in words for c in verb.children)):
            return False
        namers = self.cues.naming_verbs | self.cues.verbal_attack_participles
        return any(c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in namers
                   for c in verb.children)

    def _peacekeeping_role(self, tok: Token) -> bool:
        """'deployed as peacekeeping forces', 'the deployment of troops on a peacekeeping
        mission', 'sent troops to serve as a peacekeeping force': the forces go in a
        peacekeeping role (its noun or a modifier of it, in an as/on phrase of the deployment
        or of its purpose clause)."""
        def role_phrases(v: Token):
            for c in v.children:
                if c.dep_ == "prep" and c.lower_ in ("as", "on"):
                    yield from (p for p in c.children if p.dep_ == "pobj")

        heads = list(role_phrases(tok))
        if tok.dep_ == "dobj" and tok.pos_ in ("NOUN", "PROPN"):
            heads.extend(role_phrases(tok.head))    # "announced the deployment of troops ... on a mission"
        for c in tok.children:
            if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                heads.extend(role_phrases(c))
        return any(self._peace_force(h) for h in heads)

    def _named_giver(self, n: Token, typ: str) -> bool:
        """Whether an event noun of a type that names its doer with "from"/"by" ("calls from
        the African Union", "a request by the Red Cross") names a resolved actor so."""
        if typ not in self.cues.from_source_types:
            return False
        return any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") and any(
            p.dep_ == "pobj" and self._has_country(p) for p in c.children) for c in n.children)

    def _possessive_giver(self, n: Token, typ: str) -> bool:
        """'accepted Turkey's invitation', 'rejected Moscow's demands': an offer or demand
        whose possessor is a resolved actor was made by it."""
        return typ in self.cues.from_source_types and any(
            c.dep_ == "poss" and c.lower_ not in args.POSSESSIVE_PRONOUNS and self._has_country(c)
            for c in n.children)

    def _between_parties(self, n: Token) -> bool:
        """'welcomed the prisoner exchange between Russia and the United States': an act that
        names both its parties with 'between' is their own, whoever reacts to it."""
        return any(c.dep_ == "prep" and c.lower_ == "between" and any(
            p.dep_ == "pobj" and self._has_country(p) for p in c.children) for c in n.children)

    @staticmethod
    def _own_doer(n: Token) -> bool:
        """Whether an event noun names its doer itself (possessive, 'by X', a national
        modifier)."""
        for c in n.children:
            if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") or (
                    c.dep_ == "poss" and any(g.dep_ == "poss" for g in [c] + list(c.children))):
                return True
            if c.dep_ == "prep" and c.lower_ == "by":
                return True
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG"):
                return True
        return False

    def _other_sides(self, speaker, doer) -> bool:
        """Whether a speaker reporting the doer's act stands on the other side: another
        country, or in one country a challenger reporting the state's act or a government
        reporting the opposition's (``civil_blame_sectors``)."""
        if not speaker.country or not doer.country:
            return False
        if speaker.country != doer.country:
            return True
        return doer.sector in self.cues.civil_blame_sectors.get(speaker.sector, ())

    def _reported_blame(self, t: Trigger, typ: str, doer, finder, evidence: Span) -> Event | None:
        """'Zhao said Indian troops had attacked Chinese personnel': one side reporting the
        other's violence or repression accuses it (the act itself stays a separate event)."""
        if typ not in BLAMED_TYPES or doer is None or not doer.country:
            return None
        tok = t.tok
        if t.is_noun:
            gov, _ = self._governor(tok)
            tok = gov if gov is not None and gov.pos_ in ("VERB", "AUX") else tok
        rep = None
        for _ in range(3):
            if tok.dep_ == "conj":
                tok = tok.head
                continue
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.cues.blame_reporting_verbs:
                rep = tok.head
            break
        if rep is None:
            return None
        spk_tok, path = args.subject_of(rep)
        speaker = finder(spk_tok)
        if speaker is None or not self._other_sides(speaker, doer):
            return None
        if speaker.country == doer.country and spk_tok is not None and any(
                c.dep_ == "poss" and c.ent_type_ == "" for c in spk_tok.children):
            # "the movement's information minister said": a speaker named through an
            # unnamed group ('its', 'the group's') is likely the doer's own side
            return None
        return Event(
            type="ACCUSE", status="asserted", evidence=evidence,
            trigger=Span(rep.text, rep.idx, rep.idx + len(rep.text)), mode=None,
            source=speaker, target=doer, others=[], contexts=[], trigger_i=rep.i,
            explain={"trigger": rep.lemma_, "pattern": f"reported {typ} by another side -> ACCUSE",
                     "path": {"source": "reporter>" + path, "target": "reported-doer"},
                     "status": "the report is the accusation", "embedding": None})

    def _reported_obligation(self, tok: Token) -> tuple[Token, str] | None:
        """The speaker of a reported 'X must/should do Y' (the verb under a reporting verb,
        or a root with the reporting clause attached as parataxis)."""
        if not any(c.dep_ == "aux" and c.lower_ in self.cues.obligation_aux for c in tok.children):
            return None
        rep = self.cues.reporting_verbs
        heads = []
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in rep:
            heads.append(tok.head)
        heads += [c for c in tok.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in rep]
        for h in heads:
            speaker, path = args.subject_of(h)
            if speaker is not None:
                return speaker, path
        return None

    @staticmethod
    def _clause_verb_over(tok: Token) -> Token | None:
        """The verb a noun hangs from through prepositional phrases ('after [days of [talks]]')."""
        x = tok
        for _ in range(3):
            if x.dep_ == "pobj" and x.head.dep_ == "prep":
                h = x.head.head
            else:
                return None
            if h.pos_ in ("VERB", "AUX"):
                return h if h.lemma_ != "be" else None
            x = h
        return None

    def _from_dividing_line(self, tok: Token) -> bool:
        """'withdrew from the line of contact', 'pull weapons back from the front line': a
        'from' phrase (on the verb or on its 'back'/'away') naming a line between sides."""
        heads = [tok] + [x for x in tok.children if x.dep_ in ("advmod", "prt") and x.lower_ in ("back", "away")]
        return any(x.dep_ == "prep" and x.lower_ == "from" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in self.cues.dividing_lines for p in x.children)
            for h in heads for x in h.children)

    def _in_joint_text(self, tok: Token) -> bool:
        """Whether the act is told as said 'in a joint statement' (declaration, communique ...)
        on its own verb or on the verb it is conjoined to."""
        for v in [tok, *[a for a in tok.ancestors if a.i != tok.i]][:3]:
            for x in v.children:
                if x.dep_ == "prep" and x.lower_ in ("in", "through") and any(
                        p.dep_ == "pobj" and p.lemma_.lower() in self.cues.document_nouns
                        and any(m.dep_ == "amod" and m.lower_ == "joint" for m in p.children)
                        for p in x.children):
                    return True
            if v.dep_ != "conj":
                break
        return False
