"""How acts embedded under other acts are coded, and how a missing target is filled."""
from ev_helpers import summary


def test_agreed_to_withdraw_is_agreement_plus_promised_concession(code):
    ev = code("Rwanda agreed to pull its troops out of eastern Congo.")
    assert sorted((e.type, e.status) for e in ev) == [("AGREE", "asserted"), ("CONCEDE", "intended")]


def test_request_covers_coordinated_acts(code):
    ev = code("The prosecutor asked the court to bar the minister from travel and to freeze his accounts.")
    assert [e.type for e in ev] == ["REQUEST"]


def test_participle_accusation_beside_refusal_is_kept(code):
    ev = code("The rebels refused to extend the truce, accusing the army of shelling villages.")
    assert sorted(e.type for e in ev) == ["ACCUSE", "REJECT"]


def test_threat_idiom_belongs_to_the_speaker(code):
    ev = code('The president said the plotters would "pay a heavy price."')
    assert summary(ev) == [("THREATEN", "asserted", "president", "plotters")]


def test_signing_by_two_parties_codes_support_both_ways(code):
    ev = code("Kenya and Ethiopia signed a border accord.",
              [("Kenya", "KEN", "GOV"), ("Ethiopia", "ETH", "GOV")])
    assert sorted((e.source.name, e.target.name) for e in ev) == [("Ethiopia", "Kenya"), ("Kenya", "Ethiopia")]


def test_called_off_summit_is_sanction(code):
    ev = code("The European Union called off a planned summit with Russia.",
              [("European Union", "IGO", "IGO"), ("Russia", "RUS", "GOV")])
    assert summary(ev) == [("SANCTION", "asserted", "European Union", "Russia")]


def test_reacting_to_an_act_targets_its_doer(code):
    ev = code("Iraq's prime minister condemned the American strike near Baghdad airport.",
              [("Iraq's prime minister", "IRQ", "GOV"), ("American", "USA", "GOV"),
               ("Baghdad", "IRQ", None)])
    assert ev[0].type == "ACCUSE" and ev[0].target.country == "USA"
    assert ev[0].explain["path"]["target"] == "dobj-event>amod"


def test_missing_target_comes_from_the_clause_and_is_marked(code):
    ev = code("Iraq's prime minister condemned the decision by the United States.",
              [("Iraq's prime minister", "IRQ", "GOV"), ("United States", "USA", "GOV")])
    assert ev[0].type == "ACCUSE" and ev[0].target.country == "USA"
    assert ev[0].explain["path"]["target"].startswith("fallback:")


def test_no_target_is_invented_without_actor_mentions(code):
    ev = code("The ministry condemned the decision.")
    assert summary(ev) == [("ACCUSE", "asserted", "ministry", None)]


def test_dateline_is_never_an_actor(code):
    ev = code("TAIPEI, Taiwan — China imposed sanctions on the speaker on Friday.")
    assert [(e.type, e.source.name) for e in ev] == [("SANCTION", "China")]


def test_blame_predicate_is_accusation_by_the_speaker(code):
    ev = code("The minister said the Russian state was responsible for the poisoning.")
    assert summary(ev) == [("ACCUSE", "asserted", "minister", "Russian state")]


def test_would_respond_is_a_threat_but_responded_is_not(code):
    ev = code("The embassy said Russia would respond.")
    assert [(e.type, e.source.name) for e in ev] == [("THREATEN", "Russia")]
    assert code("Maduro responded with a speech.") == []


def test_acts_inside_an_accusation_are_not_coded_separately(code):
    ev = code("Kiev accuses Moscow of arming the rebels and sending soldiers to fight.")
    assert [e.type for e in ev] == ["ACCUSE"]


def test_every_lexicon_row_is_well_formed():
    from eventwire.events.lexicon import TriggerLexicon
    from eventwire.model import PLOVER_TYPES
    lex = TriggerLexicon()
    rows = [r for rs in lex.rows.values() for r in rs]
    assert len(rows) > 300
    assert {r.type for r in rows} == set(PLOVER_TYPES)


def test_host_and_mediator_go_in_others(code):
    ev = code("Qatar hosted talks between the United States and the Taliban in Doha.")
    assert summary(ev) == [("CONSULT", "asserted", "the United States", "Taliban")]
    assert [(r, a.name) for r, a in ev[0].others] == [("host", "Qatar")]
    ev = code("Egypt mediated the talks between Israel and Hamas.")
    assert [(r, a.name) for r, a in ev[0].others] == [("mediator", "Egypt")]


def test_broker_of_a_deal_joins_the_agreement(code):
    ev = code("Armenia and Azerbaijan agreed to end the war under a deal brokered by Russia.")
    agree = [e for e in ev if e.type == "AGREE"]
    assert len(agree) == 1 and [(r, a.name) for r, a in agree[0].others] == [("broker", "Russia")]
    assert all(e.source.name != "Russia" for e in ev)


def test_hosting_a_person_is_their_visit(code):
    ev = code("Qatar hosted Blinken on Monday.")
    assert summary(ev) == [("CONSULT", "asserted", "Blinken", "Qatar")]


def test_future_withdrawal_is_a_concession(code):
    ev = code("France will withdraw its troops from Niger by December.")
    assert [(e.type, e.status) for e in ev] == [("CONCEDE", "intended")]
