"""Who the source is in constructions where the doer is not the plain subject (sentences
written for these tests)."""
from ev_helpers import sentence_events


def _typed(events, typ):
    return [e for e in events if e.type == typ]


def test_genitive_closing_a_list_of_names_makes_each_name_a_party(pipeline):
    ev = sentence_events(pipeline, "Kenya and Uganda's security services have agreed to share intelligence.")
    agree = _typed(ev, "AGREE")
    assert agree
    assert {agree[0].source.country, agree[0].target.country} == {"KEN", "UGA"}
    # the partner is the other owner named in the subject, not a guess from the sentence
    assert not str(agree[0].explain["path"]["target"]).startswith("fallback")


def test_genitive_list_of_ministers_meeting_pairs_the_two_states(pipeline):
    ev = sentence_events(pipeline, "Greece and Turkey's foreign ministers met in Brussels on Monday.")
    met = _typed(ev, "CONSULT")
    assert met and {met[0].source.text, met[0].target.text} == {"Greece", "Turkey"}


def test_members_named_after_including_are_the_doers(pipeline):
    text = ("Several opposition groups including the Kenya Human Rights Commission and Amnesty "
            "International held a protest in Nairobi.")
    ev = sentence_events(pipeline, text)
    sources = {e.source.text for e in _typed(ev, "PROTEST")}
    assert "Several opposition groups" not in sources
    assert any("Kenya Human Rights Commission" in s for s in sources)


def test_agentless_arrest_names_the_authorities_where_the_place_is_written(pipeline):
    text = "The blogger Amadou Diallo was arrested on Friday in Mali for insulting the army."
    ev = _typed(sentence_events(pipeline, text), "COERCE")
    assert ev
    src = ev[0].source
    assert src.country == "MLI" and src.name == "MLI authorities"
    # the authorities' state is written where the arrest took place
    assert text[src.start:src.end] == "Mali"


def test_agentless_arrest_without_a_place_keeps_an_unwritten_source(pipeline):
    ev = _typed(sentence_events(pipeline, "The Malian blogger Amadou Diallo was arrested on Friday."), "COERCE")
    assert ev and ev[0].source.name == "MLI authorities" and ev[0].source.start is None


def test_verdict_small_clause_makes_the_court_the_accuser(pipeline):
    ev = _typed(sentence_events(pipeline, "A court in Lyon found Dupont guilty of hiding the abuse."), "ACCUSE")
    assert ev and ev[0].source.text.endswith("court") and ev[0].target.text == "Dupont"
    assert ev[0].explain["path"]["source"].startswith("verdict:find")


def test_result_ordered_on_an_object_is_done_by_the_one_who_orders_it(pipeline):
    ev = _typed(sentence_events(pipeline, "A Spanish judge has ordered nine former ministers jailed."), "COERCE")
    assert ev and ev[0].source.text == "Spanish judge" and ev[0].target.text == "former ministers"


def test_agentless_jailing_with_no_orderer_is_left_to_the_authorities(pipeline):
    ev = _typed(sentence_events(pipeline, "Nine Spanish former ministers were jailed on Monday."), "COERCE")
    assert ev and ev[0].source.name == "ESP authorities"


def test_small_clause_of_an_order_makes_the_orderer_the_doer(pipeline):
    ev = _typed(sentence_events(pipeline, "The court ordered the opposition leader released on bail."), "RETREAT")
    assert ev and ev[0].source.text == "court" and ev[0].target.text == "opposition leader"
    assert ev[0].explain["path"]["source"].startswith("result-ordered:order")


def test_order_to_act_keeps_the_ordered_as_doer(pipeline):
    # "ordered his troops to attack": the troops attack (an infinitive is no ordered result)
    ev = _typed(sentence_events(pipeline, "The general ordered his troops to attack the town."), "ASSAULT")
    assert ev and not ev[0].explain["path"]["source"].startswith("result-ordered")
