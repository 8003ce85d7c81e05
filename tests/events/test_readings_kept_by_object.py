"""Verbs and event nouns that had no reading of their type (COOPERATE
exports and shared data, AID debt relief and handouts, CONCEDE curbs and pardons, SANCTION
and COERCE controls, bail and lockdowns, MOBILIZE reserves and troop movements, ASSAULT
crimes committed, PROTEST strikes gone on), each with the object that keeps it to its sense,
on sentences written for these tests."""

from ev_helpers import triples


def only(ev):
    return sorted({e.type for e in ev})


def test_exporting_gas_to_a_country_is_cooperation(code):
    ev = code("Azerbaijan began exporting natural gas to Bulgaria on Friday.",
              [("Azerbaijan", "AZE", "GOV"), ("Bulgaria", "BGR", "GOV")])
    assert ("COOPERATE", "Azerbaijan", "Bulgaria") in triples(ev)


def test_exporting_a_film_is_no_event(code):
    assert code("The studio exported its new film to Bulgaria.", [("Bulgaria", "BGR", "GOV")]) == []


def test_sharing_data_is_cooperation(code):
    ev = code("Japan will share radar data with South Korea.", [("Japan", "JPN", "GOV"), ("South Korea", "KOR", "GOV")])
    assert only(ev) == ["COOPERATE"]


def test_writing_off_debt_is_aid_and_writing_off_a_chance_is_not(code):
    ev = code("France wrote off Mali's debt on Monday.", [("France", "FRA", "GOV"), ("Mali", "MLI", "GOV")])
    assert ("AID", "France", "Mali") in triples(ev)
    assert code("France wrote off its chances on Monday.", [("France", "FRA", "GOV")]) == []


def test_handing_out_food_is_aid(code):
    ev = code("Jordanian soldiers handed out food to Syrian refugees.",
              [("Jordanian soldiers", "JOR", "MIL"), ("Syrian refugees", "SYR", "REF")])
    assert only(ev) == ["AID"]


def test_mobilising_money_is_aid_not_troops(code):
    ev = code("The World Bank said it would mobilise $2 billion for Nepal.",
              [("World Bank", "IGO", "IGO"), ("Nepal", "NPL", "GOV")])
    # the reported "would" also makes it a promise (AGREE, round 8); never MOBILIZE
    assert "AID" in only(ev) and set(only(ev)) <= {"AID", "AGREE"}


def test_arms_sale_and_aid_package_are_aid(code):
    ev = code("Washington approved an arms sale to Taiwan.", [("Washington", "USA", "GOV"), ("Taiwan", "TWN", "GOV")])
    assert "AID" in only(ev)


def test_withdrawing_a_bill_is_a_concession_not_a_pullout(code):
    ev = code("The president withdrew the finance bill after the protests.", [("president", "KEN", "GOV")])
    assert "CONCEDE" in only(ev) and "RETREAT" not in only(ev)


def test_curbing_a_nuclear_programme_is_a_concession(code):
    ev = code("Tehran agreed to curb its nuclear program.", [("Tehran", "IRN", "GOV")])
    assert "CONCEDE" in only(ev)


def test_leaving_an_international_court_is_a_sanction(code):
    ev = code("Burundi left the International Criminal Court on Friday.",
              [("Burundi", "BDI", "GOV"), ("International Criminal Court", "IGO", "IGO")])
    assert ("SANCTION", "Burundi", "International Criminal Court") in triples(ev)


def test_denying_bail_is_coercion(code):
    ev = code("A court in Lagos denied bail to the activist.", [("court", "NGA", "JUD"), ("activist", "NGA", "CVL")])
    assert ("COERCE", "court", "activist") in triples(ev)


def test_placing_a_region_under_lockdown_is_coercion(code):
    ev = code("The government placed the province under lockdown.", [("government", "ITA", "GOV")])
    assert only(ev) == ["COERCE"]


def test_activating_reserves_is_mobilization(code):
    ev = code("Estonia activated its reservists on Tuesday.", [("Estonia", "EST", "GOV")])
    assert only(ev) == ["MOBILIZE"]


def test_committing_war_crimes_is_violence_not_a_promise(code):
    ev = code("Investigators said the militia committed war crimes against villagers.",
              [("militia", "SDN", "REB"), ("villagers", "SDN", "CVL")])
    assert "ASSAULT" in only(ev) and "AGREE" not in only(ev)


def test_going_on_strike_is_a_protest_not_an_air_strike(code):
    ev = code("Dock workers in Marseille went on strike on Tuesday.", [("Dock workers", "FRA", "CVL")])
    assert only(ev) == ["PROTEST"]


def test_protesters_setting_fire_to_offices_riot(code):
    ev = code("Protesters set fire to the ruling party's offices.", [("Protesters", "NPL", "CVL")])
    assert only(ev) == ["PROTEST"]


def test_vowing_a_response_is_a_threat(code):
    ev = code("Ankara vowed a harsh response to the attack on its embassy.", [("Ankara", "TUR", "GOV")])
    assert "THREATEN" in only(ev)


def test_received_by_a_leader_is_a_visit(code):
    ev = code("The Hungarian prime minister was received by the Chinese president in Beijing.",
              [("Hungarian prime minister", "HUN", "GOV"), ("Chinese president", "CHN", "GOV")])
    assert ("CONSULT" in only(ev))


def test_calls_from_a_named_party_rejected_are_its_request(code):
    ev = code("The prime minister rejected calls from the African Union for a ceasefire.",
              [("prime minister", "ETH", "GOV"), ("African Union", "IGO", "IGO")])
    assert ("REJECT", "prime minister", "African Union") in triples(ev)
    assert ("REQUEST", "African Union", "prime minister") in triples(ev)


def test_calls_without_a_named_party_stay_inside_the_rejection(code):
    ev = code("The prime minister rejected calls for a ceasefire.", [("prime minister", "ETH", "GOV")])
    assert [e.type for e in ev] == ["REJECT"]


def test_appeals_despite_which_one_refuses_are_requests(code):
    ev = code("The junta refused to admit foreign doctors despite appeals from the United Nations.",
              [("junta", "MMR", "MIL"), ("United Nations", "IGO", "IGO")])
    assert ("REQUEST", "United Nations", "junta") in triples(ev)


def test_an_act_after_which_another_follows_is_its_own_event(code):
    ev = code("Iran freed ten sailors on Wednesday, a day after detaining them in the Gulf.",
              [("Iran", "IRN", "GOV"), ("sailors", "USA", "MIL")])
    assert {"RETREAT", "COERCE"} <= set(only(ev))


def test_accused_of_an_act_stays_one_accusation(code):
    ev = code("Kenya accused the rebels of attacking the convoy.", [("Kenya", "KEN", "GOV"), ("rebels", "SOM", "REB")])
    assert only(ev) == ["ACCUSE"]


def test_troops_sent_to_help_a_government_are_aid(code):
    ev = code("Rwanda sent 1,000 soldiers to Mozambique to help government forces fight insurgents.",
              [("Rwanda", "RWA", "GOV"), ("Mozambique", "MOZ", "GOV")])
    assert ("AID", "Rwanda", "Mozambique") in triples(ev)
    assert "MOBILIZE" not in only(ev)


def test_troops_massed_on_a_border_stay_mobilization(code):
    ev = code("Russia sent 10,000 soldiers to the border with Ukraine.", [("Russia", "RUS", "GOV"), ("Ukraine", "UKR", "GOV")])
    assert "MOBILIZE" in only(ev) and "AID" not in only(ev)


def test_an_ultimatum_from_several_countries_is_one_act(code):
    ev = code("The president rejected an ultimatum from Spain, France, Germany and Italy.",
              [("president", "VEN", "GOV"), ("Spain", "ESP", "GOV"), ("France", "FRA", "GOV"),
               ("Germany", "DEU", "GOV"), ("Italy", "ITA", "GOV")])
    threats = [e for e in ev if e.type == "THREATEN"]
    assert [(e.source.name, e.target.name) for e in threats] == [("Spain", "president")]


def test_closing_the_border_with_a_country_is_a_sanction(code):
    ev = code("Riyadh closed its land border with Doha on Monday.", [("Riyadh", "SAU", "GOV"), ("Doha", "QAT", "GOV")])
    assert ("SANCTION", "Riyadh", "Doha") in triples(ev)


def test_a_no_fly_zone_is_coercion(code):
    ev = code("The council voted to impose a no-fly zone over the country.", [("council", "IGO", "IGO")])
    assert only(ev) == ["COERCE"]


def test_banging_pots_is_a_protest(code):
    ev = code("Residents of the capital banged pots and pans against the junta.",
              [("Residents", "MMR", "CVL"), ("junta", "MMR", "MIL")])
    assert only(ev) == ["PROTEST"]
