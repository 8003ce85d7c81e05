"""Exports: JSONL with evidence, CSV, Parquet, PLOVER JSON field names, CAMEO table."""
from __future__ import annotations

import csv
import json

import pandas as pd

from eventwire.store.exports import export
from tests.store.rowkit import KHARKIV, RUS, UKR, article, event


def _fill(store):
    w = store.writer()
    e = event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV, evidence="Russian forces shelled Kharkiv.")
    e["trigger"] = "shelled"
    e["payload"] = json.dumps({"type": "ASSAULT", "status": "asserted", "mode": "artillery",
                               "contexts": ["military"], "casualties": {"killed": 3},
                               "source": {"text": "Russian forces", "name": "Russia", "country": "RUS", "sector": "MIL"},
                               "target": {"text": "Kharkiv", "name": "Ukraine", "country": "UKR", "sector": "GOV"},
                               "evidence": {"text": "Russian forces shelled Kharkiv.", "start": 0, "end": 31},
                               "trigger": {"text": "shelled", "start": 15, "end": 22}})
    w.write(article("a1", "Russian forces shelled Kharkiv.", [e], outlet="north.example"))
    w.write(article("a2", "Kharkiv was shelled by Russia.",
                    [event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV, evidence="Kharkiv was shelled by Russia.")],
                    outlet="south.example"))
    w.write(article("a3", "Iran protested.", [event("PROTEST", ("Iran", "IRN"), None, "2023-10-12")]))


def test_jsonl_keeps_every_evidence_sentence(store, tmp_path):
    _fill(store)
    out = tmp_path / "e.jsonl"
    assert export(store, out, "jsonl", type="ASSAULT") == 1
    rec = json.loads(out.read_text().splitlines()[0])
    assert rec["num_sources"] == 2
    assert [m["evidence"] for m in rec["mentions"]] == ["Russian forces shelled Kharkiv.",
                                                        "Kharkiv was shelled by Russia."]
    assert rec["mentions"][0]["outlet"] == "north.example"


def test_csv_and_parquet(store, tmp_path):
    _fill(store)
    assert export(store, tmp_path / "e.csv", "csv") == 2
    rows = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert {r["type"] for r in rows} == {"ASSAULT", "PROTEST"}
    assert export(store, tmp_path / "e.parquet", "parquet", actor="IRN") == 1
    df = pd.read_parquet(tmp_path / "e.parquet")
    assert list(df["type"]) == ["PROTEST"] and df["num_mentions"].iloc[0] == 1


def test_plover_field_names(store, tmp_path):
    _fill(store)
    export(store, tmp_path / "p.json", "plover", type="ASSAULT")
    rec = json.loads((tmp_path / "p.json").read_text())[0]
    assert rec["event"] == "ASSAULT" and rec["date"] == "2023-10-10"
    assert rec["source"] == [{"actorText": "Russia", "code": "RUS", "sector": "GOV"}]
    assert rec["target"][0]["code"] == "UKR"
    assert rec["eventText"] == "shelled" and rec["text"] == "Russian forces shelled Kharkiv."
    assert rec["context"] == "military" and rec["dead"] == 3
    assert rec["eventLoc"]["name"] == "Kharkiv"


def test_cameo_table(store, tmp_path):
    _fill(store)
    export(store, tmp_path / "c.tsv", "cameo")
    rows = {r["PLOVERType"]: r for r in csv.DictReader((tmp_path / "c.tsv").open(), delimiter="\t")}
    a = rows["ASSAULT"]
    assert a["SQLDATE"] == "20231010" and a["Actor1CountryCode"] == "RUS" and a["NumSources"] == "2"
    assert a["SOURCEURL"] == "https://north.example/a1"
    try:
        from eventwire.events.cameo import cameo_code  # noqa: F401
    except ImportError:
        return
    assert a["EventCode"].isdigit() and a["EventRootCode"] == a["EventCode"][:2]
