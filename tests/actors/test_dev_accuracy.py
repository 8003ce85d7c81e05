"""Country accuracy of actor mentions at the places gold events name their actors
(``dev_accuracy.py`` beside this file); skipped when the gold folder is absent."""
from __future__ import annotations

import importlib.util
from pathlib import Path


def _module():
    spec = importlib.util.spec_from_file_location(
        "actors_dev_accuracy", Path(__file__).with_name("dev_accuracy.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_country_accuracy(gold_dir):
    r = _module().measure(gold_dir / "dev.jsonl")
    assert r["covered"] >= 0.95
    assert r["country"] >= 0.9
    assert r["sector"] >= 0.85
