"""Context cues for the kind of place a name is (``eventwire.places.cues``) and the resolver
rules built on them, on sentences written for these tests."""
from eventwire.places.cues import list_kinds, list_members, noun_kinds
from eventwire.places.gazetteer import load
from tests.places.conftest import places_by_text


def places(run, resolver, text):
    return places_by_text(run, resolver, text)[0]


def test_place_nouns_call_for_a_kind():
    t = "Farms in the state of Washington and in Oregon state were closed."
    s = t.index("Washington")
    assert "admin1" in noun_kinds(t, s, s + len("Washington"))
    s = t.index("Oregon")
    assert "admin1" in noun_kinds(t, s, s + len("Oregon"))
    t = "the island of Java"
    assert noun_kinds(t, t.index("Java"), len(t)) == {"island"}
    t = "the town of Ontario"
    assert noun_kinds(t, t.index("Ontario"), len(t)) == {"city"}
    assert noun_kinds("He left Ontario yesterday.", 8, 15) == frozenset()


def test_list_members_and_kinds():
    t = "Iran, Iraq and Chad"
    spans = [(0, 4), (6, 10), (15, 19)]
    assert list_members(t, spans, 1) == [0, 1, 2]
    assert list_kinds(t, spans, ["country", "city", "country"], 1) == {"country"}
    # two names set off by a comma alone are a town and its region, not a list
    t = "Paris, Texas"
    assert list_members(t, [(0, 5), (7, 12)], 1) == [1]
    assert list_kinds(t, [(0, 5), (7, 12)], ["city", "admin1"], 0) == frozenset()


def test_a_list_of_states_keeps_its_states(run, resolver):
    ps = places(run, resolver, "Cases were reported in Ohio, Oregon, Michigan, Indiana and Wyoming.")
    for name in ("Oregon", "Indiana", "Wyoming"):
        assert (ps[name].feature, ps[name].country) == ("admin1", "USA"), name


def test_a_list_of_countries_keeps_its_countries(run, resolver):
    ps = places(run, resolver, "Officials in Mexico, China, Japan, Ukraine and Brazil reported cases.")
    assert (ps["China"].feature, ps["China"].country) == ("country", "CHN")


def test_a_country_in_a_list_is_not_a_qualifier(run, resolver):
    ps = places(run, resolver, "The outbreak spread to Ghana, Niger, Nigeria and Togo.")
    assert (ps["Niger"].feature, ps["Niger"].country) == ("country", "NER")


def test_state_noun_keeps_the_state(run, resolver):
    ps = places(run, resolver, "A cow from a Washington state farm tested positive.")
    assert ps["Washington"].feature == "admin1"
    assert ps["Washington"].lat > 45                # the state, not the capital


def test_town_region_resolved_together(run, resolver):
    ps = places(run, resolver, "The patient was a girl from Buffalo, New York. She died on Friday.")
    assert ps["New York"].feature == "admin1"
    assert ps["Buffalo"].explain["admin1"] == "US.NY"
    ps = places(run, resolver, "The patient was a girl from Paris, Texas. She died on Friday.")
    assert (ps["Paris"].explain["admin1"], ps["Texas"].feature) == ("US.TX", "admin1")
    # a borough is qualified by its city, not by its state
    ps = places(run, resolver, "Students at a school in Queens, New York fell ill.")
    assert ps["New York"].feature == "city"


def test_contained_in_qualifies(run, resolver):
    ps = places(run, resolver, "Ducks were found in Crawford County located in Pennsylvania.")
    assert ps["Crawford County"].explain.get("admin1") == "US.PA"


def test_a_country_alias_that_is_a_region_names_the_region(run, resolver):
    ps = places(run, resolver, "Four people died in England last week.")
    assert (ps["England"].feature, ps["England"].country) == ("admin1", "GBR")


def test_bare_region_names_and_new_regions():
    g = load()
    zamfara = g.candidates("Zamfara")
    assert [e.feature for e in zamfara] == ["admin1"]
    assert "zamfara" not in zamfara[0].primary           # an alternate, not its own name
    assert any(e.feature == "admin1" and e.country == "AUS" for e in g.candidates("NSW"))
    assert any(e.feature == "island" and e.country == "IDN" for e in g.candidates("Java"))
    assert any(e.feature == "region" and not e.country for e in g.candidates("Middle East"))


def test_island_of_java_is_the_island(run, resolver):
    ps = places(run, resolver, "A tsunami hit the Indonesian island of Java on Monday.")
    assert (ps["Java"].feature, ps["Java"].country) == ("island", "IDN")
