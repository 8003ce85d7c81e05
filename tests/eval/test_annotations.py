"""``eventwire eval`` on annotated sentences (the eventwire-train form: ``text`` + ``events``)."""
import json

from eventwire.eval.annotations import detect, evaluate, score_annotations
from eventwire.eval.registry import find_benchmark

RECORDS = [
    {"id": "a1", "text": "Chile's navy shelled rebel camps near the border on Monday.", "events": [
        {"type": "ASSAULT", "status": "asserted", "trigger": "shelled",
         "source": {"text": "Chile's navy", "country": "CHL", "sector": "MIL"},
         "target": {"text": "rebel camps", "country": "CHL", "sector": "REB"}}]},
    {"id": "a2", "text": "Peru's president met Bolivia's foreign minister in Lima.", "events": [
        {"type": "CONSULT", "status": "asserted", "trigger": "met",
         "source": {"text": "Peru's president", "country": "PER", "sector": "GOV"},
         "target": {"text": "Bolivia's foreign minister", "country": "BOL", "sector": "GOV"}}]},
    {"id": "a3", "text": "The weather was mild all week.", "events": []},
]


def _pred(text, type_, src, tgt, status="asserted"):
    return {"type": type_, "status": status, "source": {"text": src[0], "country": src[1]},
            "target": tgt and {"text": tgt[0], "country": tgt[1]},
            "evidence": {"text": text, "start": 0, "end": len(text)}}


def test_figures_use_the_gold_matching():
    preds = {
        "a1": {"events": [_pred(RECORDS[0]["text"], "ASSAULT", ("navy", "CHL"), ("camps", "CHL"), "claimed")]},
        # mutual act coded the other way round still matches
        "a2": {"events": [_pred(RECORDS[1]["text"], "CONSULT", ("minister", "BOL"), ("president", "PER"))]},
        "a3": {"events": [_pred(RECORDS[2]["text"], "ACCUSE", ("weather", None), None)]},
    }
    f = score_annotations(RECORDS, preds, detail=True)
    assert f["texts"] == 3 and f["events"] == 2
    assert f["event_precision"] == round(2 / 3, 4) and f["event_recall"] == 1.0
    assert f["event_status_acc"] == 0.5            # a1 is asserted in the annotation
    assert any(line.startswith("a3 FALSE  ACCUSE") for line in f["detail"])
    # a wrong target country is a false and a missed event, but still right by type
    preds["a1"]["events"][0]["target"] = {"text": "Peru", "country": "PER"}
    f = score_annotations(RECORDS, preds)
    assert f["event_recall"] == 0.5 and f["event_type_only_f1"] > f["event_f1"]


def test_detected_and_run_end_to_end(tmp_path, pipeline):
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    assert detect(path) and find_benchmark(path).NAME == "annotations"
    article = tmp_path / "article.jsonl"
    article.write_text(json.dumps({"id": "x", "raw": "Some text.", "events": []}) + "\n", encoding="utf-8")
    assert not detect(article) and find_benchmark(article) is None
    f = evaluate(pipeline, path)
    assert f["texts"] == 3 and 0 <= f["event_f1"] <= 1
    assert f["event_recall"] > 0        # the shelling at least is coded
