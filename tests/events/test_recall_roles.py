"""Recall of the right parties: a noun's 'from' names its doer, a passive reaction is the
agent's, a thing handed over goes 'to' its recipient, 'asked X for Y' asks X, and a plural
pronoun stands for every item of a listed subject it is reported under."""

from ev_helpers import triples


def test_condemnation_drawn_from_a_party_is_its_accusation_of_the_drawer(code):
    ev = code("Pakistan tested a long-range missile on Tuesday, drawing condemnation from India and Japan.",
              [("Pakistan", "PAK", "GOV"), ("India", "IND", "GOV"), ("Japan", "JPN", "GOV")])
    assert ("ACCUSE", "India", "Pakistan") in triples(ev)
    assert ("ACCUSE", "Japan", "Pakistan") in triples(ev)
    assert ("ACCUSE", "Pakistan", "India") not in triples(ev)


def test_praise_from_an_unnamed_crowd_makes_no_party(code):
    ev = code("The accord drew praise from people in Warsaw.",
              [("people", "POL", "CVL"), ("Warsaw", "POL", "GOV")])
    assert not any(e.source is not None and e.source.name == "people" for e in ev)


def test_passive_reaction_to_an_act_is_the_agents_accusation_of_the_doer(code):
    ev = code("The shelling of the port by Russian forces was condemned by Turkey and Greece.",
              [("Russian forces", "RUS", "MIL"), ("Turkey", "TUR", "GOV"), ("Greece", "GRC", "GOV")])
    got = triples(ev)
    assert ("ACCUSE", "Turkey", "Russian forces") in got
    assert ("ACCUSE", "Greece", "Russian forces") in got
    assert ("ASSAULT", "Russian forces", None) in got or any(
        t == "ASSAULT" and s == "Russian forces" for t, s, _ in got)


def test_weapons_sent_to_a_country_have_it_as_target(code):
    # the actor stage may take the weapons for the sender's forces: the recipient still wins
    ev = code("Norway will send NASAMS missiles to Ukraine.",
              [("Norway", "NOR", "GOV"), ("NASAMS missiles", "NOR", "MIL"), ("Ukraine", "UKR", "GOV")])
    assert ("AID", "Norway", "Ukraine") in triples(ev)


def test_extradition_to_a_country_cooperates_with_it(code):
    ev = code("Spain extradited a Russian hacker to the United States on Monday.",
              [("Spain", "ESP", "GOV"), ("Russian hacker", "RUS", "CVL"), ("United States", "USA", "GOV")])
    assert ("COOPERATE", "Spain", "United States") in triples(ev)


def test_asked_a_body_for_help_targets_the_body_not_the_help(code):
    ev = code("Mali asked the United Nations for peacekeepers.",
              [("Mali", "MLI", "GOV"), ("United Nations", "IGO", "IGO"), ("peacekeepers", "IGO", "IGO")])
    assert ("REQUEST", "Mali", "United Nations") in triples(ev)


def test_plural_pronoun_under_a_listed_subject_codes_each_country(code):
    ev = code("Chile, Peru and Bolivia announced that they were leaving the trade bloc.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV"), ("Bolivia", "BOL", "GOV"), ("they", "CHL", "GOV")])
    sources = {s for t, s, _ in triples(ev) if t == "SANCTION"}
    assert sources == {"Chile", "Peru", "Bolivia"}
    assert not any(g == "they" for _, _, g in triples(ev))


def test_plural_pronoun_under_bodies_of_one_side_stays_one_event(code):
    ev = code("Hamas and Islamic Jihad said they would hold their fire.",
              [("Hamas", "PSE", "REB"), ("Islamic Jihad", "PSE", "REB"), ("they", "PSE", "REB"),
               ("their", "PSE", "REB")])
    assert len([e for e in ev if e.type == "CONCEDE"]) == 1


def test_coordinated_request_naming_its_own_party_is_a_second_request(code):
    ev = code("Germany urged Serbia to allow more monitors into Kosovo and called on Pristina to free all detainees.",
              [("Germany", "DEU", "GOV"), ("Serbia", "SRB", "GOV"), ("Kosovo", "XKX", "GOV"), ("Pristina", "XKX", "GOV")])
    got = triples(ev)
    assert ("REQUEST", "Germany", "Serbia") in got
    assert ("REQUEST", "Germany", "Pristina") in got


def test_coordinated_attack_on_an_unnamed_thing_continues_the_first(code):
    ev = code("Gunmen stormed the hotel and killed four guards.", [("Gunmen", None, "UNK")])
    assert len([e for e in ev if e.type == "ASSAULT"]) == 1
