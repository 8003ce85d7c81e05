"""The project's own training sentences for the guessed-target ranker
(eventwire/data/training/ranker_sentences.jsonl): every line parses, every event is coded
with a type, mode, status and sectors the ontology knows, and every trigger and actor text is
a verbatim part of its sentence (the trainer and the scorer match on these texts)."""
import json
import re
from pathlib import Path

import pytest

from eventwire.model import SECTORS, STATUSES

DATA = Path(__file__).resolve().parents[2] / "eventwire" / "data"
SENTENCES = DATA / "training" / "ranker_sentences.jsonl"
ONTOLOGY = json.loads((DATA / "plover.json").read_text(encoding="utf-8"))["types"]
COUNTRY = re.compile(r"^(?:[A-Z]{3})$")      # ISO 3166-1 alpha-3, or IGO for a non-state body


def _records():
    with SENTENCES.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


RECORDS = _records()


def test_file_parses_with_unique_ids_and_texts():
    assert len(RECORDS) >= 200
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)
    for r in RECORDS:
        assert set(r) == {"id", "text", "published", "events"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        assert r["events"], r["id"]


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r["id"])
def test_events_are_valid_by_the_ontology(rec):
    for ev in rec["events"]:
        assert ev["type"] in ONTOLOGY, ev
        assert ev["mode"] is None or ev["mode"] in ONTOLOGY[ev["type"]]["modes"], ev
        assert ev["status"] in STATUSES, ev
        assert ev["trigger"] in rec["text"], ev
        for role in ("source", "target"):
            actor = ev[role]
            if actor is None:
                assert role == "target"
                continue
            assert actor["text"] and actor["text"] in rec["text"], (role, ev)
            assert COUNTRY.match(actor["country"]), (role, ev)
            assert actor["sector"] in SECTORS, (role, ev)
        if ev["target"] is not None:
            assert ev["target"]["text"] != ev["source"]["text"], ev


def test_the_trainer_reads_the_file():
    from eventwire.events.training import read_annotations

    recs = read_annotations([SENTENCES])
    assert len(recs) == len(RECORDS)
