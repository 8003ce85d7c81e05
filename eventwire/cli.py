"""The command line: a thin shell over the library.

    eventwire extract FILE|DIR|- [--published DATE] [--format table|json|jsonl] [--explain]
    eventwire eval GOLD.jsonl|ANNOTATED_SENTENCES.jsonl|PLV_test.tsv|PLOVER_GSR_CAMEO.json [--pred PRED.jsonl] [--detail] [--json]

Bad input never ends in a traceback: a path that cannot be used is a one-line error (exit 2);
in a batch, a record that cannot be read is reported on its own line and the others are still
processed, and the command exits 1 at the end.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterable, Optional

import typer
from rich.console import Console

from .model import Extraction, Failure, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who did what to whom, when, where, and who said so — from news text.")
err = Console(stderr=True, highlight=False)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def _fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def _parse_published(value: Optional[str]):
    if value is None:
        return None
    from .io import parse_published
    try:
        return parse_published(value)
    except InputError as exc:
        _fail(str(exc))


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files (text, HTML, JSONL), directories, or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) for records that give none."),
    format: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or jsonl."),
    explain: bool = typer.Option(False, help="Show the rule or score behind every item."),
    event_filter: Optional[Path] = typer.Option(
        None, help="Drop unlikely events with a filter fitted by `eventwire train`."),
    learned_filter: bool = typer.Option(
        False, help="Drop unlikely events with the learned filter shipped with eventwire."),
    attributions: bool = typer.Option(
        False, help="Also list what the text attributes to someone without quoting them (stances)."),
):
    """Extract events, quotes, claims, places and dates from articles."""
    from .io import read_inputs
    from .pipeline import Pipeline

    for p in paths:
        if p != "-" and not Path(p).exists():
            _fail(f"no such file or directory: {p}")
    if event_filter is not None and not event_filter.is_file():
        _fail(f"no such event filter: {event_filter}")
    date = _parse_published(published)
    pipeline = Pipeline.load(event_filter=event_filter or learned_filter, attributions=attributions)
    results = pipeline.run(read_inputs(paths, published=date))
    failures = _emit(results, format, explain)
    if failures:
        err.print(f"[bold red]{failures} record(s) failed[/]; see the errors above.")
        raise typer.Exit(1)


def _emit(results: Iterable[Extraction | Failure], fmt: OutputFormat, explain: bool) -> int:
    """Write each result as it comes; return how many records failed."""
    failures = 0
    out = Console(highlight=False, soft_wrap=fmt != OutputFormat.table)
    rows = []
    for r in results:
        if isinstance(r, Failure):
            failures += 1
            err.print(f"[red]error[/] {r.id}: {r.error}")
        if fmt == OutputFormat.jsonl:
            sys.stdout.write(json.dumps(r.to_dict(explain), ensure_ascii=False) + "\n")
            sys.stdout.flush()
        elif fmt == OutputFormat.json:
            rows.append(r.to_dict(explain))
        elif isinstance(r, Extraction):
            from .render import print_extraction
            print_extraction(out, r, explain=explain)
    if fmt == OutputFormat.json:
        sys.stdout.write(json.dumps(rows[0] if len(rows) == 1 else rows, ensure_ascii=False, indent=2) + "\n")
    return failures


@app.command("eval")
def evaluate(
    gold: Path = typer.Argument(..., help="Gold JSONL (FORMAT.md), or a benchmark file or folder."),
    benchmark: Optional[str] = typer.Option(None, help="Name the benchmark instead of detecting it."),
    pred: Optional[Path] = typer.Option(None, help="Score these predictions instead of running the pipeline."),
    out: Optional[Path] = typer.Option(None, help="Also write the predictions made here to this JSONL file."),
    detail: bool = typer.Option(False, help="List every missed and every false event."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
    split: Optional[str] = typer.Option(None, help="Geoparsing corpora (LGL, TR-News, GeoVirus): "
                                        "score only the declared 'dev' or 'test' half "
                                        "(eventwire/eval/geoparse.py); default the whole set."),
):
    """Score against gold articles (FORMAT.md JSONL) per area, or against a public benchmark.

    Benchmarks are recognised from the path: PLV, PLOVER gold records,
    PolNeAR, TempEval-3, LGL, TR-News, GeoWebNews, GeoVirus, and sentence
    annotations in the CC0 training format (records with text and events)."""
    from .eval.registry import find_benchmark
    from .eval.run import evaluate_gold, print_figures

    if not gold.exists():
        _fail(f"no such gold file or folder: {gold}")
    try:
        bench = find_benchmark(gold, benchmark)
    except KeyError:
        _fail(f"unknown benchmark: {benchmark}")
    if split is not None and (bench is None or bench.NAME != "geoparse"):
        _fail("--split applies to the geoparsing corpora only")
    if bench is not None:
        from .pipeline import Pipeline
        try:
            result = bench.evaluate(Pipeline.load(), gold, detail=detail,
                                    **({"split": split} if split else {}))
        except (InputError, ValueError) as exc:
            _fail(str(exc))
        for line in result.pop("detail", None) or []:    # a benchmark's missed and false items
            typer.echo(line)
        typer.echo(json.dumps(result) if as_json else
                   "\n".join(f"{k:28s} {v}" for k, v in result.items()))
        return
    if not gold.is_file():
        _fail(f"not a gold JSONL file, nor a benchmark eventwire knows: {gold}")
    if pred is not None and not pred.is_file():
        _fail(f"no such prediction file: {pred}")
    try:
        figures, detail_lines = evaluate_gold(gold, pred, out=out, detail=detail)
    except InputError as exc:
        _fail(str(exc))
    for line in detail_lines:
        typer.echo(line)
    if as_json:
        typer.echo(json.dumps(figures))
    else:
        print_figures(Console(highlight=False), figures)


def _register_commands() -> None:
    """Stages with commands of their own add them here (each module: ``register(app)``)."""
    from .plugins import present_modules

    for mod in present_modules(("eventwire.places.commands", "eventwire.events.commands",
                                "eventwire.store.commands", "eventwire.web.commands")):
        mod.register(app)


_register_commands()


def main() -> None:   # pragma: no cover - console entry point
    app()


if __name__ == "__main__":   # pragma: no cover
    app()
