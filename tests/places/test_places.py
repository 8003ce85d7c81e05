"""Gazetteer look-ups and disambiguation, on sentences written for these tests."""
import pytest

from eventwire.places import PlaceResolver, resolve_place
from eventwire.places.gazetteer import load


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def places(run, resolver, text, dateline=None):
    ex, _ = run(text, [resolver], dateline=dateline)
    return {p.text: p for p in ex.places}


def test_gazetteer_lookups():
    g = load()
    assert any(e.country == "BLR" for e in g.candidates("Minsk"))
    assert any(e.name == "Kyiv" for e in g.candidates("Kiev"))          # alternate name
    assert g.capital_of("AUT").name == "Vienna"


@pytest.mark.parametrize("name, country, feature", [
    ("Georgia", "GEO", "country"),
    ("Washington", "USA", "city"),
    ("New York", "USA", "city"),
    ("Gaza", "PSE", "region"),
    ("Salisbury", "GBR", "city"),
])
def test_priors(name, country, feature):
    p = resolve_place(name)
    assert (p.country, p.feature) == (country, feature)


def test_context_decides(run, resolver):
    assert resolve_place("Cartagena", "Spain").country == "ESP"
    assert resolve_place("Cartagena", "Colombia").country == "COL"


def test_dateline_resolves_and_is_listed(run, resolver):
    got = places(run, resolver, "CARTAGENA, Spain — The ministers met in the port.",
                 dateline="CARTAGENA, Spain")
    assert got["CARTAGENA"].country == "ESP" and got["CARTAGENA"].explain["rule"] == "dateline"
    assert got["Spain"].feature == "country"


def test_offsets_and_entities(run, resolver):
    text = "Fighting spread from Donetsk to the Black Sea coast near Mariupol."
    got = places(run, resolver, text)
    for p in got.values():
        assert text[p.start:p.end] == p.text
    assert got["Donetsk"].country == "UKR"
    assert got["Mariupol"].country == "UKR"


def test_capital_as_actor_is_still_a_place_mention(run, resolver):
    got = places(run, resolver, "Moscow said the talks in Antalya had failed.")
    assert got["Moscow"].country == "RUS"
    assert got["Antalya"].country == "TUR"


def test_unresolvable_name_does_not_empty_the_others(run, resolver):
    got = places(run, resolver, "Refugees fled Qarzelbistan and reached Damascus on foot.")
    assert "Qarzelbistan" not in got
    assert got["Damascus"].country == "SYR"
    assert resolve_place("Qarzelbistan") is None


def test_demonym_capital(run, resolver):
    got = places(run, resolver, "The delegates ended two days of talks in the Kazakh capital.")
    assert got["the Kazakh capital"].name == "Astana"
