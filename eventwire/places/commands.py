"""The places stage's command, added to the ``eventwire`` CLI by ``register(app)``:

    eventwire resolve-place NAME [--context TEXT] [--format table|json]

It wraps ``resolve_place(name, context)``: the gazetteer entry chosen, and why (the score and
how many entries share the name), so a user can check how a toponym will be resolved.
"""
from __future__ import annotations

import json
from enum import Enum
from typing import Optional

import typer


class OutputFormat(str, Enum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command("resolve-place")
    def resolve_place_command(
        name: str = typer.Argument(..., help="The place name, e.g. \"Cartagena\" or \"Paris, Ky.\"."),
        context: Optional[str] = typer.Option(
            None, help="Countries or places that make one reading likelier, e.g. \"Colombia\"."),
        format: OutputFormat = typer.Option(OutputFormat.table, "--format", help="table or json."),
    ):
        """Resolve one place name to the gazetteer (GeoNames data, CC BY 4.0)."""
        from . import resolve_place

        place = resolve_place(name, context)
        if place is None:
            if format == OutputFormat.json:
                typer.echo(json.dumps(None))
            else:
                typer.echo(f"no gazetteer entry for {name!r}", err=True)
            raise typer.Exit(1)
        row = {"text": place.text, "name": place.name, "country": place.country,
               "lat": place.lat, "lon": place.lon, "feature": place.feature,
               "population": place.population, "geonameid": place.geonameid,
               "explain": place.explain}
        if format == OutputFormat.json:
            typer.echo(json.dumps(row, ensure_ascii=False))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(show_header=False, box=None)
        for k, v in row.items():
            table.add_row(k, json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else str(v))
        Console().print(table)
