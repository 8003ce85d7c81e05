"""Queries through the Python API (DataFrames) on both backends."""
from __future__ import annotations

import pytest

from tests.store.rowkit import KHARKIV, RUS, UKR, article, event


@pytest.fixture
def filled(store):
    w = store.writer()
    w.write(article("a1", "Russia shelled Kharkiv. The cease-fire collapsed.",
                    [event("ASSAULT", RUS, UKR, "2023-10-10", KHARKIV),
                     event("ACCUSE", UKR, RUS, "2023-10-10", status="claimed")],
                    quotes=[("Sergey Lavrov", "RUS", "We did not strike civilians.")],
                    published="2023-10-10"))
    w.write(article("a2", "EU ministers agreed a sanctions package against Iran.",
                    [event("SANCTION", ("European Union", "IGO"), ("Iran", "IRN"), "2022-02-28")],
                    quotes=[("Josep Borrell", "IGO", "The package is ready.")],
                    published="2022-02-28", outlet="brussels.example"))
    w.write(article("a3", "Talks on a ceasefire continued in Doha.",
                    [event("CONSULT", ("Qatar", "QAT"), ("Hamas", None), "2023-11-20")],
                    published="2023-11-20"))
    return store


def test_events_by_actor_code_type_and_dates(filled):
    ev = filled.events(actor="RUS")
    assert sorted(ev["type"]) == ["ACCUSE", "ASSAULT"]
    assert list(filled.events(actor="RUS", type="assault")["type"]) == ["ASSAULT"]
    assert sorted(filled.events(since="2023-01-01", until="2023-10-31")["type"]) == ["ACCUSE", "ASSAULT"]
    assert list(filled.events(until="2022-12-31")["type"]) == ["SANCTION"]


def test_events_by_name_place_status_and_order(filled):
    assert list(filled.events(actor="hamas")["type"]) == ["CONSULT"]
    assert list(filled.events(place="Kharkiv")["type"]) == ["ASSAULT"]
    assert list(filled.events(place="UKR")["type"]) == ["ASSAULT"]
    assert list(filled.events(status="claimed")["type"]) == ["ACCUSE"]
    assert list(filled.events()["date"])[0] == "2023-11-20"          # newest first
    assert len(filled.events(limit=1)) == 1


def test_quotes_by_speaker(filled):
    q = filled.quotes(speaker="Lavrov")
    assert list(q["text"]) == ["We did not strike civilians."]
    assert list(q["ext_id"]) == ["a1"]
    assert list(filled.quotes(speaker="IGO")["speaker_name"]) == ["Josep Borrell"]


def test_articles_full_text_search(filled):
    assert set(filled.articles(search="cease-fire")["ext_id"]) == {"a1"}
    assert set(filled.articles(search="sanctions")["ext_id"]) == {"a2"}   # stemmed: sanction(s)
    assert set(filled.articles(search="Doha ceasefire")["ext_id"]) == {"a3"}
    assert filled.articles(search="armistice").empty
    assert "text" not in filled.articles().columns
