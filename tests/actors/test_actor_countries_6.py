"""Actor countries, sixth round: demonyms of the smaller states, office holders the tables
lacked, a phrase no mention covers that names its own state, a plural pronoun that agrees with
the plural phrase, a role phrase whose modifiers precede its first word, a town the text places
in another country than the gazetteer's only reading.  Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from eventwire.model import Article
from tests.actors.conftest import mention_at

at = mention_at


def _events(pipeline, text, published=dt.date(2022, 3, 10)):
    ex = next(iter(pipeline.run([Article(id="t", raw=text, published=published)], clean=False)))
    return ex


# -- data: demonyms of smaller states ------------------------------------------------------------

def test_maltese_government_is_malta(resolve):
    ex = resolve("Brussels criticised the Maltese government on Monday over the inquiry.")
    assert at(ex, "Maltese government").country == "MLT"


def test_fijian_troops_are_fiji(resolve):
    ex = resolve("Fijian troops left the border post on Tuesday.")
    m = at(ex, "Fijian troops")
    assert (m.country, m.sector) == ("FJI", "MIL")


def test_common_word_capital_is_no_state(resolve):
    # the Maldives' capital is not listed: "male" must not make a government
    ex = resolve("A male nurse was detained by the police in the capital on Monday.")
    assert all(m.country != "MDV" for m in ex.mentions)


# -- data: office holders ---------------------------------------------------------------------------

def test_surname_of_listed_office_holder(resolve):
    ex = resolve("On Tuesday, Cipollone told the senators that the president would not testify.",
                 published=dt.date(2020, 1, 21))
    assert at(ex, "Cipollone").country == "USA"


def test_spelling_variant_of_libyan_prime_minister(resolve):
    ex = resolve("The speaker asked Dbeibeh to appear before the chamber.",
                 published=dt.date(2022, 3, 10))
    assert at(ex, "Dbeibeh").country == "LBY"


def test_notable_table_keeps_shared_surnames_off(resolver):
    # Amit Shah and Kirstjen Nielsen are listed without their bare surnames
    assert resolver.kb.office("Amit Shah", None, in_term_only=False).country == "IND"
    assert resolver.kb.office("Shah", dt.date(2020, 1, 1), in_term_only=True) is None
    assert resolver.kb.office("Nielsen", dt.date(2018, 6, 1), in_term_only=True) is None


def test_person_the_tagger_took_for_a_product(resolve):
    # the subject of "appear" is tagged a product; the people table knows the surname
    ex = resolve("The chamber demanded that Dbeibeh appear before it to answer questions.",
                 published=dt.date(2022, 3, 10))
    m = at(ex, "Dbeibeh")
    assert m is not None and m.kind == "person" and m.country == "LBY"


# -- code: a phrase no mention covers names its own state ----------------------------------------

def test_fallback_phrase_takes_the_state_its_words_name(pipeline):
    ex = _events(pipeline, "The foreign ministry pledged support for Hungarian NGOs on Monday.")
    targets = [e.target for e in ex.events if e.type == "SUPPORT" and e.target is not None]
    assert targets and targets[0].text == "Hungarian NGOs" and targets[0].country == "HUN"
    assert targets[0].explain["country"]["rule"] == "named_in_phrase"


def test_fallback_phrase_with_two_states_stays_open(pipeline):
    from eventwire.events.arguments import fallback_actor
    doc = pipeline.nlp("Officials rejected the Russian-Ukrainian grain proposal on Friday.")
    doc.user_data["eventwire.actors.named_countries"] = {2: ("RUS", "Russian", "t"),
                                                         4: ("UKR", "Ukrainian", "t")}
    a = fallback_actor(doc[6])
    assert a is not None and a.country is None


def test_fallback_phrase_keeps_the_owner_name(pipeline):
    from eventwire.events.arguments import fallback_actor
    doc = pipeline.nlp("Japan PM's office refused to meet the science council president.")
    doc.user_data["eventwire.actors.named_countries"] = {0: ("JPN", "Japan", "t")}
    office = next(t for t in doc if t.text == "office")
    a = fallback_actor(office)
    assert (a.text, a.country) == ("Japan PM's office", "JPN")


def test_fallback_phrase_leaves_an_owner_naming_no_state(pipeline):
    from eventwire.events.arguments import fallback_actor
    doc = pipeline.nlp("The panel opened an inquiry into Ortega's death in the capital.")
    doc.user_data["eventwire.actors.named_countries"] = {}
    death = next(t for t in doc if t.text == "death")
    assert fallback_actor(death).text == "death"


# -- code: plural pronouns agree in number ------------------------------------------------------

def test_them_is_the_plural_phrase_not_the_nested_body(resolve):
    ex = resolve("Baghdad threatened to expel British members of the U.N. monitoring mission, "
                 "accusing them of spying.")
    them = at(ex, "them")
    assert them is not None and them.country == "GBR"


def test_them_still_takes_a_singular_antecedent_when_no_plural(resolve):
    # no plural phrase in the sentence: the nearest fitting mention, as before
    ex = resolve("Iraq accused the U.N. inspection team of spying and vowed to expel them.")
    them = at(ex, "them")
    assert them is not None and them.country == "IGO"


# -- code: a role phrase whose own words come before its first word -------------------------------

def test_head_of_state_keeps_its_nationality(resolve):
    ex = resolve("At the ceremony the Polish head of state will meet the German chancellor.")
    m = at(ex, "Polish head of state")
    assert m is not None and m.country == "POL"
    assert at(ex, "state").text == "Polish head of state"


# -- code: a town the text puts in another country -----------------------------------------------

def test_town_placed_in_another_country_by_the_text(pipeline):
    ex = _events(pipeline, "Gunmen killed at least 40 villagers in Solhan, in northern Burkina "
                           "Faso, on Friday night.")
    solhan = next(p for p in ex.places if p.text == "Solhan")
    assert solhan.country == "BFA" and solhan.lat is None
    attack = next(e for e in ex.events if e.type == "ASSAULT")
    assert attack.source.country != "TUR"


def test_town_in_its_own_country_is_kept(pipeline):
    ex = _events(pipeline, "Protesters gathered in Lyon, in eastern France, on Saturday.")
    lyon = next(p for p in ex.places if p.text == "Lyon")
    assert lyon.country == "FRA" and lyon.lat is not None


def test_a_bare_comma_after_a_town_does_not_place_it(pipeline):
    # the country after the comma begins the next phrase; only "in" puts the town there
    ex = _events(pipeline, "At an emergency meeting of the Security Council in New York, Russia's "
                           "envoy said his country had not attacked civilians.")
    new_york = next(p for p in ex.places if p.text == "New York")
    assert new_york.country == "USA" and new_york.lat is not None


# -- code: two titles of one person share the first title's owner --------------------------------

def test_second_title_shares_the_possessor(resolve):
    ex = resolve("Chile's Ambassador and Permanent Representative to the United Nations spoke first.")
    m = at(ex, "Permanent Representative")
    assert m is not None and m.country == "CHL"
    assert m.explain["country"]["shared_with"] == "Chile's Ambassador"


def test_second_title_with_its_own_owner_keeps_it(resolve):
    ex = resolve("Chile's ambassador and the EU envoy spoke first.")
    assert at(ex, "EU envoy").country == "IGO"
