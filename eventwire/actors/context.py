"""What one article knows while its mentions are resolved: the names found in it, the country
it is mostly about, and the people already met (so "Kuleba" finds "Dmytro Kuleba")."""
from __future__ import annotations

from collections import Counter

from .knowledge import fold
from .lexicon import NameMatch


class ArticleContext:
    def __init__(self, matches: list[NameMatch], day=None, skip: range = range(0), cities=None):
        self.day = day
        self.cities = cities if cities is not None else {}
        self.match_at: dict[int, NameMatch] = {}
        for m in matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        # the dateline says where the story was filed, not what it is about
        self.focus, self.focus_word, self.ranked = self._focus(matches, skip)
        self.matches = matches
        self.people: dict[str, str] = {}     # folded lower name or surname -> canonical name
        self._sentence_states: dict[int, str | None] = {}

    @staticmethod
    def _focus(matches: list[NameMatch], skip: range) -> tuple[str | None, str | None, list[str]]:
        """The country the article is mostly about: where an unqualified "the government",
        "rebels" or "protesters" belong.  Every name counts for its country (states,
        capitals, demonyms, and the home country of named bodies and people, but not of
        companies and news media, which act far from home); the dateline
        counts half, as it says where the story was filed rather than what it is about."""
        counts: Counter = Counter()
        first_word: dict[str, str] = {}
        for m in matches:
            e = m.entries[0]
            for what in ("country", "capital", "demonym", "body", "person", "seat"):
                hit = next((x for x in m.entries if x.what == what), None)
                if hit is not None:
                    e = hit
                    break
            if not e.country or e.country == "IGO":
                continue
            if e.what == "body" and e.sector in ("BUS", "MED"):
                continue    # "Iran blocked Instagram", "told Reuters": a firm's home is no scene
            counts[e.country] += 0.5 if m.start in skip else 1.0
            first_word.setdefault(e.country, m.text)
        if not counts:
            return None, None, []
        ranked = [c for c, _ in counts.most_common()]
        return ranked[0], first_word[ranked[0]], ranked

    def place_focus(self, doc, skip: range) -> None:
        """An article that names no state, capital or known body ("Gunmen killed villagers in
        Solhan", "Federal agents ... in Oklahoma City") is about where its first town or region
        lies."""
        if self.focus is not None:
            return
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC") or ent.start in skip:
                continue
            code = self.cities.get(ent.text) or self.cities.region(ent.text)
            if code and code != "IGO":
                self.focus, self.focus_word, self.ranked = code, ent.text, [code]
                return

    def sentence_state(self, sent) -> str | None:
        """The one state a sentence names (by name, demonym, capital or seat), if it names
        exactly one: "Venezuela's attorney general asked the Supreme Court" is about Venezuela
        even in an article mostly about Washington."""
        key = sent.start
        if key not in self._sentence_states:
            found = set()
            for i in range(sent.start, sent.end):
                m = self.match_at.get(i)
                if m is None or m.start != i:
                    continue
                e = next((x for x in m.entries if x.what in ("country", "demonym", "capital", "seat")), None)
                if e is not None and e.country and e.country != "IGO":
                    found.add(e.country)
            self._sentence_states[key] = found.pop() if len(found) == 1 else None
        return self._sentence_states[key]

    def sentence_armed_group(self, sent) -> tuple[str, str] | None:
        """(country, name) of the one armed group with a home country its sentence names:
        "the Islamic militant group Hamas ... militants fired rockets"."""
        found = {}
        for i in range(sent.start, sent.end):
            m = self.match_at.get(i)
            if m is None or m.start != i:
                continue
            e = next((x for x in m.entries if x.what == "body"), None)
            if e is not None and e.sector == "REB" and e.country and e.country != "IGO":
                found[e.country] = m.text
        return next(iter(found.items())) if len(found) == 1 else None

    def focus_other_than(self, iso3: str) -> tuple[str | None, str | None]:
        """The article's main country other than ``iso3`` (for a group backed by iso3)."""
        for c in self.ranked:
            if c != iso3:
                return c, None
        return None, None

    def register_people(self, doc, kb, day) -> None:
        """Before any mention is resolved, learn the article's full person names, so that a
        surname anywhere ("Huaman") finds the full name wherever it comes."""
        for m in self.matches:
            for e in m.entries:
                if e.what == "person":
                    self._remember(m.text, e.name)
                    self._remember(e.name, e.name)
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            end = ent.end
            # spaCy's PERSON sometimes stops before the surname ("Ana Quispe | Huaman")
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].head.i == end:
                end += 1
            toks = [t for t in doc[ent.start:end] if t.pos_ == "PROPN" and t.i not in self.match_at
                    and t.lower_ not in kb.roles]
            if len(toks) < 2 or toks[-1].i != end - 1:
                continue
            name = doc[toks[0].i:end].text
            office = kb.office(name, day, in_term_only=False)
            self._remember(name, office.name if office else name)

    def _remember(self, form: str, canonical: str) -> None:
        key = fold(form).lower()
        self.people.setdefault(key, canonical)
        if " " in key:
            self.people.setdefault(key.split()[-1], canonical)

    def person_by_name(self, name: str) -> str | None:
        """The canonical name of a person of this article called ``name``, if any."""
        key = fold(name).lower()
        hit = self.people.get(key)
        if hit is None and " " in key:
            # "Vladimir Putin" after "Putin" was learned: same person if the first names agree
            hit = self.people.get(key.split()[-1])
            if hit is not None and fold(hit).lower().split()[0] != key.split()[0]:
                hit = None
        return hit
