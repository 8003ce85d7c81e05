"""Claims and the text that disputes them."""


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
