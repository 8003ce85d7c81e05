"""Fourth round of sense conditions that keep a trigger to the PLOVER type the codebook gives it,
on sentences written for these tests: aid as what supports or is supported (AID, not voiced
SUPPORT), a decree or law signed (a domestic act, not an agreement signed: no SUPPORT), experts
sent to investigate (the investigation, ACCUSE, is the act; no AID), relief vehicles handed over
(AID), and the act a protest or campaign is against (its doer is not the protesters).
Each test runs the whole pipeline on its sentences."""
import pytest
from ev_helpers import first, types

from eventwire.model import Article


@pytest.fixture(scope="module")
def code(pipeline):
    """The whole pipeline on one sentence; its events."""
    return lambda text: next(pipeline.run([Article(id="t", raw=text)], clean=False)).events


def test_aid_that_supports_is_aid(code):
    ev = code("Japanese aid supported thousands of Kenyan farmers last year.")
    assert first(ev, "AID") is not None and first(ev, "SUPPORT") is None, ev
    ev = code("The Canadian government has long supported humanitarian assistance to the Sudanese.")
    assert first(ev, "AID") is not None and first(ev, "SUPPORT") is None, ev
    # backing voiced for a party or a policy stays SUPPORT
    for text in ("Germany supported the French proposal on Monday.", "Poland strongly supports Ukraine."):
        ev = code(text)
        assert "SUPPORT" in types(ev) and "AID" not in types(ev), ev


def test_a_decree_signed_is_no_agreement_signed(code):
    ev = code("The Kenyan president signed a decree granting citizenship to 300 Somali refugees.")
    assert first(ev, "SUPPORT") is None, ev
    ev = code("The Brazilian president signed an executive order on Friday to leave the Paris accord.")
    assert first(ev, "SUPPORT") is None, ev
    # signing a treaty or an accord stays SUPPORT
    assert "SUPPORT" in types(code("Chile and Peru signed a trade treaty in Lima on Monday."))


def test_experts_sent_to_investigate_are_investigators_not_aid(code):
    ev = code("Canada will send a team of experts to Ghana to investigate the crash of a Canadian plane.")
    assert first(ev, "AID") is None and first(ev, "ACCUSE") is not None, ev
    # a team sent to help is still aid
    ev = code("Canada sent a team of doctors to Ghana to treat the wounded.")
    assert first(ev, "AID") is not None, ev


def test_relief_vehicles_handed_over_are_aid(code):
    ev = code("Norway handed over 40 vehicles to the Somali government on Tuesday.")
    aid = first(ev, "AID")
    assert aid is not None and aid.target is not None and "Somali" in aid.target.text, ev


def test_what_a_protest_is_against_is_not_the_protesters_act(code):
    for text in ("Several student unions held a protest demonstration at Cairo University "
                 "against the continued siege of Gaza.",
                 "Kenyan lawyers held a rally in Nairobi against the detention of opposition leaders.",
                 "Hundreds of doctors staged a march in Lagos against the arrest of their union leader."):
        ev = code(text)
        protest = first(ev, "PROTEST")
        # the protest itself stays; the siege or arrest opposed is not the protesters' own
        assert protest is not None and protest.source is not None, ev
        assert all(e.type == "PROTEST" or e.source is None or e.source.text != protest.source.text
                   for e in ev), ev


def test_an_act_of_force_with_its_own_object_keeps_off_the_next_acts_party(code):
    ev = code("Armed men seized a farm near the border and opened fire on Kenyan police.")
    seize = [e for e in ev if e.explain.get("trigger") == "seize"]
    fire = first(ev, "ASSAULT")
    assert fire is not None and fire.target is not None and "Kenyan" in fire.target.text, ev
    assert seize and all(e.target is None or "Kenyan" not in e.target.text for e in seize), ev
    # a conjoined act absorbed into the first still lends it its party
    ev = code("Rebels seized a police station and attacked Nigerian troops near Maiduguri.")
    assert any(e.target is not None and "Nigerian" in e.target.text for e in ev), ev
    # and a reaction shares its party with the call after it
    ev = code("The White House condemned the attack and called on North Korea to halt its provocations.")
    acc = first(ev, "ACCUSE")
    assert acc is not None and acc.target is not None and "North Korea" in acc.target.text, ev


def test_a_past_relative_clause_keeps_its_own_status(code):
    ev = code("The army plans to retake the town that the rebels seized last week.")
    taken = [e for e in ev if e.source is not None and "rebels" in e.source.text]
    assert taken and taken[0].status == "asserted", ev
    assert any(e.status == "intended" and e.source is not None and "army" in e.source.text for e in ev), ev
    ev = code("Japan failed to reach agreement with China on the islands, which Seoul had offered to mediate.")
    reach = first(ev, "AGREE")
    assert reach is not None and reach.status == "negated", ev
    assert all(e.status != "negated" for e in ev if e.source is not None and "Seoul" in e.source.text), ev


def test_an_effort_designed_to_bring_a_deal_is_no_deal_reached(code):
    ev = code("Norway launched a mediation effort designed to help the Sri Lankan government "
              "and the Tamil rebels reach a peace settlement.")
    agree = first(ev, "AGREE")
    assert agree is not None and agree.status == "intended", ev


def test_returning_seized_facilities_is_a_return(code):
    for text in ("The militia announced it will return the weapons depots and barracks it has seized "
                 "from the Malian army.",
                 "Rebels said they would return the depots they took from the Chadian army."):
        ev = code(text)
        con = first(ev, "CONCEDE")
        assert con is not None and con.status == "intended" and "army" in con.target.text, ev


def test_a_refused_concession_has_the_codebooks_refusal_mode(code):
    ev = code("Rebels in Darfur will not release the three Chinese engineers until the army withdraws.")
    rej = first(ev, "REJECT")
    assert rej is not None and rej.mode == "yield", ev
    # a demand that another side disarm asks it to yield (REQUEST yield)
    ev = code("Washington said that Pyongyang must first disarm before it can receive any aid.")
    req = first(ev, "REQUEST")
    assert req is not None and req.mode == "yield", ev
    # forces sent to keep the peace are aid, with no troop-mobilising mode
    ev = code("Nigeria sent 200 troops to Liberia to serve as a peacekeeping force.")
    aid = first(ev, "AID")
    assert aid is not None and aid.mode is None, ev


def test_restrictions_blockades_and_bans_imposed_have_their_own_modes(code):
    ev = code("The Kenyan government imposed a blockade on the port of Kismayo.")
    assert first(ev, "COERCE") is not None and first(ev, "COERCE").mode == "restrict", ev
    ev = code("Militia fighters blockaded the headquarters of the Ivorian electoral commission.")
    assert first(ev, "COERCE") is not None and first(ev, "COERCE").mode == "restrict", ev
    ev = code("The Thai government imposed a ban on the opposition party.")
    assert first(ev, "COERCE") is not None and first(ev, "COERCE").mode == "ban", ev
    # a curfew or a state of emergency stays 'curfew'
    ev = code("The junta imposed a curfew in Yangon.")
    assert first(ev, "COERCE") is not None and first(ev, "COERCE").mode == "curfew", ev


def test_combatting_terrorism_as_a_policy_aim_is_no_attack(code):
    ev = code("Erdogan will meet Putin in Sochi next week for talks on trade and combatting terrorism.")
    assert first(ev, "ASSAULT") is None and first(ev, "CONSULT") is not None, ev
    # combatting an armed group stays an attack
    assert "ASSAULT" in types(code("Malian troops combat jihadist fighters near Gao."))


def test_police_and_militia_mobilised_have_their_own_modes_and_are_no_target(code):
    ev = code("Kenya deployed riot police to the border with Somalia.")
    mob = first(ev, "MOBILIZE")
    assert mob is not None and mob.mode == "police", ev
    # the police sent are the doer's own: the other party is where they go
    assert mob.target is not None and "police" not in mob.target.text.lower(), ev
    ev = code("Hezbollah mobilized thousands of its fighters along the border.")
    assert first(ev, "MOBILIZE") is not None and first(ev, "MOBILIZE").mode == "militia", ev
    # troops stay 'troops'
    ev = code("Russia deployed troops to the Ukrainian border.")
    assert first(ev, "MOBILIZE") is not None and first(ev, "MOBILIZE").mode == "troops", ev
