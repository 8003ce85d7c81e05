"""The event coder's command, added to the ``eventwire`` CLI by ``register(app)``:

    eventwire train FILE… [--out PATH] [--c 0.5]

fits the event filter on annotated JSONL (see ``eventwire.events.training`` for the two
accepted forms) and writes its weights as JSON; ``Pipeline.load(event_filter=PATH)`` or
``eventwire extract --event-filter PATH`` uses them.  The shipped filter was fitted with
``eventwire train ../shared/data/eventwire-train/train_*.jsonl --out eventwire/data/event_filter.json``.
"""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False)


def train_cmd(
    files: list[Path] = typer.Argument(..., help="Annotated JSONL: sentences ('text') or articles ('raw') with 'events'."),
    out: Path = typer.Option(Path("event_filter.json"), help="Where to write the fitted filter (JSON)."),
    c: float = typer.Option(0.5, help="Inverse regularisation strength of the logistic regression."),
    target_ranker: bool = typer.Option(False, "--target-ranker",
                                       help="Fit the ranker of guessed targets instead of the event filter."),
):
    """Fit the event filter (which keeps or drops the rules' candidate events) on your annotations,
    or with --target-ranker the ranker that picks a guessed target when the parse names none."""
    from ..model import InputError
    from ..pipeline import Pipeline
    from .training import train

    for f in files:
        if not f.is_file():
            err.print(f"[bold red]error:[/] no such file: {f}")
            raise typer.Exit(2)
    if target_ranker:
        from .ranker_training import train_ranker
        try:
            model = train_ranker(Pipeline.load(event_filter=False), files, c=c)
        except (InputError, ValueError) as exc:
            err.print(f"[bold red]error:[/] {exc}")
            raise typer.Exit(1)
        out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        err.print(f"{model['texts']} texts, {model['guesses']} guessed targets ({model['informative_guesses']} "
                  f"with right and wrong candidates): cross-validated top choice right "
                  f"{model['cv_top1_right']} (hand-made order {model['hand_order_top1_right']}) -> {out}")
        return
    try:
        model = train(Pipeline.load(event_filter=False), files, c=c)
    except InputError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(1)
    out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    err.print(f"{model['texts']} texts, {model['candidates']} candidate events ({model['positives']} match "
              f"an annotation; {model['unproposed_events']} annotated events the rules never proposed)")
    err.print(f"threshold {model['threshold']}: cross-validated event F1 {model['cv_f1_at_threshold']} "
              f"(without the filter {model['cv_f1_without_filter']}) -> {out}")


def register(app: typer.Typer) -> None:
    app.command("train")(train_cmd)
