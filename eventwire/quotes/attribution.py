"""Events reported inside a quote or a reported clause belong to the one who reports them."""
from __future__ import annotations

from ..model import Event, Quote

# a claim cue makes what it introduces a claim (or a denial), not an asserted fact
STATUS_FROM_CUE = {"claimed": "claimed", "denied": "denied"}


def attribute_events(events: list[Event], quotes: list[tuple[Quote, object]]) -> None:
    for ev in events:
        t0, t1 = ev.trigger.start, ev.trigger.end
        best = None
        for q, cue in quotes:
            if q.start <= t0 and t1 <= q.end and q.speaker is not None:
                if best is None or q.end - q.start < best[0].end - best[0].start:
                    best = (q, cue)
        if best is None:
            continue
        q, cue = best
        ev.attributed_to = q.speaker
        if ev.explain.get("obliged") and ev.source is not None and not _same(ev.source, q.speaker):
            # '"Russia must stop its attacks," he said' with the speaker only known here:
            # a demand by the speaker on the one who must act, not an act of theirs
            ev.target, ev.source = ev.source, q.speaker
            ev.type, ev.status, ev.mode = "REQUEST", "asserted", None
            ev.explain["status"] = "'must' in a quote -> the speaker's REQUEST"
            ev.explain["path"] = {"source": "quote-speaker", "target": "obliged-subject"}
            continue
        status = getattr(getattr(cue, "cue", None), "status", None)
        if status in STATUS_FROM_CUE and ev.status == "asserted":
            ev.status = STATUS_FROM_CUE[status]
            ev.explain["status_from_quote"] = q.cue


def _same(a, b) -> bool:
    return (a.entity is not None and a.entity == b.entity) or a.name == b.name
