"""Titles in ``Actor.role``, and the tables generated from the Phoenix dictionaries used
beside the curated ones (curated rows win), on sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from tests.actors.conftest import mention_at


at = mention_at


def test_title_becomes_the_role_and_follows_the_person(resolve):
    ex = resolve("Ukrainian Foreign Minister Dmytro Kuleba arrived on Monday. "
                 "Kuleba said he expected no breakthrough.")
    assert at(ex, "Dmytro Kuleba").role == "foreign minister"
    assert at(ex, "Kuleba", 1).role == "foreign minister"
    assert at(ex, "he").role == "foreign minister"
    assert at(ex, "Dmytro Kuleba").to_dict()["role"] == "foreign minister"


def test_role_from_the_office_table_when_untitled(resolve):
    ex = resolve("Lavrov spoke to reporters after the meeting.")
    m = at(ex, "Lavrov")
    assert (m.country, m.role) == ("RUS", "foreign minister")
    assert m.explain["office"]["row"].startswith("people.tsv:")    # the curated row wins


def test_qualified_titles_and_groups(resolve):
    ex = resolve("Former president Lucia Marenko and the acting defence minister visited "
                 "the troops.")
    assert at(ex, "Lucia Marenko").role == "former president"
    assert at(ex, "acting defence minister").role == "acting defence minister"
    assert at(ex, "troops") is None or at(ex, "troops").role is None


def test_defence_minister_is_not_the_prime_minister(resolve):
    ex = resolve("Prime Minister Tomas Verhalen opened the session. The defence minister "
                 "left early.")
    m = at(ex, "defence minister")
    assert m.name != "Tomas Verhalen"


def test_generated_people_resolve_in_their_term(resolve):
    # a senator of Pakistan in 2012 that only the Phoenix dictionaries know
    ex = resolve("Raza Rabbani criticised the budget.", dt.date(2012, 6, 1))
    m = at(ex, "Raza Rabbani")
    assert (m.country, m.sector) == ("PAK", "GOV")
    assert m.explain["office"]["row"].startswith("phoenix_people.tsv:")


def test_generated_bodies_give_country_and_sector(resolve):
    ex = resolve("The Moro Islamic Liberation Front signed the accord.")
    m = at(ex, "Moro Islamic Liberation Front")
    assert (m.country, m.sector) == ("PHL", "REB")


def test_generated_terms_and_titles(resolve):
    # the generated table stops in 2015 and has him out of office since 2007 (an elite code,
    # coded GOV like the office); the title in the text gives his role
    ex = resolve("Prime Minister Manasseh Sogavare met the envoy.", dt.date(2019, 5, 5))
    m = at(ex, "Manasseh Sogavare")
    assert (m.country, m.sector, m.role) == ("SLB", "GOV", "prime minister")
    ex = resolve("Manasseh Sogavare met the envoy.", dt.date(2007, 5, 5))
    assert at(ex, "Manasseh Sogavare").explain["office"]["in_term"] is True


def test_title_decides_the_sector_over_an_outdated_generated_term(resolve):
    # the generated table knows him only as an opposition figure (to 2015)
    ex = resolve("Minister Riad Seif opened the session.", dt.date(2024, 5, 5))
    m = at(ex, "Riad Seif")
    assert (m.country, m.sector) == ("SYR", "GOV")
    assert m.explain["sector"]["rule"] == "title"
    ex = resolve("Riad Seif opened the session.", dt.date(2012, 5, 5))
    assert (at(ex, "Riad Seif").country, at(ex, "Riad Seif").sector) == ("SYR", "OPP")


def test_state_firing_weapons_is_military(resolve):
    ex = resolve("North Korea fired artillery shells onto the island, and South Korea returned fire.")
    assert at(ex, "North Korea").sector == "MIL"
    assert at(ex, "North Korea").explain["sector"]["rule"] == "military_act"
    assert at(ex, "South Korea").sector == "MIL"


def test_state_stopping_or_discussing_weapons_stays_government(resolve):
    ex = resolve("Japan said it would stop its joint military exercises, and Egypt agreed to "
                 "monitor the cease-fire.")
    assert at(ex, "Japan").sector == "GOV"
    assert at(ex, "Egypt").sector == "GOV"


def test_forces_from_a_state(resolve):
    ex = resolve("Warships from Russia entered the strait.")
    assert (at(ex, "Russia").country, at(ex, "Russia").sector) == ("RUS", "MIL")


def test_nationality_of_a_thing_or_act_is_the_state(resolve):
    ex = resolve("The ministry capped the price of Russian gas after an Israeli strike.")
    gas = at(ex, "Russian")
    assert (gas.name, gas.country, gas.sector, gas.explain["rule"]) == (
        "Russia", "RUS", "GOV", "demonym_as_state")
    assert at(ex, "Israeli").sector == "MIL"
    # a people or group noun is a role phrase of its own, not the state
    ex = resolve("Russian troops and pro-Russian activists gathered.")
    assert at(ex, "Russian troops").explain["rule"] == "role_phrase"
    m = at(ex, "pro-Russian")
    assert m is None or m.explain["rule"] != "demonym_as_state"


def test_ordinary_people_are_civilian_groups(resolve):
    ex = resolve("Police in Lagos detained dozens of people and two teachers.")
    assert at(ex, "people").sector == "CVL"
    assert at(ex, "teachers").sector == "CVL"
    assert at(ex, "teachers").role is None      # a civilian noun is no title


def test_forces_backed_by_a_state_are_rebels_of_the_other_country(resolve):
    ex = resolve("Russia denied sending troops to Ukraine. Pro-Russian forces seized the "
                 "airport. Russia said it was not involved.")
    m = at(ex, "Pro-Russian forces")
    assert (m.country, m.sector) == ("UKR", "REB")
    assert m.explain["country"]["rule"] == "context_country_not_backer"


def test_group_placed_through_its_workplace(resolve):
    ex = resolve("Thousands of workers at the giant factory in Zhengzhou clashed with guards.")
    assert (at(ex, "workers").country, at(ex, "workers").sector) == ("CHN", "CVL")
    assert at(ex, "workers").explain["country"]["rule"] == "placing_phrase"
