"""Fewer false events: meetings that only set a statement, event nouns acted on by a
verb whose subject does not perform them, words inside names and dates, idle readings and
background relative clauses.  Each test runs the whole pipeline on a sentence written for it."""
from ev_helpers import sentence_events


def _types(pipeline, text):
    return [e.type for e in sentence_events(pipeline, text)]


def test_meeting_that_only_sets_a_statement_is_no_meeting(pipeline):
    for text in ("Peruvian President Ana Rojas told reporters after ten hours of negotiations that the night was long.",
                 "Chilean Foreign Minister Luis Soto said after the summit that borders must not change by force."):
        assert "CONSULT" not in _types(pipeline, text), text


def test_meeting_with_a_named_party_or_addressee_stays(pipeline):
    evs = sentence_events(pipeline, "Chilean Foreign Minister Luis Soto said after a meeting with Bolivian officials "
                            "that the talks were useful.")
    assert any(e.type == "CONSULT" and e.target is not None and e.target.country == "BOL" for e in evs)
    evs = sentence_events(pipeline, "In a phone call on Monday, Chilean Foreign Minister Luis Soto told his Peruvian "
                            "counterpart that the border must stay open.")
    assert any(e.type == "CONSULT" for e in evs)


def _acted_on(nlp, text):
    """The coder with ``drop_acted_on_nouns`` (off by default: see EventCoder) on a sentence."""
    from eventwire.events import EventCoder
    from eventwire.model import Article, Extraction
    ex = Extraction(Article(id="t", text=text), mentions=[])
    EventCoder(drop_acted_on_nouns=True)(nlp(text), ex)
    return [e.type for e in ex.events]


def test_event_noun_under_a_non_agent_verb_is_not_the_subjects_act(nlp):
    for text in ("Peru said it would send observers to monitor the cease-fire.",
                 "Chile said it would not tolerate attacks on its ships."):
        types = _acted_on(nlp, text)
        assert "CONCEDE" not in types and "ASSAULT" not in types, (text, types)
    # the apology is an act; the downing it names is not the apologizer's
    types = _acted_on(nlp, "Bolivia's Foreign Ministry apologized, calling the downing an accident.")
    assert "ASSAULT" not in types and "CONCEDE" in types


def test_event_noun_with_its_own_doer_under_a_non_agent_verb_stays(pipeline):
    evs = sentence_events(pipeline, "Peru said it would monitor Chile's withdrawal of troops from the border.")
    assert [(e.type, e.status, e.source.country) for e in evs] == [("RETREAT", "asserted", "CHL")]


def test_words_inside_names_and_dates_are_no_triggers(pipeline):
    assert "MOBILIZE" not in _types(pipeline, "A rocket killed a commander of Iraq's Popular Mobilization Forces.")
    assert "PROTEST" not in _types(pipeline, "The Chilean state was blamed for the poisoning of two exiles "
                                             "who were found on a bench in Lima on March 4.")


def test_expulsion_order_is_the_orderers_act(pipeline):
    evs = sentence_events(pipeline, "Peru gave Chilean citizens two weeks to leave the country.")
    assert [(e.type, e.source.country) for e in evs] == [("COERCE", "PER")]
    evs = sentence_events(pipeline, "Peru gave Chilean diplomats 72 hours to leave the country.")
    assert [(e.type, e.source.country) for e in evs] == [("SANCTION", "PER")]


def test_pronoun_heads_no_list_of_parties(pipeline):
    evs = sentence_events(pipeline, "The junta took power in Niger in July. On Tuesday, it refused to receive a "
                            "delegation from ECOWAS, the African Union and the United Nations.")
    assert len([e for e in evs if e.type == "REJECT"]) == 1


def test_idle_readings_are_nosentence_events(pipeline):
    assert "CONSULT" not in _types(pipeline, "Peru will lift the sanctions once the agency confirms that "
                                             "Bolivia has met its commitments.")
    assert "CONSULT" not in _types(pipeline, "Chile is to host the 2030 regional soccer cup.")
    assert "RETREAT" not in _types(pipeline, '"We will leave the past behind us," the Bolivian envoy said.')


def test_a_real_meeting_and_a_real_departure_stay(pipeline):
    assert "CONSULT" in _types(pipeline, "Peru's president met Bolivia's president in Lima on Monday.")
    assert "RETREAT" in _types(pipeline, "Chilean troops left the disputed Bolivian border town on Monday.")


def test_background_relative_clause_with_whose_or_a_chain_is_background(pipeline):
    assert "ASSAULT" not in _types(pipeline, "Ecuador, whose troops have fought alongside Peruvian forces, "
                                             "did not take part in the talks.")
    assert "CONSULT" not in _types(pipeline, "Bolivia, which has been trying to negotiate an end to its feud "
                                             "with Chile, called for restraint.")
