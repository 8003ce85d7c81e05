"""Places: toponyms in the article resolved to the gazetteer (``gazetteer.py``).

``PlaceResolver()(doc, ex)`` fills ``ex.places``: the dateline's place, spaCy GPE/LOC/FAC
entities, proper-noun runs spaCy mislabels or misses when the gazetteer knows them, and
descriptions such as "the Kazakh capital".  Each name is resolved by ``choose``: population
and feature-type priors, a bonus for its own name over an alternate, for capitals, and for
countries the dateline and the rest of the article mention.  A name that does not resolve
is simply left out; it never stops the others.

``resolve_place(name, context=None)`` resolves one name outside an article.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from spacy.tokens import Doc

from ..model import Extraction, Place
from .gazetteer import FEATURE_PRIOR, Entry, Gazetteer, fold, load

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities spaCy gives another label that are still worth a gazetteer look-up
MAYBE_PLACE_LABELS = {"ORG", "PERSON", "NORP"}
LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across",
                  "over", "toward", "towards", "through", "around", "across", "via"}
DIRECTIONS = {"eastern", "western", "northern", "southern", "central", "northeastern",
              "northwestern", "southeastern", "southwestern", "east", "west", "north", "south",
              "mainland"}
_DEMONYM_CAPITAL = re.compile(r"\bthe ([A-Z][a-z]+(?: [A-Z][a-z]+)?) capital\b")


# Hand-written rows (regions, seas, landmarks) have no population; they are listed because
# news names them often, so they weigh like a city of a million.
HAND_ROW_WEIGHT = 6.0
# Nouns that, after a name, say it names a place: "the Kalbajar district", "Lachin corridor"
PLACE_NOUNS = {"district", "region", "province", "corridor", "city", "town", "village", "area",
               "exclave", "enclave", "complex", "valley", "island", "coast", "peninsula",
               "border", "port", "airport", "base", "neighborhood", "neighbourhood", "county",
               "state", "strip", "mountains", "river", "sea", "square", "palace", "bridge"}


def _score(g: Gazetteer, e: Entry, key: str, context: Counter, home: str | None) -> float:
    size = math.log10(e.population + 10) if e.geonameid else HAND_ROW_WEIGHT
    s = 1.5 * size + FEATURE_PRIOR.get(e.feature, 0.0)
    if key in e.primary:
        s += 2.5
        if g.is_capital(e):
            s += 2.0
    if home and e.country == home:
        s += 1.5
    if context.get(e.country):
        s += min(1.0, 0.5 * context[e.country])
    return s


def choose(g: Gazetteer, name: str, context: Counter | None = None,
           home: str | None = None) -> tuple[Entry | None, dict]:
    """The best gazetteer entry for a name, and why."""
    cands = g.candidates(name)
    if not cands:
        return None, {}
    key = fold(name)
    if key.startswith("the ") and key not in g.index:
        key = key[4:]
    context = context or Counter()
    scored = sorted(((_score(g, e, key, context, home), i, e) for i, e in enumerate(cands)),
                    key=lambda t: (-t[0], t[1]))
    best_score, _, best = scored[0]
    if best.feature == "admin1":
        # "New York", "Kiev": a region and its big city share the name; news means the city
        city = [e for _, _, e in scored if e.feature == "city" and e.country == best.country
                and e.population >= 100_000]
        if city:
            best = city[0]
    return best, {"score": round(best_score, 2), "candidates": len(cands)}


def _place(text: str, start: int, e: Entry, rule: str, why: dict) -> Place:
    return Place(text=text, name=e.name, country=e.country, lat=e.lat, lon=e.lon, start=start,
                 end=start + len(text), geonameid=e.geonameid, feature=e.feature,
                 population=e.population or None, explain={"rule": rule, **why})


class PlaceResolver:
    def __init__(self, gazetteer: Gazetteer | None = None):
        self.g = gazetteer or load()

    # -- finding toponyms -----------------------------------------------------------------
    def _mentions(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start_char, end_char, rule) of every stretch that may name a place."""
        g = self.g
        out = []
        taken = set()
        for ent in doc.ents:
            start, end = ent.start, ent.end
            if doc[start].lower_ == "the":
                start += 1
            if start >= end:
                continue
            span = doc[start:end]
            # "Lachin corridor", "Aegean coast": the name with its place noun, when known
            if end < len(doc) and doc[end].lower_ in PLACE_NOUNS and g.candidates(doc[start:end + 1].text):
                span = doc[start:end + 1]
            elif ent.label_ == "NORP" and end < len(doc) and g.candidates(doc[start:end + 1].text):
                span = doc[start:end + 1]            # "Palestinian territories"
            if ent.label_ in PLACE_LABELS:
                rule = f"spacy {ent.label_}"
            elif ent.label_ in MAYBE_PLACE_LABELS and self._mislabelled(span):
                rule = f"gazetteer ({ent.label_} by spaCy)"
            else:
                continue
            # "eastern Ukraine": keep the direction when the gazetteer knows the region
            if start > 0 and doc[start - 1].lower_ in DIRECTIONS:
                wider = doc[start - 1:end]
                if g.candidates(wider.text):
                    span = wider
            out.append((span.start_char, span.end_char, rule))
            taken.update(range(span.start, span.end))
        # proper-noun runs (hyphens inside kept: "Mazar-i-Sharif") that spaCy split or
        # labelled otherwise, when no place mention covers them yet
        i = 0
        n = len(doc)
        while i < n:
            if doc[i].pos_ != "PROPN" or i in taken:
                i += 1
                continue
            j = i
            while j + 1 < n and j + 1 not in taken and (
                    doc[j + 1].pos_ == "PROPN"
                    or (doc[j + 1].tag_ == "HYPH" and j + 2 < n and doc[j + 2].pos_ == "PROPN")):
                j += 1
            span = doc[i:j + 1]
            if j > i or not doc[i].ent_type_:      # a lone entity token was judged above
                if self._mislabelled(span):
                    out.append((span.start_char, span.end_char, "gazetteer (proper nouns)"))
            i = j + 1
        return out

    def _mislabelled(self, span) -> bool:
        """A span spaCy did not call a place is taken when the gazetteer knows it and the
        name is unlikely to be anything else (a country, region or landmark; a big city), or
        its syntax says place: after a locative preposition, before a place noun, or in
        apposition or coordination with a place."""
        cands = self.g.candidates(span.text)
        if not cands:
            return False
        key = fold(span.text)
        own = [e for e in cands if key in e.primary]
        if self._place_syntax(span):
            return True
        if span.label_ == "PERSON" and len(span) > 1:
            return False                  # "Jordan Henderson": a person named like a place
        if any(e.feature != "city" for e in own):
            return True
        return any(e.feature == "city" and e.population >= (100_000 if e in own else 500_000)
                   for e in cands)

    @staticmethod
    def _place_syntax(span) -> bool:
        doc = span.doc
        if span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE_PREPS:
            return True
        if span.end < len(doc) and doc[span.end].lower_ in PLACE_NOUNS:
            return True
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            return True
        if root.dep_ in ("appos", "conj") and root.head.ent_type_ in PLACE_LABELS:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in PLACE_NOUNS:
            return True                       # "the city of Alexandroupolis"
        return False

    # -- the stage --------------------------------------------------------------------------
    def __call__(self, doc: Doc, ex: Extraction) -> None:
        g = self.g
        text = doc.text
        mentions = self._mentions(doc)
        # context: countries named in the article (by the country itself or a demonym)
        context: Counter = Counter()
        for s, e, _ in mentions:
            for c in g.candidates(text[s:e]):
                if c.feature == "country":
                    context[c.country] += 1
        home = None
        dl = ex.article.dateline
        dateline_places = []
        if dl is not None and dl.text:
            dateline_places, home = self._dateline(dl, context)
        for p in dateline_places:
            context[p.country] += 1
        places = list(dateline_places)
        seen = {(p.start, p.end) for p in places}
        for s, e, rule in mentions:
            if (s, e) in seen or any(p.start <= s < p.end for p in dateline_places):
                continue
            best, why = choose(g, text[s:e], context, home)
            if best is None:
                continue
            places.append(_place(text[s:e], s, best, rule, why))
            seen.add((s, e))
        for m in _DEMONYM_CAPITAL.finditer(text):
            iso3 = g.demonyms.get(fold(m.group(1)))
            cap = g.capital_of(iso3) if iso3 else None
            if cap is not None:
                places.append(_place(m.group(0), m.start(), cap, "demonym capital",
                                     {"demonym": m.group(1)}))
        places.sort(key=lambda p: p.start)
        ex.places.extend(places)

    def _dateline(self, dl, context: Counter) -> tuple[list[Place], str | None]:
        """'ANTALYA, Turkey': the city, resolved with the country (or state) after it."""
        parts, pos = [], 0
        for chunk in dl.text.split(","):
            lead = len(chunk) - len(chunk.lstrip())
            if chunk.strip():
                parts.append((chunk.strip(), dl.start + pos + lead))
            pos += len(chunk) + 1
        if not parts:
            return [], None
        hint = Counter()
        out = []
        for name, start in parts[1:]:
            best, why = choose(self.g, name, context)
            if best is not None:
                hint[best.country] += 3
                out.append(_place(name, start, best, "dateline", why))
        name, start = parts[0]
        best, why = choose(self.g, name, hint + context if hint else context)
        if best is None:
            return out, (next(iter(hint)) if hint else None)
        out.insert(0, _place(name, start, best, "dateline", why))
        return out, best.country


_resolver: PlaceResolver | None = None


def resolve_place(name: str, context: str | None = None) -> Place | None:
    """Resolve one place name; ``context`` (e.g. "Ukraine" or "near Donetsk, Ukraine") names
    countries or places that make one reading likelier."""
    g = load()
    ctx: Counter = Counter()
    if context:
        for part in re.split(r"[,;]| in | near ", context):
            best, _ = choose(g, part.strip())
            if best is not None:
                ctx[best.country] += 1
    # the caller's context is explicit, so it weighs like a dateline
    home = ctx.most_common(1)[0][0] if ctx else None
    best, why = choose(g, name, ctx, home)
    if best is None:
        return None
    return _place(name, 0, best, "resolve_place", why)
