"""The store's commands, added to the ``eventwire`` CLI by ``register(app)``:

    eventwire ingest PATH… [--db URL] [--workers N]
    eventwire ingest PATH… --dask local[N]|tcp://HOST:8786 --parquet-dir OUT [--db URL]
    eventwire events [--actor RUS] [--type ASSAULT] [--since DATE] [--until DATE] [--place …]
                     [--status …] [--format table|csv|jsonl]
    eventwire quotes [--speaker Lavrov]
    eventwire articles [--search cease-fire]
    eventwire export OUT --format jsonl|csv|parquet|plover|cameo [filters as for events]

Heavy imports (SQLAlchemy, pandas, the pipeline) happen inside the commands, so the CLI
starts as fast without them.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False)
DB_HELP = "Database: a file path or sqlite:///… (default eventwire.db), or postgresql://…"


class TableFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    cameo = "cameo"


def _open_store(db: Optional[str]):
    from sqlalchemy.exc import SQLAlchemyError
    from .queries import Store
    try:
        return Store(db)
    except (SQLAlchemyError, ImportError) as exc:
        err.print(f"[bold red]error:[/] cannot open the database {db or 'eventwire.db'}: "
                  f"{str(exc).splitlines()[0]}")
        raise typer.Exit(2)


def _print_frame(df, fmt: TableFormat, columns: list[str] | None = None) -> None:
    if fmt == TableFormat.csv:
        df.to_csv(sys.stdout, index=False)
        return
    if fmt == TableFormat.jsonl:
        for rec in json.loads(df.to_json(orient="records", force_ascii=False)):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    from rich.table import Table
    cols = [c for c in (columns or list(df.columns)) if c in df.columns]
    table = Table(show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for rec in df[cols].itertuples(index=False):
        table.add_row(*("" if v is None or v != v else str(v) for v in rec))
    Console(highlight=False).print(table)
    err.print(f"{len(df)} row(s)")


def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="Files (text, HTML, JSONL), directories, or - for stdin."),
    db: Optional[str] = typer.Option(None, help=DB_HELP),
    workers: int = typer.Option(1, min=1, help="Parsing processes (each loads the pipeline once)."),
    published: Optional[str] = typer.Option(None, help="Publication date for records that give none."),
    progress: bool = typer.Option(True, help="Show a progress bar with rate and ETA."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Run on Dask: local[N] (N worker processes "
                                       "here), tcp://HOST:8786 (a scheduler), or a scheduler file .json."),
    parquet_dir: Optional[str] = typer.Option(None, "--parquet-dir", help="With --dask: write date-partitioned "
                                              "Parquet here (a folder every worker can reach); "
                                              "loaded into the store only with --db."),
):
    """Extract and store articles: idempotent by content hash, resumable after an interruption."""
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)

    from ..io import parse_published, read_inputs
    from ..model import InputError
    from .ingest import ingest

    for p in paths:
        if p != "-" and not Path(p).exists():
            err.print(f"[bold red]error:[/] no such file or directory: {p}")
            raise typer.Exit(2)
    try:
        date = parse_published(published)
    except InputError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2)
    if dask is not None or parquet_dir is not None:
        from ..scale.cli import check_options
        check_options(dask, parquet_dir, err)
    store = _open_store(db) if dask is None or db is not None else None
    items = read_inputs(paths, published=date)
    if dask is not None:
        from ..scale.cli import run_dask

        def run(report=None):
            return run_dask(items, dask, parquet_dir, store, report, err)
    else:
        def run(report=None):
            return ingest(items, store.writer(), workers=workers, progress=report)
    if progress:
        bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
                       TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                       TimeRemainingColumn(), console=err, transient=False)
        task = bar.add_task("ingest", total=None, rate="")
        import time
        t0 = [None, 0]

        def report(done, total):
            if t0[0] is None:
                t0[0], t0[1] = time.perf_counter(), done
            dt = time.perf_counter() - t0[0]
            rate = f"{(done - t0[1]) / dt:.1f} art/s" if dt > 0 and done > t0[1] else ""
            bar.update(task, completed=done, total=total, rate=rate)
        with bar:
            summary = run(report)
    else:
        summary = run()
    err.print(f"read {summary.read}, stored {summary.stored}, already stored {summary.already}, "
              f"failed {summary.failed} ({summary.rate:.1f} articles/s)")
    for rid, error in summary.failures:
        err.print(f"[red]failed[/] {rid}: {error}")
    if summary.failures:
        raise typer.Exit(1)


EVENT_COLUMNS = ["id", "date", "type", "status", "source_name", "source_country", "target_name",
                 "target_country", "place_name", "num_mentions", "num_sources"]


def events_cmd(
    actor: Optional[str] = typer.Option(None, help="Country code (RUS) or name, as source or target."),
    source: Optional[str] = typer.Option(None, help="Source actor: country code or name."),
    target: Optional[str] = typer.Option(None, help="Target actor: country code or name."),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT."),
    since: Optional[str] = typer.Option(None, help="From this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Up to this date (YYYY-MM-DD)."),
    place: Optional[str] = typer.Option(None, help="Country code or place name."),
    status: Optional[str] = typer.Option(None, help="asserted, claimed, denied, …"),
    min_sources: Optional[int] = typer.Option(None, help="Reported by at least this many outlets."),
    limit: int = typer.Option(1000, help="At most this many rows (0: all)."),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
    db: Optional[str] = typer.Option(None, help=DB_HELP),
):
    """Deduplicated events, newest first, with how many mentions and sources report each."""
    store = _open_store(db)
    df = store.events(actor=actor, source=source, target=target, type=type, since=since,
                      until=until, place=place, status=status, min_sources=min_sources,
                      limit=limit or None)
    _print_frame(df, format, EVENT_COLUMNS)


def quotes_cmd(
    speaker: Optional[str] = typer.Option(None, help="Speaker: name fragment or country code."),
    kind: Optional[str] = typer.Option(None, help="direct, partial or indirect."),
    search: Optional[str] = typer.Option(None, help="Words in the quote."),
    limit: int = typer.Option(1000, help="At most this many rows (0: all)."),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
    db: Optional[str] = typer.Option(None, help=DB_HELP),
):
    """Quotes with their speakers."""
    store = _open_store(db)
    df = store.quotes(speaker=speaker, kind=kind, search=search, limit=limit or None)
    _print_frame(df, format, ["ext_id", "published", "speaker_name", "kind", "text"])


def articles_cmd(
    search: Optional[str] = typer.Option(None, help="Full-text search (words or phrases)."),
    since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
    limit: int = typer.Option(1000, help="At most this many rows (0: all)."),
    format: TableFormat = typer.Option(TableFormat.table, "--format", "-f"),
    db: Optional[str] = typer.Option(None, help=DB_HELP),
    errors: bool = typer.Option(False, help="List the records that failed to ingest instead."),
):
    """Stored articles (or, with --errors, the records that failed and why)."""
    store = _open_store(db)
    if errors:
        _print_frame(store.errors(), format)
        return
    df = store.articles(search=search, since=since, until=until, limit=limit or None)
    _print_frame(df, format, ["id", "ext_id", "published", "outlet", "title"])


def export_cmd(
    out: str = typer.Argument(..., help="Output file, or - for stdout (not for Parquet)."),
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f"),
    actor: Optional[str] = typer.Option(None), type: Optional[str] = typer.Option(None, "--type"),
    since: Optional[str] = typer.Option(None), until: Optional[str] = typer.Option(None),
    place: Optional[str] = typer.Option(None), status: Optional[str] = typer.Option(None),
    db: Optional[str] = typer.Option(None, help=DB_HELP),
):
    """Export events: JSONL (with every evidence sentence), CSV, Parquet, PLOVER JSON, or a
    CAMEO-coded table (tab-separated, GDELT-style columns)."""
    from .exports import export
    store = _open_store(db)
    try:
        n = export(store, out, format.value, actor=actor, type=type, since=since, until=until,
                   place=place, status=status)
    except (ValueError, OSError) as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2)
    err.print(f"exported {n} event(s) as {format.value}")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("events")(events_cmd)
    app.command("quotes")(quotes_cmd)
    app.command("articles")(articles_cmd)
    app.command("export")(export_cmd)
