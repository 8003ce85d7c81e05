"""The word lists the actor rules read, loaded once from data/actors/actor_cues.json.

Each list is a frozenset attribute named by its key ("legislator_nouns"), so a rule reads
``WORDS.legislator_nouns``; the file's "_key" entries say what each list is for.
"""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

PATH = Path(__file__).resolve().parent.parent / "data" / "actors" / "actor_cues.json"


def load(path: Path = PATH) -> SimpleNamespace:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return SimpleNamespace(**{k: frozenset(v) for k, v in raw.items()
                              if not k.startswith("_") and isinstance(v, list)})


WORDS = load()
