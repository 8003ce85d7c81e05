"""``eventwire eval``: run the pipeline on gold articles (or read predictions) and score them."""
from __future__ import annotations

import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ..model import InputError
from .score import AREAS, figures, score


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}, line {n}: invalid JSON: {exc.msg}") from None
            if not isinstance(row, dict) or "id" not in row:
                raise InputError(f"{path}, line {n}: not an object with an 'id'")
            rows.append(row)
    return rows


def evaluate_gold(gold_path: Path, pred_path: Path | None = None, out: Path | None = None,
                  detail: bool = False) -> tuple[dict, list[str]]:
    gold = read_jsonl(gold_path)
    if pred_path is not None:
        predictions = {row["id"]: row for row in read_jsonl(pred_path)}
    else:
        from ..pipeline import Pipeline
        from .predict import predict, scoring_input

        inputs = (scoring_input(g) for g in gold)
        rows = list(predict(Pipeline.load(), inputs))
        if out is not None:
            with open(out, "w", encoding="utf-8") as fh:
                for row in rows:
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        predictions = {row["id"]: row for row in rows}
    s = score(gold, predictions, detail=detail)
    return figures(s.counts), s.detail


def print_figures(console: Console, figs: dict) -> None:
    table = Table(title=f"{figs['articles']} gold articles ({figs['articles_missing']} without prediction)")
    table.add_column("area")
    table.add_column("figure")
    table.add_column("value", justify="right")
    for area, names in AREAS.items():
        for i, name in enumerate(names):
            v = figs.get(name)
            table.add_row(area if i == 0 else "", name, "—" if v is None else f"{v:.4f}")
        table.add_section()
    console.print(table)
