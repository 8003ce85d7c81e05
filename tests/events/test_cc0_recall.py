"""Acts the coder used to leave uncoded, on sentences written for these tests: dismissing
something as a ploy (REJECT), dismissing petitions (REJECT), scrapping a tax (CONCEDE),
upholding an election win (SUPPORT), and allowing a counted group in ('allowed peacekeepers
to land', where the parse makes them the infinitive's subject) as access granted (RETREAT)."""
from ev_helpers import summary, types


def test_dismissed_as_a_ploy_is_a_rejection(code):
    ev = code("Moldova announced a truce on Monday, which Transnistria dismissed as a trick.",
              [("Moldova", "MDA", "GOV"), ("Transnistria", "MDA", "REB")])
    assert ("REJECT", "asserted", "Transnistria", "Moldova") in summary(ev)
    # dismissing an official from a post is no rejection
    assert "REJECT" not in types(code("The president dismissed the defence minister on Friday."))


def test_dismissing_petitions_is_a_rejection(code):
    ev = code("The High Court dismissed petitions filed by the opposition leader Tom Mboya.",
              [("The High Court", "KEN", "JUD"), ("Tom Mboya", "KEN", "OPP")])
    assert [e.type for e in ev] == ["REJECT"]


def test_scrapping_a_tax_is_a_concession(code):
    assert types(code("The government of Ghana scrapped a planned tax on mobile payments.",
                      [("government of Ghana", "GHA", "GOV")])) == ["CONCEDE"]
    # scrapping a treaty still ends cooperation
    assert types(code("Ghana scrapped its defence pact with Togo.",
                      [("Ghana", "GHA", "GOV"), ("Togo", "TGO", "GOV")])) == ["SANCTION"]


def test_upholding_an_election_win_is_support(code):
    ev = code("The Constitutional Court upheld Ali Bongo's election victory.",
              [("The Constitutional Court", "GAB", "JUD"), ("Ali Bongo", "GAB", "GOV")])
    assert ("SUPPORT", "asserted", "The Constitutional Court", "Ali Bongo") in summary(ev)


def test_allowing_a_counted_group_in_is_access(code):
    ev = code("Sudan allowed foreign peacekeepers to enter Darfur on Monday.", [("Sudan", "SDN", "GOV")])
    assert types(ev) == ["RETREAT"]
    ev = code("Mali allowed U.N. observers to monitor the vote.", [("Mali", "MLI", "GOV")])
    assert types(ev) == ["RETREAT"]
    # what the allowed ones do is no party: "allowed prices to rise" codes nothing
    assert code("The central bank allowed prices to rise.") == []
