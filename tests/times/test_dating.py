"""Each event's date and place from its clause (EventDater), on sentences written for it."""

import pytest

from eventwire.model import Event, Span
from eventwire.places import PlaceResolver
from eventwire.times import EventDater, TimeTagger


@pytest.fixture(scope="module")
def stages():
    places = PlaceResolver()
    return TimeTagger(), places, EventDater(places)


def dated(run, stages, text, trigger, etype="CONSULT", dateline=None):
    tagger, places, dater = stages
    ex, doc = run(text, [tagger, places], dateline=dateline)
    tok = next(t for t in doc if t.text == trigger)
    ev = Event(type=etype, status="asserted", evidence=Span(tok.sent.text, tok.sent.start_char,
               tok.sent.end_char), trigger=Span(tok.text, tok.idx, tok.idx + len(tok)),
               trigger_i=tok.i)
    ex.events.append(ev)
    dater(doc, ex)
    return ev


def test_date_and_place_from_the_clause(run, stages):
    ev = dated(run, stages, "The two foreign ministers met on Tuesday in Vienna.", "met")
    assert (ev.date, ev.date_basis) == ("2022-03-08", "text")
    assert ev.place.name == "Vienna" and ev.place.country == "AUT" and ev.place_basis == "text"


def test_no_time_no_date(run, stages):
    ev = dated(run, stages, "The two foreign ministers met in Vienna.", "met")
    assert ev.date is None and ev.date_basis is None


def test_place_on_another_noun_is_not_the_events(run, stages):
    ev = dated(run, stages, "PARIS, France — The leaders agreed on a truce in eastern Ukraine.",
               "agreed", "AGREE", dateline="PARIS, France")
    assert ev.place is not None and ev.place.name == "Paris" and ev.place_basis == "dateline"


def test_capital_as_actor_is_not_the_place(run, stages):
    ev = dated(run, stages, "Moscow condemned the sanctions on Wednesday.", "condemned", "ACCUSE")
    assert ev.place is None
    assert ev.date == "2022-03-09"


def test_object_of_an_attack_is_its_place(run, stages):
    ev = dated(run, stages, "Government forces shelled Kharkiv on Monday.", "shelled", "ASSAULT")
    assert ev.place is not None and ev.place.country == "UKR"


def test_narrative_date_carried_from_the_lead(run, stages):
    text = ("Rebels attacked the port on Monday.\n\n"
            "Hundreds of families fled the fighting.")
    ev = dated(run, stages, text, "fled", "RETREAT")
    assert ev.date == "2022-03-07" and ev.explain["date"]["rule"].startswith("carried")


# -- the place an act is done to, and where the clause puts it (issue 5) -------------------
def test_named_place_noun_is_the_object(run, stages):
    ev = dated(run, stages, "Rebels attacked the town of Aleppo on Monday.", "attacked", "ASSAULT")
    assert ev.place is not None and ev.place.country == "SYR"
    assert ev.explain["place"]["rule"] == "object of the act"


def test_name_modifying_a_place_noun_is_the_object(run, stages):
    ev = dated(run, stages, "Russia is to hand back the Kherson region by May.", "hand",
               "CONCEDE")
    assert ev.place is not None and ev.place.country == "UKR"
    ev2 = dated(run, stages, "The army closed the airspace over Incirlik air base.", "closed",
                "COERCE")
    assert ev2.place is not None and ev2.place.country == "TUR"


def test_place_annexed_in_a_participle_clause(run, stages):
    ev = dated(run, stages, "The president signed a decree annexing Crimea into Russia.",
               "signed", "SUPPORT")
    assert ev.place is not None and ev.place.name == "Crimea"


def test_example_of_the_object(run, stages):
    ev = dated(run, stages, "The insurgents seized several cities including Mosul.", "seized",
               "ASSAULT")
    assert ev.place is not None and ev.place.country == "IRQ"


def test_home_of_the_people_who_act(run, stages):
    ev = dated(run, stages, "Residents of Caracas banged pots on Friday night.", "banged",
               "PROTEST")
    assert ev.place is not None and ev.place.country == "VEN"
    # an office's country is not where its holder acts
    ev = dated(run, stages, "The president of Kenya praised the deal on Friday.", "praised",
               "SUPPORT")
    assert ev.place is None


def test_fronted_participle_places_the_clause(run, stages):
    ev = dated(run, stages, "Speaking in Nairobi, the minister urged calm.", "urged", "REQUEST")
    assert ev.place is not None and ev.place.country == "KEN"
    assert ev.explain["place"]["rule"] == "locative phrase of the clause"


def test_seized_site_beats_the_origin_of_a_crossing(run, stages):
    ev = dated(run, stages, "The fighters crossed from Syria and seized the army barracks in "
               "Mosul.", "seized", "ASSAULT")
    assert ev.place is not None and ev.place.country == "IRQ"


def test_there_refers_back(run, stages):
    ev = dated(run, stages, "PARIS, France — Leaders discussed Mali, where troops there "
               "overthrew the president.", "overthrew", "COERCE", dateline="PARIS, France")
    assert ev.place is not None and ev.place.country == "MLI"
    assert ev.place_basis == "text"


def test_capital_as_subject_still_no_place(run, stages):
    ev = dated(run, stages, "Moscow captured nothing.", "captured", "ASSAULT")
    assert ev.place is None
