"""PROTEST recall: a crowd ringing, besieging or occupying a seat of power protests against the
body the building houses, on sentences written for these tests."""
from eventwire.model import Actor, Article, Extraction, Place
from eventwire.pipeline import extract


def events(text):
    return [(e.type, e.source.text if e.source else None, e.target.text if e.target else None,
             e.target.country if e.target else None) for e in extract(text).events]


def test_protesters_surrounding_a_legislature_protest_against_it(code):
    ev = code("Thousands of students surrounded the parliament in Bishkek on Friday.",
              [("students", "KGZ", "CVL")])
    assert [(e.type, e.source.name, e.target.text if e.target else None) for e in ev] == [
        ("PROTEST", "students", "parliament")]


def test_troops_surrounding_a_palace_stay_an_assault(code):
    ev = code("Troops surrounded the presidential palace in Niamey.", [("Troops", "NER", "MIL")])
    assert [e.type for e in ev] == ["ASSAULT"]


def test_surrounding_scenery_is_no_event(code):
    assert code("Green hills surround the city of Kandy.") == []


def test_a_crowd_occupying_a_ministry_is_a_protest(code):
    ev = code("Farmers occupied the agriculture ministry for two days.", [("Farmers", "FRA", "CVL")])
    assert [e.type for e in ev] == ["PROTEST"]


def test_demonstrators_besieging_an_embassy_protest_against_its_state():
    ev = events("Angry demonstrators besieged the French embassy in Niamey on Sunday.")
    assert any(t == "PROTEST" and tgt and "embassy" in tgt and c == "FRA" for t, _, tgt, c in ev), ev


def test_a_possessive_place_left_unresolved_takes_the_articles_place_of_that_name(nlp, coder):
    # the places stage resolved the dateline only; "Taipei's" is the same place
    text = "TAIPEI - Crowds of students surrounded Taipei's legislature on Tuesday."
    ms = [Actor(text="students", name="students", country="TWN", sector="CVL",
                start=text.index("students"), end=text.index("students") + 8)]
    pl = [Place(text="TAIPEI", name="Taipei", country="TWN", lat=25.0, lon=121.5, start=0, end=6)]
    ex = Extraction(Article(id="t", text=text), mentions=ms, places=pl)
    coder(nlp(text), ex)
    assert [(e.type, e.target.country if e.target else None) for e in ex.events] == [("PROTEST", "TWN")]


def test_the_people_a_march_drew_are_its_marchers_against_their_own_government(code):
    ev = code("The strike followed a march on Saturday that organizers said drew about 200,000 people.",
              [("about 200,000 people", "SRB", "CVL")])
    got = [(e.type, e.source.name, e.target.country if e.target else None,
            e.target.explain.get("rule") if e.target else None) for e in ev if e.type == "PROTEST"]
    assert ("PROTEST", "about 200,000 people", "SRB", "events-implied-own-government") in got, got


def test_a_protest_against_a_named_party_keeps_it(code):
    ev = code("Students protested against Russia outside its consulate.",
              [("Students", "GEO", "CVL"), ("Russia", "RUS", "GOV")])
    assert [(e.type, e.target.name) for e in ev] == [("PROTEST", "Russia")]


def test_a_rally_by_a_government_gets_no_implied_target(code):
    ev = code("The ruling party rallied in the capital.", [("The ruling party", "HUN", "PTY")])
    assert [(e.type, e.target) for e in ev] == [("PROTEST", None)]


def test_taking_part_after_a_march_is_joining_the_protest(code):
    ev = code("Thousands of farmers marched through Paris on Monday. In Lyon, organizers said "
              "about 20,000 people took part.", [("farmers", "FRA", "CVL"), ("people", "FRA", "CVL")])
    assert [(e.type, e.source.name) for e in ev if e.explain.get("trigger") == "take"] == [("PROTEST", "people")]


def test_taking_part_after_talks_is_no_protest(code):
    ev = code("The talks ended in Geneva on Friday. Officials said about 30 countries took part.")
    assert [e for e in ev if e.type == "PROTEST"] == []
