"""The gazetteer: GeoNames places (countries, admin-1 regions, cities ≥ 15,000) plus a
hand-written table of regions and landmarks, indexed by folded name.

Data: ``eventwire/data/gazetteer/places.tsv`` (built by ``build_gazetteer.py``),
``demonyms.tsv`` (nationality adjective → ISO3) and ``capitals.tsv`` (ISO3 → capital name).
Loading takes well under a second; the object is built once per process (``load``).
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"

# How a feature ranks when a name is ambiguous between kinds ("Georgia" the country or the
# US state, "Gaza" the strip or the city): news means the bigger, better-known unit.
FEATURE_PRIOR = {"country": 3.0, "region": 2.5, "sea": 2.5, "landmark": 2.0, "admin1": -0.5,
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


@dataclass(frozen=True)
class Entry:
    geonameid: int | None
    name: str
    country: str
    lat: float
    lon: float
    feature: str
    population: int
    primary: frozenset          # folded keys that are its own name (not an alternate)


class Gazetteer:
    def __init__(self, path: Path | None = None):
        self.index: dict[str, list[Entry]] = {}
        self.countries: dict[str, Entry] = {}
        with open(path or DATA_DIR / "places.tsv", encoding="utf-8") as fh:
            next(fh), next(fh)                        # attribution comment, header
            for line in fh:
                gid, name, iso3, lat, lon, feat, pop, names = line.rstrip("\n").split("\t")
                keys = names.split("|")
                # primary keys: the entry's own name, and for hand-written rows all aliases
                prim = frozenset(keys if (not gid or feat == "country") else keys[:1])
                e = Entry(int(gid) if gid else None, name, iso3, float(lat), float(lon), feat,
                          int(pop), prim)
                for k in keys:
                    self.index.setdefault(k, []).append(e)
                if feat == "country":
                    self.countries[iso3] = e
        self.demonyms = {fold(r["demonym"]): r["iso3"] for r in read_table("demonyms.tsv")}
        self.capitals = {r["iso3"]: r["capital"] for r in read_table("capitals.tsv")}
        self.capital_keys = {(fold(c), iso3) for iso3, c in self.capitals.items()}

    def candidates(self, name: str) -> list[Entry]:
        key = fold(name)
        found = self.index.get(key)
        if found is None and key.startswith("the "):
            found = self.index.get(key[4:])
        return found or []

    def is_capital(self, e: Entry) -> bool:
        return e.feature == "city" and (fold(e.name), e.country) in self.capital_keys

    def capital_of(self, iso3: str) -> Entry | None:
        cap = self.capitals.get(iso3)
        if not cap:
            return None
        cands = [e for e in self.candidates(cap) if e.country == iso3 and e.feature == "city"]
        return max(cands, key=lambda e: e.population, default=None)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    return Gazetteer()
