"""End-to-end figures on the shared gold: a regression guard on the floors the project has
reached (issue 2: cleaning figures, and every area above zero).  The figures themselves are
measured and reported with `eventwire eval`; this only fails when one falls below its floor."""
import pytest

from eventwire.eval.predict import gold_inputs, predict
from eventwire.eval.run import read_jsonl
from eventwire.eval.score import figures, score


@pytest.fixture(scope="module")
def dev_figures(gold_dir, pipeline):
    out = {}
    for name in ("seed", "dev"):
        path = gold_dir / f"{name}.jsonl"
        preds = {r["id"]: r for r in predict(pipeline, gold_inputs(path))}
        out[name] = figures(score(read_jsonl(path), preds).counts)
    return out


@pytest.mark.parametrize("name", ["seed", "dev"])
def test_cleaning_floors(dev_figures, name):
    f = dev_figures[name]
    assert f["boilerplate_removed"] >= 0.9
    assert f["article_text_kept"] >= 0.98
    assert f["title_acc"] >= 0.8


def test_every_area_scores_on_dev(dev_figures):
    f = dev_figures["dev"]
    for figure in ("event_f1", "quote_end_to_end", "claim_recall", "time_value_acc", "place_161km_acc"):
        assert f[figure] > 0, figure
