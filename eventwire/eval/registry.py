"""The benchmarks ``eventwire eval PATH`` knows, each recognised from the file or folder given.

A benchmark module defines ``NAME`` (str), ``detect(path) -> bool`` and
``evaluate(pipeline, path, **options) -> dict`` (figures, JSON-serialisable).  Gold articles in
FORMAT.md's JSONL are the default when no benchmark recognises the path.
"""
from __future__ import annotations

from pathlib import Path
from types import ModuleType

from ..plugins import present_modules

# In the order they are tried; a module not yet written is passed over.
MODULES = [
    "eventwire.eval.benchmarks",     # PLV, PLOVER gold records
    "eventwire.eval.polnear",        # PolNeAR attribution (quotes)
    "eventwire.eval.tempeval",       # TempEval-3 TimeML
    "eventwire.eval.geoparse",       # LGL, TR-News, GeoWebNews, GeoVirus
    "eventwire.eval.annotations",    # annotated sentences with their events (eventwire-train form)
]


def benchmarks() -> list[ModuleType]:
    found = []
    for mod in present_modules(MODULES):
        found.extend(getattr(mod, "BENCHMARKS", [mod]))
    return found


def find_benchmark(path: Path, name: str | None = None):
    """The benchmark named, or the first that recognises `path`; None for gold articles."""
    for b in benchmarks():
        if (name and b.NAME.lower() == name.lower()) or (not name and b.detect(path)):
            return b
    if name and name != "articles":
        raise KeyError(name)
    return None
