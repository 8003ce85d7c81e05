"""Places as parties: an act that names no other party is aimed at the people of the place it
is laid on, leaves or happens in ("imposed a curfew in Kashmir", "withdrew from the Golan
Heights"); where a force is sent; the country a stateless doer acts in."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Actor
from . import arguments as args
from .common import CLAUSE_DEPS, Trigger
from .resources import cues



class PlaceParties:
    """Methods of EventCoder (coder.py); they read the cue lists and per-article state it sets."""

    @staticmethod
    def _placed_thing(finder, g_tok: Token | None, thing, source, verb: Token | None = None, places=(),
                      self_place: bool = False):
        """'an army camp in western Kabul', 'a Ukrainian port', 'attacked a camp near Gao',
        'civilian areas in the Kursk region': the thing stays the target, with the country
        of the place (or nationality) its own phrase, else the clause, names."""
        if g_tok is None or finder.index is None or thing.start is None:
            return None
        # "took over Kirkuk", "shelled Donetsk": a seized or struck place is its own answer
        # (a place the places stage resolved counts whatever label the parser gave the name:
        # "withdrew peacekeepers from Sinai" with Sinai taken for an organisation)
        where = [g_tok] if self_place and (g_tok.ent_type_ in ("GPE", "LOC", "FAC") or any(
            pl.start <= g_tok.idx < pl.end and pl.country for pl in places)) else []
        # (not the dead of "Khashoggi's death": a person, and no place of the act)
        dead = g_tok.lemma_.lower() in cues().casualty_killed
        where += [c for c in g_tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                  and not (dead and c.dep_ == "poss")]
        where += [p for c in g_tok.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside", "of", "at", "including")
                  for p in c.children if p.dep_ == "pobj"]
        n_own = len(where)
        if verb is not None:
            where += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "near", "outside", "at")
                      for p in c.children if p.dep_ == "pobj"]

        def country_at(w: Token):
            """The country of the actor or place named at w ('the Kursk region': its modifiers too)."""
            for t in [w] + [c for c in w.children if c.dep_ == "compound"]:
                m = finder.index.covering(t.idx, t.idx + len(t.text))
                if m is not None and m.country and m.country != "IGO":
                    return m.country, m.name
                pl = next((pl for pl in places if pl.start <= t.idx < pl.end and pl.country), None)
                if pl is not None:
                    return pl.country, pl.name
            ent = next((e for e in w.doc.ents if e.start <= w.i < e.end and e.label_ in ("GPE", "LOC")), None)
            if ent is not None:
                # "surrounded Hong Kong's legislature": a possessive the places stage leaves out
                # is the same place as the one of that name resolved elsewhere in the article
                name = ent.text.lower().removesuffix("'s").removesuffix("\u2019s")
                pl = next((pl for pl in places if pl.country and name in (pl.text.lower(), pl.name.lower())), None)
                if pl is not None:
                    return pl.country, pl.name
            return None, None

        for k, w in enumerate(where):
            country, name = country_at(w)
            if country is None:
                continue
            if w.lower_ in args.POSSESSIVE_PRONOUNS and source is not None and country == source.country:
                continue    # "pledged his full support": the doer's own, no place
            if k >= n_own:
                # a place of the clause gives the country, the thing keeps its own span
                return Actor(text=thing.text, name=thing.name, country=country, start=thing.start,
                             end=thing.end, kind="unknown",
                             explain={"rule": "events-thing-in-place", "place": name})
            start, end = min(thing.start, w.left_edge.idx), thing.end
            if w.i > g_tok.i:
                end = max(end, w.idx + len(w.text))
            text = g_tok.doc.text[start:end]
            return Actor(text=text, name=text, country=country, start=start, end=end, kind="unknown",
                         explain={"rule": "events-thing-in-place", "place": name})
        return None

    def _place_target(self, finder, act: Token, typ: str, source, places,
                      unresolved: bool = False) -> tuple[Actor, str] | None:
        """The place an act with no other party is laid on or leaves, as its target: after
        one of the type's prepositions (place_target_preps) of the act or of the measure it
        lays ("declared a state of emergency in the town"), or the object a measure is put
        on ("put large parts of the country under curfew")."""
        c = self.cues
        preps = c.place_target_preps[typ]

        def measure(n: Token) -> bool:
            return n.lemma_.lower() in c.place_measure_nouns or any(
                x.dep_ == "prep" and x.lower_ == "of" and any(
                    p.lemma_.lower() in c.place_measure_nouns for p in x.children if p.dep_ == "pobj")
                for x in n.children)

        heads = [act] + [x for x in act.children if x.dep_ == "dobj" and measure(x)]
        if typ in c.place_target_embedded_types:
            # "agreed to set up a cable landing station at Digha": the place of the promised act
            # (not of a promised meeting: "agreed to hold talks in Geneva" names only a venue)
            embedded = [x for x in act.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
            if any(x.lemma_.lower() in c.venue_lemmas or any(
                    o.dep_ == "dobj" and o.lemma_.lower() in c.venue_lemmas for o in x.children) for x in embedded):
                return None
            # the agreement's own place is where it was reached ("agreed in Pyongyang")
            heads = embedded + [d for x in embedded for d in x.children if d.dep_ == "dobj"]
        candidates = [(p, x.lower_) for h in heads for x in h.children
                      if x.dep_ in ("prep", "prt", "advmod") and x.lower_ in preps
                      for p in (list(x.children) + [q for y in x.children if y.lower_ == "of" for q in y.children])
                      if p.dep_ == "pobj"]
        if typ == "COERCE":
            candidates += [(o, "measure-on") for o in act.children if o.dep_ == "dobj" and not measure(o)
                           and any(x.dep_ == "prep" and any(p.dep_ == "pobj" and measure(p) for p in x.children)
                                   for x in act.children)]
        for p, how in candidates:
            if measure(p):
                continue
            lo = p.left_edge.i
            of = next((q for x in p.children if x.dep_ == "prep" and x.lower_ == "of"
                       for q in x.children if q.dep_ == "pobj"), None)
            hi = (of if of is not None else p).i
            span = p.doc[lo:hi + 1]
            thing = Actor(text=span.text, name=span.text, start=span.start_char, end=span.end_char, kind="unknown")
            placed = self._placed_thing(finder, p, thing, source, None, places, self_place=True)
            if placed is None and of is not None:
                placed = self._placed_thing(finder, of, thing, source, None, places, self_place=True)
            country = placed.country if placed is not None else None
            if country is None and typ == "COERCE" and source is not None and source.country \
                    and source.sector in c.own_territory_sectors \
                    and (of if of is not None else p).lemma_.lower() in c.own_territory_nouns:
                # "declared a state of emergency in the town": an authority's measure on an
                # unnamed place is laid on its own country
                country = source.country
            if country is None and unresolved and p.ent_type_ in ("GPE", "LOC") and p.pos_ == "PROPN":
                # "declared a state of siege in Santa Cruz Barillas": a named place the
                # gazetteer does not know is still where the measure is laid (no country)
                return Actor(text=thing.text, name=thing.name, country=None, sector="CVL", start=thing.start,
                             end=thing.end, kind="group", explain={"rule": "events-place-as-target", "prep": how,
                                                                   "unresolved": True}), \
                    f"place-as-target:{how}>unresolved"
            if country is None or country == "IGO":
                continue
            if typ not in c.place_target_home_types and source is not None and country == source.country:
                continue     # leaving or moving within its own country: no other party
            return Actor(text=thing.text, name=thing.name, country=country, sector="CVL", start=thing.start,
                         end=thing.end, kind="group", explain={"rule": "events-place-as-target", "prep": how}), \
                f"place-as-target:{how}"
        return None

    def _place_of_act(self, t: Trigger, places, finder) -> tuple[str, str] | None:
        """The country of the first place the act's own clause says it happened at or in
        ("in Kenya", "near Haiti's capital"), with the place's name."""
        act = t.tok
        if t.is_noun:
            gov, _ = self._governor(act)
            act = gov if gov is not None else act
        for w in act.subtree:
            if w.dep_ != "pobj" or w.head.lower_ not in self.locative_preps:
                continue
            x = w
            while x.i != act.i and x.dep_ not in CLAUSE_DEPS:
                x = x.head
            if x.i != act.i:
                continue        # a place of another clause ("fighters who trained in Syria")
            for tok in w.subtree:
                pl = next((pl for pl in places if pl.start <= tok.idx < pl.end and pl.country), None)
                if pl is not None and pl.country != "IGO":
                    return pl.country, pl.name
                m = finder.index.covering(tok.idx, tok.idx + len(tok.text)) if finder.index is not None else None
                if m is not None and m.kind in ("state", "country") and m.country and m.country != "IGO":
                    return m.country, m.name
        return None

    @staticmethod
    def _placed_name(actor: Actor | None, places) -> Actor | None:
        """An actor with no country whose own phrase names a place the places stage resolved
        takes that place's country."""
        if actor is None or actor.country is not None or actor.start is None:
            return actor
        pl = next((pl for pl in places if pl.country and pl.country != "IGO"
                   and pl.start < actor.end and actor.start < pl.end), None)
        if pl is None:
            return actor
        return replace(actor, country=pl.country,
                       explain={**actor.explain, "country": {"rule": "place_in_phrase", "word": pl.text}})

    def _located(self, actor: Actor | None, where: tuple[str, str]) -> Actor | None:
        """A non-state actor given the country of the act's place, when nothing of its own
        (a nationality, a known person or body) gave it one: none, or the article's focus."""
        if actor is None or actor.kind == "state" or actor.sector in self.cues.unlocated_sectors:
            return actor
        why = (actor.explain or {}).get("country")
        if actor.country is not None and not (isinstance(why, dict) and why.get("rule") == "context_country"):
            return actor
        if actor.country == where[0]:
            return actor
        return replace(actor, country=where[0],
                       explain={**actor.explain, "country": {"rule": "place_of_act", "word": where[1]}})

    def _force_destination(self, finder, verb: Token, source, forces: Token | None = None) -> tuple[object, str | None]:
        """Where the doer's own forces go or leave: a place or party after from/to/into/in
        of the verb, of its purpose clause ("placed a brigade on alert to fly into Lebanon"),
        the one a 'for' campaign is against ("mobilized troops for a war against Iraq"),
        else of the forces' own phrase ("sent 200 troops in Syria")."""
        heads = [verb] + [x for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB"]
        for head in heads:
            found = self._destination_of(finder, head, source)
            if found[0] is not None:
                return found
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                for p in c.children:
                    if p.dep_ == "pobj":
                        for x in p.children:
                            if x.dep_ == "prep" and x.lower_ == "against":
                                for q in x.children:
                                    a = finder(q) if q.dep_ == "pobj" else None
                                    named = a is not None and (a.country or not str(
                                        a.explain.get("rule", "")).startswith("events-fallback"))
                                    if named and (source is None or (a.name != source.name and (
                                            not a.country or a.country != source.country))):
                                        return a, "own-forces>prep:for>prep:against"
        if forces is not None:
            return self._destination_of(finder, forces, source)
        return None, None

    def _destination_of(self, finder, verb: Token, source) -> tuple[object, str | None]:
        preps = self.cues.own_force_preps
        for c in verb.children:
            if c.dep_ in ("prep", "advmod", "prt") and c.lower_ in preps:
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if not objs and c.lower_ == "out":   # "out of Syria"
                    objs = [p for x in c.children if x.lower_ == "of" for p in x.children if p.dep_ == "pobj"]
                for p in objs:
                    a = finder(p)
                    if a is not None and a.country and (source is None or a.country != source.country):
                        return a, f"own-forces>prep:{c.lower_}"
        return None, None
