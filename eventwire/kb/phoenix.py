"""Read TABARI/PETRARCH actor dictionaries (the Phoenix files, MIT, Open Event Data Alliance).

Format (see shared/data/phoenix-dictionaries/SOURCE.md): a head phrase on an unindented line,
``+SYNONYM`` lines, then code lines (inline or tab-indented) such as ``[RUSGOV >20040309]``,
``[TURELI 720101-021118]`` or a bare ``[RUSELI]`` (the default outside the dated ranges).
Words are joined by ``_``.  Head phrases with no code of their own share the codes of the
entry that follows (PETRARCH reads them that way).  ``#`` starts a comment.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

CODE = re.compile(r"\[([^\]\s]+)\s*([^\]]*)\]")


@dataclass
class Code:
    code: str
    start: dt.date | None
    end: dt.date | None
    dated: bool
    note: str = ""          # the comment after the code ("Foreign Minister")


@dataclass
class ActorEntry:
    names: list[str] = field(default_factory=list)      # head phrases and synonyms, as written
    codes: list[Code] = field(default_factory=list)
    country_info: bool = False                           # tagged "# CountryInfo.txt": a person
    line: int = 0


def parse_date(s: str, upper: bool = False) -> dt.date | None:
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy < 20 else "19") + s
    if len(s) != 8 or not s.isdigit():
        return None
    y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    m = min(max(m, 1), 12)
    try:
        return dt.date(y, m, max(d, 1))
    except ValueError:
        return dt.date(y, m, 28)


def parse_code(code: str, restriction: str, note: str) -> Code | None:
    r = restriction.strip()
    if not r:
        return Code(code, None, None, False, note)
    if r.startswith(">"):
        start = parse_date(r[1:])
        return Code(code, start, None, True, note) if start else None
    if r.startswith("<"):
        end = parse_date(r[1:])
        return Code(code, None, end, True, note) if end else None
    if "-" in r:
        a, b = r.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        return Code(code, start, end, True, note) if start and end else None
    return None


def read_actors(path: Path) -> list[ActorEntry]:
    """Every entry of one actor file, with all its names and codes."""
    entries: list[ActorEntry] = []
    cur: ActorEntry | None = None
    in_comment = False
    for n, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment, line = False, line.split("-->", 1)[1]
            else:
                continue
        if "<!--" in line:
            before, _, after = line.partition("<!--")
            if "-->" not in after:
                in_comment = True
            line = before
        body, _, note = line.partition("#")
        if not body.strip():
            continue
        indented = body[:1] in (" ", "\t")
        codes = [parse_code(c, r, note.strip()) for c, r in CODE.findall(body)]
        codes = [c for c in codes if c is not None]
        phrase = CODE.sub("", body).strip()
        if phrase.startswith("+"):
            if cur is not None and phrase[1:].strip():
                cur.names.append(phrase[1:].strip())
        elif phrase and not indented:
            if cur is None or cur.codes:
                cur = ActorEntry(line=n)
                entries.append(cur)
            cur.names.append(phrase)
            if "CountryInfo" in note:
                cur.country_info = True
        if codes and cur is not None:
            cur.codes.extend(codes)
    return [e for e in entries if e.codes]
