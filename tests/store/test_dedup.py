"""Cross-article deduplication: the rules on hand-made mentions, and the grouping of the
multi-report corpus (written for these tests) against its true grouping."""
from __future__ import annotations

import pytest

from eventwire.io import read_inputs
from eventwire.store import Store
from eventwire.store.dedup import best_match
from eventwire.store.grouping import pairwise_scores
from eventwire.store.ingest import ingest
from tests.store.rowkit import KHARKIV, KHERSON, RUS, UKR, event


def stored(mention, id=1, n=1):
    return {**mention, "id": id, "num_mentions": n}


def test_agreeing_report_merges_with_reason():
    c = stored(event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV))
    match, why = best_match(event("ASSAULT", RUS, None, "2023-10-11", KHARKIV), [c])
    assert match is c
    assert why["merged"] and why["actors_agreeing"] == 1 and why["days_apart"] == 1


@pytest.mark.parametrize("mention, reason", [
    (event("ASSAULT", RUS, UKR, "2023-10-10", KHERSON), "another city, far away"),
    (event("ASSAULT", RUS, UKR, "2023-10-13", KHARKIV), "outside the date window"),
    (event("ASSAULT", UKR, RUS, "2023-10-10", KHARKIV), "roles reversed for a directed type"),
    (event("ASSAULT", None, None, "2023-10-10", KHARKIV), "no actor agrees"),
    (event("ASSAULT", RUS, UKR, None, KHARKIV), "no date"),
    (event("ASSAULT", RUS, UKR, "2023-10", KHARKIV), "month only"),
])
def test_conflicting_reports_stay_apart(mention, reason):
    c = stored(event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV))
    match, why = best_match(mention, [c])
    assert match is None, reason
    assert why["merged"] is False


def test_symmetric_types_merge_with_roles_swapped():
    c = stored(event("CONSULT", ("Turkey", "TUR"), UKR, "2023-10-12"))
    match, _ = best_match(event("CONSULT", UKR, ("Turkey", "TUR"), "2023-10-12"), [c])
    assert match is c


def test_best_candidate_wins():
    weak = stored(event("ASSAULT", RUS, None, "2023-10-09"), id=1)
    strong = stored(event("ASSAULT", RUS, UKR, "2023-10-10"), id=2)
    match, _ = best_match(event("ASSAULT", RUS, UKR, "2023-10-10"), [weak, strong])
    assert match is strong


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, pipeline, corpus_path):
    s = Store(str(tmp_path_factory.mktemp("dedup") / "corpus.db"))
    summary = ingest(read_inputs([str(corpus_path)]), s.writer(), pipeline=pipeline)
    assert summary.stored == 16 and not summary.failures
    return s


def test_corpus_grouping_meets_the_floor(corpus_store, true_groups):
    scores = pairwise_scores(corpus_store, true_groups)
    assert scores["reports_found"] >= 13, scores       # the pipeline codes most reports
    assert scores["pairwise_precision"] >= 0.9, scores
    assert scores["pairwise_recall"] >= 0.85, scores


def test_corpus_counts_sources_and_keeps_sentences(corpus_store):
    ev = corpus_store.events(type="SANCTION", target="IRN")
    assert len(ev) == 1
    assert ev.iloc[0].num_sources == 3
    sentences = list(corpus_store.mentions(int(ev.iloc[0].id))["evidence"])
    assert any("sanctioned Iran on Monday" in s for s in sentences)
    assert len(corpus_store.events(type="SANCTION", target="BLR")) == 1


def test_pairwise_measure():
    from eventwire.store.grouping import pairwise
    # predicted {a,b,c} {d}; true {a,b} {c,d}: pairs ab (tp), ac, bc (fp), cd (fn)
    assert pairwise([(1, "x"), (1, "x"), (1, "y"), (2, "y")]) == (1, 2, 1)
    assert pairwise([(1, "x")]) == (0, 0, 0)


def test_same_spot_and_attacker_tolerate_a_differently_named_victim():
    c = stored(event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV))
    victim = ("city officials", "IGO")
    match, why = best_match(event("ASSAULT", RUS, victim, "2023-10-10", KHARKIV), [c])
    assert match is c and why["actor_differs_same_spot"]
    # without a place from the text, a different target is a different event
    assert best_match(event("ASSAULT", RUS, victim, "2023-10-10"), [c])[0] is None
    # and the exception never joins reports whose both actors differ
    assert best_match(event("ASSAULT", ("Georgia", "GEO"), victim, "2023-10-10", KHARKIV), [c])[0] is None
