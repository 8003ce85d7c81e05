"""Readable terminal output of an Extraction (the CLI's default table format)."""
from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table

from .model import Actor, Extraction


def _actor(a: Actor | None) -> str:
    if a is None:
        return "—"
    code = "/".join(x for x in (a.country, a.sector) if x)
    return f"{a.name} [dim]({code})[/]" if code else a.name


def _explain(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, default=str) if d else ""


def print_extraction(console: Console, ex: Extraction, explain: bool = False) -> None:
    a = ex.article
    head = f"[bold]{a.title or a.id}[/]"
    meta = [x for x in (a.id if a.title else None,
                        f"published {a.published.isoformat()}" if a.published else "no publication date",
                        f"dateline {a.dateline.text}" if a.dateline else None) if x]
    console.rule(head)
    console.print("[dim]" + " · ".join(meta) + "[/]")

    t = Table(title=f"Events ({len(ex.events)})", show_lines=True, expand=True)
    for col in ("type", "status", "source", "target", "date", "place", "evidence"):
        t.add_column(col, overflow="fold")
    if explain:
        t.add_column("why", overflow="fold")
    for e in ex.events:
        others = "".join(f"\n{role}: {_actor(x)}" for role, x in e.others)
        row = [f"[bold]{e.type}[/]" + (f"\n[dim]{e.mode}[/]" if e.mode else ""), e.status,
               _actor(e.source), _actor(e.target) + others, e.date or "—",
               (f"{e.place.name} ({e.place.country})" if e.place else "—"), e.evidence.text]
        if explain:
            row.append(_explain({"trigger": e.trigger.text, **e.explain}))
        t.add_row(*row)
    console.print(t)

    if ex.quotes:
        t = Table(title=f"Quotes ({len(ex.quotes)})", show_lines=True, expand=True)
        for col in ("speaker", "kind", "cue", "text"):
            t.add_column(col, overflow="fold")
        if explain:
            t.add_column("why", overflow="fold")
        for q in ex.quotes:
            row = [_actor(q.speaker), q.kind, q.cue or "—", q.text]
            if explain:
                row.append(_explain(q.explain))
            t.add_row(*row)
        console.print(t)

    if ex.claims:
        t = Table(title=f"Claims ({len(ex.claims)})", show_lines=True, expand=True)
        for col in ("claimant", "claim", "disputed by"):
            t.add_column(col, overflow="fold")
        for c in ex.claims:
            t.add_row(_actor(c.claimant), c.text, "\n".join(s.text for s in c.disputed_by) or "—")
        console.print(t)

    if ex.places or ex.times:
        t = Table(title="Places and dates", expand=True)
        for col in ("kind", "text", "resolved to"):
            t.add_column(col, overflow="fold")
        if explain:
            t.add_column("why", overflow="fold")
        for p in ex.places:
            where = (f"{p.name}, {p.country} ({p.lat:.2f}, {p.lon:.2f})" if p.lat is not None
                     else f"{p.name} (unresolved)")
            t.add_row("place", p.text, where, *([_explain(p.explain)] if explain else []))
        for x in ex.times:
            t.add_row("date", x.text, x.value or "(unresolved)", *([_explain(x.explain)] if explain else []))
        console.print(t)
    for w in ex.warnings:
        console.print(f"[yellow]warning:[/] {w}")
