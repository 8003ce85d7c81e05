"""Readable terminal output of an Extraction (the CLI's default ``table`` format).

Events and quotes are printed as short blocks — a heading line with the coded fields, then
the sentence they came from with the trigger (or quote) highlighted — because a sentence does
not fit in a table cell of an 80-column terminal.  Places and dates, which are short, are a
table.
"""
from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from .model import Actor, Event, Extraction, Span

TYPE_COLOURS = {  # cooperation in green/blue, conflict in red/magenta, as PLOVER's quad classes
    "AGREE": "green", "CONSULT": "cyan", "SUPPORT": "green", "COOPERATE": "green", "AID": "green",
    "CONCEDE": "blue", "RETREAT": "blue", "REQUEST": "yellow", "ACCUSE": "magenta",
    "REJECT": "magenta", "THREATEN": "red", "PROTEST": "magenta", "MOBILIZE": "red",
    "SANCTION": "red", "COERCE": "red", "ASSAULT": "bold red",
}


def _actor(a: Actor | None) -> str:
    if a is None:
        return "[dim]—[/]"
    code = "/".join(x for x in (a.country, a.sector) if x)
    return escape(a.name) + (f" [dim]({code})[/]" if code else "")


def _sentence(text: str, span: Span, mark: Span | None, style: str = "bold underline") -> Text:
    """The evidence sentence, with `mark` (offsets into the article) highlighted."""
    t = Text(span.text.replace("\n", " "))
    if mark is not None and span.start <= mark.start and mark.end <= span.end:
        t.stylize(style, mark.start - span.start, mark.end - span.start)
    return t


def _explain(d: dict) -> str:
    return json.dumps(d, ensure_ascii=False, default=str) if d else ""


def _event_heading(e: Event) -> str:
    colour = TYPE_COLOURS.get(e.type, "bold")
    parts = [f"[{colour}]{e.type}[/]" + (f"[dim]/{e.mode}[/]" if e.mode else "")]
    if e.status != "asserted":
        parts.append(f"[italic]{e.status}[/]")
    parts.append(f"{_actor(e.source)} → {_actor(e.target)}")
    parts += [f"{role}: {_actor(a)}" for role, a in e.others]
    if e.date:
        parts.append(f"[cyan]{e.date}[/]")
    if e.place:
        parts.append(f"[cyan]{escape(e.place.name)}[/] [dim]({e.place.country})[/]")
    if e.attributed_to:
        parts.append(f"[dim]according to[/] {_actor(e.attributed_to)}")
    return "  ".join(parts)


def print_extraction(console: Console, ex: Extraction, explain: bool = False) -> None:
    a = ex.article
    console.rule(f"[bold]{escape(a.title or a.id)}[/]")
    meta = [x for x in (a.id if a.title else None,
                        f"published {a.published.isoformat()}" if a.published else "no publication date",
                        f"dateline {a.dateline.text}" if a.dateline else None) if x]
    console.print("[dim]" + escape(" · ".join(meta)) + "[/]")

    console.print(f"\n[bold]Events[/] ({len(ex.events)})")
    for i, e in enumerate(ex.events, 1):
        console.print(f"{i:>3}. {_event_heading(e)}")
        console.print(Text("     ") + _sentence(a.text, e.evidence, e.trigger))
        if explain:
            console.print(f"     [dim]{escape(_explain({'trigger': e.trigger.text, **e.explain}))}[/]")

    if ex.quotes:
        console.print(f"\n[bold]Quotes[/] ({len(ex.quotes)})")
        for i, q in enumerate(ex.quotes, 1):
            console.print(f"{i:>3}. {_actor(q.speaker)} [dim]{q.kind}, {escape(q.cue or 'no cue')}[/]")
            console.print(Text("     “") + Text(q.text.replace("\n", " "), style="italic") + Text("”"))
            if explain:
                console.print(f"     [dim]{escape(_explain(q.explain))}[/]")

    if ex.claims:
        console.print(f"\n[bold]Claims[/] ({len(ex.claims)})")
        for i, c in enumerate(ex.claims, 1):
            console.print(f"{i:>3}. {_actor(c.claimant)} [dim]{c.kind}[/]: {escape(c.text)}")
            for d in c.disputed_by:
                console.print(f"       [yellow]disputed by[/] {escape(d.text)}")

    if ex.places or ex.times:
        t = Table(title="Places and dates", title_justify="left", expand=False)
        for col in ("", "text", "resolved to"):
            t.add_column(col, overflow="fold")
        if explain:
            t.add_column("why", overflow="fold")
        for p in ex.places:
            where = (f"{p.name}, {p.country} ({p.lat:.2f}, {p.lon:.2f})" if p.lat is not None
                     else f"{p.name} (unresolved)")
            t.add_row("place", p.text, where, *([_explain(p.explain)] if explain else []))
        for x in ex.times:
            t.add_row("date", x.text, x.value or "(unresolved)", *([_explain(x.explain)] if explain else []))
        console.print()
        console.print(t)
    for w in ex.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}")
