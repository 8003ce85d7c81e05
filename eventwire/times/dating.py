"""Each event's date and place, read from the clause that carries it (the last stage).

Date: the time expression that governs the event's clause — attached to the trigger or to a
verb on its head chain, else inside the trigger's phrase, else elsewhere in the sentence —
else the narrative date: the last day-level expression of the preceding sentences of the
article (news carries the lead's "Thursday" through the story).  Never the publication date
by default.

Place: the place the clause locates the event in ("in Antalya", "near Mariupol", "at
Baghdad's airport"; the object of a violent or physical act: "captured Shusha"), preferring
the one attached closest to the trigger; else the dateline place for events of the lead
paragraph and for meetings, agreements and protests dated like the lead.  A capital that
acts ("Moscow said") is an actor, not a location, and is never used.
"""
from __future__ import annotations

import bisect
import json
from pathlib import Path

from spacy.tokens import Doc, Token

from ..model import Extraction, Event, Place, TimeExpression
from .tense import clause_verb

LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "over", "into", "toward", "towards",
                  "through", "across", "around", "on", "from", "to", "off", "along", "within"}
# acts whose direct object can be the place itself ("captured Shusha", "pounded Gaza")
PHYSICAL_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "CONCEDE"}
# acts that bring the parties to one place: the dateline city is where they happen
GATHERING_TYPES = {"CONSULT", "AGREE", "SUPPORT", "CONCEDE", "PROTEST", "RETREAT"}
_WORDS = json.loads((Path(__file__).resolve().parent.parent / "data" / "times" /
                     "event_place.json").read_text(encoding="utf-8"))
PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
PLACE_OBJECT_VERBS = frozenset(_WORDS["place_object_verbs"])
INHABITANT_NOUNS = frozenset(_WORDS["inhabitant_nouns"])
EXAMPLE_PREPS = frozenset(_WORDS["example_preps"])
PLACE_RULES = ("locative phrase of the clause", "object of the act",
               "locative phrase of a participant", "locative of a coordinated act or origin")


def _ancestors_or_self(tok: Token, limit: int = 10) -> list[Token]:
    out = [tok]
    while tok.head.i != tok.i and len(out) < limit:
        tok = tok.head
        out.append(tok)
    return out


def _relation(trigger: Token, tok: Token) -> int | None:
    """0: ``tok`` hangs off the trigger or a verb on its head chain (within the clause);
    1: it lies inside the trigger's phrase; 2: elsewhere in the sentence; None: other."""
    if tok.sent.start != trigger.sent.start:
        return None
    chain = _ancestors_or_self(trigger)
    v = clause_verb(tok)
    h = tok.head if tok.dep_ != "pobj" else tok.head.head
    if h in chain[:4] or (v is not None and v in chain[:3]):
        return 0
    if trigger.left_edge.i <= tok.i <= trigger.right_edge.i:
        return 1
    return 2


class EventDater:
    def __init__(self, places=None):
        self.places = places          # the PlaceResolver (its gazetteer), kept for later use

    def __call__(self, doc: Doc, ex: Extraction) -> None:
        if not ex.events:
            return
        times = [t for t in ex.times if t.value]
        time_starts = [t.start for t in times]
        places = [p for p in ex.places if p.lat is not None]
        dl_place = self._dateline_place(ex)
        lead_end = self._lead_end(doc, ex)
        lead_date = {t.value for t in times if t.start < lead_end and len(t.value) == 10}
        for ev in ex.events:
            if ev.trigger_i is None or ev.trigger_i >= len(doc):
                continue
            trig = doc[ev.trigger_i]
            if ev.date is None:
                self._date(doc, ev, trig, times, time_starts)
            if ev.place is None:
                self._place(doc, ev, trig, places, dl_place, lead_end, lead_date)

    # -- dates ------------------------------------------------------------------------------
    def _date(self, doc, ev: Event, trig: Token, times: list[TimeExpression], starts: list[int]):
        sent = trig.sent
        best, best_key = None, None
        lo = bisect.bisect_left(starts, sent.start_char)
        hi = bisect.bisect_left(starts, sent.end_char)
        for t in times[lo:hi]:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None:
                continue
            rel = _relation(trig, span.root)
            if rel is None:
                continue
            key = (rel, abs(span.root.i - trig.i))
            if best_key is None or key < best_key:
                best, best_key = t, key
        if best is not None:
            ev.date, ev.date_basis = best.value, "text"
            ev.explain["date"] = {"rule": ("governs clause", "in trigger phrase", "same sentence")[best_key[0]],
                                  "time": best.text}
            return
        # the narrative date: the last day-level expression before this sentence
        prev = [t for t in times[:lo] if len(t.value) == 10
                and t.explain.get("tense") != "future"]    # a plan is not the story's day
        if prev:
            t = prev[-1]
            ev.date, ev.date_basis = t.value, "text"
            ev.explain["date"] = {"rule": "carried from an earlier sentence", "time": t.text,
                                  "at": t.start}

    # -- places -----------------------------------------------------------------------------
    def _place(self, doc, ev: Event, trig: Token, places: list[Place], dl_place: Place | None,
               lead_end: int, lead_date: set[str]):
        sent = trig.sent
        best, best_key = None, None
        for p in places:
            if not (sent.start_char <= p.start < sent.end_char):
                continue
            if dl_place is not None and p.start == dl_place.start:
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            key = self._place_key(ev, trig, span.root)
            if key is not None and (best_key is None or key < best_key):
                best, best_key = p, key
        if best is not None:
            ev.place, ev.place_basis = best, "text"
            ev.explain["place"] = {"rule": PLACE_RULES[best_key[0]],
                                   "text": best.text}
            return
        # "took the capital", "ordered into the city": the last city named before, or the
        # dateline's
        for tok in trig.sent:
            if (tok.lower_ in ("capital", "city") and any(c.lower_ == "the" for c in tok.children)
                    and not any(c.dep_ == "prep" or c.dep_ == "amod" for c in tok.children)
                    and self._place_key(ev, trig, tok) is not None):
                before = [p for p in places if p.end <= tok.idx and p.feature == "city"]
                ref = before[-1] if before else dl_place
                if ref is not None:
                    ev.place, ev.place_basis = ref, "text"
                    ev.explain["place"] = {"rule": "'the capital/city' refers back", "text": ref.text}
                    return
        # "soldiers there overthrew …": "there" points back to the last place named before
        # it in the sentence (else in the previous one)
        there = [t for t in trig.sent if t.lower_ == "there" and t.dep_ == "advmod"
                 and (t.head == trig or t.head.head == trig or t.head in trig.ancestors)]
        if there:
            before = [p for p in places if p.end <= there[0].idx
                      and p.start >= (self._previous_sentence(doc, sent) or sent).start_char
                      and (dl_place is None or p.start != dl_place.start)]
            if before:
                ev.place, ev.place_basis = before[-1], "text"
                ev.explain["place"] = {"rule": "'there' refers back", "text": before[-1].text}
                return
        # the previous sentence of the same paragraph set the scene: "Thousands rallied in
        # Yerevan. Some broke into parliament."
        prev = self._previous_sentence(doc, sent)
        if prev is not None:
            scene = [p for p in places if prev.start_char <= p.start < prev.end_char
                     and (dl_place is None or p.start != dl_place.start)]
            for p in reversed(scene):
                span = doc.char_span(p.start, p.end, alignment_mode="expand")
                r = self._slot(span.root) if span is not None else None
                if r is not None and r.dep_ == "pobj" and r.head.lower_ in ("in", "at", "near", "outside"):
                    ev.place, ev.place_basis = p, "text"
                    ev.explain["place"] = {"rule": "scene of the previous sentence", "text": p.text}
                    return
        if dl_place is None:
            return
        in_lead = trig.idx < lead_end
        same_day = ev.date is not None and ev.date in lead_date
        if in_lead or (same_day and ev.type in GATHERING_TYPES):
            ev.place, ev.place_basis = dl_place, "dateline"
            ev.explain["place"] = {"rule": "dateline, " + ("lead paragraph" if in_lead else
                                                           "gathering on the lead's date")}

    @staticmethod
    def _slot(root: Token) -> Token:
        """The token that fills the clause slot a place name stands in: the place noun it
        names ("the Kalbajar district", "Incirlik air base", "the town of Gori"), the group it
        is an example of ("provincial capitals including Kandahar"), the first member of its
        list ("Kandahar and Herat")."""
        for _ in range(6):
            head = root.head
            if root.dep_ == "appos" and head != root:          # "in the capital, Sanaa"
                root = head
            elif root.dep_ == "compound" and head.lemma_.lower() in PLACE_NOUNS:
                root = head
            elif root.dep_ == "conj" and head != root and head.pos_ == "PROPN":
                root = head
            elif (root.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ != "ROOT"
                  and head.head.lemma_.lower() in PLACE_NOUNS):
                root = head.head
            elif root.dep_ == "pobj" and head.lower_ in EXAMPLE_PREPS:
                root = head.head
            elif (root.dep_ == "pobj" and head.lower_ == "as"
                  and any(c.lower_ == "such" for c in head.children)):
                root = head.head
            else:
                break
        return root

    @staticmethod
    def _chain(trig: Token, limit: int = 4) -> list[tuple[Token, bool]]:
        """The trigger and the words above it, each with whether the way up crossed a
        coordination ("crossed into Russia … and seized": ``crossed`` is another act)."""
        out, crossed, tok = [(trig, False)], False, trig
        while tok.head.i != tok.i and len(out) < limit:
            crossed = crossed or tok.dep_ == "conj"
            tok = tok.head
            out.append((tok, crossed))
        return out

    def _place_key(self, ev: Event, trig: Token, root: Token) -> tuple | None:
        """How closely a place token locates the event: (rank, distance), or None.

        Ranks: 0 a locative phrase of the clause ("agreed … in Minsk", "talks in Geneva",
        "Speaking in Sydney, he urged …"); 1 the place the act is done to ("captured Shusha",
        "bombed the town of Gori", "signed a treaty absorbing Crimea"), or the home of the
        people who act ("residents of Yangon banged pots"); 2 a locative phrase of a
        participant ("shot down a helicopter over Armenia", "seized the headquarters in
        Rostov"); 3 a locative of a coordinated act, or the origin of a movement ("crossed
        … from Ukraine and seized …").  A locative phrase on some other noun ("a cease-fire
        in eastern Ukraine") locates that noun, not the event; a capital that acts ("Moscow
        said") is a subject and never taken."""
        chain = self._chain(trig)
        verbs = [t for t, _ in chain]
        dist = abs(root.i - trig.i)
        root = self._slot(root)
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            noun = root.head.head            # "residents of Yangon", "the outskirts of Kyiv"
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.head in verbs[:2]:
                if noun.lemma_.lower() in INHABITANT_NOUNS:
                    return (1, dist)
            return None
        if root.dep_ == "pobj":
            prep = root.head
            p = prep.lower_
            if p not in LOCATIVE_PREPS:
                return None
            physical = ev.type in PHYSICAL_TYPES
            if p in ("from", "into", "toward", "towards") and not physical:
                return None
            h = prep.head
            for tok, crossed in chain:
                if h == tok and (tok == trig or tok.pos_ in ("VERB", "AUX")):
                    return (3 if crossed or p == "from" else 0, dist)
            # a fronted participle sharing the subject: "Speaking in Sydney, X urged …"
            if (h.dep_ == "advcl" and h.head in verbs[:2] and h.i < h.head.i
                    and h.tag_ in ("VBG", "VBN")
                    and not any(c.dep_.startswith("nsubj") for c in h.children)):
                return (0, dist)
            # on a participant of the act (but not "a cease-fire in eastern Ukraine")
            if (trig.left_edge.i <= h.i <= trig.right_edge.i and h != trig
                    and (physical or h.ent_type_ in ("PERSON", "ORG", "NORP"))):
                return (3 if p == "from" else 2, dist)
            return None
        if root.dep_ in ("dobj", "nsubjpass"):
            v = root.head
            acts_on_place = v.lemma_.lower() in PLACE_OBJECT_VERBS
            if v in verbs[:2] and (ev.type in PHYSICAL_TYPES or acts_on_place):
                return (1, dist)
            # a participle or infinitive clause of the trigger that acts on the place:
            # "signed a treaty absorbing Crimea", "agreed to hand over the district"
            if (acts_on_place and v.dep_ in ("advcl", "xcomp", "acl", "relcl")
                    and (v.head == trig or v.head.head == trig)):
                return (1, dist)
        return None

    # -- article context ------------------------------------------------------------------------
    @staticmethod
    def _dateline_place(ex: Extraction) -> Place | None:
        dl = ex.article.dateline
        if dl is None:
            return None
        inside = [p for p in ex.places if dl.start <= p.start < dl.end and p.lat is not None]
        return inside[0] if inside else None

    def _previous_sentence(self, doc: Doc, sent):
        """The sentence before ``sent`` when both are in one paragraph, else None."""
        if sent.start == 0:
            return None
        # ``Token.sent`` scans the doc for the sentence's bounds; the article's sentences are
        # listed once per doc instead
        if getattr(self, "_sents_of", None) is not doc:
            self._sents_of, self._sents = doc, list(doc.sents)
            self._sent_starts = [x.start for x in self._sents]
            self._text = doc.text       # ``Doc.text`` is rebuilt from the tokens on each access
        k = bisect.bisect_right(self._sent_starts, sent.start - 1) - 1
        prev = self._sents[k]
        if "\n\n" in self._text[prev.end_char:sent.start_char] or doc[sent.start - 1].is_space:
            return None
        return prev

    @staticmethod
    def _lead_end(doc: Doc, ex: Extraction) -> int:
        """End offset of the lead: the first two paragraphs of the story proper (the
        dateline's paragraph and the next), where a wire story tells what happened there."""
        dl = ex.article.dateline
        start = dl.end if dl is not None else 0
        text = doc.text
        end = start
        for _ in range(2):
            nxt = text.find("\n\n", end + 1)
            if nxt < 0:
                return len(text)
            end = nxt
        return end
