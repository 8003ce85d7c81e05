"""The one who made a request is the other party of the act that answers
it ("refused a request from X"), and the one asked is the other party of a demand ("demanded
that X resign", "demanded an apology from X")."""

from ev_helpers import triples


def test_refusing_a_request_targets_the_one_who_asked(code):
    ev = code("The governor refused a request from the mayor to close the schools.",
              [("governor", "USA", "GOV"), ("mayor", "USA", "GOV")])
    assert ("REJECT", "governor", "mayor") in triples(ev)
    assert ev[0].explain["path"]["target"] == "petition:request>prep:from"


def test_conceding_to_demands_targets_their_authors_inside_an_infinitive(code):
    ev = code("The council agreed to accept demands by the union for higher pay.",
              [("council", "GBR", "GOV"), ("union", "GBR", "CVL")])
    assert any(t[1:] == ("council", "union") for t in triples(ev))


def test_a_joint_request_is_answered_once(code):
    ev = code("Maduro rejected an ultimatum from Spain, France and Germany.",
              [("Maduro", "VEN", "GOV"), ("Spain", "ESP", "GOV"), ("France", "FRA", "GOV"),
               ("Germany", "DEU", "GOV")])
    assert [t for t in triples(ev) if t[0] == "REJECT"] == [("REJECT", "Maduro", "Spain")]


def test_demanding_that_someone_act_targets_the_clause_subject(code):
    ev = code("The senators demanded that the minister resign over the scandal.",
              [("senators", "USA", "GOV"), ("minister", "USA", "GOV")])
    assert ("REQUEST", "senators", "minister") in triples(ev)


def test_demanding_something_from_someone_targets_them(code):
    ev = code("The cleric demanded a public apology from the president.",
              [("cleric", "GBR", "REL"), ("president", "GBR", "GOV")])
    assert ("REQUEST", "cleric", "president") in triples(ev)


def test_a_question_names_no_one_asked(code):
    ev = code("The senators asked whether the minister would resign.",
              [("senators", "USA", "GOV"), ("minister", "USA", "GOV")])
    assert all(p.explain["path"]["target"] != "demanded-clause:nsubj" for p in ev)


def test_going_on_strike_is_a_protest_not_an_attack(code):
    ev = code("Nurses in Leeds went on strike for better pay.", [("Nurses", "GBR", "CVL")])
    assert [e.type for e in ev] == ["PROTEST"]


def test_launching_a_strike_stays_an_attack(code):
    ev = code("The air force launched a strike on the rebel camp.", [("air force", "NGA", "MIL")])
    assert [e.type for e in ev] == ["ASSAULT"]


def test_an_ended_strike_eases_dissent(code):
    # ending one's own protest is CAMEO 082 (ease dissent), carried out: RETREAT
    ev = code("The activist ended her hunger strike against the law.", [("activist", "IND", "CVL")])
    assert [e.type for e in ev] == ["RETREAT"]


def test_launching_a_mediation_effort_is_a_consultation(code):
    ev = code("Qatar launched a mediation effort between Sudan and Chad.",
              [("Qatar", "QAT", "GOV"), ("Sudan", "SDN", "GOV"), ("Chad", "TCD", "GOV")])
    assert [e.type for e in ev] == ["CONSULT"] and ev[0].source.name == "Qatar"


def test_defending_a_party_over_claims_is_support(code):
    ev = code("The president defended his envoy over claims of bribery.",
              [("president", "KEN", "GOV"), ("envoy", "KEN", "GOV")])
    assert ("SUPPORT", "president", "envoy") in triples(ev)


def test_defending_a_town_against_troops_is_no_support(code):
    ev = code("The militia defended the town against government troops.",
              [("militia", "SYR", "REB"), ("government troops", "SYR", "MIL")])
    assert "SUPPORT" not in [e.type for e in ev]


def test_troops_remaining_on_alert_are_mobilised(code):
    ev = code("Kenyan troops remained on alert after the raid.", [("Kenyan troops", "KEN", "MIL")])
    assert [e.type for e in ev] == ["MOBILIZE"]


def test_a_refusal_until_a_party_acts_is_aimed_at_that_party(code):
    ev = code("The militia said it will not withdraw until its demands are met by the army.",
              [("militia", "LBY", "REB"), ("army", "LBY", "MIL")])
    assert ("REJECT", "militia", "army") in triples(ev)
    assert ev[0].explain["path"]["target"] == "condition:agent"


def test_the_condition_party_of_an_active_clause(code):
    ev = code("The army will not withdraw its troops unless the rebels free the hostages.",
              [("army", "COL", "MIL"), ("rebels", "COL", "REB")])
    assert any(t[1:] == ("army", "rebels") for t in triples(ev) if t[0] in ("REJECT", "RETREAT", "CONCEDE"))


def test_a_quantity_after_a_preposition_stands_for_its_people(code):
    ev = code("Prosecutors opened investigations against dozens of officials.",
              [("Prosecutors", "DEU", "JUD"), ("officials", "DEU", "GOV")])
    assert ("ACCUSE", "Prosecutors", "officials") in triples(ev)


def test_a_demanded_withdrawal_keeps_its_own_party(code):
    ev = code("France demanded the withdrawal of the rebel forces from the port.",
              [("France", "FRA", "GOV"), ("rebel forces", "VNM", "REB")])
    assert all(e.explain["path"]["target"] is None or not e.explain["path"]["target"].startswith("asked-of")
               for e in ev)


def test_a_joint_acts_partner_is_the_one_with_it(code):
    ev = code("Dutch investigators shared evidence with Belgium against the smugglers.",
              [("Dutch investigators", "NLD", "JUD"), ("Belgium", "BEL", "GOV"), ("smugglers", None, "CVL")])
    assert ("COOPERATE", "Dutch investigators", "Belgium") in triples(ev)
    assert ev[0].explain["path"]["target"].startswith("partner>")


def test_a_reported_must_is_the_speakers_demand_even_without_a_trigger(code):
    ev = code("The senator said the Kenyan government must ensure fair elections.",
              [("senator", "USA", "GOV"), ("Kenyan government", "KEN", "GOV")])
    assert ("REQUEST", "senator", "Kenyan government") in triples(ev)


def test_a_must_about_a_thing_is_no_demand(code):
    ev = code("The senator said the elections must be fair.", [("senator", "USA", "GOV")])
    assert ev == []


def test_a_must_without_a_parsed_speaker_is_left_alone(code):
    # no reporting verb: a plain obligation is no reported demand
    ev = code("The Kenyan government must ensure fair elections.", [("Kenyan government", "KEN", "GOV")])
    assert ev == []


def test_a_refusal_is_aimed_at_the_recipient_of_the_refused_act(code):
    ev = code("The president refused to send troops to Mali.",
              [("president", "SEN", "GOV"), ("Mali", "MLI", "GOV")])
    assert ("REJECT", "president", "Mali") in triples(ev)
    assert ev[0].explain["path"]["target"] == "framed:send>recipient"


def test_a_threat_is_aimed_at_the_named_party_the_threatened_thing_faces(code):
    ev = code("Turkey threatened to close its border with Armenia.",
              [("Turkey", "TUR", "GOV"), ("Armenia", "ARM", "GOV")])
    assert ("THREATEN", "Turkey", "Armenia") in triples(ev)


def test_a_bare_thing_in_the_framed_act_is_no_party(code):
    ev = code("The president threatened to pull funding.", [("president", "USA", "GOV")])
    assert all(not (e.explain["path"]["target"] or "").startswith("framed:") for e in ev)


def test_a_possessive_pronoun_on_the_doers_own_act_is_the_subject(code):
    ev = code("Kurdish fighters continued their offensive on the town of Raqqa.",
              [("Kurdish fighters", "SYR", "REB"), ("their", "SYR", "REB")])
    assert ev and ev[0].type == "ASSAULT" and ev[0].source.name == "Kurdish fighters"
    assert ev[0].explain["path"]["source"].endswith(">own-possessive")


def test_a_possessive_pronoun_under_a_reaction_stays_the_possessor(code):
    # 'condemned their attack': the condemner did not attack
    ev = code("France condemned their attack on the embassy.",
              [("France", "FRA", "GOV"), ("their", "IRN", "GOV")])
    assert all(">own-possessive" not in (e.explain["path"]["source"] or "") for e in ev)


def test_apprehending_someone_is_an_arrest(code):
    ev = code("Police apprehended two smugglers near the border.", [("Police", "GRC", "POL"), ("smugglers", None, "CVL")])
    assert [e.type for e in ev] == ["COERCE"]


def test_some_of_its_own_troops_withdrawn_point_to_where_they_leave(code):
    ev = code("Russia began withdrawing some of its troops from Syria.",
              [("Russia", "RUS", "GOV"), ("its troops", "RUS", "MIL"), ("Syria", "SYR", "GOV")])
    assert ("RETREAT", "Russia", "Syria") in triples(ev)


def test_a_batch_of_weapons_moved_is_the_weapons(code):
    ev = code("Russia moved the first batch of its missiles to Belarus.",
              [("Russia", "RUS", "GOV"), ("Belarus", "BLR", "GOV")])
    assert [e.type for e in ev] == ["MOBILIZE"]


def test_a_refused_statement_is_not_aimed_at_its_topic(code):
    ev = code("Hungary refused to back a joint European Union statement on Hong Kong.",
              [("Hungary", "HUN", "GOV"), ("European Union", "IGO", "IGO"), ("Hong Kong", "HKG", "GOV")])
    assert all(e.target is None or e.target.name != "Hong Kong" for e in ev)


def test_a_framed_act_on_a_possessed_thing_is_aimed_at_its_owner(code):
    ev = code("China threatened to block Japan's purchase of the islands.",
              [("China", "CHN", "GOV"), ("Japan", "JPN", "GOV")])
    assert ("THREATEN", "China", "Japan") in triples(ev)
