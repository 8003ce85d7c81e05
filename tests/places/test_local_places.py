"""Small towns, counties, GeoNames points and the nearness of an article's places, on
sentences written for these tests."""
from eventwire.places import resolve_place
from eventwire.places.gazetteer import load
from tests.places.conftest import places_by_text


places = places_by_text


def test_small_towns_and_counties_are_in_the_gazetteer():
    g = load()
    # a town of about 2,000 people (GeoNames cities1000)
    assert any(e.country == "USA" and e.admin1 == "US.LA" for e in g.candidates("Cottonport"))
    # a county by its full name and, as an alternate, without "County"
    county = [e for e in g.candidates("Otter Tail County") if e.feature == "admin2"]
    assert county and county[0].admin1 == "US.MN"
    assert any(e.feature == "admin2" for e in g.candidates("Otter Tail"))
    assert "otter tail" not in county[0].primary


def test_country_point_is_geonames_point():
    canada = load().countries["CAN"]
    assert abs(canada.lat - 60.1) < 0.5 and abs(canada.lon + 113.6) < 0.5


def test_county_without_a_city_keeps_its_census_point(run, resolver):
    text = ("Deputies in Avoyelles Parish closed the bridge on Monday. Families in Cottonport "
            "said the water had reached the school.")
    got, _, _ = places(run, resolver, text)
    parish, town = got["Avoyelles Parish"], got["Cottonport"]
    assert parish.feature == "admin2" and parish.explain["admin1"] == "US.LA"
    # no city of 15,000 in the parish, but its census centroid is known: it stays there
    # (near the parish's town), rather than moving to the article's town
    assert parish.explain["point"] == "census"
    assert (parish.lat, parish.lon) != (town.lat, town.lon)
    assert _km(parish.lat, parish.lon, town.lat, town.lon) < 30


def test_county_with_no_point_sits_at_the_articles_town(run, resolver):
    # a census area newer than the census extract has no point of its own: it is placed at
    # the article's town in its state
    text = ("Volunteers from the Chugach Census Area flew supplies to Valdez, Alaska, on Monday "
            "after the storm.")
    got, _, _ = places(run, resolver, text)
    area, town = got["Chugach Census Area"], got["Valdez"]
    assert area.explain["admin1"] == "US.AK" and town.explain["admin1"] == "US.AK"
    assert (area.lat, area.lon) == (town.lat, town.lon)


def _km(lat1, lon1, lat2, lon2):
    import math
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(h))


def test_nearby_places_decide_a_homonym(run, resolver):
    # "Alexandria" alone is the Egyptian city; beside towns of central Louisiana it is
    # Alexandria, Louisiana
    assert resolve_place("Alexandria").country == "EGY"
    text = ("The flood moved from Pineville toward Alexandria on Tuesday, and shelters opened "
            "in Ball and Boyce.")
    got, _, _ = places(run, resolver, text)
    assert got["Alexandria"].country == "USA"
    assert got["Alexandria"].explain["admin1"] == "US.LA"


def test_demonym_span_is_its_country_not_a_small_town(run, resolver):
    text = "The Canadian delegation arrived in Geneva on Sunday."
    ex, doc = run(text, [resolver])
    start = text.index("Canadian")
    p = resolver.resolve_span(doc, ex, start, start + len("Canadian"))
    assert p.country == "CAN" and p.feature == "country"


def test_gazetteer_loads_lazily():
    # its load time is measured by bench/throughput.py, not asserted here
    from eventwire.places.gazetteer import Gazetteer
    g = Gazetteer()
    assert len(g._entries) < 5000          # only countries and admin-1 rows are parsed
    assert g.candidates("Minsk") and len(g._entries) > 0
