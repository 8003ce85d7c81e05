"""A weapon an act is done with is no party to it; a subject that is no agent of
politics ("God", "revenge") leaves the act to the speaker who reports it; senses of
"capture", "gather" and "charge" that are no political act, or another one (sentences
written for these tests)."""
from ev_helpers import summary


def test_own_weapon_after_with_is_no_target(code):
    ev = code("Kalonia returned fire with its own artillery.", [("Kalonia", "KLN", "GOV")])
    print(summary(ev))
    assault = [e for e in ev if e.type == "ASSAULT"]
    assert assault and all(e.target is None or "artillery" not in e.target.text for e in assault)


def test_party_after_with_is_still_the_target(code):
    ev = code("Government troops clashed with the rebels near Goma.")
    print(summary(ev))
    assert any(e.type == "ASSAULT" and e.target is not None and "rebels" in e.target.text for e in ev)


def test_god_as_subject_leaves_the_act_to_the_speaker(code):
    ev = code("Senator Amina Okafor said God would hold Governor Tunde Bakare accountable.",
              [("Amina Okafor", "NGA", "LEG"), ("Tunde Bakare", "NGA", "GOV")])
    print(summary(ev))
    accuse = [e for e in ev if e.type == "ACCUSE"]
    assert accuse and accuse[0].source is not None and accuse[0].source.name == "Amina Okafor"


def test_revenge_as_subject_leaves_the_threat_to_the_speaker(code):
    ev = code('General Reza Tahmasbi said "harsh revenge" awaited the attackers.',
              [("Reza Tahmasbi", "IRN", "MIL")])
    print(summary(ev))
    threat = [e for e in ev if e.type == "THREATEN"]
    assert threat and threat[0].source is not None and threat[0].source.name == "Reza Tahmasbi"


def test_capturing_a_picture_is_no_arrest(code):
    ev = code("Photographers captured a picture of the minister leaving the palace.")
    print(summary(ev))
    assert not any(e.type == "COERCE" for e in ev)


def test_capturing_fighters_is_still_coerce(code):
    ev = code("Police captured three fighters of the militia in Kisumu.")
    print(summary(ev))
    assert any(e.type == "COERCE" for e in ev)


def test_gathering_to_watch_is_no_event(code):
    ev = code("In Tripoli, thousands of people who had gathered to watch the match cheered.")
    print(summary(ev))
    assert not any(e.type in ("PROTEST", "CONSULT") for e in ev)


def test_gathering_to_demand_is_still_a_protest(code):
    ev = code("Thousands of students gathered in the capital to demand the minister's resignation.")
    print(summary(ev))
    assert any(e.type in ("PROTEST", "REQUEST") for e in ev)


def test_charging_police_lines_is_an_assault(code):
    ev = code("Protesters charged police lines and threw stones.")
    print(summary(ev))
    assert any(e.type == "ASSAULT" for e in ev)
    assert not any(e.type == "ACCUSE" for e in ev)


def test_those_behind_an_act_are_its_coded_doer(code):
    text = ("Kalonian jets bombed the port of Dravik on Monday. "
            'General Reza Tahmasbi said harsh punishment awaited those behind the bombing.')
    ev = code(text, [("Kalonian", "KLN", "MIL"), ("Reza Tahmasbi", "DRV", "MIL")])
    print(summary(ev))
    threat = [e for e in ev if e.type == "THREATEN"]
    assert threat and threat[0].target is not None and threat[0].target.country == "KLN"
    assert threat[0].explain["path"]["target"].startswith("act-doer")


def test_denounced_act_stands_for_the_accused_doer(code):
    text = ("Prosecutors opened a case against Colonel Ivan Petrenko for armed mutiny. "
            "President Olena Marchuk denounced the mutiny and vowed to punish those responsible.")
    ev = code(text, [("Ivan Petrenko", "UKR", "MIL"), ("Olena Marchuk", "UKR", "GOV")])
    print(summary(ev))
    accuse = [e for e in ev if e.type == "ACCUSE" and e.source and e.source.name == "Olena Marchuk"]
    threat = [e for e in ev if e.type == "THREATEN"]
    assert accuse and accuse[0].target is not None and accuse[0].target.name == "Ivan Petrenko"
    assert threat and threat[0].target is not None and threat[0].target.name == "Ivan Petrenko"


def test_those_with_their_own_clause_are_not_resolved(code):
    text = ("Kalonian jets bombed the port of Dravik on Monday. "
            "General Reza Tahmasbi vowed to punish those who fled the city.")
    ev = code(text, [("Kalonian", "KLN", "MIL"), ("Reza Tahmasbi", "DRV", "MIL")])
    print(summary(ev))
    assert any(e.type == "THREATEN" for e in ev)
    assert not any(str(e.explain["path"]["target"]).startswith("act-doer") for e in ev)


def test_willingness_to_send_anything_to_a_named_recipient_is_an_offer(code):
    ev = code("Norway said it was ready to send engineers to Mozambique.",
              [("Norway", "NOR", "GOV"), ("Mozambique", "MOZ", "GOV")])
    print(summary(ev))
    offer = [e for e in ev if e.type == "AGREE"]
    assert offer and offer[0].status == "intended"
    assert offer[0].source.name == "Norway" and offer[0].target.name == "Mozambique"


def test_sending_without_a_willingness_frame_or_recipient_is_no_offer(code):
    ev = code("Norway sent engineers to Mozambique.", [("Norway", "NOR", "GOV"), ("Mozambique", "MOZ", "GOV")])
    print(summary(ev))
    assert not any(e.type == "AGREE" for e in ev)
    ev = code("Norway is ready to send engineers.", [("Norway", "NOR", "GOV")])
    print(summary(ev))
    assert not any(e.type == "AGREE" for e in ev)


def test_a_report_speaks_for_the_body_its_phrase_names(code):
    ev = code("Amnesty International's report accused the Kalonian army of torture.",
              [("Amnesty International", "IGO", "NGO"), ("Kalonian army", "KLN", "MIL")])
    print(summary(ev))
    accuse = [e for e in ev if e.type == "ACCUSE"]
    assert accuse and accuse[0].source is not None and accuse[0].source.name == "Amnesty International"


def test_coordinated_doers_of_a_relation_are_each_others_party_once(code):
    ev = code("Kalonia and Dravia restored full diplomatic relations on Thursday.",
              [("Kalonia", "KLN", "GOV"), ("Dravia", "DRV", "GOV")])
    print(summary(ev))
    assert len(ev) == 1
    assert {ev[0].source.name, ev[0].target.name} == {"Kalonia", "Dravia"}
    assert ev[0].explain["path"]["target"] == "coordinated-doer"


def test_coordinated_givers_are_not_each_others_party(code):
    ev = code("Kalonia and Dravia sent food aid to the refugees.",
              [("Kalonia", "KLN", "GOV"), ("Dravia", "DRV", "GOV")])
    print(summary(ev))
    assert not any(e.target is not None and e.target.name in ("Kalonia", "Dravia") for e in ev)


def test_an_appositive_act_after_the_object_does_not_replace_it(code):
    ev = code("Foreign Minister Ana Ruiz met Kalonian leader Omar Bello in Dravik on Monday, "
              "the highest-level Spanish visit to the country.",
              [("Ana Ruiz", "ESP", "GOV"), ("Omar Bello", "KLN", "GOV"), ("Spanish", "ESP", None)])
    print(summary(ev))
    meet = [e for e in ev if e.type == "CONSULT"]
    assert meet and meet[0].target is not None and meet[0].target.name == "Omar Bello"


def test_the_owner_in_an_of_phrase_is_the_party_of_a_search(code):
    ev = code("Police searched the home of opposition leader Juan Perez.",
              [("Police", "KLN", "POL"), ("opposition leader Juan Perez", "KLN", "OPP")])
    print(summary(ev))
    search = [e for e in ev if e.type == "COERCE"]
    assert search and search[0].target is not None and search[0].target.name.endswith("Juan Perez")


def test_granting_candidate_status_is_support(code):
    ev = code("European Union leaders granted Kalonia candidate status on Thursday.",
              [("European Union leaders", "IGO", "GOV"), ("Kalonia", "KLN", "GOV")])
    print(summary(ev))
    assert any(e.type == "SUPPORT" and e.target is not None and e.target.name == "Kalonia" for e in ev)


def test_a_pledge_of_aid_is_also_the_promise_of_it(code):
    ev = code("Norway pledged $2 billion to Mozambique's new government.",
              [("Norway", "NOR", "GOV"), ("Mozambique's new government", "MOZ", "GOV")])
    print(summary(ev))
    types = {(e.type, e.status) for e in ev}
    assert ("AID", "intended") in types and ("AGREE", "intended") in types


def test_a_withdrawal_under_way_is_also_retreat(code):
    ev = code("Kalonian troops were preparing to complete their withdrawal from Dravia.",
              [("Kalonian troops", "KLN", "MIL"), ("Dravia", "DRV", "GOV")])
    print(summary(ev))
    types = {(e.type, e.status) for e in ev}
    assert ("RETREAT", "intended") in types and ("CONCEDE", "intended") in types


def test_a_promised_withdrawal_is_only_concede(code):
    ev = code("Kalonia said it would withdraw its troops from Dravia.",
              [("Kalonia", "KLN", "GOV"), ("Dravia", "DRV", "GOV")])
    print(summary(ev))
    assert any(e.type == "CONCEDE" for e in ev) and not any(e.type == "RETREAT" for e in ev)


def test_returned_fire_answers_the_last_attacker_of_the_responder(code):
    text = ("Dravian artillery shelled the army of Kalonia on Tuesday. "
            "Kalonian forces returned fire with their own guns.")
    ev = code(text, [("Dravian", "DRV", "MIL"), ("Kalonia", "KLN", "GOV"), ("Kalonian forces", "KLN", "MIL")])
    print(summary(ev))
    answer = [e for e in ev if e.source is not None and e.source.name == "Kalonian forces"]
    assert answer and answer[0].type == "ASSAULT" and answer[0].target is not None
    assert answer[0].target.country == "DRV" and answer[0].explain["path"]["target"] == "answered-attacker"


def test_the_broker_before_a_hyphen_is_no_guessed_target(pipeline):
    from eventwire.model import Article
    ex = list(pipeline.run([Article(id="t", raw="Kalonia's president accepted a French-brokered plan "
                                                 "on Tuesday to end the fighting with Dravia.")], clean=False))[0]
    agree = [e for e in ex.events if e.type == "AGREE"]
    print(summary(ex.events))
    assert agree and (agree[0].target is None or agree[0].target.country != "FRA")


def test_denying_involvement_is_the_denied_attack(code):
    text = ("Dravian artillery shelled the army of Kalonia on Tuesday. "
            "Dravia denies involvement.")
    ev = code(text, [("Dravian", "DRV", "MIL"), ("Kalonia", "KLN", "GOV"), ("Dravia ", "DRV", "GOV")])
    print(summary(ev))
    denied = [e for e in ev if e.status == "denied"]
    assert denied and denied[0].type == "ASSAULT" and denied[0].source.country == "DRV"
    assert denied[0].target is not None and denied[0].target.country == "KLN"


def test_denying_a_role_in_a_named_act_is_left_to_that_act(code):
    text = ("Dravian artillery shelled the army of Kalonia on Tuesday. "
            "Dravia denied any role in the bombing of the bridge.")
    ev = code(text, [("Dravian", "DRV", "MIL"), ("Kalonia", "KLN", "GOV"), ("Dravia ", "DRV", "GOV")])
    print(summary(ev))
    assert not any(e.explain["path"].get("target") == "denied-act-target" for e in ev)


def test_a_signing_still_to_come_is_a_promise(code):
    ev = code("Kalonian leaders are to sign an association agreement with Dravia on Friday.",
              [("Kalonian leaders", "KLN", "GOV"), ("Dravia", "DRV", "GOV")])
    print(summary(ev))
    assert any(e.type == "AGREE" and e.status == "intended" for e in ev)
    assert not any(e.type == "SUPPORT" for e in ev)
    ev = code("Kalonian leaders signed an association agreement with Dravia on Friday.",
              [("Kalonian leaders", "KLN", "GOV"), ("Dravia", "DRV", "GOV")])
    assert any(e.type == "SUPPORT" and e.status == "asserted" for e in ev)


def test_measures_judged_unjustified_are_those_taken_against_the_speaker(code):
    text = ("Kalonia imposed sanctions on Dravia on Monday. "
            "Dravia's Foreign Ministry said the measures were \"unjustified.\"")
    ev = code(text, [("Kalonia", "KLN", "GOV"), ("Dravia", "DRV", "GOV"),
                     ("Dravia's Foreign Ministry", "DRV", "GOV")])
    print(summary(ev))
    accuse = [e for e in ev if e.type == "ACCUSE"]
    assert accuse and accuse[0].target is not None and accuse[0].target.name == "Kalonia"


def test_a_speaker_saying_a_partys_act_harmed_something_accuses_the_party(code):
    text = "Dravia's Foreign Ministry said Kalonia's missile test had seriously undermined peace in the region."
    ev = code(text, [("Dravia's Foreign Ministry", "DRV", "GOV"), ("Kalonia", "KLN", "GOV")])
    print(summary(ev))
    accuse = [e for e in ev if e.type == "ACCUSE"]
    assert accuse and accuse[0].source.name == "Dravia's Foreign Ministry" and accuse[0].target.name == "Kalonia"


def test_harm_denied_or_said_of_ones_own_side_is_no_accusation(code):
    text = "Dravia's Foreign Ministry said the Dravian drills had not undermined peace."
    ev = code(text, [("Dravia's Foreign Ministry", "DRV", "GOV"), ("Dravian", "DRV", "MIL")])
    print(summary(ev))
    assert not any(e.type == "ACCUSE" for e in ev)


def test_a_speaker_putting_a_clash_on_an_agent_accuses_it(code):
    text = "Dravia's Foreign Ministry said the clash resulted from an attempt by the Kalonian side to seize the pass."
    ev = code(text, [("Dravia's Foreign Ministry", "DRV", "GOV"), ("Kalonian", "KLN", "MIL")])
    print(summary(ev))
    accuse = [e for e in ev if e.type == "ACCUSE"]
    assert accuse and accuse[0].target is not None and accuse[0].target.country == "KLN"
    assert accuse[0].explain["path"]["target"] == "agent-of-told-act"
