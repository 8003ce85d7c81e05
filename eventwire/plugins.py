"""Optional modules: parts of eventwire that add commands or benchmarks when they exist."""
from __future__ import annotations

import importlib
from types import ModuleType
from typing import Iterable, Iterator


def present_modules(names: Iterable[str]) -> Iterator[ModuleType]:
    """Import each named module that exists; one that exists but fails to import raises."""
    for name in names:
        try:
            yield importlib.import_module(name)
        except ModuleNotFoundError as exc:
            # absent: the module itself, or a package above it, is not there
            if not exc.name or not (exc.name == name or name.startswith(exc.name + ".")):
                raise
