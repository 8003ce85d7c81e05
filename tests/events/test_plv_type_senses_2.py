"""Second round of sense conditions that keep a trigger to the PLOVER type the codebook gives
it, on sentences written for these tests: peacekeepers withdrawn (aid withdrawn: SANCTION),
forces deployed in a peacekeeping role (AID), weapons offered (AID, intended), deals agreed
without a preposition (SUPPORT), commitments reinforced (SUPPORT), fights against poverty or
disease (no event), relief handed over in "X worth of" amounts (AID), sentences sought by
prosecutors (ACCUSE), travel warnings (SANCTION), attacks made by naming their target
(ACCUSE), borders opened to a people (AID), raids by armed forces (ASSAULT) and embargoes not
renewed (CONCEDE).
Each test runs the whole pipeline on its sentences."""
import pytest
from ev_helpers import first, sentence_events, types


@pytest.fixture(scope="module")
def code(pipeline):
    """The whole pipeline on one sentence; its events."""
    return lambda text: sentence_events(pipeline, text)


def test_withdrawing_peacekeepers_withdraws_aid(code):
    ev = code("Ghana withdrew its peacekeepers from southern Lebanon.")
    assert types(ev) == ["SANCTION"] and ev[0].mode == "withdraw"
    # the peacekeepers are the doer's own: the other party is where they leave
    ev = code("The United Nations withdrew peacekeepers from Burundi as the fighting spread.")
    sanction = first(ev, "SANCTION")
    assert sanction is not None and sanction.target is not None and sanction.target.text == "Burundi"
    assert types(code("The African Union pulled out its observers from Burundi.")) == ["SANCTION"]
    # withdrawing troops stays a military retreat
    assert types(code("Ghana withdrew its troops from southern Lebanon.")) == ["RETREAT"]


def test_forces_sent_as_peacekeepers_are_aid(code):
    ev = code("Kenya deployed 900 soldiers to Somalia as peacekeeping troops.")
    assert types(ev) == ["AID"] and ev[0].target is not None and "Somalia" in ev[0].target.text
    ev = code("Senegal announced the deployment of 500 troops to Gambia on a peacekeeping mission.")
    assert types(ev) == ["AID"] and ev[0].target is not None and "Gambia" in ev[0].target.text
    ev = code("Brazil sent 300 soldiers to Haiti to serve as a peacekeeping force.")
    assert types(ev) == ["AID"] and ev[0].target is not None and "Haiti" in ev[0].target.text
    # the same deployment on a combat mission stays a show of force
    assert types(code("Senegal sent 500 troops to the border on a combat mission.")) == ["MOBILIZE"]


def test_weapons_offered_are_military_aid_offered(code):
    ev = code("Poland has offered Ukraine tanks and fighter jets.")
    aid = first(ev, "AID")
    assert aid is not None and aid.status == "intended"
    # an offer to talk stays an offer (AGREE)
    assert types(code("Poland has offered to host talks between Ukraine and Russia.")) == ["AGREE"]


def test_a_deal_agreed_without_preposition_is_finalised(code):
    ev = code("Japan and Australia have agreed a new defence agreement.")
    assert "SUPPORT" in types(ev) and "AGREE" not in types(ev)
    # agreeing to do something later stays AGREE
    assert "AGREE" in types(code("Japan and Australia have agreed to hold joint exercises next year."))


def test_reinforcing_a_commitment_voices_support(code):
    ev = code("Norway has reinforced its commitment to the Afghan people.")
    assert types(ev) == ["SUPPORT"]
    # reinforcing a position with troops stays a military move
    assert types(code("Russia reinforced its positions near the border with Estonia.")) == ["MOBILIZE"]


def test_fighting_poverty_or_disease_is_no_attack(code):
    assert code("Sweden spent two billion crowns on fighting poverty and disease in Mozambique.") == []
    assert "ASSAULT" in types(code("Government troops fought the rebels near Goma."))


def test_relief_worth_of_is_still_relief(code):
    ev = code("Japan handed over more than $2 million worth of medical equipment to the Ministry of Health of Ghana.")
    assert types(ev) == ["AID"]


def test_a_sentence_sought_by_prosecutors_is_an_accusation(code):
    ev = code("A Greek prosecutor is seeking prison sentences for the four smugglers.")
    assert types(ev) == ["ACCUSE"] and ev[0].mode == "allege"
    # a sentence handed down is the conviction (SANCTION)
    assert types(code("A Greek court handed down prison sentences to the four smugglers.")) == ["SANCTION"]


def test_a_travel_warning_curtails_exchanges(code):
    ev = code("Canada issued a travel warning for Haiti after the riots.")
    assert types(ev) == ["SANCTION"] and ev[0].target is not None and ev[0].target.text == "Haiti"
    # a warning to a party stays a threat
    assert types(code("Canada issued a stern warning to Haiti's gangs.")) == ["THREATEN"]


def test_an_attack_made_by_naming_its_target_is_criticism(code):
    ev = code("The senator launched a fierce attack on the central bank governor, calling him incompetent.")
    assert "ACCUSE" in types(ev) and "ASSAULT" not in types(ev)
    # an attack that goes on to kill stays violence
    assert types(code("Gunmen attacked a police post in Kano, killing three officers.")) == ["ASSAULT"]


def test_borders_opened_to_a_people_is_asylum(code):
    ev = code("Jordan opened its borders to thousands of Syrians fleeing the war.")
    assert types(ev) == ["AID"]
    # opening a border to goods stays an easing of a restriction
    assert types(code("Vietnam opened its borders to American goods.")) == ["RETREAT"]
    # opening fire on a people stays violence
    assert types(code("Soldiers opened fire on Kurds near the border post.")) == ["ASSAULT"]


def test_a_raid_by_armed_forces_is_an_attack(code):
    ev = code("Turkish warplanes carried out a raid on Kurdish fighters in northern Iraq.")
    assert types(ev) == ["ASSAULT"]
    # a police raid stays a law-enforcement seizure (COERCE)
    ev = code("Police raided the offices of an opposition newspaper in Minsk.")
    assert types(ev) == ["COERCE"] and ev[0].mode == "seize"


def test_an_embargo_not_renewed_is_eased(code):
    ev = code("The Security Council failed to renew the arms embargo on Eritrea.")
    assert types(ev) == ["CONCEDE"] and ev[0].status == "asserted"
    assert types(code("The Security Council did not extend the sanctions on Liberia.")) == ["CONCEDE"]
    # renewed, it stays a sanction
    assert types(code("The Security Council renewed the arms embargo on Eritrea.")) == ["SANCTION"]


def test_weapons_fired_that_strike_are_an_attack_by_who_fired_them(code):
    ev = code("Rockets fired by Hezbollah hit the northern Israeli town of Kiryat Shmona.")
    assert types(ev) == ["ASSAULT"]
    assert all(e.source is not None and e.source.text == "Hezbollah" for e in ev)
    # weapons fired into the sea with no target struck stay a show of force
    assert types(code("North Korea fired two ballistic missiles into the sea on Thursday.")) == ["MOBILIZE"]
