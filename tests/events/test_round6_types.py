"""Round 6 (precision 3): the type of an act read from what it is done to — a border closed
against another state is a SANCTION; a fight named as the thing to end is no ASSAULT."""
from ev_helpers import summary


def test_closing_a_border_with_another_state_is_a_sanction(code):
    ev = code("Kenya closed its border with Somalia on Tuesday.",
              [("Kenya", "KEN", "GOV"), ("Somalia", "SOM", "GOV")])
    assert ("SANCTION", "asserted", "Kenya", "Somalia") in summary(ev)
    assert [e for e in ev if e.type == "COERCE"] == []
    assert ev[0].mode == "discontinue"


def test_closing_airspace_to_a_named_state_is_retyped_a_sanction(code):
    # the lexicon reads "closed X with Y" as a sanction; "closed its airspace to Qatar" is
    # a restriction retyped because the clause names a foreign state as its target
    ev = code("Saudi Arabia closed its airspace to Qatar on Monday.",
              [("Saudi Arabia", "SAU", "GOV"), ("Qatar", "QAT", "GOV")])
    assert ("SANCTION", "asserted", "Saudi Arabia", "Qatar") in summary(ev)
    assert "retyped" in ev[0].explain
