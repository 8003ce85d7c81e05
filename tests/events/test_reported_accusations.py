"""Reported evaluative speech as accusation (sentences written for these tests): one side
reporting the other's violence or coercion accuses it, also inside one country when the
two are the state and its challengers; blame predicates under a reporting verb."""
from ev_helpers import summary


def _accusations(events):
    return {(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in events if e.type == "ACCUSE"}


def test_rebels_reporting_army_bombing_accuse_the_army(code):
    ev = code("The Liberation Front says army jets are shelling villages near Tamu.",
              [("Liberation Front", "MMR", "REB"), ("army jets", "MMR", "MIL")])
    print(summary(ev))
    assert ("Liberation Front", "army jets") in _accusations(ev)


def test_government_reporting_opposition_coup_accuses_it(code):
    ev = code("President Ortega says Ramos is staging a coup.",
              [("Ortega", "NIC", "GOV"), ("Ramos", "NIC", "OPP")])
    print(summary(ev))
    assert ("Ortega", "Ramos") in _accusations(ev)


def test_army_reporting_insurgent_attack_is_no_accusation(code):
    ev = code("The army said insurgents attacked a checkpoint near Gao.",
              [("army", "MLI", "MIL"), ("insurgents", "MLI", "REB")])
    print(summary(ev))
    assert not _accusations(ev)


def test_own_side_reporting_is_no_accusation(code):
    ev = code("Government troops shelled the rebel town, the defence minister said.",
              [("Government troops", "MMR", "MIL"), ("defence minister", "MMR", "GOV")])
    print(summary(ev))
    assert not _accusations(ev)


def test_blame_predicate_in_clause_under_reported_clause(code):
    ev = code("The minister said the inquiry was over and the Iranian state was culpable.",
              [("minister", "GBR", "GOV"), ("Iranian state", "IRN", "GOV")])
    print(summary(ev))
    assert ("minister", "Iranian state") in _accusations(ev)


def test_evaluative_predicate_of_an_act_blames_its_doer(code):
    ev = code("Canada said Brazil's tariffs were unjustified.",
              [("Canada", "CAN", "GOV"), ("Brazil", "BRA", "GOV")])
    print(summary(ev))
    assert ("Canada", "Brazil") in _accusations(ev)
    ev = code("Chile said the raids by Peru were illegal.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")])
    print(summary(ev))
    assert ("Chile", "Peru") in _accusations(ev)


def test_evaluative_predicate_without_a_reporter_or_doer_is_nothing(code):
    ev = code("The new settlements are illegal.")
    print(summary(ev))
    assert not _accusations(ev)
    ev = code("He said the illegal settlements had grown.", [("He", "ISR", "GOV")])
    print(summary(ev))
    assert not _accusations(ev)


def test_denied_blame_is_no_accusation(code):
    ev = code("Lavrov said Russia was not guilty.",
              [("Lavrov", "RUS", "GOV"), ("Russia", "RUS", "GOV")])
    print(summary(ev))
    assert not _accusations(ev)
