"""Indirect speech from reporting cues, speakers, and events attributed to speakers."""
from eventwire.model import Actor, Event, Span


def _by_cue(ex, cue):
    qs = [q for q in ex.quotes if q.cue == cue]
    assert qs, [(q.cue, q.text) for q in ex.quotes]
    return qs[0]


def test_said_that_clause(run):
    ex = run("Defence Minister Karl Odum said that the army had withdrawn from the pass.")
    q = _by_cue(ex, "said")
    assert q.kind == "indirect"
    assert q.text == "the army had withdrawn from the pass"
    assert "Odum" in q.speaker.name
    assert ex.article.text[q.start:q.end] == q.text


def test_urged_object_and_infinitive(run):
    ex = run("The envoy urged both parties to return to the table.")
    q = _by_cue(ex, "urged")
    assert q.text == "both parties to return to the table"
    assert q.speaker.name == "envoy"


def test_according_to_attaches_to_main_clause(run):
    ex = run("Forty villages were flooded, according to regional officials.")
    q = _by_cue(ex, "according to")
    assert q.text == "Forty villages were flooded"
    assert q.speaker.name == "regional officials"


def test_institution_speaker(run):
    ex = run("The city council said the water supply had been restored.")
    q = _by_cue(ex, "said")
    assert q.speaker.name == "city council"


def test_denied_keeps_cue(run):
    ex = run("The ministry denied that its aircraft had crossed the border.")
    q = _by_cue(ex, "denied")
    assert q.text == "its aircraft had crossed the border"


def test_mentions_from_actor_stage_are_used(run):
    text = "The Turkish minister said the talks would resume."
    m = Actor(text="The Turkish minister", name="Mevlut Cavusoglu", country="TUR", sector="GOV",
              start=0, end=20, kind="person")
    ex = run(text, mentions=[m])
    q = _by_cue(ex, "said")
    assert q.speaker is m
    assert q.speaker.country == "TUR"


def test_non_speaker_subject_gives_no_quote(run):
    ex = run("The agreement calls for an exchange of prisoners.")
    assert ex.quotes == []


def test_event_inside_quote_is_attributed_and_claimed(run):
    text = "Rebel leader Ivo Marsh claimed that government troops shelled the village."
    i = text.index("shelled")
    ev = Event(type="ASSAULT", status="asserted", evidence=Span(text, 0, len(text)),
               trigger=Span("shelled", i, i + len("shelled")))
    run(text, events=[ev])
    assert ev.attributed_to is not None and ev.attributed_to.name == "Ivo Marsh"
    assert ev.status == "claimed"


def test_event_outside_quote_is_left_alone(run):
    text = "Troops shelled the village. Ivo Marsh said the talks would go on."
    ev = Event(type="ASSAULT", status="asserted", evidence=Span(text, 0, 27),
               trigger=Span("shelled", 7, 14))
    run(text, events=[ev])
    assert ev.attributed_to is None and ev.status == "asserted"


def test_denied_event_status(run):
    text = "The army denied that it attacked the convoy."
    i = text.index("attacked")
    ev = Event(type="ASSAULT", status="asserted", evidence=Span(text, 0, len(text)),
               trigger=Span("attacked", i, i + 8))
    run(text, events=[ev])
    assert ev.status == "denied"


def test_interrupting_said_takes_the_clause(run):
    ex = run("The convoy will leave at noon, the envoy said, and the wounded will go first.")
    q = _by_cue(ex, "said")
    assert "The convoy will leave at noon" in q.text
    assert "the wounded will go first" in q.text
    assert q.speaker.name == "envoy"


def test_negated_cue_reports_nothing(run):
    ex = run("The minister did not say where the talks would be held.")
    assert ex.quotes == []


def test_put_at_estimate(run):
    ex = run("Police put the turnout at 40,000.")
    q = _by_cue(ex, "put at")
    assert q.text == "the turnout at 40,000"


def test_named_label_is_the_partial_quote(run):
    ex = run('Prime Minister Lena Berg denounced the raid as "an act of piracy" on Monday.')
    q = [q for q in ex.quotes if q.kind == "partial"]
    assert [x.text for x in q] == ["an act of piracy"]
    assert q[0].speaker.name == "Lena Berg"
    assert not any(x.text.startswith("the raid") for x in ex.quotes)


def test_document_as_source_of_a_saying_verb(run):
    ex = run("According to the survey, most voters distrust both candidates.")
    q = _by_cue(ex, "According to")
    assert q.text == "most voters distrust both candidates"
    assert q.speaker is not None and "survey" in q.speaker.text


def test_finding_and_belief_verbs(run):
    ex = run("The study found that the river was polluted. The governor believes that the "
             "plant will reopen.")
    assert _by_cue(ex, "found").text == "the river was polluted"
    assert _by_cue(ex, "believes").text == "the plant will reopen"


def test_belief_about_a_thing_is_not_a_quote(run):
    ex = run("The governor wants revenge.")
    assert ex.quotes == []


def test_speaker_span_points_at_the_pronoun(run):
    ex = run("Hana Ortiz arrived late. She said that the road was closed.")
    q = _by_cue(ex, "said")
    a, b = q.explain["speaker_span"]
    assert ex.article.text[a:b] == "She"


def test_attitude_verb_with_a_clause(run):
    ex = run("The minister hinted that the ceasefire would hold.")
    q = _by_cue(ex, "hinted")
    assert q.text == "the ceasefire would hold"
    assert q.explain["rule"] == "cue-attitude"


def test_agreeing_to_act_is_a_commitment_not_a_quote(run):
    ex = run("The two delegations agreed to exchange 500 prisoners each.")
    assert [q.cue for q in ex.quotes] == []


def test_agreeing_that_something_is_so_is_still_reported(run):
    ex = run("The two delegations agreed that the talks had been useful.")
    assert [(q.cue, q.text) for q in ex.quotes] == [("agreed", "the talks had been useful")]
