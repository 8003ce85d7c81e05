"""Event nouns in prepositional chains, acts reacted to, reported demands and
blame, possessive doers, third parties, reporting settings, new lexicon readings.  Sentences
written for these tests."""
from ev_helpers import summary


def test_talks_inside_a_time_phrase_belong_to_the_clause_subject(code):
    ev = code("After four days of talks in a lakeside hotel, Chile and Peru announced a fishing deal.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")])
    got = {(e.type, e.source.name, e.target.name if e.target else None) for e in ev}
    assert ("CONSULT", "Chile", "Peru") in got       # not "lakeside hotel": "in" names the venue
    assert ("AGREE", "Chile", "Peru") in got


def test_response_by_an_act_codes_the_act(code):
    ev = code("Bolivia responded by breaking diplomatic relations with Chile.",
              [("Bolivia", "BOL", "GOV"), ("Chile", "CHL", "GOV")])
    assert [(e.type, e.source.name, e.target.name) for e in ev] == [("SANCTION", "Bolivia", "Chile")]


def test_condemned_act_with_its_own_doer_is_an_event_too(code):
    ev = code("Norway condemned Serbia's attack on the border post.",
              [("Norway", "NOR", "GOV"), ("Serbia", "SRB", "GOV")])
    got = {(e.type, e.source.name, e.target.name if e.target else None) for e in ev}
    assert ("ACCUSE", "Norway", "Serbia") in got     # the doer of the condemned act is the target
    assert any(t == "ASSAULT" and s == "Serbia" for t, s, _ in got)


def test_condemned_act_without_a_doer_stays_inside_the_accusation(code):
    ev = code("Norway condemned the attack on the border post.", [("Norway", "NOR", "GOV")])
    assert [e.type for e in ev] == ["ACCUSE"]


def test_must_under_a_reporting_verb_is_the_speakers_request(code):
    ev = code("Peru must stop its raids on fishing boats, the Chilean minister said.",
              [("Peru", "PER", "GOV"), ("Chilean minister", "CHL", "GOV")])
    assert summary(ev) == [("REQUEST", "asserted", "Chilean minister", "Peru")]


def test_unmodal_reported_act_is_not_a_request(code):
    ev = code("Peru stopped its raids on fishing boats, the Chilean minister said.",
              [("Peru", "PER", "GOV"), ("Chilean minister", "CHL", "GOV")])
    assert all(e.type != "REQUEST" for e in ev)


def test_other_sides_reported_violence_is_an_accusation(code):
    ev = code("A Chilean spokesman said Peruvian troops attacked a border post.",
              [("Chilean spokesman", "CHL", "GOV"), ("Peruvian troops", "PER", "MIL")])
    got = {(e.type, e.source.name, e.target.name if e.target else None) for e in ev}
    assert ("ACCUSE", "Chilean spokesman", "Peruvian troops") in got
    assert any(t == "ASSAULT" for t, _, _ in got)


def test_own_sides_reported_violence_is_no_accusation(code):
    ev = code("A Peruvian spokesman said Peruvian troops attacked a border post.",
              [("Peruvian spokesman", "PER", "GOV"), ("Peruvian troops", "PER", "MIL")])
    assert all(e.type != "ACCUSE" for e in ev)


def test_his_country_is_the_possessors_state(code):
    ev = code("The Serbian president said his country's airstrike on the depot was lawful.",
              [("Serbian president", "SRB", "GOV")])
    assault = [e for e in ev if e.type == "ASSAULT"]
    assert assault and assault[0].source.country == "SRB"
    assert assault[0].source.text == "his country"


def test_ready_for_talks_is_agree_and_not_ready_is_reject(code):
    ev = code("Armenia is ready for negotiations with Azerbaijan.",
              [("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")])
    assert summary(ev) == [("AGREE", "intended", "Armenia", "Azerbaijan")]
    ev = code("Armenia is not ready for negotiations with Azerbaijan.",
              [("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")])
    assert [e.type for e in ev] == ["REJECT"]


def test_facilitator_is_no_party_to_the_talks(code):
    ev = code("Qatar's emir, who took part as a facilitator during the talks, praised both delegations.",
              [("Qatar's emir", "QAT", "GOV")])
    assert all(e.type != "CONSULT" for e in ev)


def test_news_conference_is_no_meeting(code):
    ev = code("At a news conference in Lima, the Peruvian president thanked Chile.",
              [("Peruvian president", "PER", "GOV"), ("Chile", "CHL", "GOV")])
    assert all(e.type != "CONSULT" for e in ev)


def test_new_readings(code):
    assert [e.type for e in code("Rebel units crossed into Chad overnight.", [("Chad", "TCD", None)])] == ["MOBILIZE"]
    assert [e.type for e in code("The insurgents took the provincial capital on Sunday.")] == ["ASSAULT"]
    assert [e.type for e in code("The last Danish soldiers left Mali in June.",
                                 [("Danish soldiers", "DNK", "MIL"), ("Mali", "MLI", None)])] == ["RETREAT"]
    # leaving people dead is no withdrawal
    assert all(e.type != "RETREAT" for e in code("The bombing left twelve people dead.",
                                                 [("twelve people", None, "CVL")]))


def test_same_act_twice_in_a_sentence_is_one_event(code):
    ev = code("Chile attacked Peru and attacked Peru again at dawn.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")])
    assert [(e.type, e.source.name, e.target.name) for e in ev].count(("ASSAULT", "Chile", "Peru")) == 1


def test_parties_agreeing_to_a_concession_each_concede_to_the_other(code):
    ev = code("Chile and Peru agreed to halt the shelling under a plan brokered by Brazil.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV"), ("Brazil", "BRA", "GOV")])
    concede = {(e.source.name, e.target.name if e.target else None) for e in ev if e.type == "CONCEDE"}
    assert concede == {("Chile", "Peru"), ("Peru", "Chile")}     # not the broker


def test_present_refusal_is_reject_but_past_negation_is_not(code):
    m = [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")]
    assert [e.type for e in code("Chile does not sign documents with Peru.", m)] == ["REJECT"]
    ev = code("Chile did not sign the document with Peru.", m)
    assert [(e.type, e.status) for e in ev] == [("SUPPORT", "negated")]


def test_named_place_as_object_makes_capture_an_assault(code):
    ev = code("Rebel forces captured Kidal, the largest town in the north.", [("Kidal", "MLI", None)])
    assert [e.type for e in ev] == ["ASSAULT"]
    ev = code("Police captured the smugglers near the port.")
    assert [e.type for e in ev] == ["COERCE"]


def test_meeting_that_frames_an_agreement_is_a_meeting_too(code):
    ev = code("Chile and Peru agreed in a phone call to reopen the border.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")])
    got = {(e.type, e.source.name, e.target.name if e.target else None) for e in ev}
    assert ("CONSULT", "Chile", "Peru") in got and ("AGREE", "Chile", "Peru") in got


def test_signers_of_a_thing_pair_up(code):
    ev = code("The accord, signed by Chile, Peru and Bolivia, ends the dispute.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV"), ("Bolivia", "BOL", "GOV")])
    pairs = {(e.source.name, e.target.name) for e in ev if e.type == "SUPPORT" and e.target}
    assert ("Chile", "Peru") in pairs and ("Peru", "Chile") in pairs


def test_role_without_country_yields_to_the_body_it_belongs_to(code):
    ev = code("Foreign ministers of the Andean Community nations condemned the raid.",
              [("Foreign ministers", None, "GOV"), ("Andean Community", "IGO", "IGO")])
    assert [(e.type, e.source.name) for e in ev] == [("ACCUSE", "Andean Community")]


def test_act_named_as_background_time_is_no_event(code):
    m = [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")]
    ev = code("Trade has collapsed since Chile's blockade of Peru.", m)
    assert ev == []
    ev = code("Chile's blockade of Peru has collapsed trade.", m)
    assert [e.type for e in ev] == ["COERCE"]


def test_crowd_gathering_is_a_protest_and_leaders_gathering_a_meeting(code):
    ev = code("Thousands of farmers gathered outside the ministry in Lima.")
    assert [e.type for e in ev] == ["PROTEST"]
    ev = code("Leaders of Chile and Peru will gather in Quito next week.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")])
    assert [(e.type, e.status) for e in ev] == [("CONSULT", "intended")]
