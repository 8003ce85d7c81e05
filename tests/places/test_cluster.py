"""Spatial minimality (cluster.py), the article's focus for names the gazetteer lacks, and
regional demonyms, on sentences written for these tests."""
from eventwire.places import demonym_stems
from eventwire.places.cluster import Cluster, named_by
from eventwire.places.gazetteer import load
from tests.places.conftest import places_by_text


places = places_by_text


def test_town_near_the_articles_other_names_wins_over_a_capital(run, resolver):
    text = ("The Henderson County commissioners lifted the burn ban on Tuesday. A deputy from "
            "Frankston told the court that crews in Athens had cleared the brush.")
    got, _, _ = places(run, resolver, text)
    athens = got["Athens"]
    assert (athens.country, athens.explain["admin1"]) == ("USA", "US.TX")
    assert got["Henderson County"].explain["admin1"] == "US.TX"


def test_capital_alone_stays_the_capital(run, resolver):
    got, _, _ = places(run, resolver, "Ministers met in Athens on Monday before flying to Brussels.")
    assert got["Athens"].country == "GRC"


def test_towns_of_one_county_resolve_together(run, resolver):
    text = ("New sirens will be installed in Columbus, Grove City and Dublin this year, "
            "Franklin County officials said.")
    got, _, _ = places(run, resolver, text)
    assert got["Dublin"].explain["admin1"] == "US.OH"


def test_support_needs_real_readings_of_other_names():
    g = load()
    # a national capital's name does not vouch for its namesake towns ("London, Ohio")
    support = Cluster(g, ["London", "South Charleston"]).support("South Charleston")
    assert not any(e.admin1 == "US.OH" for e in support)
    # a country's name names a town only with two neighbours to vouch for it
    assert not Cluster(g, ["Lebanon", "Zionsville"]).support("Lebanon")
    two = Cluster(g, ["Lebanon", "Zionsville", "Boone County"]).support("Lebanon")
    assert any(e.admin1 == "US.IN" for e in two)
    # a name never supports itself nor another name of the same place
    assert not Cluster(g, ["Mexico City", "Mexico"]).support("Mexico")


def test_stray_alternates_are_not_readings():
    g = load()
    columbus = next(e for e in g.candidates("Franklin") if e.name == "Columbus")
    assert not named_by(columbus, "franklin")
    saint_cloud = next(e for e in g.candidates("St. Cloud") if e.admin1 == "US.MN")
    assert named_by(saint_cloud, "st. cloud")


def test_unknown_name_lies_in_the_articles_county(run, resolver):
    text = ("A mudslide closed the state road in Kanawha County on Monday. Crews at Quarrier "
            "Flats said the road would stay shut.")
    _, ex, doc = places(run, resolver, text)
    start = text.index("Quarrier Flats")
    p = resolver.resolve_span(doc, ex, start, start + len("Quarrier Flats"))
    assert p is not None and p.explain["rule"] == "not in the gazetteer: the article's focus"
    assert p.name == "Kanawha County"


def test_regional_demonym_stands_for_its_region(run, resolver):
    text = "Minnesotans will vote in November, officials in Saint Paul said."
    _, ex, doc = places(run, resolver, text)
    p = resolver.resolve_span(doc, ex, 0, len("Minnesotans"))
    assert p is not None and p.feature == "admin1" and p.explain["admin1"] == "US.MN"
    assert "Kentucky" in demonym_stems("Kentuckians") and "Texas" in demonym_stems("Texan")


def test_region_point_ignores_a_far_island():
    from eventwire.places.build_gazetteer import _region_point
    lats = [-33.0, -32.8, -33.4, -32.5, -27.1]        # four mainland towns, one far island
    lons = [-71.6, -71.2, -71.0, -71.4, -109.4]
    lat, lon = _region_point(lats, lons)
    assert abs(lon + 71.3) < 0.5 and abs(lat + 32.95) < 0.5


def test_institutions_named_after_their_town_say_where_the_article_is(run, resolver):
    text = ("An Alexandria man was hurt in a two-car crash on Monday. The other driver, a "
            "woman from Osakis, was not hurt. He was taken to the Douglas County Hospital.")
    got, _, _ = places(run, resolver, text)
    assert got["Alexandria"].explain["admin1"] == "US.MN"


def test_institution_regions(run):
    from eventwire.places.cluster import institution_regions
    g = load()
    _, doc = run("The Texas Forest Service lifted the ban, the New York Times reported.", [])
    assert institution_regions(doc, g) == ["US.TX"]       # not New York: a big city's name


def test_municipality_and_clipped_abbreviation(run, resolver):
    from eventwire.places import _municipality, _name_variants
    assert _municipality("Jerome Township") == "Jerome"
    assert _municipality("Town of Groton") == "Groton"
    assert _municipality("Paris") is None
    assert "U.S." in _name_variants("U.S")
    text = ("Crews from New London and Norwich cleared the roads, and the council of the "
            "Town of Groton thanked them.")
    _, ex, doc = places(run, resolver, text)
    start = text.index("Town of Groton")
    p = resolver.resolve_span(doc, ex, start, start + len("Town of Groton"))
    assert p is not None and p.explain["rule"] == "gold span (municipality)"
    assert p.explain["admin1"] == "US.CT"
