"""Guessed parties: when the clause names no target (or only a thing), the nearest other
resolved actor of the clause, sentence or previous sentence, ranked by target_ranker.py;
attributions, brokers and instruments are never guessed.  explain["path"] says so."""
from __future__ import annotations

from spacy.tokens import Token

from . import arguments as args
from .target_ranker import candidate_features, mention_root



class FallbackParties:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    def _fallback_source(self, finder, sent, trig: Token, target_tok) -> tuple[object, str]:
        """The doer of an event noun whose phrase names none: the subject of the sentence's
        main clause when it is a resolved actor, else the nearest resolved actor before the
        trigger.  Marked in ``explain`` as a fallback."""
        if finder.index is None:
            return None, ""
        avoid = None
        if target_tok is not None:
            avoid = (target_tok.left_edge.idx, target_tok.right_edge.idx + len(target_tok.right_edge.text))
        root = sent.root
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (avoid and avoid[0] <= c.idx < avoid[1]):
                m = finder.index.covering(c.idx, c.idx + len(c.text))
                if m is not None and m.country and not (c.i <= trig.i <= c.right_edge.i and c.i != trig.i):
                    return m, "fallback:main-subject"
        best = None
        for m in finder.index.overlapping(sent.start_char, trig.idx):
            if not m.country or (avoid and m.start < avoid[1] and avoid[0] < m.end):
                continue
            if finder.dateline and finder.dateline[0] <= m.start < finder.dateline[1]:
                continue
            if self._is_location(sent.doc, m):
                continue
            best = m
        return (best, "fallback:nearest-actor-before") if best is not None else (None, "")

    def _is_location(self, doc, m) -> bool:
        """A mention that names where something happened ("met in Barbados"), not a party."""
        if not self.skip_places_in_fallback:
            return False
        if m.explain.get("rule") == "state_as_place":
            return True
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ in self.locative_preps

    def _salient_other(self, finder, sent, trig: Token, source, exclude=(), typ: str = "") -> tuple[object, str | None]:
        """When the clause names no target, the other party is usually the other resolved
        actor of the clause ("condemned the strike on Iraq" -> Iraq), else of the sentence:
        take the nearest actor mention to the trigger that is not the source.  Marked in
        ``explain`` as a fallback."""
        if finder.index is None:
            return None, None
        sub = list(trig.subtree)
        clause = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
        best, best_key = None, None
        found = []
        # the sentence, then the one before it in the same paragraph
        lo = sent.start_char
        prev = sent.doc[sent.start - 1] if sent.start > 0 else None
        if prev is not None and "\n" not in prev.text and not prev.is_space:
            lo = prev.sent.start_char
        for m in finder.index.overlapping(lo, sent.end_char):
            if not m.country or source is None:
                continue
            if m is source or (source.entity is not None and m.entity == source.entity) or m.name == source.name:
                continue
            if source.start is not None and m.start < source.end and source.start < m.end:
                continue
            if any(m.start < hi and lo < m.end for lo, hi in exclude):
                continue
            if m.text.lower() in args.PERSONAL_PRONOUNS | args.POSSESSIVE_PRONOUNS and any(
                    lo <= m.explain.get("antecedent_start", -1) < hi for lo, hi in exclude):
                # "Italy and Spain refused ... their air space": a pronoun standing for a
                # co-doer is the doers' own side, never the other party
                continue
            if finder.dateline and finder.dateline[0] <= m.start < finder.dateline[1]:
                continue
            if self._is_location(sent.doc, m):
                continue
            if self._attribution(sent.doc, m):
                continue      # "according to accounts run by GNA forces": a source of the news, no party
            if m.sector in self.audience_sectors:
                continue      # "told reporters", "state television reported": the audience or channel, no party
            if self._group_of_named(sent.doc, m, finder):
                continue
            if m.country == source.country and self._names_instrument(sent.doc, m):
                continue      # "returned fire with its own artillery": its own weapon is no party
            if self._hyphen_broker(sent.doc, m):
                continue      # "accepted a French-brokered plan": the broker is a third party
            if self._in_doer_description(sent.doc, m, source):
                continue      # "Jain, leader of the city council, said ...": the doer's own body
            inside = clause[0] <= m.start < clause[1]
            where = 0 if inside else (1 if m.start >= sent.start_char else 2)
            key = (0 if m.country != source.country else 1, where, abs(m.start - trig.idx))
            found.append((m, where, key))
            if best_key is None or key < best_key:
                best, best_key = m, key
        if best is None:
            return None, None
        path = "fallback:" + ("clause", "sentence", "previous-sentence")[best_key[1]] + "-nearest-other-actor"
        if self.target_ranker is None and self.candidate_log is None:
            return best, path
        return self._ranked_other(sent.doc, trig, source, typ, found, best, path)

    def _attribution(self, doc, m) -> bool:
        """Whether the mention sits in a phrase that names where the news comes from
        ('according to X', 'on a tip from X'): the teller is no party to the act told."""
        root = mention_root(doc, m)
        if root is None:
            return False
        for a in root.ancestors:
            if a.lower_ in self.cues.attribution_preps and a.dep_ in ("prep", "advcl", "advmod"):
                return True
            if a.dep_ == "pobj" and a.lemma_.lower() in self.cues.attribution_nouns:
                return True
            if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl", "amod"):
                return False     # the clause that carries the act: stop there
        return False

    @staticmethod
    def _in_doer_description(doc, m, source) -> bool:
        """'Nirmal Jain, leader of the city's municipal corporation, said they would not end
        the strike': a body named in the apposition that describes the doer is the doer's own
        office, never the other party of its act; nor, the doer being that body, is the
        person the apposition describes."""
        if source is None or source.start is None:
            return False
        root = mention_root(doc, m)
        if root is None:
            return False
        for a in root.ancestors:
            if a.dep_ == "appos" and source.start <= a.head.idx < source.end:
                return True
        return any(a.dep_ == "appos" and a.left_edge.idx <= source.start < a.right_edge.idx + len(a.right_edge.text)
                   for a in root.children)

    def _hyphen_broker(self, doc, m) -> bool:
        """'a French-brokered plan', 'a U.S.-mediated truce': the name before the hyphen
        brokered the thing; it is no party to the act on it."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or span.end >= len(doc) - 1 or doc[span.end].text != "-":
            return False
        return doc[span.end + 1].lemma_.lower() in self.cues.third_party_roles

    def _names_instrument(self, doc, m) -> bool:
        # the head of an English noun phrase is its last word (the span's parse root can be
        # a determiner when the parser hangs the phrase off a later noun)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return bool(span is not None and len(span) and span[-1].lemma_.lower() in self.cues.instrument_nouns)

    def _ranked_other(self, doc, trig: Token, source, typ: str, found: list, best, path: str):
        """The learned ranker's choice among the fallback candidates (target_ranker.py); the
        hand-made order's choice is one of its features.  With ``candidate_log`` set (when
        the ranker is being fitted) every candidate and its features are recorded."""
        scored = []
        if not self.rank_across_sentences:
            # learned on single sentences: a guess from the sentence before stays the hand-made one
            if found and next(w for m, w, _ in found if m is best) == 2:
                found = []
            found = [x for x in found if x[1] < 2]
        for m, where, _ in found:
            feats = candidate_features(doc, m, where, trig, source, typ, m is best,
                                       self.cues.reporting_verbs, self.locative_preps)
            p = self.target_ranker.score(feats) if self.target_ranker is not None else float(m is best)
            scored.append((p, m, where, feats))
        if self.candidate_log is not None:
            self.candidate_log.append({"doc": doc, "trigger_i": trig.i, "source": source,
                                       "candidates": [(m, feats) for _, m, _, feats in scored]})
        if self.target_ranker is None or not scored:
            return best, path
        p, m, where, _ = max(scored, key=lambda x: x[0])
        return m, ("fallback:" + ("clause", "sentence", "previous-sentence")[where]
                   + f"-ranked-other-actor({p:.2f})")

    def _group_of_named(self, doc, m, finder) -> bool:
        """'a joint delegation from ECOWAS, the African Union and the UN': a group noun whose
        own phrase names the body it comes from yields, as a guessed party, to that body."""
        root = mention_root(doc, m)
        if root is None or root.lemma_.lower() not in self.group_nouns:
            return False
        for c in root.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in c.children:
                    inner = finder.index.covering(p.idx, p.idx + len(p.text)) if p.dep_ == "pobj" else None
                    if inner is not None and inner is not m and inner.country:
                        return True
        return False

    def _turnout(self, n: Token) -> tuple[Token | None, str]:
        """'a march that drew more than a million people', 'a rally that organizers said
        attracted thousands': those a protest drew out are the ones who protested."""
        for v in n.children:
            if v.dep_ not in ("relcl", "acl"):
                continue
            for x in [v] + [c for c in v.children if c.dep_ == "ccomp"]:
                if x.lemma_.lower() in self.cues.turnout_verbs:
                    obj = next((c for c in x.children if c.dep_ == "dobj"), None)
                    if obj is not None:
                        return args._relative(obj), f"turnout:{x.lemma_}"
        return None, ""
