"""Claims and the text that disputes them."""
import datetime as dt

from eventwire.model import Article


def _claim(ex, words):
    cs = [c for c in ex.claims if words in c.text]
    assert cs, [(c.text, c.disputed_by) for c in ex.claims]
    return cs[0]


def test_claim_with_even_though(run):
    ex = run("Even though satellite pictures showed burned houses, the governor claimed that "
             "no village had been attacked.")
    c = _claim(ex, "no village had been attacked")
    assert c.cue == "claimed"
    assert c.claimant.name == "governor"
    assert any("satellite pictures showed burned houses" in d.text for d in c.disputed_by)


def test_claim_with_but(run):
    ex = run("The militia alleged that the police fired first, but witnesses described "
             "a peaceful crowd.")
    c = _claim(ex, "the police fired first")
    assert any(d.text.startswith("but witnesses described") for d in c.disputed_by)


def test_claim_with_despite(run):
    ex = run("Despite the heavy shelling, the ministry insisted that the ceasefire was holding.")
    c = _claim(ex, "the ceasefire was holding")
    assert any("heavy shelling" in d.text for d in c.disputed_by)


def test_statement_disputed_by_denial_in_next_sentence(run):
    ex = run("Hana Ortiz said that foreign fighters had entered the town. "
             "The interior ministry denied that any fighters had crossed.")
    c = _claim(ex, "foreign fighters had entered the town")
    assert c.claimant.name == "Hana Ortiz"
    assert any("denied that any fighters had crossed" in d.text for d in c.disputed_by)


def test_undisputed_plain_statement_is_no_claim(run):
    ex = run("Hana Ortiz said that the road to the airport was open. Traffic was light.")
    assert ex.claims == []


def test_evidence_sentence_disputes(run):
    ex = run("The army said that its jets had struck only military depots. "
             "Video showed a destroyed school in the town.")
    c = _claim(ex, "struck only military depots")
    assert any(d.text.startswith("Video showed a destroyed school") for d in c.disputed_by)


def test_competing_figures(run):
    ex = run("Organizers said that 300,000 people had marched. Police estimated the crowd at 50,000.")
    c = _claim(ex, "300,000 people had marched")
    assert any("Police estimated the crowd at 50,000" in d.text for d in c.disputed_by)


def test_same_speaker_is_not_a_dispute(run):
    ex = run("Hana Ortiz said that the bridge was intact. Hana Ortiz said that no troops were near it.")
    assert ex.claims == []


def test_claim_kinds(run):
    ex = run("The rebels claimed that the dam had been mined. "
             "The ministry denied that any soldier had fired on the crowd.")
    assert _claim(ex, "the dam had been mined").kind == "claimed"
    assert _claim(ex, "any soldier had fired").kind == "denied"


def test_plain_statement_disputed_by_next_denial_is_disputed(run):
    ex = run("Hana Ortiz said that foreign fighters had entered the town. "
             "The interior ministry denied that any fighters had crossed.")
    assert _claim(ex, "foreign fighters had entered the town").kind == "disputed"


def test_distant_unrelated_denial_does_not_dispute(run):
    ex = run("Hana Ortiz said that the harvest would be late this year. "
             "Farmers planted wheat. Prices rose in the market. Trucks were slow. "
             "The ministry denied that its guards had beaten a journalist.")
    assert not any("harvest" in c.text for c in ex.claims)


def test_request_is_never_a_claim(run):
    ex = run("The envoy urged both sides to return to the talks. "
             "The army denied that it had shelled the village.")
    assert not any("return to the talks" in c.text for c in ex.claims)


def test_dispute_is_trimmed_to_the_disputing_clause(run):
    ex = run("Hana Ortiz said that the convoy had carried only food. "
             "Inspectors arrived on Monday, and no evidence of weapons was found.")
    c = _claim(ex, "the convoy had carried only food")
    assert [d.text for d in c.disputed_by] == ["no evidence of weapons was found"]


def test_rebuttal_clause_without_what_follows(run):
    ex = run("The governor claimed that the election had been fair. "
             "The opposition rejected the claim and called a strike for Friday.")
    c = _claim(ex, "the election had been fair")
    assert [d.text for d in c.disputed_by] == ["The opposition rejected the claim"]


def _extract(pipeline, text):
    return next(iter(pipeline.run([Article(id="t", raw=text, published=dt.date(2024, 5, 2))])))


def test_someone_showing_no_sign_of_a_change_is_no_evidence(pipeline):
    # "no sign of softening" tells how Moscow behaves; it does not dispute what Kyiv said
    ex = _extract(pipeline, "Ukrainian Foreign Minister Dmytro Kuleba said Moscow was not ready to "
                  "offer a cease-fire.\n\nThe talks lasted ninety minutes.\n\nRussian Foreign "
                  "Minister Sergey Lavrov said Russia was ready for more talks but showed no sign "
                  "of softening its stance.")
    assert [c.text for c in ex.claims] == []


def test_a_state_named_in_a_statement_does_not_answer_it(pipeline):
    # "in Russia" places the statement; Russia's later negative statement does not dispute it
    ex = _extract(pipeline, "Dmytro Kuleba said there were other decision-makers in Russia.\n\n"
                  "The meeting took place in a hotel.\n\nThe ministers shook hands.\n\n"
                  "The Kremlin said it had not changed its position on the talks.")
    assert [c.text for c in ex.claims] == []


def test_an_accusation_is_still_answered_by_the_accused(pipeline):
    ex = _extract(pipeline, "Dmytro Kuleba accused Sergey Lavrov of lying about the hospital.\n\n"
                  "The meeting took place in a hotel.\n\nThe ministers shook hands.\n\n"
                  "Lavrov said he had not lied about anything.")
    c = next(c for c in ex.claims if "lying" in c.text or "Lavrov" in c.text)
    assert c.disputed_by


def test_a_denial_that_points_back_does_not_dispute_what_comes_after(run):
    ex = run("The governor claimed that rebels had shelled the market. The rebels denied the accusation. "
             "Hana Ortiz said that drones struck a school in the north.")
    assert not [c for c in ex.claims if "drones struck a school" in c.text]
    c = _claim(ex, "rebels had shelled the market")
    assert any("denied the accusation" in d.text for d in c.disputed_by)
