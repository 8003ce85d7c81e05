"""Argument finding: passives, coordination, event nouns, relative clauses; and the trigger
lexicon's conditions."""
from eventwire.events.lexicon import TriggerLexicon

from ev_helpers import summary


def test_passive_agent_is_source(code):
    ev = code("The convoy was ambushed by Taliban fighters near Kandahar.")
    assert summary(ev) == [("ASSAULT", "asserted", "Taliban fighters", "convoy")]


def test_coordinated_subjects_of_mutual_act_become_source_and_target(code):
    ev = code("Russia and Ukraine agreed on a prisoner swap.",
              [("Russia", "RUS", "GOV"), ("Ukraine", "UKR", "GOV")])
    assert summary(ev) == [("AGREE", "asserted", "Russia", "Ukraine")]


def test_coordinated_subjects_of_one_sided_act_give_one_event_each(code):
    ev = code("France and Britain condemned the coup in Niger.")
    assert sorted(e.source.name for e in ev) == ["Britain", "France"]
    assert {e.type for e in ev} == {"ACCUSE"}


def test_event_noun_with_possessive_and_on(code):
    ev = code("Russia's airstrike on a maternity hospital drew outrage.",
              [("Russia", "RUS", "GOV")])
    assert summary(ev)[0][:3] == ("ASSAULT", "asserted", "Russia")
    assert ev[0].target.name == "maternity hospital"


def test_talks_between_two_parties(code):
    ev = code("Talks between Ethiopia and Egypt resumed in Cairo.")
    assert summary(ev) == [("CONSULT", "asserted", "Ethiopia", "Egypt")]


def test_light_verb_gives_the_event_noun_its_source(code):
    ev = code("Hezbollah launched a rocket attack on northern Israel.")
    assert summary(ev)[0][:3] == ("ASSAULT", "asserted", "Hezbollah")
    assert ev[0].target.name.endswith("Israel")


def test_relative_clause_subject(code):
    ev = code("It was Egypt, which mediated the talks, that announced the deal.")
    assert ("CONSULT", "Egypt") in [(e.type, e.source.name) for e in ev]


def test_noun_without_any_actor_is_not_coded(code):
    assert code("Fighting continued through the night.") == []


def test_reporting_and_unrelated_sentences_give_nothing(code):
    assert code("The weather in Geneva was mild and sunny.") == []
    assert code("The minister said the economy grew by two percent.") == []


def test_lexicon_most_specific_row_wins():
    lex = TriggerLexicon()
    assert lex.match("fire", "VERB", {"at"}, {"missile", "ship"}).type == "ASSAULT"
    assert lex.match("fire", "VERB", set(), {"missile"}).type == "MOBILIZE"
    assert lex.match("reach", "VERB", set(), {"deal"}).type == "AGREE"
    assert lex.match("reach", "VERB", set(), {"city"}) is None
    assert lex.match("release", "VERB", set(), {"statement"}) is None
    assert lex.match("release", "VERB", set(), {"prisoner"}).type == "RETREAT"
    assert lex.match("strike", "NOUN", {"hunger"}, set()).type == "PROTEST"


def test_explain_names_rule_and_path(code):
    ev = code("Iran accused Israel of sabotage.")
    e = ev[0]
    assert e.explain["pattern"].startswith("accuse/VERB")
    assert e.explain["path"] == {"source": "nsubj", "target": "dobj"}
    assert e.evidence.text == "Iran accused Israel of sabotage."
    assert e.trigger.text == "accused" and e.trigger_i == 1
