"""Rules over a whole article's events after the sentence pass: involvement denied, harm
reported, accusers answered, repeated meetings dropped, casualty counts attached."""
from __future__ import annotations

from spacy.tokens import Doc

from ..model import Event, Extraction, Span
from . import arguments as args
from .common import PRESSURE_TYPES, insert_in_order, sentence_evidence
from .details import casualties
from .status import negated



class ArticleRules:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    def _denied_involvement(self, doc: Doc, ex: Extraction, finder) -> None:
        """'Pyongyang denies involvement', 'Gulen denied any involvement': a denial of a part
        in an act the clause does not name is the denied act itself, the article's latest
        attack told before it on another side, with the denier as its doer (status denied)."""
        c = self.cues
        text = doc.text
        for tok in doc:
            if tok.lemma_.lower() not in c.denial_verbs or tok.pos_ not in ("VERB", "AUX"):
                continue
            part = next((x for x in tok.children if x.dep_ == "dobj"
                         and x.lemma_.lower() in c.involvement_nouns), None)
            if part is None:
                continue
            subj, _ = args.subject_of(tok)
            inside = {x.i for x in subj.subtree} if subj is not None else set()
            if any(x.lemma_.lower() in self.act_nouns for x in tok.subtree if x.i not in inside and x.i != part.i):
                continue      # "denied any role in the bombing": the bombing is coded itself
            denier = finder(subj) if subj is not None else None
            if denier is None or not denier.country:
                continue
            sent = tok.sent
            attack = next((e for e in reversed(ex.events) if e.type in ("ASSAULT", "COERCE")
                           and e.evidence.end <= sent.start_char and e.target is not None
                           and e.target.country and e.target.country != denier.country
                           and e.status in ("asserted", "claimed")), None)
            if attack is None:
                continue
            ev = Event(type=attack.type, status="denied", evidence=sentence_evidence(text, sent),
                       trigger=Span(part.text, part.idx, part.idx + len(part.text)), mode=attack.mode,
                       source=denier, target=attack.target, others=[], contexts=attack.contexts,
                       trigger_i=part.i,
                       explain={"trigger": part.lemma_, "pattern": f"{tok.lemma_} {part.lemma_} -> denied {attack.type}",
                                "path": {"source": "nsubj", "target": "denied-act-target"},
                                "status": "denial of a part in the act", "embedding": None,
                                "denied_act": attack.trigger.text if attack.trigger else None})
            insert_in_order(ex.events, ev)

    def _critics_claims(self, doc: Doc, ex: Extraction, finder) -> None:
        """"Kremlin critics say Putin has given him free rein": what those named as a party's
        critics say that party did is their accusation of it (PLOVER ACCUSE), whatever the act."""
        c = self.cues
        for tok in doc:
            if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in c.reporting_verbs or negated(tok, c):
                continue
            said_by = next((x for x in tok.head.children if x.dep_ == "nsubj"), None)
            subj = next((x for x in tok.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if said_by is None or subj is None or said_by.lemma_.lower() not in c.critic_nouns:
                continue
            speaker, accused = finder(said_by), finder(subj)
            if speaker is None or speaker.start is None or not speaker.start <= said_by.idx < speaker.end:
                # "critics of the government": the critics, not the party they criticise
                speaker = args.fallback_actor(said_by)
            if speaker is None or accused is None or accused.name == speaker.name \
                    or not (accused.country or self._has_mention(subj)):
                continue
            evidence = sentence_evidence(doc.text, tok.sent)
            if any(e.type == "ACCUSE" and evidence.start <= e.evidence.start < evidence.end
                   and e.source is not None and e.source.name == speaker.name for e in ex.events):
                continue
            rep = tok.head
            insert_in_order(ex.events, Event(
                type="ACCUSE", status="asserted", evidence=evidence,
                trigger=Span(rep.text, rep.idx, rep.idx + len(rep.text)), mode="allege",
                source=speaker, target=accused, others=[], contexts=[], trigger_i=rep.i,
                explain={"trigger": rep.lemma_, "pattern": f"critics {rep.lemma_} X did Y -> ACCUSE",
                         "path": {"source": "reporter>nsubj", "target": "reported-subject"},
                         "status": "the critics' report is the accusation", "embedding": None}))

    def _reported_harm(self, doc: Doc, ex: Extraction, finder) -> None:
        """'China's Foreign Ministry said Pelosi's visit had seriously undermined peace': a
        speaker who says a party (or a party's act) harmed something accuses that party."""
        c = self.cues
        text = doc.text
        for tok in doc:
            if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in c.reporting_verbs or negated(tok, c):
                continue
            subj = next((x for x in tok.children if x.dep_ == "nsubj"), None)
            said_by = next((x for x in tok.head.children if x.dep_ == "nsubj"), None)
            if subj is None or said_by is None:
                continue
            if tok.lemma_.lower() in c.harm_verbs:
                owner = next((x for x in subj.children if x.dep_ == "poss"), None) \
                    if subj.lemma_.lower() in self.act_nouns else subj
            elif subj.lemma_.lower() in self.act_nouns:
                # "said the clash resulted from an attempt by the Chinese side": the act told
                # of is put on the one named as its agent
                inside = {x.i for x in subj.subtree}
                owner = next((p for x in tok.subtree if x.i not in inside and x.dep_ == "agent" or (
                    x.dep_ == "prep" and x.lower_ == "by" and x.head.pos_ == "NOUN" and x.i not in inside)
                    for p in x.children if p.dep_ == "pobj"), None)
            else:
                continue
            accused, speaker = finder(owner) if owner is not None else None, finder(said_by)
            if accused is None or speaker is None or not accused.country or not speaker.country \
                    or accused.name == speaker.name or accused.country == speaker.country:
                continue
            evidence = sentence_evidence(text, tok.sent)
            if any(e.type == "ACCUSE" and evidence.start <= e.evidence.start < evidence.end and e.source is not None
                   and e.source.name == speaker.name for e in ex.events):
                continue
            ev = Event(type="ACCUSE", status="asserted", evidence=evidence,
                       trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)), mode="disapprove",
                       source=speaker, target=accused, others=[], contexts=[], trigger_i=tok.i,
                       explain={"trigger": tok.lemma_, "pattern": f"said X {tok.lemma_} Y -> ACCUSE",
                                "path": {"source": "reporter>nsubj",
                                         "target": ("harm-subject" + (">poss" if owner.i != subj.i else ""))
                                         if tok.lemma_.lower() in c.harm_verbs else "agent-of-told-act"},
                                "status": "reported harm", "embedding": None})
            insert_in_order(ex.events, ev)

    def _answer_accusers(self, doc: Doc, ex: Extraction) -> None:
        """'Moscow rejected the accusations', 'the ministry denied the accusation': the other
        party is the latest accuser of the rejecting side in the article, when the clause
        names none."""
        accusers: list[Event] = []
        pressers: list[Event] = []    # no accusation coded: the side acting against it instead
        for e in ex.events:
            if e.type == "ACCUSE" and e.source is not None and e.target is not None and e.target.country:
                accusers.append(e)
                continue
            if e.type in PRESSURE_TYPES and e.source is not None and e.target is not None \
                    and e.target.country and e.status == "asserted":
                pressers.append(e)
            if e.type != "REJECT" or e.source is None or not e.source.country or e.trigger_i is None:
                continue
            if e.target is not None and not str((e.explain.get("path") or {}).get("target") or "").startswith("fallback"):
                continue
            tok = doc[e.trigger_i]
            if not any(c.dep_ == "dobj" and c.lemma_.lower() in self.cues.accusation_nouns for c in tok.children):
                continue
            accuser = next((a for a in reversed(accusers) if a.target.country == e.source.country
                            and a.source.country != e.source.country), None) or next(
                (a for a in reversed(pressers) if a.target.country == e.source.country
                 and a.source.country and a.source.country != e.source.country), None)
            if accuser is not None:
                e.target = accuser.source
                e.explain.setdefault("path", {})["target"] = "answer-to-accuser"

    @staticmethod
    def _parties(e: Event) -> set[str]:
        return {a.country or a.name for a in (e.source, e.target) if a is not None} | {
            a.country or a.name for _, a in e.others}

    def _drop_repeated_meetings(self, doc: Doc, ex: Extraction) -> None:
        """'During the talks on Thursday, Lavrov responded …': a meeting named again ("the
        talks", "Thursday's meeting") after it was coded is the same meeting, not a new one.
        A later CONSULT whose trigger is such a definite noun and whose parties were all
        already in an earlier CONSULT of the article is dropped.  When its only parties are
        its own hosts or mediators ("Fidan hosted the meeting at the palace"), they join the
        latest earlier meeting as third parties instead of making a meeting of their own."""
        seen: list[set[str]] = []
        meetings: list[Event] = []
        kept = []
        for e in ex.events:
            if e.type == "CONSULT":
                parties = self._parties(e)
                tok = doc[e.trigger_i] if e.trigger_i is not None and e.trigger_i < len(doc) else None
                definite = tok is not None and tok.pos_ == "NOUN" and any(
                    c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another", "new", "further")
                    for c in tok.children)
                third = {a.country or a.name for _, a in e.others}
                own = {a.country or a.name for a in (e.source, e.target) if a is not None}
                if definite and meetings and third and own <= third:
                    earlier = meetings[-1]
                    known = {(r, a.country or a.name) for r, a in earlier.others}
                    earlier.others.extend((r, a) for r, a in e.others if (r, a.country or a.name) not in known)
                    earlier.explain.setdefault("others_from", []).append(
                        f"{e.trigger.text if e.trigger else 'meeting'!r} named again with its "
                        f"{', '.join(r for r, _ in e.others)}")
                    continue
                if definite and any(parties <= earlier for earlier in seen):
                    continue
                if definite and seen and e.target is None and not e.others:
                    # "said he had not expected miracles from the first meeting": a meeting
                    # named again with one side only is the earlier one, not a new meeting
                    continue
                seen.append(parties)
                meetings.append(e)
            kept.append(e)
        ex.events[:] = kept

    def _attach_casualties(self, sent, events: list[Event]) -> None:
        assaults = [e for e in events if e.type == "ASSAULT"]
        if not assaults:
            return
        for word, kind, count in casualties(sent, self.cues):
            best = None
            for e in assaults:
                trig = sent.doc[e.trigger_i]
                if trig.i == word.i or word.head.i == trig.i or trig.head.i == word.i:
                    best = e
                    break
            best = best or assaults[0]
            best.casualties = best.casualties or {}
            best.casualties[kind] = max(best.casualties.get(kind, 0), count)
