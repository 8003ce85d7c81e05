"""``eventwire serve``: the web app and JSON API on uvicorn, added to the CLI by
``register(app)``.  Writing (``POST /api/articles``) needs the token in EVENTWIRE_TOKEN;
without it the server is read-only."""
from __future__ import annotations

import os
from typing import Optional

import typer

DB_HELP = "Database: a file path or sqlite:///… (default eventwire.db), or postgresql://…"


def serve(
    db: Optional[str] = typer.Option(None, help=DB_HELP),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (127.0.0.1: this machine only)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
):
    """Serve the pages and the JSON API (OpenAPI at /openapi.json)."""
    import uvicorn
    from rich.console import Console

    from .app import create_app

    token = os.environ.get("EVENTWIRE_TOKEN") or None
    err = Console(stderr=True, highlight=False)
    app = create_app(db, token=token)
    err.print(f"eventwire: http://{host}:{port}/  ({'POST /api/articles enabled' if token else 'read-only: no EVENTWIRE_TOKEN'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
