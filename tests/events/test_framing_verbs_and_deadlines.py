"""Acts lost to a coordinated framing verb or to a misparsed subject, threats
held over the doer of their condition, and defied deadlines and authorised forces, on
sentences written for these tests."""

from ev_helpers import triples


def test_a_threat_coordinated_with_a_condemnation_is_its_own_act(code):
    ev = code("Erdogan condemned the coup attempt and vowed to punish the plotters.",
              [("Erdogan", "TUR", "GOV")])
    assert "THREATEN" in {e.type for e in ev}
    assert "ACCUSE" in {e.type for e in ev}


def test_a_promised_response_after_a_criticism_is_a_threat(code):
    ev = code('The embassy called the expulsions "unacceptable" and said Russia would respond.',
              [("Russia", "RUS", "GOV")])
    assert ("THREATEN", "Russia", None) in triples(ev) or any(
        e.type == "THREATEN" and e.source.name == "Russia" for e in ev)


def test_an_act_coordinated_inside_a_request_is_still_absorbed(code):
    ev = code("France asked the court to jail the colonel and to freeze his accounts.",
              [("France", "FRA", "GOV")])
    assert sorted({e.type for e in ev}) == ["REQUEST"]


def test_restating_the_framers_act_is_not_a_second_event(code):
    ev = code("Libya announced a cease-fire and said its army would halt all operations.",
              [("Libya", "LBY", "GOV")])
    assert [e.type for e in ev].count("CONCEDE") == 1


def test_a_warning_coordinated_into_a_reported_clause_is_the_speakers(code):
    ev = code("Lee said that attacks on ships could never be tolerated and warned of retaliation "
              "if North Korea attacked again.",
              [("Lee", "KOR", "GOV"), ("North Korea", "PRK", "GOV")])
    assert ("THREATEN", "Lee", "North Korea") in triples(ev)


def test_a_threat_is_held_over_the_doer_of_its_condition(code):
    ev = code("Iran warned of a crushing response if Israel struck its nuclear sites.",
              [("Iran", "IRN", "GOV"), ("Israel", "ISR", "GOV")])
    assert ("THREATEN", "Iran", "Israel") in triples(ev)


def test_ignoring_or_letting_a_deadline_expire_is_a_rejection(code):
    ev = code("Serbia ignored a NATO deadline on Monday.", [("Serbia", "SRB", "GOV"), ("NATO", "NAT", "IGO")])
    assert ("REJECT", "Serbia", "NATO") in triples(ev)
    ev = code("The junta let a deadline set by ECOWAS expire on Sunday.",
              [("junta", "NER", "MIL"), ("ECOWAS", "WAF", "IGO")])
    assert "REJECT" in {e.type for e in ev}
    assert all(e.source.name == "junta" for e in ev if e.type == "REJECT")


def test_letting_prisoners_go_is_still_a_release(code):
    ev = code("Israel let the prisoners go on Monday.", [("Israel", "ISR", "GOV")])
    assert "REJECT" not in {e.type for e in ev}


def test_authorising_troops_is_mobilisation_and_authorising_force_is_not(code):
    ev = code("The Pentagon authorized another 1,000 troops for Kabul.", [("Pentagon", "USA", "MIL")])
    assert [e.type for e in ev] == ["MOBILIZE"]
    ev = code("Britain wants a resolution that would authorize force against Iraq.",
              [("Britain", "GBR", "GOV"), ("Iraq", "IRQ", "GOV")])
    assert "MOBILIZE" not in {e.type for e in ev}
