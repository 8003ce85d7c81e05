"""Readers and scoring of the sentence-level benchmarks (PLV, PLOVER gold records)."""
import pytest

from eventwire.eval.benchmarks import _marked_spans, plv_prediction, read_gsr, read_plv
from eventwire.eval.registry import find_benchmark
from eventwire.model import Actor, Article, Event, Extraction, Span
from tests.conftest import SHARED


def test_marks_are_stripped_and_located():
    text, spans = _marked_spans("The <s>army</s> shelled <t>rebel positions</t> near the town.")
    assert text == "The army shelled rebel positions near the town."
    assert text[slice(*spans["s"])] == "army" and text[slice(*spans["t"])] == "rebel positions"


def _extraction(text: str, events: list[tuple[str, str, str | None]]) -> Extraction:
    """An extraction of ``text`` holding (type, source word, target word or None) events."""
    def actor(word):
        if word is None:
            return None
        i = text.index(word)
        return Actor(text=word, name=word, start=i, end=i + len(word))
    return Extraction(article=Article(id="x", text=text), events=[
        Event(type=t, status="asserted", evidence=Span(text, 0, len(text)), trigger=Span("x", 0, 1),
              source=actor(s), target=actor(g)) for t, s, g in events])


def _marks(text: str, source: str, target: str) -> tuple[tuple[int, int], tuple[int, int]]:
    return ((text.index(source), text.index(source) + len(source)),
            (text.index(target), text.index(target) + len(target)))


def test_prediction_is_the_event_whose_actors_overlap_the_marks():
    text = "The army shelled rebel positions and police arrested protesters."
    ex = _extraction(text, [("ASSAULT", "army", "rebel positions"), ("COERCE", "police", "protesters")])
    assert plv_prediction(ex, *_marks(text, "army", "rebel positions")) == "ASSAULT"
    assert plv_prediction(ex, *_marks(text, "police", "protesters")) == "COERCE"
    assert plv_prediction(ex, *_marks(text, "army", "protesters")) is None


def test_a_row_marking_no_target_is_matched_only_by_an_event_without_one():
    text = "The rebels lifted their blockade and the army shelled the town."
    ex = _extraction(text, [("RETREAT", "rebels", None), ("ASSAULT", "army", "town")])
    assert plv_prediction(ex, _marks(text, "rebels", "town")[0], None) == "RETREAT"
    assert plv_prediction(ex, _marks(text, "army", "town")[0], None) is None   # the army's event has a target


@pytest.fixture
def data():
    d = SHARED / "data"
    if not (d / "zsp-plv" / "PLV_test.tsv").is_file() or not (d / "plover-gsr" / "PLOVER_GSR_CAMEO.json").is_file():
        pytest.skip(f"benchmark data not found under {d}")
    return d


def test_reads_the_published_files(data):
    plv = read_plv(data / "zsp-plv" / "PLV_test.tsv")
    assert len(plv) > 1000
    r = plv[0]
    assert r["source"] and r["target"] and r["root"]
    gsr = read_gsr(data / "plover-gsr" / "PLOVER_GSR_CAMEO.json")
    assert len(gsr) == 322
    assert not {"FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE"} & {g["type"] for g in gsr}
    assert find_benchmark(data / "zsp-plv" / "PLV_test.tsv").NAME == "PLV"
    # the training file's header opens with an empty column, not "uid"
    assert find_benchmark(data / "zsp-plv" / "PLV_train.tsv").NAME == "PLV"
    assert find_benchmark(data / "plover-gsr" / "PLOVER_GSR_CAMEO.json").NAME == "PLOVER-GSR"


def test_gsr_triples_match_like_format_events():
    from eventwire.eval.benchmarks import _triple_matches
    assert _triple_matches(("ASSAULT", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR"))
    assert _triple_matches(("AGREE", "ISR", None), ("AGREE", "ISR", "PSE"))      # gold has no target
    assert _triple_matches(("CONSULT", "USA", "JOR"), ("CONSULT", "JOR", "USA"))  # mutual act
    assert not _triple_matches(("ASSAULT", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS"))
    assert not _triple_matches(("ASSAULT", "RUS", "UKR"), ("ACCUSE", "RUS", "UKR"))


def test_a_mutual_act_matches_the_marks_either_way_round():
    text = "Macron hosted Naruhito while the army shelled the town."
    ex = _extraction(text, [("CONSULT", "Naruhito", "Macron"), ("ASSAULT", "army", "town")])
    assert plv_prediction(ex, *_marks(text, "Macron", "Naruhito")) == "CONSULT"
    assert plv_prediction(ex, *_marks(text, "town", "army")) is None       # an attack has a direction


def test_a_lost_row_says_which_marked_actor_the_events_missed():
    from eventwire.eval.benchmarks import plv_miss
    text = "The army shelled the town and the rebels fled to the hills."
    ex = _extraction(text, [("ASSAULT", "army", "town")])
    assert plv_miss(ex, *_marks(text, "army", "rebels")) == "source_only"
    assert plv_miss(ex, *_marks(text, "rebels", "town")) == "target_only"
    assert plv_miss(ex, *_marks(text, "rebels", "hills")) == "neither_actor"
    assert plv_miss(_extraction(text, []), *_marks(text, "army", "town")) == "no_event"


def test_a_row_is_shown_with_its_marks_bracketed():
    from eventwire.eval.benchmarks import _marked
    text = "The army shelled rebel positions."
    s, t = _marks(text, "army", "rebel positions")
    assert _marked({"sentence": text, "source": s, "target": t}) == \
        "The [s: army] shelled [t: rebel positions]."
    assert _marked({"sentence": text, "source": s, "target": None}) == "The [s: army] shelled rebel positions."


def test_gsr_diagnostics_separate_the_type_from_the_countries():
    from eventwire.eval.benchmarks import _greedy_matches, _same_countries, _same_type, _triple_matches
    gold = [("ASSAULT", "RUS", "UKR"), ("ACCUSE", "UKR", "RUS")]
    pred = [("COERCE", "RUS", "UKR"), ("ACCUSE", "UKR", "USA")]
    assert _greedy_matches(gold, pred, _triple_matches)[0] == 0
    hit, missed, extra = _greedy_matches(gold, pred, _same_type)
    assert (hit, missed, extra) == (1, [("ASSAULT", "RUS", "UKR")], [("COERCE", "RUS", "UKR")])
    assert _greedy_matches(gold, pred, _same_countries)[0] == 1    # RUS -> UKR, whatever the type
    # a mutual act's countries match either way round
    assert _same_countries(("CONSULT", "USA", "JOR"), ("AGREE", "JOR", "USA"))
    assert not _same_countries(("ASSAULT", "RUS", "UKR"), ("ASSAULT", "UKR", "RUS"))
