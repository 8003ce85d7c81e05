"""The JSON API under ``/api``: thin routes over ``WebQueries`` and the pipeline.

The aggregates (timeline, network, map) return their JSON directly: their rows are built
here to the published schema, and validating tens of thousands of rows again through
pydantic would cost more than the query (schemathesis checks them against the schema)."""
from __future__ import annotations

from typing import Annotated, Optional

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..model import PLOVER_TYPES
from . import schemas as S
from .queries import EventFilter, WebQueries
from .security import check_token

router = APIRouter(prefix="/api")
bearer = HTTPBearer(auto_error=False, description="EVENTWIRE_TOKEN, needed to store articles.")

RowId = Annotated[int, Path(ge=1, le=2**62)]
Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many rows.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Name = Annotated[Optional[str], Query(max_length=200, pattern=S.TEXT_PATTERN)]
Date = Annotated[Optional[str], Query(pattern=S.DATE_PATTERN, description="YYYY-MM-DD (or YYYY-MM, YYYY)")]


def web(request: Request) -> WebQueries:
    return request.app.state.queries


def event_filter(
    actor: Annotated[Name, Query(description="Country code (RUS) or name fragment, as source or target")] = None,
    type: Annotated[Optional[str], Query(pattern=S.TYPE_PATTERN, description="PLOVER type")] = None,
    status: Annotated[Optional[str], Query(max_length=16, pattern=r"^[a-z]+$")] = None,
    since: Date = None, until: Date = None,
    place: Annotated[Name, Query(description="Country code or place name fragment")] = None,
    source: Name = None, target: Name = None,
    min_sources: Annotated[Optional[int], Query(ge=1, le=100_000)] = None,
    search: Annotated[Name, Query(description="Full text of the reporting articles")] = None,
) -> EventFilter:
    return EventFilter(actor=actor or None, type=type or None, status=status or None,
                       since=since or None, until=until or None, place=place or None,
                       source=source or None, target=target or None, min_sources=min_sources,
                       search=(search or "").strip() or None)


Filter = Annotated[EventFilter, Depends(event_filter)]
Queries = Annotated[WebQueries, Depends(web)]


@router.get("/info", response_model=S.Info, tags=["meta"])
def info(request: Request, q: Queries):
    """Whether the store takes new articles here, what it holds, and the PLOVER types with
    their side (cooperation or conflict)."""
    return {"read_only": request.app.state.token is None, "counts": q.counts(),
            "types": list(PLOVER_TYPES), "sides": {t: q.classes.side(t) for t in PLOVER_TYPES}}


@router.get("/events", response_model=list[S.EventRow], tags=["events"])
def list_events(q: Queries, f: Filter, limit: Limit = 100, offset: Offset = 0):
    """Deduplicated events, newest first."""
    return q.events(f, limit=limit, offset=offset)


@router.get("/events/{event_id}", response_model=S.EventDetail, tags=["events"],
            responses={404: {"description": "No such event"}})
def get_event(event_id: RowId, q: Queries):
    ev = q.event(event_id)
    if ev is None:
        raise HTTPException(404, "no such event")
    return ev


@router.get("/timeline", response_model=list[S.TimelineRow], tags=["aggregates"])
def timeline(q: Queries, f: Filter,
             bucket: Annotated[str, Query(pattern="^(day|week|month|auto)$",
                                          description="Count per day, week (from Sunday), month, or "
                                                      "auto: by the span of the dates")] = "day"):
    """Events per day (or week, month) and PLOVER type, for the filter."""
    return JSONResponse(q.timeline(f, bucket=bucket))


@router.get("/network", response_model=S.Network, tags=["aggregates"])
def network(q: Queries, f: Filter,
            by: Annotated[str, Query(pattern="^(country|name)$")] = "country",
            limit: Annotated[int, Query(ge=1, le=1000)] = 150):
    """Who acts on whom: edges weighted by events, split into cooperation and conflict."""
    return JSONResponse(q.network(f, by=by, limit=limit))


@router.get("/map", response_model=list[S.MapPoint], tags=["aggregates"])
def map_points(q: Queries, f: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 2000):
    """Event places with coordinates, and how many events at each."""
    return JSONResponse(q.map_points(f, limit=limit))


@router.get("/negotiation", response_model=S.Negotiation, tags=["aggregates"])
def negotiation(q: Queries,
                a: Annotated[str, Query(min_length=1, max_length=200, pattern=S.TEXT_PATTERN,
                                        description="First party: country code or name fragment")],
                b: Annotated[str, Query(min_length=1, max_length=200, pattern=S.TEXT_PATTERN,
                                        description="Second party")],
                since: Date = None, until: Date = None,
                limit: Annotated[int, Query(ge=1, le=2000)] = 500):
    """Meetings, offers, requests, refusals and agreements between two parties, over time,
    with the third parties (mediators, hosts) present."""
    return q.negotiation(a.strip(), b.strip(), since=since, until=until, limit=limit)


@router.get("/articles", response_model=list[S.ArticleRow], tags=["articles"])
def list_articles(q: Queries, search: Name = None, since: Date = None, until: Date = None,
                  limit: Limit = 100, offset: Offset = 0):
    """Articles, newest first; ``search`` is full text over title and text."""
    return q.articles(search=(search or "").strip() or None, since=since, until=until,
                      limit=limit, offset=offset)


@router.get("/search", response_model=list[S.ArticleRow], tags=["articles"])
def search(q: Queries, text: Annotated[str, Query(alias="q", min_length=1, max_length=200,
                                                  pattern=S.TEXT_PATTERN)],
           limit: Limit = 50):
    """Full-text search over the stored articles (words and phrases)."""
    return q.articles(search=text.strip() or None, limit=limit)


@router.get("/articles/{article_id}", response_model=S.ArticleDetail, tags=["articles"],
            responses={404: {"description": "No such article"}})
def get_article(article_id: RowId, q: Queries):
    """One article: its cleaned text and everything found in it, with character offsets."""
    art = q.article(article_id)
    if art is None:
        raise HTTPException(404, "no such article")
    return art


@router.get("/quotes", tags=["quotes"])
def list_quotes(q: Queries, speaker: Name = None,
                kind: Annotated[Optional[str], Query(pattern="^(direct|partial|indirect)$")] = None,
                search: Name = None, limit: Limit = 100) -> list[dict]:
    return q.quotes(speaker=speaker or None, kind=kind, search=search or None, limit=limit)


@router.get("/claims", tags=["claims"])
def list_claims(q: Queries, claimant: Name = None,
                kind: Annotated[Optional[str], Query(pattern="^(claimed|denied|disputed)$")] = None,
                limit: Limit = 100) -> list[dict]:
    return q.claims(claimant=claimant or None, kind=kind, limit=limit)


@router.get("/actors", response_model=list[S.ActorRow], tags=["actors"])
def list_actors(q: Queries, search: Name = None, limit: Limit = 100):
    """Actors by number of mentions; ``search``: a country code or name fragment."""
    return q.actors(search=(search or "").strip() or None, limit=limit)


@router.get("/places", response_model=list[S.PlaceRow], tags=["places"])
def list_places(q: Queries, search: Name = None, limit: Limit = 100):
    """Places by number of mentions; ``search``: a country code or name fragment."""
    return q.places(search=(search or "").strip() or None, limit=limit)


@router.post("/extract", tags=["extract"], responses={422: {"description": "Unreadable input"}})
def extract(body: S.ExtractIn, request: Request) -> dict:
    """Extract from one article (text or HTML); FORMAT.md's JSON out.  Nothing is stored."""
    from ..model import InputError
    runner = request.app.state.runner
    try:
        ex = runner.extract(body)
    except InputError as exc:
        raise HTTPException(422, str(exc))
    return ex.to_dict(explain=body.explain)


@router.post("/articles", response_model=S.IngestOut, tags=["articles"], status_code=201,
             responses={200: {"description": "Already stored"}, 401: {"description": "Bad token"},
                        403: {"description": "Read-only: no token set"},
                        422: {"description": "Unreadable input"}})
def post_article(body: S.ArticleIn, request: Request, response: Response,
                 cred: Annotated[Optional[HTTPAuthorizationCredentials], Depends(bearer)] = None):
    """Extract and store one article (needs the token: ``Authorization: Bearer …``)."""
    from ..model import InputError
    check_token(request.app.state.token, cred.credentials if cred else None)
    try:
        out = request.app.state.runner.ingest(body, request.app.state.queries.store)
    except InputError as exc:
        raise HTTPException(422, str(exc))
    if not out["stored"]:
        response.status_code = 200
    return out
