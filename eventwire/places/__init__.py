"""Places: toponyms in the article resolved to the gazetteer (``gazetteer.py``).

``PlaceResolver()(doc, ex)`` fills ``ex.places``: the dateline's place, spaCy GPE/LOC/FAC
entities, proper-noun runs spaCy mislabels or misses when the gazetteer knows them, and
descriptions such as "the Kazakh capital".  Each name is resolved by ``choose``: population
and feature-type priors, a bonus for its own name over an alternate, for capitals, and for
countries the dateline and the rest of the article mention (by name or by a demonym).  The
second pass adds what the words around a name say (``cues.py``: "the state of Washington",
a list of countries, "Buffalo, New York" resolved as a town and its region together,
"Crawford County located in Pennsylvania") and where the article's other names lie: the
reading of a name near readings of the article's other names gains (``cluster.py``: spatial
minimality, "Athens" beside "Frankston" and "Henderson County" is the Texas town), where the
article's institutions are ("the Douglas County Hospital", "the Texas Forest Service": a
local institution bears its town's, county's or state's name).  A name that does not
resolve is simply left out; it never stops the others.  ``resolve_span`` (the benchmarks'
gold spans) also reads regional demonyms ("Minnesotans"), municipalities ("Jerome
Township") and, for a name the gazetteer lacks, the article's focus.

``resolve_place(name, context=None)`` resolves one name outside an article.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Extraction, Place
from .cluster import Cluster, institution_places, institution_regions
from .cues import REGIONAL, list_kinds, list_members, noun_kinds
from .gazetteer import FEATURE_PRIOR, Entry, Gazetteer, fold, load

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Entities spaCy gives another label that are still worth a gazetteer look-up
MAYBE_PLACE_LABELS = {"ORG", "PERSON", "NORP", "PRODUCT"}   # PRODUCT: "Kursk" (the submarine)
LOCATIVE_PREPS = {"in", "at", "near", "from", "to", "into", "outside", "inside", "across",
                  "over", "toward", "towards", "through", "around", "across", "via"}
DIRECTIONS = {"eastern", "western", "northern", "southern", "central", "northeastern",
              "northwestern", "southeastern", "southwestern", "east", "west", "north", "south",
              "mainland"}
_DEMONYM_CAPITAL = re.compile(r"\bthe ([A-Z][a-z]+(?: [A-Z][a-z]+)?) capital\b")
# what stands between a place and the region holding it: "Crawford County located in Pennsylvania"
_CONTAINED_IN = re.compile(r"^,? (?:(?:located|situated) )?in (?:the )?"
                           r"(?:(?:far )?(?:north|south|east|west|central|north-?east|north-?west|"
                           r"south-?east|south-?west)(?:ern)? )?$")


# Hand-written rows (regions, seas, landmarks) have no population; they are listed because
# news names them often, so they weigh like a city of a million.
HAND_ROW_WEIGHT = 6.0
# Nouns that, after a name, say it names a place: "the Kalbajar district", "Lachin corridor"
PLACE_NOUNS = {"district", "region", "province", "corridor", "city", "town", "village", "area",
               "exclave", "enclave", "complex", "valley", "island", "coast", "peninsula",
               "border", "port", "airport", "base", "neighborhood", "neighbourhood", "county",
               "state", "strip", "mountains", "river", "sea", "square", "palace", "bridge"}


# A country the article names (by name or demonym) favours its places: CONTEXT_BONUS a
# mention, at most CONTEXT_MAX
CONTEXT_BONUS = 0.5
CONTEXT_MAX = 1.0
# The article's other places (second pass): a candidate in the admin-1 region the article
# names ("Paris" beside "Kentucky" or "Ky.") gains ADMIN1_BONUS; one in the country most of
# the article's places lie in gains up to DOMINANT_BONUS (from none when it holds half of
# them to all of it when it holds all of them).
ADMIN1_BONUS = 3.0
# … and half of it when the region is not named but other places of the article lie in it
# (an admin-1 region can be as large as England, so that is weaker evidence)
ADMIN1_IMPLIED_BONUS = 1.5
DOMINANT_BONUS = 4.0
DOMINANT_MIN_PLACES = 3
# The "minimum distance" heuristic of geoparsing: places an article names together lie near
# one another, so a candidate near one of the article's other towns gains up to NEAR_BONUS
# (all of it within NEAR_KM[0] km, two thirds within NEAR_KM[1], a third within NEAR_KM[2]).
NEAR_BONUS = 3.0
NEAR_KM = (30.0, 100.0, 250.0)
# Spatial minimality (``cluster.py``): a reading near readings of the article's other names
# gains CLUSTER_BONUS for each such name (weighted by how few readings it has), at most
# CLUSTER_MAX names' worth
CLUSTER_BONUS = 3.0
CLUSTER_MAX = 3.0
# A national capital keeps its name against a homonym unless that many of the article's
# other names support the homonym
CLUSTER_OVER_CAPITAL = 2.0
# The places within this distance of a town count towards its being the article's focus
FOCUS_KM = 80.0
# A nationality word ("Canadian", "English") stands for its country, not for a town that
# happens to bear it, unless the town is a city of this size
DEMONYM_TOWN_POPULATION = 100_000
# Features whose point says where the article is (a country's or a state's point does not)
LOCAL_FEATURES = {"city", "admin2", "landmark", "neighbourhood", "airport", "military base"}


@dataclass
class Setting:
    """What the article says about where it is: counts of the countries and admin-1 regions
    of its other resolved places."""
    countries: Counter
    admin1: Counter           # admin-1 regions named ("Kentucky", "Ky.")
    admin1_implied: Counter = None   # admin-1 regions of the cities named
    towns: tuple = ()                # (lat, lon) of its towns and other local places
    cluster: dict = None             # reading -> weight of the other names near it (cluster.py)

    def supported(self, e: Entry) -> float:
        return min(CLUSTER_MAX, self.cluster.get(e, 0.0)) if self.cluster else 0.0

    def near(self, e: Entry) -> float:
        """NEAR_BONUS scaled by how close ``e`` lies to the nearest of the article's towns."""
        if not self.towns or e.point == "admin1":
            return 0.0
        d = min(_km(e.lat, e.lon, lat, lon) for lat, lon in self.towns)
        for k, limit in enumerate(NEAR_KM):
            if d <= limit:
                return NEAR_BONUS * (len(NEAR_KM) - k) / len(NEAR_KM)
        return 0.0

    def share(self, iso3: str) -> float:
        n = sum(self.countries.values())
        return self.countries[iso3] / n if n >= DOMINANT_MIN_PLACES else 0.0


def _score(g: Gazetteer, e: Entry, key: str, context: Counter, home: str | None,
           setting: Setting | None = None) -> float:
    size = math.log10(e.population + 10) if e.geonameid else HAND_ROW_WEIGHT
    s = 1.5 * size + FEATURE_PRIOR.get(e.feature, 0.0)
    if key in e.primary:
        s += 2.5
        if g.is_capital(e):
            s += 2.0
    if home and e.country == home:
        s += 1.5
    if context.get(e.country):
        s += min(CONTEXT_MAX, CONTEXT_BONUS * context[e.country])
    if setting is not None:
        if e.admin1 and setting.admin1.get(e.admin1):
            s += ADMIN1_BONUS
        elif e.admin1 and setting.admin1_implied and setting.admin1_implied.get(e.admin1):
            # a region holding the article's towns ("Georgia" beside Atlanta and Macon) is
            # well attested; a town in the same region as another is less so
            s += ADMIN1_BONUS if e.feature == "admin1" else ADMIN1_IMPLIED_BONUS
        # nothing at half the places, all of it when every other place lies in the country
        share = setting.share(e.country)
        if share > 0.5:
            s += DOMINANT_BONUS * (share - 0.5) / 0.5
        # both count: the first pass's towns near it and the other names with a reading
        # near it (which also sees the readings the first pass passed over)
        s += setting.near(e) + CLUSTER_BONUS * setting.supported(e)
    return s


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _inside(e: Entry, region: Entry) -> bool:
    """Whether ``e`` lies in the admin-1 region or country ``region``."""
    return e is not region and (
        (region.feature == "admin1" and e.admin1 == region.admin1)
        or (region.feature == "country" and e.country == region.country))


def choose(g: Gazetteer, name: str, context: Counter | None = None,
           home: str | None = None, setting: Setting | None = None,
           within: Entry | None = None, kinds: frozenset = frozenset()) -> tuple[Entry | None, dict]:
    """The best gazetteer entry for a name, and why.  ``within``: the admin-1 region or
    country the text puts it in ("Paris, Ky."), which keeps only the entries inside it
    (when there are any).  ``kinds``: the features the context calls for (``cues``: "the
    state of Washington", a list of countries), which keeps only the entries of those
    features (when there are any)."""
    cands = g.candidates(name)
    if within is not None:
        cands = [e for e in cands if _inside(e, within)] or cands
    if kinds:
        cands = [e for e in cands if e.feature in kinds] or cands
    if not cands:
        return None, {}
    key = fold(name)
    if key.startswith("the ") and key not in g:
        key = key[4:]
    context = context or Counter()
    scored = sorted(((_score(g, e, key, context, home, setting), i, e) for i, e in enumerate(cands)),
                    key=lambda t: (-t[0], t[1]))
    best_score, _, best = scored[0]
    if setting is not None and not g.is_capital(best) and any(g.is_capital(e) for e in cands):
        # a national capital ("Washington", "Paris") keeps its name against a homonym that
        # only the article's country or neighbouring towns favour; a named region can win
        plain = Setting(Counter(), setting.admin1, Counter())
        top = max(cands, key=lambda e: _score(g, e, key, context, home, plain))
        if g.is_capital(top) and best.admin1 not in setting.admin1 \
                and setting.supported(best) < CLUSTER_OVER_CAPITAL:
            best, best_score = top, _score(g, top, key, context, home, plain)
    if best.feature == "country" and key != fold(best.name):
        # "England", "Wales": a country's other name that is the own name of one of its
        # admin-1 regions names the region (the country stays the same, the point is nearer)
        region = next((e for e in cands if e.feature == "admin1" and e.country == best.country
                       and key in e.primary), None)
        if region is not None:
            best = region
    if best.feature == "admin1" and "admin1" not in kinds:
        # "New York", "Kiev": a region and its big city share the name; news means the city
        # (unless the context calls for a region: "New York state", "Buffalo, New York")
        city = [e for _, _, e in scored if e.feature == "city" and e.country == best.country
                and e.population >= 100_000]
        if city:
            best = city[0]
    why = {"score": round(best_score, 2), "candidates": len(cands)}
    if kinds:
        why["kinds"] = "|".join(sorted(kinds))
    return best, why


def _place(text: str, start: int, e: Entry, rule: str, why: dict) -> Place:
    why = {"rule": rule, **why}
    if e.admin1:
        why["admin1"] = e.admin1
    if e.point:
        why["point"] = e.point
    return Place(text=text, name=e.name, country=e.country or None, lat=e.lat, lon=e.lon,
                 start=start, end=start + len(text), geonameid=e.geonameid, feature=e.feature,
                 population=e.population or None, explain=why)


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
            # a lower-case word ("metro") is a proper noun only to the tagger
            if (j > i or not doc[i].ent_type_) and span.text[:1].isupper():
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
        for ent in doc.ents:
            if ent.label_ == "NORP":          # "the Indonesian island of Java"
                iso3 = g.demonyms.get(fold(ent.text))
                if iso3:
                    context[iso3] += 1
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
            best, why = choose(g, text[s:e], context, home, kinds=noun_kinds(text, s, e))
            if best is None:
                continue
            places.append(_place(text[s:e], s, best, rule, why))
            seen.add((s, e))
        places.sort(key=lambda p: p.start)
        institutions = institution_places(doc, g)
        regions = Counter(institution_regions(doc, g))
        for _ in range(2):          # the second round sees the regions the first one settled
            self._reresolve(places, context, home, text, institutions, regions)
        places = [_placed(p, places) for p in places]
        for m in _DEMONYM_CAPITAL.finditer(text):
            iso3 = g.demonyms.get(fold(m.group(1)))
            cap = g.capital_of(iso3) if iso3 else None
            if cap is not None:
                places.append(_place(m.group(0), m.start(), cap, "demonym capital",
                                     {"demonym": m.group(1)}))
        places.sort(key=lambda p: p.start)
        ex.places.extend(places)

    def _qualifier(self, places: list[Place], k: int, text: str,
                   spans: list | None = None) -> Entry | None:
        """"Paris, Ky." / "London, Ontario" / "Hinton, Iowa" / "Crawford County in
        Pennsylvania": the admin-1 region or country named right after a place, set off by a
        comma or "(located) in", says which place it is."""
        if k + 1 >= len(places):
            return None
        p, q = places[k], places[k + 1]
        if text[p.end:q.start] not in (", ", ",") and not _CONTAINED_IN.match(text[p.end:q.start]):
            return None
        spans = spans or [(x.start, x.end) for x in places]
        if len(list_members(text, spans, k + 1)) > 1:
            return None                       # "Niger, Nigeria and Togo": a list, not a qualifier
        if q.feature == "admin1":
            return self.g.admin1.get(q.explain.get("admin1", ""))
        if q.feature == "country":
            return self.g.countries.get(q.country)
        return None

    def _reresolve(self, places: list[Place], context: Counter, home: str | None,
                   text: str = "", institutions: list[str] = (),
                   regions: Counter | None = None) -> None:
        """Second pass: resolve each non-dateline place again, knowing where the article's
        other places lie (``Setting``); a name never counts as its own evidence (its other
        mentions were resolved the same way)."""
        if len(places) < 2 and not institutions and not regions:
            return
        setting = self._setting(places)
        if regions:                 # the regions the article's institutions are named after
            setting.admin1.update(regions)
        by_name: dict[str, Setting] = {}
        for p in places:
            by_name.setdefault(fold(p.text), Setting(Counter(), Counter(), Counter()))
        for name in by_name:
            by_name[name] = self._setting([p for p in places if fold(p.text) == name])
        spans = [(p.start, p.end) for p in places]
        features = [p.feature for p in places]
        joint = self._town_region_pairs(places, spans, text)
        # the countries each name itself put in the context (one per mention)
        mentions = Counter(fold(p.text) for p in places)
        named = {name: Counter({c.country: mentions[name] for c in self.g.candidates(name)
                                if c.feature == "country"}) for name in by_name}
        cluster = Cluster(self.g, [*by_name, *institutions])
        support = {name: cluster.support(name) for name in by_name}
        for k, p in enumerate(places):
            if p.explain.get("rule") == "dateline":
                continue
            own = by_name[fold(p.text)]
            within = joint.get(k + 1) or self._qualifier(places, k, text, spans)
            name = fold(p.text)
            towns = tuple((q.lat, q.lon) for q in places
                          if q.feature in LOCAL_FEATURES and fold(q.text) != name and q.lat is not None
                          and q.explain.get("point") != "admin1")
            kinds = noun_kinds(text, p.start, p.end) or list_kinds(text, spans, features, k)
            if k in joint:
                best, why = joint[k], {"rule part": "the region of 'Town, Region'"}
            else:
                # a country's name is no evidence for its own reading ("Georgia" beside
                # Atlanta): the context of the other names only
                best, why = choose(self.g, p.text, context - named[name], home,
                                   Setting(setting.countries - own.countries, setting.admin1 - own.admin1,
                                           setting.admin1_implied - own.admin1_implied, towns,
                                           support[name]), within, kinds)
            if within is not None and best is not None:
                why["within"] = within.name
            if within is not None and within.feature == "country" and best is not None \
                    and best.country != within.country and k not in joint and k + 1 < len(places) \
                    and _CONTAINED_IN.match(text[p.end:places[k + 1].start]) \
                    and "in" in text[p.end:places[k + 1].start].split():
                # "Solhan, in northern Burkina Faso": the text puts the town in a country none
                # of the gazetteer's readings lies in: another town of that name, whose country
                # the text gives and whose point is unknown.  Only an explicit "in": a bare
                # comma may end the phrase ("at the U.N. in New York, Russia's ambassador said")
                places[k] = Place(text=p.text, name=p.text, country=within.country, lat=None, lon=None,
                                  start=p.start, end=p.end, feature=p.feature,
                                  explain={"rule": p.explain.get("rule", ""), "within": within.name,
                                           "second pass": True, "unlisted": best.name})
                continue
            if best is not None and (best.geonameid, best.name) != (p.geonameid, p.name):
                places[k] = _place(p.text, p.start, best, p.explain.get("rule", ""),
                                   {**why, "second pass": True})

    def _town_region_pairs(self, places: list[Place], spans: list, text: str) -> dict[int, Entry]:
        """"Buffalo, New York", "Fujian, China": a name after a place and a comma, outside a
        list, that has a reading as an admin-1 region or country holding one of the place's
        readings names that region (both parts resolved together): {index of the region's
        name: the region}.  Of several such readings the most populous."""
        out = {}
        for k in range(1, len(places)):
            p, q = places[k - 1], places[k]
            if text[p.end:q.start] not in (", ", ",") or len(list_members(text, spans, k)) > 1:
                continue
            if q.explain.get("rule") == "dateline":
                continue
            towns = self.g.candidates(p.text)
            cands = self.g.candidates(q.text)
            regions = [e for e in cands if e.feature in REGIONAL and any(_inside(t, e) for t in towns)]
            if not regions:
                continue
            # "Queens, New York", "Brooklyn, New York": a borough is qualified by its city
            if p.lat is not None and any(e.feature == "city" and e.population >= 100_000
                                         and _km(e.lat, e.lon, p.lat, p.lon) <= NEAR_KM[0]
                                         for e in cands):
                continue
            out[k] = max(regions, key=lambda e: e.population)
        return out

    def _setting(self, places: list[Place]) -> Setting:
        countries, admin1, implied = Counter(), Counter(), Counter()
        for p in places:
            if p.country:
                countries[p.country] += 1
            code = p.explain.get("admin1")
            if code:
                (admin1 if p.feature == "admin1" else implied)[code] += 1
        return Setting(countries, admin1, implied)

    def resolve_span(self, doc: Doc, ex: Extraction, start: int, end: int) -> Place | None:
        """Resolve the stretch ``doc.text[start:end]`` as a place, after the stage has run on
        ``ex``: the place found there if any, else the name resolved with the article's
        countries as context (a demonym, "Turkish", stands for its country), else, when the
        caller says it is a place but the gazetteer does not know it, the article's focus."""
        for p in ex.places:
            if p.start == start and p.end == end:
                return p
        text = doc.text[start:end]
        context: Counter = Counter(p.country for p in ex.places if p.country)
        dl = ex.article.dateline
        home = next((p.country for p in ex.places
                     if dl is not None and p.explain.get("rule") == "dateline"), None)
        key = fold(text)
        others = [p for p in ex.places if fold(p.text) != key]
        setting = self._setting(others)
        setting.admin1.update(institution_regions(doc, self.g))
        setting.towns = tuple((p.lat, p.lon) for p in others if p.feature in LOCAL_FEATURES
                              and p.explain.get("point") != "admin1" and p.lat is not None)
        cluster = Cluster(self.g, {fold(p.text) for p in ex.places} | {key}
                          | set(institution_places(doc, self.g)))
        setting.cluster = cluster.support(text)
        # the cues of the words around it and of the list it stands in
        spans = sorted([(p.start, p.end, p.feature) for p in ex.places] + [(start, end, "")])
        k = spans.index((start, end, ""))
        kinds = noun_kinds(doc.text, start, end) or list_kinds(
            doc.text, [x[:2] for x in spans], [x[2] for x in spans], k)
        for name in _name_variants(text):
            best, why = choose(self.g, name, context, home, setting, kinds=kinds)
            iso3 = self.g.demonyms.get(fold(name))
            if best is not None and not (iso3 and best.feature == "city"
                                         and best.population < DEMONYM_TOWN_POPULATION):
                return _placed(_place(text, start, best, "gold span", why), ex.places)
            country = self.g.countries.get(iso3) if iso3 else None
            if country is not None:
                return _place(text, start, country, "gold span (demonym)", {"demonym": name})
            continent = self.g.continent_of_adjective(name)
            if continent is not None:
                return _place(text, start, continent, "gold span (adjective)", {"adjective": name})
        town = _municipality(text)
        if town:
            # "Jerome Township", "Town of Groton": the town of that name near the article's
            # other places (without such support the bare name is too loose a clue)
            support = cluster.support(town)
            if support:
                best = max(support, key=lambda e: (support[e], e.population))
                return _place(text, start, best, "gold span (municipality)",
                              {"municipality": town, "support": round(support[best], 2)})
        region = self._regional_demonym(text, context, home, setting)
        if region is not None:
            return _placed(_place(text, start, region[0], "gold span (regional demonym)", region[1]),
                        ex.places)
        return self._focus(ex, text, start)

    def _regional_demonym(self, word: str, context: Counter, home: str | None,
                          setting: Setting) -> tuple[Entry, dict] | None:
        """"Minnesotans", "Ohioans", "Texan", "Richmondites": a people named after a region or
        a town stands for it.  The word less its suffix ("-ans", "-ian", "-ites", ...),
        with the ending the suffix replaced restored ("Minnesot-a", "Kentuck-y", "Tex-as"),
        when that is the own name of an admin-1 region or a town."""
        if not word[:1].isupper():
            return None
        for stem in demonym_stems(word):
            key = fold(stem)
            if not any(key in e.primary and e.feature in ("admin1", "city")
                       for e in self.g.candidates(stem)):
                continue
            best, why = choose(self.g, stem, context, home, setting, kinds=frozenset({"admin1", "city"}))
            if best is not None:
                return best, {**why, "demonym of": best.name}
        return None

    def _focus(self, ex: Extraction, text: str, start: int) -> Place | None:
        """A name the gazetteer lacks (a street, a building, a neighbourhood) most likely lies
        in the place the article is about: of its towns and counties the one at the centre of
        the others (mentions, plus the other names within FOCUS_KM of it), else its most
        named region, else country."""
        local = [p for p in ex.places if p.feature in ("city", "admin2") and p.lat is not None
                 and p.explain.get("point") != "admin1"]
        if local:
            mentions = Counter((p.name, p.country) for p in local)

            def centrality(p: Place) -> int:
                near = {fold(q.text) for q in local if fold(q.text) != fold(p.text)
                        and _km(p.lat, p.lon, q.lat, q.lon) <= FOCUS_KM}
                return mentions[(p.name, p.country)] + len(near)
            focus = max(local, key=centrality)          # the first of equals
            return self._at(focus, text, start)
        for features in (("admin1",), ("country",)):
            counts = Counter((p.name, p.country) for p in ex.places if p.feature in features)
            if counts:
                (name, country), _ = counts.most_common(1)[0]
                return self._at(next(p for p in ex.places if (p.name, p.country) == (name, country)),
                                text, start)
        return None

    @staticmethod
    def _at(p: Place, text: str, start: int) -> Place:
        return Place(text=text, name=p.name, country=p.country, lat=p.lat, lon=p.lon,
                     start=start, end=start + len(text), geonameid=p.geonameid,
                     feature=p.feature, population=p.population,
                     explain={"rule": "not in the gazetteer: the article's focus",
                              "focus": p.name})

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


def _placed(p: Place, places: list[Place]) -> Place:
    """A region the gazetteer could place only at its admin-1 region's point (an admin-2 region
    with no point of its own: no census centroid, no city of 15,000) is put at the article's
    most named town in that admin-1 region: the
    county an article names is most likely the one around the towns it names."""
    if p.explain.get("point") != "admin1":
        return p
    region = p.explain.get("admin1")
    towns = Counter((q.lat, q.lon) for q in places
                    if q.feature == "city" and q.explain.get("admin1") == region)
    if not towns:
        return p
    (lat, lon), _ = towns.most_common(1)[0]
    return Place(text=p.text, name=p.name, country=p.country, lat=lat, lon=lon, start=p.start,
                 end=p.end, geonameid=p.geonameid, feature=p.feature, population=p.population,
                 explain={**p.explain, "point": "the article's town in its admin-1 region"})


# "-ans" → "" ("Ohioans"), "-ans" → "a" ("Minnesotans"), "-ians" → "y" ("Kentuckians"), ...
_DEMONYM_SUFFIXES = (("ians", ("a", "o", "y", "")), ("ian", ("a", "o", "y", "")),
                     ("ans", ("", "a", "as", "o")), ("an", ("", "a", "as", "o")),
                     ("ites", ("", "e")), ("ite", ("", "e")),
                     ("ers", ("",)), ("er", ("",)))


def demonym_stems(word: str) -> list[str]:
    """The names a demonym may be made from, likeliest first (``_DEMONYM_SUFFIXES``)."""
    out = []
    for suffix, endings in _DEMONYM_SUFFIXES:
        if word.lower().endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            out += [base + ending for ending in endings]
    return list(dict.fromkeys(out))


_MUNICIPALITY = re.compile(r"^(?:(?:the )?(?:Town|City|Village|Township|Borough) of (?P<a>.+)"
                           r"|(?P<b>.+?) (?:Township|Twp\.?|Borough|Village))$", re.IGNORECASE)
# "U.S", "N.Y": an abbreviation that lost its last dot (to the sentence's full stop)
_CLIPPED_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]?\.)+[A-Z][a-z]?$")


def _municipality(text: str) -> str | None:
    """"Jerome Township" → "Jerome", "Town of Groton" → "Groton"."""
    m = _MUNICIPALITY.match(text)
    return (m.group("a") or m.group("b")) if m else None


def _name_variants(text: str) -> list[str]:
    """The name as written, then without a possessive or a leading article."""
    out = [text]
    if _CLIPPED_ABBREVIATION.match(text):
        out.append(text + ".")
    for suffix in ("'s", "\u2019s", "'"):
        if text.endswith(suffix):
            out.append(text[: -len(suffix)])
    if text.lower().startswith("the "):
        out.append(text[4:])
    if text.endswith("s") and len(text) > 4:
        out.append(text[:-1])            # a plural demonym: "Palestinians"
    return out


_resolver: PlaceResolver | None = None


def resolve_place(name: str, context: str | None = None) -> Place | None:
    """Resolve one place name; ``context`` (e.g. "Ukraine" or "near Donetsk, Ukraine") names
    countries or places that make one reading likelier.  A qualified name, "Paris, Ky.",
    is the name and its context."""
    g = load()
    if "," in name and not g.candidates(name):
        name, _, qualifier = name.partition(",")
        name = name.strip()
        context = f"{qualifier}, {context}" if context else qualifier
    ctx: Counter = Counter()
    named_admin1: Counter = Counter()
    if context:
        for part in re.split(r"[,;]| in | near ", context):
            best, _ = choose(g, part.strip()) if part.strip() else (None, {})
            if best is not None:
                if best.country:
                    ctx[best.country] += 1
                if best.feature == "admin1":
                    named_admin1[best.admin1] += 1
    # the caller's context is explicit, so it weighs like a dateline
    home = ctx.most_common(1)[0][0] if ctx else None
    qualifier = None
    if named_admin1:
        qualifier = g.admin1.get(named_admin1.most_common(1)[0][0])
    elif home:
        qualifier = g.countries.get(home)
    best, why = choose(g, name, ctx, home, Setting(Counter(), named_admin1, Counter()), qualifier)
    if best is None:
        return None
    return _place(name, 0, best, "resolve_place", why)
