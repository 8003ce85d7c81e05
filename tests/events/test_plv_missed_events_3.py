"""Missed events, third round: an order that summons a party to appear, testify, hand something
over or pay is a demand made of it (PLOVER REQUEST), on sentences written for these tests."""

from ev_helpers import triples


def test_ordering_a_party_to_appear_for_questioning_is_a_request(code):
    ev = code("The Kenyan police have ordered opposition leader Raila Odinga to appear for questioning on Monday.",
              [("Kenyan police", "KEN", "POL"), ("Raila Odinga", "KEN", "OPP")])
    assert ("REQUEST", "Kenyan police", "Raila Odinga") in triples(ev)


def test_a_court_ordering_a_party_to_hand_over_money_is_a_request(code):
    ev = code("A court in Paris ordered the former minister to hand over 3 million euros.",
              [("court", "FRA", "JUD"), ("former minister", "FRA", "GOV")])
    assert ("REQUEST", "court", "former minister") in triples(ev)


def test_an_order_of_an_arrest_stays_coercion_and_a_bare_order_has_no_request(code):
    ev = code("A court in Lima ordered the arrest of the former mayor.",
              [("court", "PER", "JUD"), ("former mayor", "PER", "GOV")])
    assert ("COERCE", "court", "former mayor") in triples(ev)
    assert not any(e.type == "REQUEST" for e in ev)
    # an order to do something else (move troops, leave homes) is not read as a summons
    ev = code("The army ordered the villagers to leave their homes.",
              [("army", "SDN", "MIL"), ("villagers", "SDN", "CVL")])
    assert not any(e.type == "REQUEST" for e in ev)
