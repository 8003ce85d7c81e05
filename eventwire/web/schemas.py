"""The shapes the JSON API takes and returns, as its OpenAPI document publishes them.

Outputs allow extra keys (an event or article carries what FORMAT.md gives it); the keys
listed are the ones every client may rely on."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"      # a day, a month or a year, as events carry them
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f]*$"  # no control characters in a filter value
TYPE_PATTERN = r"^[A-Za-z]{1,16}$"                  # a PLOVER type, any case


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class EventRow(_Open):
    id: int
    type: str
    status: Optional[str] = None
    mode: Optional[str] = None
    source_name: Optional[str] = None
    source_country: Optional[str] = None
    target_name: Optional[str] = None
    target_country: Optional[str] = None
    date: Optional[str] = None
    place_name: Optional[str] = None
    place_country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    num_mentions: int
    num_sources: int
    num_articles: int
    first_article_id: Optional[int] = None
    side: Optional[str] = Field(None, description="cooperation or conflict (PLOVER quad class)")


class EventDetail(EventRow):
    mentions: list[dict[str, Any]]


class ArticleRow(_Open):
    id: int
    ext_id: str
    title: Optional[str] = None
    published: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    snippet: Optional[str] = None


class ArticleDetail(_Open):
    id: int
    ext_id: str
    title: Optional[str] = None
    published: Optional[str] = None
    text: str
    events: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    places: list[dict[str, Any]]
    times: list[dict[str, Any]]
    mentions: list[dict[str, Any]]


class TimelineRow(BaseModel):
    date: str = Field(description="The day, or the first day of the week or month")
    type: str
    count: int
    bucket: str = Field(description="day, week or month")


class NetworkNode(BaseModel):
    id: str
    weight: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int
    cooperation: int
    conflict: int
    side: str


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class MapPoint(BaseModel):
    name: Optional[str] = None
    country: Optional[str] = None
    lat: float
    lon: float
    count: int
    cooperation: int
    conflict: int


class NegotiationItem(_Open):
    event_id: int
    article_id: int
    kind: str
    type: str
    date: Optional[str] = None
    third_parties: list[str]
    evidence: str


class Negotiation(BaseModel):
    a: str
    b: str
    kinds: list[str]
    counts: dict[str, int]
    items: list[NegotiationItem]
    mediators: list[dict[str, Any]]


class ActorRow(BaseModel):
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    mentions: int
    articles: int


class PlaceRow(BaseModel):
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    mentions: int
    articles: int


class TextIn(BaseModel):
    """An article as text or HTML (one of the two)."""
    model_config = ConfigDict(extra="forbid")
    text: Optional[str] = Field(None, description="Plain text or HTML (sniffed).")
    html: Optional[str] = Field(None, description="HTML (its main text is extracted).")
    published: Optional[str] = Field(None, description="Publication date, e.g. 2025-05-16.")
    title: Optional[str] = None


class ExtractIn(TextIn):
    explain: bool = Field(True, description="Include the rule or score behind every item.")


class ArticleIn(TextIn):
    id: Optional[str] = Field(None, description="Your id for the article (default: its hash).")
    url: Optional[str] = None


class IngestOut(BaseModel):
    article_id: Optional[int]
    stored: bool = Field(description="False when the same content was stored before.")
    content_hash: str


class Info(BaseModel):
    read_only: bool
    counts: dict[str, int]
    types: list[str]
    sides: dict[str, Optional[str]]
