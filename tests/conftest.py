"""Shared fixtures: the pipeline is loaded once per test session, as users load it once."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.pipeline import Pipeline
    return Pipeline.load()


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not (GOLD / "dev.jsonl").is_file():
        pytest.skip(f"gold articles not found at {GOLD} (set EVENTWIRE_SHARED to the shared/ folder)")
    return GOLD
