"""The HTML pages: Jinja2 templates (autoescaped) that load the app's own scripts, which
fetch the JSON API and draw.  No data is put into a page as markup."""
from __future__ import annotations

from importlib import resources

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..model import PLOVER_TYPES

TEMPLATES = Jinja2Templates(directory=str(resources.files("eventwire.web") / "templates"))
STATUSES = ("asserted", "claimed", "denied", "intended", "negated", "requested")
NAV = [("/", "Events"), ("/articles", "Articles"), ("/timeline", "Timeline"),
       ("/network", "Network"), ("/map", "Map"), ("/negotiation", "Negotiation"),
       ("/paste", "Paste")]

router = APIRouter(include_in_schema=False)


def _page(request: Request, template: str, title: str, **extra) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, {
        "title": title, "nav": NAV, "types": PLOVER_TYPES, "statuses": STATUSES, **extra})


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request):
    return _page(request, "events.html", "Events")


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request):
    return _page(request, "articles.html", "Articles")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int = Path(ge=1, le=2**62)):
    if request.app.state.queries.article_exists(article_id) is False:
        raise HTTPException(404, "no such article")
    return _page(request, "article.html", "Article", article_id=article_id)


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request):
    return _page(request, "timeline.html", "Timeline")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request):
    return _page(request, "network.html", "Actor network")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request):
    return _page(request, "map.html", "Map")


@router.get("/negotiation", response_class=HTMLResponse)
def negotiation_page(request: Request):
    return _page(request, "negotiation.html", "Negotiation track")


@router.get("/paste", response_class=HTMLResponse)
def paste_page(request: Request):
    return _page(request, "paste.html", "Paste an article")
