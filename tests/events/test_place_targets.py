"""A place as the target of an act that names no other party: a measure laid on it ('a curfew
in parts of Karachi'), a place left or entered by the doer's forces. The target is the place's
people, coded to its country, as PLOVER coders code such acts (sentences written for these
tests; the whole pipeline resolves actors and places)."""
import pytest
from ev_helpers import first_of_type


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        return [e for e in pipeline.extract(text).events]
    return run



def test_curfew_in_a_place_is_laid_on_its_people(events):
    e = first_of_type(events("Pakistani authorities imposed a curfew in parts of Karachi on Sunday."), "COERCE")
    assert e.target is not None and "Karachi" in e.target.text
    assert e.target.country == "PAK" and e.explain["path"]["target"] == "place-as-target:in"


def test_the_measure_itself_is_no_target(events):
    e = first_of_type(events("The Thai government will extend the curfew in Bangkok."), "COERCE")
    assert e.target is not None and e.target.text == "Bangkok" and e.target.country == "THA"


def test_an_unnamed_place_under_a_government_measure_is_its_own_country(events):
    e = first_of_type(events("The Nepali government put large parts of the country under a 24-hour lockdown."), "COERCE")
    assert e.target is not None and "parts of the country" in e.target.text and e.target.country == "NPL"


def test_withdrawal_from_a_foreign_place_has_that_country_as_target(events):
    e = first_of_type(events("Israel withdrew its last troops from the Sinai Peninsula in 1982."), "RETREAT")
    assert e.target is not None and "Sinai" in e.target.text and e.target.country == "EGY"


def test_leaving_a_place_of_ones_own_country_names_no_other_party(events):
    evs = events("Russian troops withdrew from Belgorod on Friday.")
    assert all(e.target is None or "Belgorod" not in e.target.text for e in evs if e.type == "RETREAT")


def test_a_meeting_place_is_no_target(events):
    evs = events("Iranian and Saudi diplomats held talks in Baghdad on Tuesday.")
    assert evs and all(e.target is None or "Baghdad" not in e.target.text for e in evs)


def test_place_of_a_promised_act_is_the_promise_target(events):
    e = first_of_type(events("Tata Motors has agreed to set up a battery plant at Sanand."), "AGREE")
    assert e.target is not None and e.target.text == "Sanand" and e.target.country == "IND"


def test_place_where_an_agreement_is_reached_is_no_target(events):
    evs = events("Zambia's president agreed in Lobito to reopen the railway.")
    assert all(e.target is None or "Lobito" not in e.target.text for e in evs if e.type == "AGREE")


def test_venue_of_promised_talks_is_no_target(events):
    evs = events("Chad's government agreed to hold talks in Antalya.")
    assert all(e.target is None or "Antalya" not in e.target.text for e in evs if e.type == "AGREE")


def test_peacekeepers_withdrawn_from_a_place_have_its_country_as_target(events):
    e = first_of_type(events("The UN withdrew its peacekeepers from the Golan Heights in 2014."), "SANCTION")
    assert e.target is not None and "Golan Heights" in e.target.text and e.target.country == "SYR"


def test_an_attack_with_no_victim_named_is_on_the_people_of_its_place(events):
    e = first_of_type(events("Gunmen opened fire in a market in Kano, killing five."), "ASSAULT")
    assert e.target is not None and e.target.country == "NGA"
    assert e.explain["path"]["target"] == "place-as-target:in"
