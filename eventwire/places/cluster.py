"""Spatial minimality: the readings of an article's place names that lie near readings of its
other names.

Local news names places that lie together: "Athens", "Frankston" and "Henderson County" are
three places of one Texas county, "Dublin", "Grove City" and "Franklin County" three of one
Ohio county.  Taken one by one, "Athens" is the Greek capital; taken together, the reading of
each name that lies near readings of the other names is the likelier one (the spatial
minimality heuristic of geoparsing: the article's places are resolved to the most compact
set of readings).  Chance closeness is rare at this scale: a name with 25 readings has one
within 50 km of a given point with a chance of about 2 % in the United States, so each other
name with a reading near a candidate is strong evidence for it.

``support(g, target, others)`` returns, for each reading of ``target``, the weight of the
other names (distinct folded names) that have a reading within ``NEAR_KM`` of it.  Only
local readings count (towns, counties, landmarks: a country's or a state's point says little
about where in it the article is), and only readings the name really names (its own name, or
an alternate that is a spelling of it: "St. Cloud" for Saint Cloud, "Athens" for Athens
County; not GeoNames' stray alternates such as "Franklin" for Columbus, Ohio).  A name with
very many readings ("Washington", "Franklin") weighs less: some reading of it lies near
almost anything.
"""
from __future__ import annotations

import math

from .gazetteer import Entry, Gazetteer, fold

# Features whose point says where a place is, at the scale of a county
LOCAL = frozenset({"city", "admin2", "landmark", "neighbourhood", "airport", "military base",
                   "island"})
# How near two readings must lie to support one another, in km: towns; a county's point is
# its centroid, which lies farther from its towns
NEAR_KM = 50.0
NEAR_KM_COUNTY = 80.0
# A supporting name with more local readings than this weighs SPREAD / its count
SPREAD = 12
# The words a county's name carries that news may leave out ("Athens" for Athens County)
KIND_WORDS = frozenset({"county", "parish", "borough", "township", "district", "municipality"})
# A country's or a state's name ("Lebanon", "Florida") names a town only when this many of
# the article's other names lie near the town, and never supports another name's town (nor
# does a national capital's name)
REGIONAL_NAME_SUPPORT = 2.0
_CELL = 1.0          # grid cell, in degrees
_ABBREVIATIONS = (("saint ", "st. "), ("sainte ", "ste. "), ("mount ", "mt. "), ("fort ", "ft. "),
                  ("st ", "st. "), ("mt ", "mt. "), ("ft ", "ft. "))


def _normal(key: str) -> str:
    for long, short in _ABBREVIATIONS:
        if key.startswith(long):
            return short + key[len(long):]
    return key


def named_by(e: Entry, key: str) -> bool:
    """Whether ``key`` (folded) is ``e``'s own name or an abbreviation of it ("St. Cloud" for
    Saint Cloud), rather than an alternate: GeoNames' stray alternates ("Franklin" for
    Columbus, Ohio) and a county's name without its kind word ("Richmond" for Richmond
    County: a bare name means the town) are rare senses."""
    if key in e.primary:
        return True
    name, key = _normal(fold(e.name)), _normal(key)
    return name == key or (e.feature == "admin2" and name.startswith(key + " ")
                           and name[len(key) + 1:] in KIND_WORDS)


def readings(g: Gazetteer, name: str) -> list[Entry]:
    """The local readings of ``name`` that have a point of their own."""
    key = fold(name)
    if key.startswith("the ") and key not in g:
        key = key[4:]
    return [e for e in g.candidates(name)
            if e.feature in LOCAL and e.point != "admin1" and named_by(e, key)]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Cluster:
    """The local readings of an article's names on a grid, to ask which names have a reading
    near a point."""

    def __init__(self, g: Gazetteer, names):
        self.g = g
        self.cells: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
        self.weight: dict[str, float] = {}
        for key in {fold(n) for n in names}:
            # hand-written rows are landmarks of national news ("White House"), not local
            found = [e for e in readings(g, key) if e.geonameid is not None]
            if not found or _regional(g, key) or _capital(g, key):
                continue
            self.weight[key] = min(1.0, SPREAD / len(found))
            for e in found:
                self.cells.setdefault(_cell(e), []).append((key, e))

    def support(self, name: str) -> dict[Entry, float]:
        """For each local reading of ``name``: the summed weight of the article's other names
        that have a reading near it (readings without support are left out)."""
        key = fold(name)
        regional = _regional(self.g, key)
        out = {}
        for e in readings(self.g, name):
            ci, cj = _cell(e)
            # the cells within NEAR_KM_COUNTY: one row of latitude, more columns of longitude
            # where the meridians converge
            wide = math.ceil(NEAR_KM_COUNTY / (111.0 * _CELL * max(0.1, math.cos(math.radians(e.lat)))))
            near: set[str] = set()
            for di in (-1, 0, 1):
                for dj in range(-wide, wide + 1):
                    for other, f in self.cells.get((ci + di, cj + dj), ()):
                        if other == key or other in near or f.name == e.name:
                            # a name never supports itself, nor another name of the same
                            # place ("Mexico City" and "Mexico", "New York" and "NYC")
                            continue
                        limit = NEAR_KM_COUNTY if "admin2" in (e.feature, f.feature) else NEAR_KM
                        if _km(e.lat, e.lon, f.lat, f.lon) <= limit:
                            near.add(other)
            weight = sum(self.weight[o] for o in near)
            if weight >= (REGIONAL_NAME_SUPPORT if regional else 1e-9):
                out[e] = weight
        return out


# Entities named after their town ("Douglas County Hospital", "Richmond Police Department")
INSTITUTION_LABELS = frozenset({"ORG", "FAC"})
# A region's name that is also a city's of this size names the city in an institution's name
BIG_CITY = 100_000


def institution_places(doc, g: Gazetteer) -> list[str]:
    """The place names that open the names of the article's institutions: "Douglas County"
    in "Douglas County Hospital", "St. Cloud" in "St. Cloud Hospital".  Local institutions
    bear the name of the town or county they serve, so these names say where the article
    is, though they are no place mentions themselves; the longest opening, at least one word
    shorter than the whole name, that has a local reading counts."""
    return [span.text for span in _openings(doc, lambda span: bool(readings(g, span.text)))]


def institution_regions(doc, g: Gazetteer) -> list[str]:
    """The admin-1 regions (codes) whose names open the names of the article's institutions:
    "Texas" in "Texas Forest Service", "Ohio" in "Ohio Department of Transportation".  A name
    that is also a country's ("Georgia") or a big city's ("New York Times", "Washington
    Post") is left out."""
    out = []
    for span in _openings(doc, lambda span: fold(span.text) in g):
        key = fold(span.text)
        found = g.lookup(key)
        regions = [e for e in found if e.feature == "admin1" and key in e.primary]
        if regions and not any((e.feature == "country" and key in e.primary)
                               or (e.feature == "city" and e.population >= BIG_CITY)
                               for e in found):
            out.append(regions[0].admin1)
    return out


def _openings(doc, known):
    """For each institution entity of at least two words, its longest capitalised opening,
    shorter than the whole name, that ``known`` accepts."""
    for ent in doc.ents:
        if ent.label_ not in INSTITUTION_LABELS or len(ent) < 2:
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        for end in range(ent.end - 1, start, -1):
            span = doc[start:end]
            if span.text[:1].isupper() and known(span):
                yield span
                break


def _regional(g: Gazetteer, key: str) -> bool:
    """Whether ``key`` is the own name of a country or an admin-1 region ("Florida", "Turkey",
    "Lebanon", "Alexandria"): its towns are its rare senses, or its senses too many."""
    return any(e.feature in ("country", "admin1") and key in e.primary for e in g.lookup(key))


def _capital(g: Gazetteer, key: str) -> bool:
    """Whether ``key`` is the own name of a national capital ("London", "Athens"): its towns
    elsewhere ("London, Ohio") are rare senses, too rare to vouch for a neighbour."""
    return any(key in e.primary and g.is_capital(e) for e in g.lookup(key))


def _cell(e: Entry) -> tuple[int, int]:
    return int(math.floor(e.lat / _CELL)), int(math.floor(e.lon / _CELL))
