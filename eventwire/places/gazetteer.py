"""The gazetteer: GeoNames places (countries, admin-1 and admin-2 regions, cities and towns of
1,000 people and more) plus a hand-written table of regions and landmarks, indexed by folded
name.

Data: ``eventwire/data/gazetteer/places.tsv`` and ``index.tsv`` (built by
``build_gazetteer.py``), ``demonyms.tsv`` (nationality adjective → ISO3) and ``capitals.tsv``
(ISO3 → capital name).  Loading reads the key index and keeps the rows as text: a row becomes
an ``Entry`` the first time a look-up reaches it, so the 200k rows cost no parsing at start-up.
The object is built once per process (``load``).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# How a feature ranks when a name is ambiguous between kinds ("Georgia" the country or the
# US state, "Gaza" the strip or the city): news means the bigger, better-known unit.
FEATURE_PRIOR = {"continent": 3.0, "country": 3.0, "region": 2.5, "sea": 2.5, "landmark": 2.0, "admin1": -0.5,
                 "admin2": -1.0,
                 "island": 1.5, "military base": 2.0, "airport": 2.0, "neighbourhood": 1.0,
                 "city": 0.0}


@lru_cache(maxsize=1 << 16)
def fold(s: str, lower: bool = True) -> str:
    """Strip accents and normalise quotes/space, so "Mazār-e Sharīf" == "mazar-e sharif".
    Cached: the same names are folded again and again while an article is resolved."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'").replace("\u2018", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = " ".join(s.split())
    return s.lower() if lower else s


def read_table(name: str) -> list[dict]:
    """A hand-written TSV of DATA_DIR: ``#`` comment lines, then a header row."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#") and ln.strip()]
    return list(csv.DictReader(lines, delimiter="\t"))


_CELL = re.compile("[\t\n]")


class Entry(NamedTuple):
    """One gazetteer row (a named tuple: 160k of them are built at load, and a tuple is the
    cheapest immutable record to build)."""
    geonameid: int | None
    name: str
    country: str
    lat: float
    lon: float
    feature: str
    population: int
    primary: frozenset          # folded keys that are its own name (not an alternate)
    admin1: str = ""            # GeoNames admin-1 code "CC.A1" of a city or admin-1 region
    # how the point was found: "" GeoNames' own point; "census" the US Census Bureau's
    # polygon centroid (US states and counties); "towns" estimated from the places in
    # the region; "hand" hand-written; "admin1" none known (an admin-2 region placed at its
    # admin-1 region's point, which the stage moves to the article's towns in that region)
    point: str = ""


# Rows whose every lookup key is their own name (an alias such as "Ky." or "Britain" is as
# much the place's name as the GeoNames one); other rows own only their first key.
OWN_ALIAS_FEATURES = frozenset({"country", "admin1"})


class Gazetteer:
    def __init__(self, path: Path | None = None):
        path = path or DATA_DIR / "places.tsv"
        with open(path, encoding="utf-8") as fh:
            self._rows = fh.read().split("\n")[2:]            # attribution comment, header
        with open(path.with_name("index.tsv"), encoding="utf-8") as fh:
            next(fh)
            # key -> "row row …", split into entries only when looked up; one split of the
            # whole file into alternating keys and row lists is the fastest way to a dict
            cells = _CELL.split(fh.read().rstrip("\n"))
        self._keys: dict[str, str] = dict(zip(cells[0::2], cells[1::2]))
        self._entries: dict[int, Entry] = {}
        self._found: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        self.admin1: dict[str, Entry] = {}          # "US.KY" -> Kentucky
        for i, line in enumerate(self._rows):      # countries and admin-1 rows come first
            e = self._entry(i)
            if e is None or e.feature not in OWN_ALIAS_FEATURES:
                break
            if e.feature == "country":
                self.countries[e.country] = e
            else:
                self.admin1[e.admin1] = e
        self.demonyms = {fold(r["demonym"]): r["iso3"] for r in read_table("demonyms.tsv")}
        self.capitals = {r["iso3"]: r["capital"] for r in read_table("capitals.tsv")}
        self.capital_keys = {(fold(c), iso3) for iso3, c in self.capitals.items()}
        self.continent_adjectives = {fold(r["adjective"]): r["continent"]
                                     for r in read_table("continent_adjectives.tsv")}

    def _entry(self, i: int) -> Entry | None:
        e = self._entries.get(i)
        if e is None and i < len(self._rows) and self._rows[i]:
            gid, name, iso3, lat, lon, feat, pop, names, admin1, point = self._rows[i].split("\t")
            keys = names.split("|") if names else [fold(name)]     # empty: the name folded
            # "Washington, D.C.": the name before GeoNames' qualifier is its own name too
            prim = frozenset(keys + [keys[0].split(",")[0]])
            e = self._entries[i] = Entry(int(gid) if gid else None, name, iso3, float(lat), float(lon),
                                         feat, int(pop), prim, admin1, point)
        return e

    def lookup(self, key: str) -> list[Entry]:
        """The entries a folded key names (the index itself: no acronym filter)."""
        found = self._found.get(key)
        if found is None:
            rows = self._keys.get(key)
            found = [self._entry(int(i)) for i in rows.split()] if rows else []
            self._found[key] = found
        return found

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def candidates(self, name: str) -> list[Entry]:
        key = fold(name)
        found = self.lookup(key) if key in self._keys else None
        if found is None and key.startswith("the "):
            found = self.lookup(key[4:])
        if found and name.isupper() and len(name) <= 4 and "." not in name:
            # an acronym ("EU", "UN") is not a town whose name it spells in capitals ("Eu");
            # only an entry that has the acronym itself as a name (an alias) stands for it
            found = [e for e in found if e.feature != "city"]
        return found or []

    def continent_of_adjective(self, word: str) -> Entry | None:
        name = self.continent_adjectives.get(fold(word))
        return next((e for e in self.candidates(name) if e.feature == "continent"), None) if name else None

    def is_capital(self, e: Entry) -> bool:
        name = fold(e.name)
        return e.feature == "city" and ((name, e.country) in self.capital_keys
                                        or (name.split(",")[0], e.country) in self.capital_keys)

    def capital_of(self, iso3: str) -> Entry | None:
        cap = self.capitals.get(iso3)
        if not cap:
            return None
        cands = [e for e in self.candidates(cap) if e.country == iso3 and e.feature == "city"]
        return max(cands, key=lambda e: e.population, default=None)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer()
