"""The dateline that opens a wire story: "ANTALYA, Turkey — …", "UNITED NATIONS — …",
"LONDON, March 3 (Reuters) - …".  Its pattern lives in ``data/boilerplate.json``."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass
class DatelineMatch:
    line: int            # index of the line that opens with the dateline
    start: int           # offsets of the place within that line
    end: int
    place: str
    agency: str | None
    date: str | None


def find_dateline(lines: list[str], patterns: list[re.Pattern], max_line: int
                  ) -> DatelineMatch | None:
    """The first of the first ``max_line`` lines that opens with a dateline."""
    for i, line in enumerate(lines[:max_line]):
        m = next((m for p in patterns if (m := p.match(line))), None)
        if m is None:
            continue
        # A dateline is followed by the story's first sentence, not a bare name or crumb.
        rest = line[m.end():]
        if len(rest.split()) < 4:
            continue
        place = m.group("place")
        date = m.group("date")
        return DatelineMatch(i, m.start("place"), m.end("place"), place, m.group("agency"),
                             date.lstrip(", ") if date else None)
    return None
