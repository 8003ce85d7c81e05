"""The scorer follows FORMAT.md, and agrees with the reference scorer where it is present."""
import importlib.util


from eventwire.eval.score import covers, figures, match_events, same_actor, score


def ev(type_, src, tgt, evidence, optional=False):
    return {"type": type_, "source": src, "target": tgt, "evidence": evidence, "optional": optional}


RUS = {"name": "Russia", "country": "RUS", "sector": "GOV"}
UKR = {"name": "Ukraine", "country": "UKR", "sector": "GOV"}


def test_evidence_needs_half_the_gold_tokens():
    assert covers("troops shelled the town", "Yesterday troops shelled the town again.")
    assert not covers("troops shelled the town at dawn today", "troops left")


def test_actor_by_country_or_surname():
    assert same_actor(RUS, {"name": "Moscow", "country": "RUS"})
    assert not same_actor(RUS, {"name": "Kyiv", "country": "UKR"})
    assert same_actor({"name": "Sergey Lavrov", "country": None}, {"name": "Lavrov", "country": None})
    # IGO does not match on the code alone: the body's name must match
    assert not same_actor({"name": "NATO", "country": "IGO"}, {"name": "United Nations", "country": "IGO"})


def test_mutual_events_match_either_way_round_but_others_do_not():
    g = [ev("CONSULT", RUS, UKR, "the ministers met in Antalya")]
    p = [{"type": "CONSULT", "source": UKR, "target": RUS, "evidence": {"text": "the ministers met in Antalya"}}]
    assert match_events(g, p).tp == 1
    g[0]["type"] = p[0]["type"] = "ASSAULT"
    assert match_events(g, p).tp == 0


def test_optional_gold_events_neither_missed_nor_false():
    g = [ev("ACCUSE", RUS, UKR, "Russia blamed Kyiv", optional=True)]
    assert (match_events(g, []).fn, match_events(g, []).tp) == (0, 0)
    p = [{"type": "ACCUSE", "source": RUS, "target": UKR, "evidence": "Russia blamed Kyiv"}]
    m = match_events(g, p)
    assert (m.tp, m.fp, m.fn) == (0, 0, 0)


def test_figures_per_area():
    gold = [{"id": "a", "raw": "Title\nbody", "title": "Title", "events": [ev("ASSAULT", RUS, UKR, "Russia shelled Kharkiv")],
             "quotes": [{"speaker": {"name": "Ivan Petrov"}, "text": "we will not stop"}],
             "claims": [], "places": [{"text": "Kharkiv", "name": "Kharkiv", "country": "UKR", "lat": 50.0, "lon": 36.25}],
             "times": [{"text": "Monday", "value": "2024-05-06"}], "boilerplate": ["Share"]}]
    pred = {"a": {"title": "Title", "text": "Russia shelled Kharkiv.\n\nPetrov said: we will not stop.",
                  "events": [{"type": "ASSAULT", "source": RUS, "target": UKR, "evidence": {"text": "Russia shelled Kharkiv."}},
                             {"type": "ACCUSE", "source": UKR, "target": RUS, "evidence": {"text": "x"}}],
                  "quotes": [{"speaker": {"name": "Petrov"}, "text": "we will not stop"}],
                  "places": [{"text": "Kharkiv", "name": "Kharkiv", "country": "UKR", "lat": 49.99, "lon": 36.23}],
                  "times": [{"text": "on Monday", "value": "2024-05-06"}]}}
    f = figures(score(gold, pred).counts)
    assert f["event_precision"] == 0.5 and f["event_recall"] == 1.0
    assert f["quote_recall"] == 1.0 and f["quote_speaker_acc"] == 1.0
    assert f["place_161km_acc"] == 1.0 and f["time_value_acc"] == 1.0
    assert f["boilerplate_removed"] == 1.0 and f["title_acc"] == 1.0 and f["article_text_kept"] == 1.0
    assert f["claim_recall"] is None


def _reference_scorer(gold_dir):
    spec = importlib.util.spec_from_file_location("reference_score", gold_dir / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_agrees_with_reference_scorer_on_dev(gold_dir, pipeline, tmp_path):
    from eventwire.eval.predict import gold_inputs, predict

    ref = _reference_scorer(gold_dir)
    gold = ref.load(gold_dir / "dev.jsonl")
    preds = {row["id"]: row for row in predict(pipeline, gold_inputs(gold_dir / "dev.jsonl"))}
    ours = figures(score(gold, preds).counts)
    t, _ = ref.score(gold, preds)
    assert ours == ref.figures(t)
