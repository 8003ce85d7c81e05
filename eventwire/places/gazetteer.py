"""The gazetteer: GeoNames places (countries, admin-1 regions, cities ≥ 15,000) plus a
hand-written table of regions and landmarks, indexed by folded name.

Data: ``eventwire/data/gazetteer/places.tsv`` (built by ``build_gazetteer.py``),
``demonyms.tsv`` (nationality adjective → ISO3) and ``capitals.tsv`` (ISO3 → capital name).
Loading takes well under a second; the object is built once per process (``load``).
"""
from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# How a feature ranks when a name is ambiguous between kinds ("Georgia" the country or the
# US state, "Gaza" the strip or the city): news means the bigger, better-known unit.
FEATURE_PRIOR = {"continent": 3.0, "country": 3.0, "region": 2.5, "sea": 2.5, "landmark": 2.0, "admin1": -0.5,
                 "island": 1.5, "military base": 2.0, "airport": 2.0, "neighbourhood": 1.0,
                 "city": 0.0}


def fold(s: str, lower: bool = True) -> str:
    """Strip accents and normalise quotes/space, so "Mazār-e Sharīf" == "mazar-e sharif"."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'").replace("\u2018", "'"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = " ".join(s.split())
    return s.lower() if lower else s


def read_table(name: str) -> list[dict]:
    """A hand-written TSV of DATA_DIR: ``#`` comment lines, then a header row."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#") and ln.strip()]
    return list(csv.DictReader(lines, delimiter="\t"))


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


class Gazetteer:
    def __init__(self, path: Path | None = None):
        self.index: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        self.admin1: dict[str, Entry] = {}          # "US.KY" -> Kentucky
        with open(path or DATA_DIR / "places.tsv", encoding="utf-8") as fh:
            next(fh), next(fh)                        # attribution comment, header
            for line in fh:
                gid, name, iso3, lat, lon, feat, pop, names, admin1 = line.rstrip("\n").split("\t")
                keys = names.split("|")
                # primary keys: the entry's own name, and for hand-written, country and
                # admin-1 rows all aliases ("Ky." is Kentucky's own)
                # "Washington, D.C.": the name before GeoNames' qualifier is its own name too
                prim = frozenset(keys if (not gid or feat in ("country", "admin1"))
                                 else (keys[0], keys[0].split(",")[0]))
                e = Entry(int(gid) if gid else None, name, iso3, float(lat), float(lon), feat,
                          int(pop), prim, admin1)
                for k in keys:
                    self.index.setdefault(k, []).append(e)
                if feat == "country":
                    self.countries[iso3] = e
                elif feat == "admin1":
                    self.admin1[admin1] = e
        self.demonyms = {fold(r["demonym"]): r["iso3"] for r in read_table("demonyms.tsv")}
        self.capitals = {r["iso3"]: r["capital"] for r in read_table("capitals.tsv")}
        self.capital_keys = {(fold(c), iso3) for iso3, c in self.capitals.items()}
        self.continent_adjectives = {fold(r["adjective"]): r["continent"]
                                     for r in read_table("continent_adjectives.tsv")}

    def candidates(self, name: str) -> list[Entry]:
        key = fold(name)
        found = self.index.get(key)
        if found is None and key.startswith("the "):
            found = self.index.get(key[4:])
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
