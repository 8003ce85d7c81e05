"""The benchmarks ``eventwire eval PATH`` knows, each recognised from the file or folder given.

A benchmark module defines ``NAME`` (str), ``detect(path) -> bool`` and
``evaluate(pipeline, path, **options) -> dict`` (figures, JSON-serialisable).  Gold articles in
FORMAT.md's JSONL are the default when no benchmark recognises the path.
"""
from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

# In the order they are tried; a module not yet written is passed over.
MODULES = [
    "eventwire.eval.benchmarks",     # PLV, PLOVER gold records
    "eventwire.eval.polnear",        # PolNeAR attribution (quotes)
    "eventwire.eval.tempeval",       # TempEval-3 TimeML
    "eventwire.eval.geoparse",       # LGL, TR-News, GeoWebNews
]


def benchmarks() -> list[ModuleType]:
    found = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if not is_absent(name, exc):   # the module exists but something it needs is missing
                raise
            continue
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


def is_absent(name: str, exc: ModuleNotFoundError) -> bool:
    """The ModuleNotFoundError is about `name` itself or a package above it."""
    return bool(exc.name) and (exc.name == name or name.startswith(exc.name + "."))
