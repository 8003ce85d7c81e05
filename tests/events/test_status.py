"""Status cues and casualty counts."""


def first(events):
    return (events[0].type, events[0].status)


def test_plans_and_will_are_intended(code):
    assert first(code("Japan plans to deploy missile batteries on the island.")) == ("MOBILIZE", "intended")
    assert first(code("Germany will send tanks to Ukraine.")) == ("AID", "intended")


def test_if_and_could_are_hypothetical(code):
    ev = code("The army could attack the rebels if talks fail.")
    assert first(ev) == ("ASSAULT", "hypothetical")


def test_said_would_is_intended(code):
    ev = code("Kenya said it would deploy police officers to Haiti.")
    assert first(ev) == ("MOBILIZE", "intended")


def test_claimed_and_denied(code):
    ev = code("Ukraine claimed that Russian jets bombed the bridge.")
    assert first(ev) == ("ASSAULT", "claimed")
    ev = code("Moscow denied shelling the power plant.")
    assert ev[0].type == "ASSAULT" and ev[0].status == "denied" and ev[0].source.name == "Moscow"


def test_failed_to_is_negated(code):
    assert first(code("The two sides failed to sign the accord.")) == ("SUPPORT", "negated")


def test_would_not_negotiate_is_a_refusal(code):
    ev = code("The government would not negotiate with the kidnappers.")
    assert first(ev) == ("REJECT", "asserted")


def test_no_arrests_is_negated(code):
    ev = code("Police made no arrests during the march by students.")
    assert ("COERCE", "negated") in [(e.type, e.status) for e in ev]


def test_casualties_from_participle_and_passive(code):
    ev = code("Rebels attacked the base, killing two marines.")
    assert len(ev) == 1 and ev[0].casualties == {"killed": 2}
    ev = code("Militants ambushed a patrol and 14 soldiers were killed.")
    assert ev[0].type == "ASSAULT" and ev[0].casualties == {"killed": 14}


def test_contexts_come_from_row_and_clause(code):
    ev = code("Hamas declared a ceasefire to allow humanitarian aid into Gaza.")
    assert "ceasefire" in ev[0].contexts
