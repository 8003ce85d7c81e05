"""The command line, run as a user runs it: a real process, real files, real exit codes."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "eventwire" / "examples" / "example.txt"
FORMAT_KEYS = {"id", "title", "published", "text", "events", "quotes", "claims", "places", "times"}


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *map(str, args)], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_table_output_of_the_example_article():
    r = run("extract", EXAMPLE, "--published", "2025-05-16")
    assert r.returncode == 0, r.stderr
    assert "Events (" in r.stdout and "Quotes (" in r.stdout
    assert "Umerov" in r.stdout


def test_jsonl_output_follows_the_prediction_format_with_offsets():
    r = run("extract", EXAMPLE, "--published", "2025-05-16", "--format", "jsonl", "--explain")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert FORMAT_KEYS <= row.keys()
    text = row["text"]
    assert row["events"], "the example article reports events"
    for e in row["events"]:
        ev = e["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        assert "explain" in e
    for item in row["quotes"] + row["places"] + row["times"]:
        assert text[item["start"]:item["end"]] == item["text"]


def test_a_batch_with_bad_records_reports_each_and_keeps_the_good_ones(tmp_path):
    good = EXAMPLE.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "good-1", "raw": good, "published": "2025-05-16"}),
             '{"id": "broken", "raw": ',                                   # malformed JSON
             json.dumps({"id": "bad-date", "raw": good, "published": "the day before yesterday-ish"}),
             json.dumps({"id": "empty", "raw": "   "}),
             json.dumps({"id": "french", "raw": "Les ministres se sont rencontrés jeudi à Antalya pour "
                         "discuter d'un cessez-le-feu, mais aucun accord n'a été trouvé entre les deux "
                         "délégations, a déclaré le ministre des affaires étrangères dans un communiqué."}),
             json.dumps({"id": "good-2", "raw": good})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 50)
    r = run("extract", tmp_path, "--format", "jsonl")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    ok = [x["id"] for x in rows if "error" not in x]
    failed = [x for x in rows if "error" in x]
    assert ok == ["good-1", "good-2"]
    assert len(failed) == 5
    assert all(x["error"] and "\n" not in x["error"] for x in failed)
    assert len([ln for ln in r.stderr.splitlines() if ln.startswith("error")]) == 5


def test_a_huge_file_is_refused_quickly(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.write(b"Troops shelled the town. " * (20 * 1024 * 1024 // 25 + 1))
    r = run("extract", big)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and "huge.txt" in r.stderr


@pytest.mark.parametrize("args, message", [
    (["extract", "no/such/file.txt"], "no such file"),
    (["extract", str(EXAMPLE), "--published", "31/31/2022"], "published"),
])
def test_unusable_arguments_are_one_line_errors(args, message):
    r = run(*args)
    assert r.returncode == 2
    assert message in r.stderr and "Traceback" not in r.stderr


def test_stdin_text():
    r = run("extract", "-", "--format", "json", "--published", "2024-01-12",
            stdin="U.S. and British warplanes struck Houthi targets in Yemen on Friday, officials said.")
    assert r.returncode == 0, r.stderr
    row = json.loads(r.stdout)
    assert row["published"] == "2024-01-12"
    assert any(e["type"] == "ASSAULT" for e in row["events"])


def test_eval_scores_a_prediction_file(gold_dir, tmp_path):
    seed = gold_dir / "seed.jsonl"
    pred = tmp_path / "pred.jsonl"
    r = run("eval", seed, "--out", pred, "--json")
    assert r.returncode == 0, r.stderr
    figures = json.loads(r.stdout.splitlines()[-1])
    assert figures["articles"] == 1 and figures["articles_missing"] == 0
    again = run("eval", seed, "--pred", pred, "--json")
    assert json.loads(again.stdout.splitlines()[-1]) == figures
