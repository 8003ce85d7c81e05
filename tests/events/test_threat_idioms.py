"""Threat idioms and negated readings (sentences written for these tests)."""


def test_not_going_unanswered_is_the_speakers_threat(code):
    ev = code("General Ali Hassan said the raids would not go unanswered.")
    threats = [e for e in ev if e.type == "THREATEN"]
    assert threats and threats[0].source.name == "Ali Hassan"
    assert threats[0].status == "asserted"


def test_going_answered_is_no_threat(code):
    ev = code("The letters from Chile went unanswered for a month.")
    assert all(e.type != "THREATEN" for e in ev)


def test_no_option_off_the_table_is_a_threat(code):
    ev = code("President Ruto said no option is taken off the table against the rebels.")
    assert any(e.type == "THREATEN" and e.status == "asserted" for e in ev)


def test_not_ruling_out_force_is_a_threat(code):
    ev = code("Turkey did not rule out military action against the Kurdish militia.")
    assert [(e.type, e.source.name, e.status) for e in ev if e.type == "THREATEN"] == [
        ("THREATEN", "Turkey", "asserted")]


def test_not_bound_by_is_reject_and_bound_by_is_nothing(code):
    ev = code("Prime Minister Viktor Orban said Hungary was not bound by the pact.")
    assert [(e.type, e.source.name) for e in ev] [:1] == [("REJECT", "Viktor Orban")]
    assert all(e.type != "REJECT" for e in code("Hungary said it was bound by the pact."))


def test_revenge_awaiting_and_befitting_reply_are_threats(code):
    ev = code("The Iranian commander said harsh revenge awaited the attackers.")
    assert any(e.type == "THREATEN" for e in ev)
    ev = code("The Indian army chief said India would give a befitting reply to Pakistan.")
    assert any(e.type == "THREATEN" and e.target.name == "Pakistan" for e in ev if e.target)


def test_fighting_erupting_between_two_sides(code):
    ev = code("Heavy fighting erupted between Armenia and Azerbaijan on Sunday.")
    assert [(e.type, e.source.name, e.target.name) for e in ev if e.type == "ASSAULT"] == [
        ("ASSAULT", "Armenia", "Azerbaijan")]
    ev = code("The fighting, which broke out between Ethiopia and Eritrea in May, killed hundreds.")
    assert [(e.source.name, e.target.name) for e in ev if e.type == "ASSAULT"] == [
        ("Ethiopia", "Eritrea")]


def test_rejected_accusations_answer_the_side_pressing_it(code):
    ev = code("Britain expelled 23 Russian diplomats on Wednesday. Moscow rejected the accusations.",
              [("Britain", "GBR", "GOV"), ("Russian diplomats", "RUS", "GOV"), ("Moscow", "RUS", "GOV")])
    rej = [e for e in ev if e.type == "REJECT"]
    assert rej and rej[0].target is not None and rej[0].target.country == "GBR"
    assert rej[0].explain["path"]["target"] == "answer-to-accuser"
    # a sanction only intended presses no one yet
    ev = code("Britain may expel Russian diplomats. Moscow rejected the accusations.",
              [("Britain", "GBR", "GOV"), ("Russian diplomats", "RUS", "GOV"), ("Moscow", "RUS", "GOV")])
    assert all(e.explain["path"]["target"] != "answer-to-accuser" for e in ev if e.type == "REJECT")


def test_jets_scrambling_is_mobilize(code):
    ev = code("The bombers turned back when Turkish jets scrambled.", [("Turkish jets", "TUR", "MIL")])
    assert [(e.type, e.source.name) for e in ev] == [("MOBILIZE", "Turkish jets")]
    assert code("Officials scrambled to contain the damage.") == []


def test_clause_before_a_semicolon_is_not_denied(code):
    ev = code("Washington accuses Moscow of meddling; the Kremlin denies it.",
              [("Washington", "USA", "GOV"), ("Moscow", "RUS", "GOV"), ("Kremlin", "RUS", "GOV")])
    acc = [e for e in ev if e.type == "ACCUSE"]
    assert acc and acc[0].status == "asserted"
    ev = code("The Kremlin denies that Russian troops shelled Kharkiv.",
              [("Kremlin", "RUS", "GOV"), ("Russian troops", "RUS", "MIL"), ("Kharkiv", "UKR", None)])
    assert [(e.type, e.status) for e in ev] == [("ASSAULT", "denied")]


def test_reported_would_cooperate_is_also_a_promise(code):
    ev = code("Lavrov said Russia would cooperate with Britain on the inquiry.",
              [("Lavrov", "RUS", "GOV"), ("Russia", "RUS", "GOV"), ("Britain", "GBR", "GOV")])
    assert ("AGREE", "intended") in [(e.type, e.status) for e in ev]
    # not reported, or only possible: no promise
    ev = code("Russia could cooperate with Britain on the inquiry.",
              [("Russia", "RUS", "GOV"), ("Britain", "GBR", "GOV")])
    assert all(e.type != "AGREE" for e in ev)
