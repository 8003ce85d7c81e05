"""Fewer false events: lists of parties, unplaced list items, games, natural disasters.
Each test runs the whole pipeline on a sentence written for it."""
from ev_helpers import sentence_events, summary


def test_multilateral_agreement_is_coded_once(pipeline):
    for text in ("The leaders of Chile, Peru, Bolivia and Ecuador agreed on Monday to share river data.",
                 "Chile, Peru and Bolivia agreed on Monday to share river data."):
        agree = [e for e in sentence_events(pipeline, text) if e.type == "AGREE"]
        assert len(agree) == 1, text
        assert {agree[0].source.country, agree[0].target.country} == {"CHL", "PER"}


def test_two_party_agreement_keeps_its_pair(pipeline):
    evs = sentence_events(pipeline, "Chile and Peru agreed on Monday to share river data.")
    agree = [e for e in evs if e.type == "AGREE"]
    assert len(agree) == 1 and {agree[0].source.country, agree[0].target.country} == {"CHL", "PER"}


def test_unplaced_list_item_is_no_second_party(pipeline):
    evs = sentence_events(pipeline, "Chilean soldiers killed dozens of men and boys in the village.")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 1


def test_named_list_items_stay_parties(pipeline):
    evs = sentence_events(pipeline, "Peru freed the journalists Ana Torres and Luis Quispe on Sunday.")
    assert len([e for e in evs if e.type == "RETREAT"]) == 2


def test_a_game_is_no_attack(pipeline):
    assert not [e for e in sentence_events(pipeline, "Brazil beat Uruguay 3-1 in Lima on Sunday to win the regional cup.")
                if e.type == "ASSAULT"]
    assert not [e for e in sentence_events(pipeline, "Chile beat Peru on penalties in the final on Saturday.")
                if e.type == "ASSAULT"]


def test_a_beating_is_still_an_attack(pipeline):
    evs = sentence_events(pipeline, "Police in Caracas beat dozens of students on Monday.")
    assert [e for e in evs if e.type == "ASSAULT"]


def test_natural_disasters_are_no_actors(pipeline):
    for text in ("Floods swept through southern Chile on Monday, killing more than 40 people.",
                 "Typhoon Mawar slammed into the northern Philippines on Friday, flattening homes."):
        assert summary(sentence_events(pipeline, text)) == [], text
