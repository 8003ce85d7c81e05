"""The learned event filter: features describe how a candidate was found; the filter keeps or
drops candidates by its weights; `eventwire train` fits weights from annotated sentences."""
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.events.filter import EventFilter, features, group_siblings
from eventwire.events.training import fit, label, read_annotations, Example
from eventwire.model import Actor, Article, Event, Extraction, InputError, Span


def _event(typ="ASSAULT", src=("Russia", "RUS"), tgt=("Ukraine", "UKR"), tpath="dobj", trigger="attack"):
    text = f"{src[0]} attacked {tgt[0] if tgt else 'nothing'}."
    s = Actor(text=src[0], name=src[0], country=src[1], sector="GOV", start=0, end=len(src[0]), kind="state")
    t = None
    if tgt:
        i = text.index(tgt[0])
        t = Actor(text=tgt[0], name=tgt[0], country=tgt[1], sector="GOV", start=i, end=i + len(tgt[0]), kind="state")
    return Event(type=typ, status="asserted", source=s, target=t, evidence=Span(text, 0, len(text)),
                 trigger=Span("attacked", len(src[0]) + 1, len(src[0]) + 9), trigger_i=1,
                 explain={"trigger": trigger, "pattern": f"{trigger}/VERB -> {typ}",
                          "path": {"source": "nsubj", "target": tpath}})


def test_features_name_type_trigger_paths_and_parties():
    f = features(_event(tpath="fallback:sentence-nearest-other-actor"), 1)
    assert {"type=ASSAULT", "trigger=attack", "spath=nsubj", "tpath=fallback:sentence-nearest-other-actor",
            "src.country=yes", "tgt.sector=GOV", "same_country=False"} <= set(f)
    assert "tgt=none" in features(_event(tgt=None), 1)


def test_siblings_count_candidates_of_one_trigger():
    a, b, c = _event(), _event(tgt=("Poland", "POL")), _event()
    c.trigger_i = 5
    assert group_siblings([a, b, c]) == [2, 2, 1]


def test_filter_drops_candidates_scored_below_its_threshold():
    model = {"threshold": 0.5, "weights": {"bias": 1.0, "tpath=fallback:sentence-nearest-other-actor": -3.0}}
    flt = EventFilter(model)
    kept, guessed = _event(), _event(tpath="fallback:sentence-nearest-other-actor")
    ex = Extraction(Article(id="t", text=kept.evidence.text), events=[kept, guessed])
    flt(None, ex)
    assert ex.events == [kept]
    assert kept.explain["filter"]["score"] > 0.5


def test_the_shipped_filter_loads_and_keeps_a_plain_attack(run):
    from eventwire.actors import ActorResolver
    from eventwire.events import EventCoder
    ex, _ = run("Russian forces attacked the Ukrainian city of Kharkiv on Monday.",
                [ActorResolver(), EventCoder(), EventFilter()])
    assert [(e.type, e.source.country, e.target.country) for e in ex.events] == [("ASSAULT", "RUS", "UKR")]
    assert 0 < ex.events[0].explain["filter"]["score"] <= 1


def test_the_pipeline_filters_only_when_asked(pipeline):
    assert "event_filter" not in dict(pipeline.stages)


def test_matching_follows_the_scorer_mutual_acts_either_way_round():
    ev = _event(typ="CONSULT")
    gold = {"type": "CONSULT", "trigger": "attacked", "source": {"text": "Ukraine", "country": "UKR"},
            "target": {"text": "Russia", "country": "RUS"}}
    ex = Extraction(Article(id="t", text=ev.evidence.text), events=[ev, _event(typ="CONSULT")])
    assert label(ex, [gold]) == ([1, 0], 0)
    assert label(ex, [dict(gold, type="ASSAULT")]) == ([0, 0], 1)


def test_fit_learns_to_drop_what_annotations_never_confirm():
    good = [Example(["bias", "tpath=dobj"], 1, g) for g in range(30)]
    bad = [Example(["bias", "tpath=fallback"], 0, g) for g in range(30, 60)]
    model = fit(good + bad, unproposed=0, folds=3)
    flt = EventFilter(model)
    assert flt.score(["bias", "tpath=dobj"]) > model["threshold"] > flt.score(["bias", "tpath=fallback"])


def test_read_annotations_rejects_lines_without_events(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "Kenya met Uganda."}\n')
    with pytest.raises(InputError, match="bad.jsonl, record 1"):
        read_annotations([bad])


SENTENCES = [
    ("Kenya attacked Somalia on Monday.", "ASSAULT", ("Kenya", "KEN"), ("Somalia", "SOM")),
    ("Chad attacked Sudan on Tuesday.", "ASSAULT", ("Chad", "TCD"), ("Sudan", "SDN")),
    ("Peru criticised Chile on Friday.", "ACCUSE", ("Peru", "PER"), ("Chile", "CHL")),
    ("Egypt condemned Ethiopia over the dam.", "ACCUSE", ("Egypt", "EGY"), ("Ethiopia", "ETH")),
    ("Mali thanked France for the aid.", None, None, None),
    ("Ghana met Togo in Accra.", "CONSULT", ("Ghana", "GHA"), ("Togo", "TGO")),
]


def test_train_command_writes_a_filter_that_extract_uses(tmp_path):
    ann = tmp_path / "mine.jsonl"
    with ann.open("w") as fh:
        for i, (text, typ, s, t) in enumerate(SENTENCES * 2):
            events = [] if typ is None else [{"type": typ, "status": "asserted", "trigger": text.split()[1],
                                               "source": {"text": s[0], "country": s[1]},
                                               "target": {"text": t[0], "country": t[1]}}]
            fh.write(json.dumps({"id": i, "text": text, "events": events}) + "\n")
    out = tmp_path / "filter.json"
    runner = CliRunner()
    res = runner.invoke(app, ["train", str(ann), "--out", str(out)])
    assert res.exit_code == 0, res.output
    model = json.loads(out.read_text())
    assert model["texts"] == 12 and model["candidates"] >= 10 and 0 < model["threshold"] < 1
    art = tmp_path / "a.txt"
    art.write_text("Kenya attacked Somalia on Monday.\n")
    res = runner.invoke(app, ["extract", str(art), "--event-filter", str(out), "--format", "json", "--explain"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["events"][0]["explain"]["filter"]["threshold"] == model["threshold"]


def test_train_command_reports_a_missing_file(tmp_path):
    res = CliRunner().invoke(app, ["train", str(tmp_path / "none.jsonl")])
    assert res.exit_code == 2 and "no such file" in res.output
