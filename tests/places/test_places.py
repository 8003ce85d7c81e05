"""Gazetteer look-ups and disambiguation, on sentences written for these tests."""
import pytest

from eventwire.places import resolve_place
from eventwire.places.gazetteer import load
from tests.places.conftest import places_by_text


def places(run, resolver, text, dateline=None):
    return places_by_text(run, resolver, text, dateline)[0]


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


def test_qualified_name_resolves_inside_its_state():
    p = resolve_place("Paris, Ky.")
    assert (p.country, p.explain["admin1"]) == ("USA", "US.KY")
    assert resolve_place("London", "Ontario").country == "CAN"
    assert resolve_place("London").country == "GBR"


def test_state_abbreviations_and_continents():
    g = load()
    assert g.candidates("W.Va.")[0].name == "West Virginia"
    assert resolve_place("Europe").feature == "continent"
    assert resolve_place("Africa").feature == "continent"     # not a town it is an alias of


def test_acronym_is_not_a_town():
    assert all(e.feature != "city" for e in load().candidates("EU"))


def test_article_setting_decides_homonyms(run, resolver):
    text = ("Police in Marietta arrested two men on Monday. The men, from Atlanta and Macon, were "
            "taken to the county jail in Georgia. Officials in Savannah said the case was closed.")
    got = places(run, resolver, text)
    assert (got["Georgia"].country, got["Georgia"].feature) == ("USA", "admin1")
    assert got["Marietta"].explain["admin1"] == "US.GA"


def test_comma_qualifier_in_text(run, resolver):
    got = places(run, resolver, "The fire in Dublin, Ohio destroyed two homes.")
    assert got["Dublin"].country == "USA" and got["Dublin"].explain.get("within") == "Ohio"


def test_capital_abroad_is_kept_in_a_national_story(run, resolver):
    text = ("LONDON — Protesters marched through London and Manchester as ministers in Leeds "
            "and Birmingham met. Washington's closest ally gave no sign of changing course.")
    assert places(run, resolver, text)["Washington"].country == "USA"


def test_resolve_span_uses_demonyms_and_continents(run, resolver, nlp):
    text = "Turkish troops crossed into Syria as European envoys met."
    ex, doc = run(text, [resolver])
    s = text.index("Turkish")
    assert resolver.resolve_span(doc, ex, s, s + 7).country == "TUR"
    s = text.index("European")
    assert resolver.resolve_span(doc, ex, s, s + 8).feature == "continent"


def test_unknown_gold_span_falls_back_to_the_article_focus(run, resolver):
    text = "Crowds gathered on Frobisher Lane in Kharkiv. Later, shelling hit Kharkiv again."
    ex, doc = run(text, [resolver])
    s = text.index("Frobisher Lane")
    p = resolver.resolve_span(doc, ex, s, s + len("Frobisher Lane"))
    assert (p.name, p.country) == ("Kharkiv", "UKR")
    assert p.explain["rule"].startswith("not in the gazetteer")
