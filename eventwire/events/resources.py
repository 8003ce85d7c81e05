"""Load the event coder's data files (package data under ``eventwire/data/``) once."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


def data_text(name: str) -> str:
    return resources.files("eventwire").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def plover() -> dict:
    """The ontology: types with modes and definitions, contexts with their cue words."""
    return json.loads(data_text("plover.json"))


class Cues:
    """The word lists of ``event_cues.json`` as frozensets (attribute per list)."""

    def __init__(self, raw: dict):
        self.raw = raw
        for key, value in raw.items():
            if key.startswith("_"):
                continue
            setattr(self, key, frozenset(value) if isinstance(value, list) else value)


@lru_cache(maxsize=None)
def cues() -> Cues:
    return Cues(json.loads(data_text("event_cues.json")))


@lru_cache(maxsize=None)
def context_cues() -> dict[str, str]:
    """lemma -> context name, from the ontology's context cue words."""
    out: dict[str, str] = {}
    for name, spec in plover()["contexts"].items():
        for word in spec.get("cues", []):
            out.setdefault(word, name)
    return out
