"""Ending one's own strike, protest or boycott eases dissent (CAMEO 082): done, it is RETREAT;
promised, CONCEDE; refused ("will not end the strike until ..."), a REJECT aimed at the party
of the condition while the strike goes on. Authorities ending others' protests concede nothing
(sentences written for these tests)."""
import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        return [(e.type, e.status, e.source.text if e.source else None, e.target.text if e.target else None)
                for e in pipeline.extract(text).events]
    return run


def test_strike_ended_is_a_retreat_of_the_strikers(events):
    evs = events("The dockworkers ended their strike on Friday.")
    assert ("RETREAT", "asserted") in {(t, s) for t, s, src, _ in evs if src and "dockworkers" in src}
    assert not any(t == "PROTEST" for t, *_ in evs)


def test_protest_to_be_called_off_is_a_concession(events):
    evs = events("The union said it would call off the protest.")
    assert any(t == "CONCEDE" and s == "intended" for t, s, *_ in evs), evs


def test_refusing_to_end_a_strike_rejects_the_party_of_the_condition(events):
    evs = events("The nurses will not end the strike until the hospital board meets their demands.")
    rejects = [g for t, s, src, g in evs if t == "REJECT" and src and "nurses" in src]
    assert rejects and "board" in (rejects[0] or "")
    assert any(t == "PROTEST" for t, *_ in evs)      # the strike goes on


def test_authorities_ending_protests_concede_nothing(events):
    evs = events("The government vowed to end the protests.")
    assert not any(t in ("CONCEDE", "RETREAT") for t, *_ in evs), evs


def test_a_lifted_boycott_has_the_boycotted_party_as_target(events):
    evs = events("After Amman allowed Syrians to sell produce, the union lifted its boycott of Syrian exporters.")
    ended = [g for t, s, src, g in evs if t == "RETREAT"]
    assert ended and "Syrian" in (ended[0] or ""), evs
