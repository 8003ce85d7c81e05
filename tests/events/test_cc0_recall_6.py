"""Recall fixes from the sixth CC0 pass, on sentences written for these tests."""
import pytest

from eventwire.events.training import _article
from eventwire.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.load()


def events(pipe, text):
    art = _article({"id": "t", "text": text, "published": "2020-01-01"}, 0)
    art.text = text
    ex = list(pipe.run([art], clean=False))[0]
    return [(e.type, e.source.text if e.source else None, e.target.text if e.target else None)
            for e in ex.events]


def test_talks_timed_by_a_duration_noun_are_coded(pipe):
    evs = events(pipe, "Delegations from Chile and Peru held more than six hours of talks in Lima on Monday.")
    assert ("CONSULT", "Chile", "Peru") in evs


def test_duration_of_talks_ended_by_named_parties(pipe):
    evs = events(pipe, "Officials from Chile and Peru ended three days of talks in Lima on Saturday.")
    assert any(t == "CONSULT" and s == "Chile" and o == "Peru" for t, s, o in evs)


def test_talks_timed_in_a_bare_participle_are_not_recoded(pipe):
    evs = events(pipe, "Chile and Peru agreed on Tuesday to monitor a truce, closing two days of talks in the capital.")
    assert not any(t == "CONSULT" for t, _, _ in evs)


def test_days_of_fighting_halted_are_not_an_attack(pipe):
    evs = events(pipe, "A truce between Chile and Peru took effect, halting eleven days of fighting.")
    assert not any(t == "ASSAULT" for t, _, _ in evs)


def test_coordinated_patrols_are_cooperation(pipe):
    evs = events(pipe, "Chile and Peru began coordinated patrols along their coast on Monday.")
    assert any(t == "COOPERATE" and {s, o} == {"Chile", "Peru"} for t, s, o in evs)


def test_exercises_with_a_named_partner_are_cooperation(pipe):
    evs = events(pipe, "Chile held military exercises with Peru on Friday.")
    assert ("COOPERATE", "Chile", "Peru") in evs
    assert not any(t == "MOBILIZE" for t, _, _ in evs)


def test_drills_with_a_thing_are_not_cooperation(pipe):
    evs = events(pipe, "The army held drills with live ammunition near the border.")
    assert not any(t == "COOPERATE" for t, _, _ in evs)


def test_days_of_joint_drills_with_partners(pipe):
    evs = events(pipe, "Chile began ten days of naval drills with Peru and Bolivia off its coast on Friday.")
    assert ("COOPERATE", "Chile", "Peru") in evs and ("COOPERATE", "Chile", "Bolivia") in evs


def test_phone_conversation_is_a_consultation(pipe):
    evs = events(pipe, "Emmanuel Macron held a phone conversation with Vladimir Putin on Tuesday.")
    assert any(t == "CONSULT" and {s, o} == {"Emmanuel Macron", "Vladimir Putin"} for t, s, o in evs)


def test_vow_to_shut_down_a_bureau_is_a_threat(pipe):
    evs = events(pipe, "Prime Minister Juan Perez vowed to shut down the broadcaster's bureau in Lima.")
    assert any(t == "THREATEN" and s == "Prime Minister Juan Perez" for t, s, _ in evs)


def test_days_of_combat_drills_are_a_mobilization(pipe):
    evs = events(pipe, "Chile's military began three days of combat drills around Peru on Saturday.")
    assert any(t == "MOBILIZE" and s == "Chile's military" for t, s, _ in evs)


def test_money_deposited_in_a_central_bank_is_aid(pipe):
    evs = events(pipe, "Peru has deposited $3 billion in Bolivia's central bank.")
    assert ("AID", "Peru", "Bolivia") in evs


def test_munitions_sent_to_a_country_are_aid(pipe):
    evs = events(pipe, "Peru sent thousands of munitions to Bolivia last month.")
    assert any(t == "AID" and s == "Peru" and o == "Bolivia" for t, s, o in evs)


def test_shells_sent_into_waters_are_not_aid(pipe):
    evs = events(pipe, "Peru's navy said Chile had fired first, sending shells into Peruvian waters.")
    assert not any(t == "AID" for t, _, _ in evs)
