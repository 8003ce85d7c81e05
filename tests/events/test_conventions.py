"""The PLOVER coding conventions of the gold FORMAT.md, on sentences written for these tests."""
from ev_helpers import summary


def types(events):
    return sorted(e.type for e in events)


def test_signing_is_support(code):
    ev = code("Armenia and Azerbaijan signed a peace treaty in Washington.")
    assert "SUPPORT" in types(ev)
    assert all(e.type != "AGREE" for e in ev)


def test_agreeing_to_act_later_is_agree(code):
    ev = code("Serbia agreed to hold new talks with Kosovo next month.")
    assert summary(ev)[0][:3] == ("AGREE", "asserted", "Serbia")
    assert len(ev) == 1            # the embedded talks are absorbed by the agreement


def test_promised_withdrawal_is_concede(code):
    ev = code("Moscow promised to withdraw its troops from the border region.")
    assert [(e.type, e.source.name) for e in ev] == [("CONCEDE", "Moscow")]
    assert ev[0].status == "intended"


def test_declared_ceasefire_is_concede(code):
    ev = code("The rebel command declared a unilateral ceasefire on Sunday.")
    assert [(e.type, e.source.name) for e in ev] == [("CONCEDE", "rebel command")]


def test_carried_out_withdrawal_is_retreat(code):
    ev = code("Ethiopian troops pulled out of the border town on Monday.")
    assert [(e.type, e.status) for e in ev] == [("RETREAT", "asserted")]
    ev = code("The militia freed twelve hostages after the talks.")
    assert ev[0].type == "RETREAT" and ev[0].source.name == "militia"


def test_truce_taking_effect_is_retreat_between_parties(code):
    ev = code("A truce between Israel and Hamas took effect early on Friday.")
    assert summary(ev) == [("RETREAT", "asserted", "Israel", "Hamas")]


def test_not_ready_to_offer_ceasefire_is_reject(code):
    ev = code("Israel is not ready to offer a ceasefire to Hezbollah.")
    assert [(e.type, e.status, e.source.name) for e in ev] == [("REJECT", "asserted", "Israel")]


def test_ready_to_negotiate_is_agree_intended(code):
    ev = code("Venezuela is ready to negotiate with the opposition.")
    assert [(e.type, e.status) for e in ev] == [("AGREE", "intended")]


def test_did_not_attack_is_negated_assault(code):
    ev = code("Pakistani troops did not attack the Indian post.")
    assert summary(ev) == [("ASSAULT", "negated", "Pakistani troops", "Indian post")]


def test_urging_is_request_and_absorbs_the_requested_act(code):
    ev = code("The United Nations urged Myanmar to release the detained journalists.")
    assert summary(ev) == [("REQUEST", "asserted", "The United Nations", "Myanmar")]


def test_called_for_talks_is_one_request(code):
    ev = code("Pope Leo called for talks between the warring sides.")
    assert types(ev) == ["REQUEST"]


def test_threat_and_ultimatum(code):
    ev = code("Turkey threatened to launch a new offensive against Kurdish fighters.")
    assert types(ev) == ["THREATEN"]
    ev = code("The junta warned Mali's neighbours against any intervention.")
    assert types(ev) == ["THREATEN"]


def test_criticism_and_indictment_are_accuse(code):
    assert types(code("Germany condemned the execution of the activist.")) == ["ACCUSE"]
    ev = code("Prosecutors indicted the former minister on corruption charges.")
    assert "ACCUSE" in types(ev)


def test_arrest_curfew_martial_law_are_coerce(code):
    assert types(code("Police arrested forty students in the capital.")) == ["COERCE"]
    assert types(code("The president declared martial law in the eastern provinces.")) == ["COERCE"]


def test_meeting_is_consult_with_visitor_as_source(code):
    ev = code("Blinken visited Kyiv on Tuesday.", [("Blinken", "USA", "GOV"), ("Kyiv", "UKR", "GOV")])
    assert summary(ev) == [("CONSULT", "asserted", "Blinken", "Kyiv")]


def test_reporting_verb_is_no_event_and_reported_act_keeps_its_doer(code):
    ev = code("Officials said Russian forces shelled the city of Kharkiv overnight.")
    assert [(e.type, e.source.name) for e in ev] == [("ASSAULT", "Russian forces")]
