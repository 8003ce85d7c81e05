"""The type of an act read from what it is done to — a border closed
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


def test_closing_a_crossing_with_no_state_named_stays_coerce(code):
    ev = code("Israel closed the Erez crossing on Sunday.", [("Israel", "ISR", "GOV")])
    assert [e.type for e in ev] == ["COERCE"]


def test_closing_a_newspaper_stays_coerce(code):
    ev = code("Police closed the Daily Monitor newspaper in Kampala.",
              [("Police", "UGA", "POL"), ("Daily Monitor", "UGA", "MED")])
    assert "SANCTION" not in [e.type for e in ev]


def test_the_fighting_a_plan_ends_is_no_assault(code):
    ev = code("Armenia's president accepted a Russian plan on Tuesday to end the fighting with Azerbaijan.",
              [("Armenia's president", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")])
    assert "AGREE" in [e.type for e in ev]
    assert "ASSAULT" not in [e.type for e in ev]


def test_an_ended_attack_with_its_own_doer_keeps_its_event(code):
    ev = code("The leaders discussed how to end Russia's invasion of Ukraine.",
              [("leaders", "DEU", "GOV"), ("Russia", "RUS", "GOV"), ("Ukraine", "UKR", "GOV")])
    assert ("ASSAULT", "asserted", "Russia", "Ukraine") in summary(ev)


def test_barring_another_states_officials_is_a_sanction(code):
    ev = code("Moscow barred nine Canadian officials from entering Russia.",
              [("Moscow", "RUS", "GOV"), ("Canadian officials", "CAN", "GOV"), ("Russia", "RUS", "GOV")])
    assert ("SANCTION", "asserted", "Moscow", "Canadian officials") in summary(ev)
    assert "another state's officials" in ev[0].explain["retyped"]


def test_banning_a_domestic_party_stays_coerce(code):
    ev = code("The government banned the opposition party on Monday.",
              [("government", "THA", "GOV"), ("opposition party", "THA", "OPP")])
    assert [e.type for e in ev] == ["COERCE"]
