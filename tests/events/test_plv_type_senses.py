"""Sense conditions that keep a trigger to the PLOVER type the codebook gives it, on sentences
written for these tests: giving in to demands, taking in refugees, relief handed over, pledged
support, tariffs lowered, verbal attacks, newspapers suspended, peacekeepers deployed, military
seizures of oil fields, munitions that are no target, and refusals made by a negated verb of
going or beginning."""
from ev_helpers import first, types


def test_accepting_demands_is_a_concession(code):
    ev = code("The Kenyan government accepted the demands of the striking doctors.")
    assert types(ev) == ["CONCEDE"]
    # an accepted offer stays an agreement
    assert "AGREE" in types(code("The Kenyan government accepted an offer of mediation from Uganda."))


def test_taking_in_refugees_is_aid(code):
    assert types(code("Canada accepted 2,000 Afghan refugees last month.")) == ["AID"]
    assert types(code("Hungary opened its borders to refugees from Ukraine.")) == ["AID"]
    # opening a border crossing without refugees stays an easing (RETREAT)
    assert types(code("Egypt opened its border with Libya.")) == ["RETREAT"]


def test_relief_handed_over_is_aid_territory_is_retreat(code):
    ev = code("Japan handed over medical equipment to the Health Ministry of Ghana.")
    assert types(ev) == ["AID"]
    assert "RETREAT" in types(code("The rebels handed over control of the airport to the army."))


def test_pledged_support_is_support_pledged_aid_is_aid(code):
    ev = code("Brazil pledged full support for Argentina's efforts to restructure its debt.")
    assert types(ev) == ["SUPPORT"]
    ev = code("Germany pledged aid to Sudan.")
    # the aid, intended, and (as for every pledge of aid) the promise of it
    assert types(ev) == ["AGREE", "AID"] and all(e.status == "intended" for e in ev)


def test_lowering_tariffs_eases_a_sanction(code):
    assert types(code("Washington reduced tariffs on Mexican steel.")) == ["RETREAT"]
    assert types(code("The United States rolled back tariffs on Canadian aluminium.")) == ["RETREAT"]
    # imposing them is still a sanction
    assert types(code("Washington imposed tariffs on Mexican steel.")) == ["SANCTION"]


def test_scathing_attack_is_criticism(code):
    ev = code("The opposition leader launched a scathing attack on the Prime Minister.")
    assert types(ev) == ["ACCUSE"]
    assert types(code("The rebels launched an attack on the army base.")) == ["ASSAULT"]


def test_suspending_a_newspaper_is_censorship(code):
    ev = code("The military government suspended publication of the opposition newspaper.")
    assert types(ev) == ["COERCE"] and ev[0].mode == "censor"
    # suspending flights stays a cut in relations
    assert types(code("Qatar suspended flights to Saudi Arabia.")) == ["SANCTION"]


def test_deploying_peacekeepers_is_aid(code):
    assert types(code("India deployed peacekeepers to South Sudan.")) == ["AID"]
    assert types(code("Russia deployed troops to the border with Ukraine.")) == ["MOBILIZE"]


def test_army_seizing_oil_fields_is_an_assault(code):
    assert types(code("The Iraqi army seized Kurdish oil fields near Kirkuk.")) == ["ASSAULT"]
    assert types(code("Iraqi troops captured the mosque in Mosul.")) == ["ASSAULT"]


def test_rounds_fired_are_no_target(code):
    ev = code("Taliban fighters fired rounds of rockets on Kabul airport.")
    e = first(ev, "ASSAULT")
    assert e is not None and e.target is not None and "airport" in e.target.name


def test_will_not_begin_talks_is_a_refusal(code):
    ev = code("The Taliban said it will not begin talks with the Kabul government.")
    assert [(e.type, e.status) for e in ev] == [("REJECT", "asserted")]


def test_will_not_go_to_meet_is_a_refusal(code):
    ev = code("President Ruto said he will not go to Addis Ababa to meet the Ethiopian prime minister.")
    assert [(e.type, e.status) for e in ev] == [("REJECT", "asserted")]
    # going to meet someone is still a meeting; not having begun to withdraw is a negated withdrawal
    assert [(e.type, e.status) for e in code("The minister went to Paris to meet President Macron.")] \
        == [("CONSULT", "asserted")]
    ev = code("The army did not begin to withdraw from the city.")
    assert [(e.type, e.status) for e in ev] == [("RETREAT", "negated")]


def test_agreeing_to_a_deal_finalises_it(code):
    ev = code("Canada and Britain agreed to a new trade deal on Saturday.")
    assert sorted((e.type, e.source.name, e.target.name) for e in ev) == [
        ("SUPPORT", "Britain", "Canada"), ("SUPPORT", "Canada", "Britain")]
    ev = code("The European Union and Mercosur agreed on the text of a free-trade agreement.")
    assert {e.type for e in ev} == {"SUPPORT"}
    # agreeing to do something later stays AGREE
    ev = code("Serbia agreed to hold new talks with Kosovo next month.")
    assert [e.type for e in ev] == ["AGREE"]
