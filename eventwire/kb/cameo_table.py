"""Build ``eventwire/data/cameo_plover.tsv`` from the PLOVER project's CAMEO2PLOVER table.

usage: python -m eventwire.kb.cameo_table PATH/TO/CAMEO2PLOVER-2021.txt

The source lines read ``0332: AGREE,  ,   military # Express intent to provide military aid``
(CAMEO code: PLOVER type, mode, contexts # CAMEO label).  The output keeps one row per CAMEO
code (first occurrence wins) with the mode and contexts normalised (trimmed, contexts
``|``-joined).  The last column, ``best_for``, is eventwire's own: which PLOVER ``TYPE/mode``
pairs of the current codebook (``TYPE/*`` = the type with no mode) this code is the best
export for; it is hand-curated, so a rebuild keeps the values already in the file.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "cameo_plover.tsv"
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")
HEADER = """\
# CAMEO event codes and the PLOVER type, mode and contexts each maps to.
# Derived from CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, 2021-09-17, edited by Philip
# Schrodt), openeventdata/PLOVER, (c) 2016 Open Event Data Alliance, licensed CC BY-SA 4.0;
# this derived table is therefore also CC BY-SA 4.0 (see eventwire/data/README.md).
# Built by `python -m eventwire.kb.cameo_table PATH`; the best_for column is eventwire's own
# choice of the CAMEO code to export for a current-codebook PLOVER TYPE/mode (TYPE/* = no mode).
# cameo	plover_type	plover_mode	contexts	label	best_for
"""


def parse(text: str) -> list[tuple[str, str, str, str, str]]:
    rows, seen = [], set()
    for raw in text.splitlines():
        m = LINE.match(raw.strip())
        if m is None or len(m.group(1)) < 3:
            continue        # comments and the two-digit section headers ("03: AGREE")
        code, ptype, mode, ctx, label = m.groups()
        if code in seen:
            continue
        seen.add(code)
        mode = (mode or "").strip()
        contexts = "|".join(c.strip() for c in (ctx or "").split(";") if c.strip())
        label = re.sub(r"\s+\d{2}\.\d{2}\.\d{2}:.*$", "", (label or "").strip())
        rows.append((code, ptype, mode, contexts, label))
    return rows


def existing_best_for(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) >= 6 and cols[5]:
            out[cols[0]] = cols[5]
    return out


def main(argv: list[str]) -> None:
    src = Path(argv[0])
    best = existing_best_for(OUT)
    rows = parse(src.read_text(encoding="utf-8"))
    lines = [HEADER.rstrip("\n")]
    for code, ptype, mode, ctx, label in rows:
        lines.append("\t".join((code, ptype, mode, ctx, label, best.get(code, ""))))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} CAMEO codes -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
