"""The data model: one Article in, one Extraction out.

Every extracted thing keeps the character offsets (into the cleaned ``Article.text``) of the
text it came from, and an ``explain`` dict saying which rule or score produced it.  The
``to_dict`` methods write exactly the prediction format of the gold FORMAT.md; fields beyond
it (offsets, explanations, bases) are additions the format allows, never renamings.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
)
STATUSES = ("asserted", "intended", "requested", "claimed", "denied", "negated", "hypothetical")
SECTORS = ("GOV", "MIL", "REB", "OPP", "PTY", "CVL", "MED", "BUS", "IGO", "NGO", "JUD", "POL",
           "REL", "UNK")


@dataclass
class Span:
    """A stretch of the cleaned text: ``text == article.text[start:end]``."""
    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Actor:
    """A mention of an actor, resolved as far as the article allows.

    ``name`` is the canonical name ("Dmytro Kuleba" for the mention "Kuleba" or "he");
    ``entity`` groups mentions of the same actor within one article.
    """
    text: str
    name: str
    country: str | None = None      # ISO 3166-1 alpha-3, or "IGO" for an international body
    sector: str | None = None       # one of SECTORS
    start: int | None = None
    end: int | None = None
    kind: str | None = None         # person | state | organisation | group | unknown
    entity: int | None = None       # article-local id shared by coreferent mentions
    role: str | None = None         # the office or title, when known ("foreign minister")
    explain: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        d = {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector}
        if self.role:
            d["role"] = self.role
        if self.start is not None:
            d["start"], d["end"] = self.start, self.end
        if explain and self.explain:
            d["explain"] = self.explain
        return d


@dataclass
class Place:
    """A toponym in the text, resolved to a gazetteer entry (or left with lat/lon None)."""
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    start: int
    end: int
    geonameid: int | None = None
    feature: str | None = None      # country | admin1 | city | region …
    population: int | None = None
    explain: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        d = {"text": self.text, "name": self.name, "country": self.country, "lat": self.lat,
             "lon": self.lon, "start": self.start, "end": self.end,
             "geonameid": self.geonameid, "feature": self.feature}
        if explain and self.explain:
            d["explain"] = self.explain
        return d


@dataclass
class TimeExpression:
    """A time expression and its normalised value: ISO date, ``YYYY-MM``, ``YYYY``, or None."""
    text: str
    value: str | None
    start: int
    end: int
    explain: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        d = {"text": self.text, "value": self.value, "start": self.start, "end": self.end}
        if explain and self.explain:
            d["explain"] = self.explain
        return d


@dataclass
class Event:
    """One PLOVER event, coded from one clause."""
    type: str
    status: str
    evidence: Span                  # the sentence that carries the event
    trigger: Span                   # the word(s) that evoked it
    mode: str | None = None
    source: Actor | None = None
    target: Actor | None = None
    others: list[tuple[str, Actor]] = field(default_factory=list)   # (role, actor)
    date: str | None = None
    date_basis: str | None = None   # "text" (a time expression governs the clause) | None
    place: Place | None = None
    place_basis: str | None = None  # "text" | "dateline" | None
    contexts: list[str] = field(default_factory=list)
    attributed_to: Actor | None = None  # who reports it, when it sits inside a quote or claim
    casualties: dict[str, int] | None = None   # e.g. {"killed": 3, "wounded": 12}
    trigger_i: int | None = None    # token index of the trigger in the parsed Doc (not serialised)
    explain: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        place = None
        if self.place is not None:
            place = {"name": self.place.name, "country": self.place.country,
                     "lat": self.place.lat, "lon": self.place.lon}
        d = {
            "type": self.type, "mode": self.mode, "status": self.status,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "others": [{"role": role, **a.to_dict()} for role, a in self.others],
            "date": self.date, "date_basis": self.date_basis,
            "place": place, "place_basis": self.place_basis,
            "contexts": list(self.contexts),
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
        }
        if self.casualties:
            d["casualties"] = dict(self.casualties)
        if explain:
            d["explain"] = self.explain
        return d


@dataclass
class Quote:
    """Something an actor said, directly, partially (a few quoted words) or indirectly."""
    text: str
    kind: str                       # direct | partial | indirect
    start: int
    end: int
    speaker: Actor | None = None    # None when the text does not tell
    cue: str | None = None          # the reporting verb or phrase ("said", "according to")
    explain: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        d = {"speaker": self.speaker.to_dict() if self.speaker else None, "text": self.text,
             "kind": self.kind, "cue": self.cue, "start": self.start, "end": self.end}
        if explain and self.explain:
            d["explain"] = self.explain
        return d


@dataclass
class Claim:
    """A claim, allegation or denial by an actor, with the text that disputes it."""
    text: str
    start: int
    end: int
    claimant: Actor | None = None
    cue: str | None = None
    kind: str = "claimed"           # claimed | denied | disputed (a plain statement others dispute)
    disputed_by: list[Span] = field(default_factory=list)
    explain: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        d = {"claimant": self.claimant.to_dict() if self.claimant else None, "text": self.text,
             "cue": self.cue, "kind": self.kind, "start": self.start, "end": self.end,
             "disputed_by": [s.text for s in self.disputed_by],
             "disputed_by_spans": [s.to_dict() for s in self.disputed_by]}
        if explain and self.explain:
            d["explain"] = self.explain
        return d


@dataclass
class Article:
    """An input article: what was read, and what cleaning made of it."""
    id: str
    raw: str = ""                   # the text as given (or extracted from html)
    html: str | None = None
    published: dt.date | None = None
    title: str | None = None        # given by the input, or found by cleaning
    url: str | None = None
    text: str = ""                  # cleaned text: paragraphs separated by blank lines
    dateline: Span | None = None    # "ANTALYA, Turkey" (offsets into text)
    removed: list[str] = field(default_factory=list)   # raw lines dropped as boilerplate
    explain: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        # stages compare the publication day with dates: a string or a datetime given by a
        # library caller is read here once ("2022-03-10", "March 10, 2022"), and a string
        # that is no date is refused now (InputError) rather than failing a stage later
        if self.published is not None and (isinstance(self.published, dt.datetime)
                                           or not isinstance(self.published, dt.date)):
            from .io import parse_published
            self.published = parse_published(self.published)


@dataclass
class Extraction:
    """Everything eventwire found in one article."""
    article: Article
    mentions: list[Actor] = field(default_factory=list)   # every actor mention, in text order
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self, explain: bool = False) -> dict:
        a = self.article
        d = {
            "id": a.id,
            "title": a.title,
            "published": a.published.isoformat() if a.published else None,
            "url": a.url,
            "text": a.text,
            "dateline": a.dateline.to_dict() if a.dateline else None,
            "events": [e.to_dict(explain) for e in self.events],
            "quotes": [q.to_dict(explain) for q in self.quotes],
            "claims": [c.to_dict(explain) for c in self.claims],
            "places": [p.to_dict(explain) for p in self.places],
            "times": [t.to_dict(explain) for t in self.times],
            "actors": _actor_table(self.mentions),
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        if explain:
            d["removed"] = list(a.removed)
            d["cleaning"] = a.explain
        return d


def _actor_table(mentions: list[Actor]) -> list[dict]:
    """One row per resolved actor of the article, with how often it is mentioned."""
    rows: dict[tuple, dict] = {}
    for m in mentions:
        key = (m.entity,) if m.entity is not None else (m.name, m.country, m.sector)
        row = rows.get(key)
        if row is None:
            rows[key] = {"name": m.name, "country": m.country, "sector": m.sector,
                         "kind": m.kind, "mentions": 1}
        else:
            row["mentions"] += 1
    return list(rows.values())


@dataclass
class Failure:
    """A record that produced no extraction, and why (one line, fit to show a user)."""
    id: str
    error: str

    def to_dict(self, explain: bool = False) -> dict:
        return {"id": self.id, "error": self.error}


class InputError(ValueError):
    """Input eventwire cannot read; the message is one line, fit to show a user."""
