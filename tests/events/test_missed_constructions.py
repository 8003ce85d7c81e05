"""Acts the coder missed on sentences with a named pair of parties (sentences written for these tests)."""


def _pairs(ev, typ):
    return [(e.source.name if e.source else None, e.target.name if e.target else None, e.status)
            for e in ev if e.type == typ]


def test_reported_obligation_to_end_an_act_is_a_request(code):
    ev = code("Germany says Turkey must end its shelling of Kurdish towns.")
    assert ("Germany", "Turkey", "asserted") in _pairs(ev, "REQUEST")


def test_obligation_to_end_a_coded_act_of_its_own_doer_keeps_its_reading(code):
    # the attack is not background to the ending: "must" is not reported, so no demand is made up
    ev = code("Turkey must end the shelling.")
    assert not _pairs(ev, "REQUEST")


def test_call_with_a_purpose_clause_is_a_phone_call(code):
    ev = code("President Kagame called Ugandan President Yoweri Museveni on Monday to explain the decision.",
              mentions=[("President Kagame", "RWA", "GOV"), ("Ugandan President Yoweri Museveni", "UGA", "GOV")])
    calls = [e for e in ev if e.type == "CONSULT"]
    assert calls and calls[0].mode == "phone"
    assert (calls[0].source.country, calls[0].target.country) == ("RWA", "UGA")


def test_called_on_a_party_stays_a_request_and_naming_is_no_call(code):
    ev = code("The union called on workers to join the strike.")
    assert all(e.type != "CONSULT" for e in ev)
    ev = code("Senator Dole called the governor a liar.")
    assert all(e.type != "CONSULT" for e in ev)


def test_declared_cessation_of_hostilities_is_a_concession(code):
    ev = code("The rebel commander declared a cessation of hostilities with the government.")
    assert any(e.type == "CONCEDE" and "commander" in e.source.name for e in ev)


def test_seeking_peace_with_a_party_is_an_intended_agreement(code):
    ev = code("Prime Minister Sharif said he would seek peace with India.")
    agree = [e for e in ev if e.type == "AGREE"]
    assert agree and agree[0].target.name == "India" and agree[0].status == "intended"


def test_seeking_help_stays_a_request(code):
    ev = code("Prime Minister Sharif will seek help from China.")
    assert all(e.type != "AGREE" for e in ev)
