"""Actor countries: stacked demonyms, backed and held groups, companies, regions, seats and
scenes.  Sentences written for these tests."""
from __future__ import annotations

from tests.actors.conftest import mention_at

at = mention_at


def test_state_demonym_before_an_ethnic_group_names_the_state(resolve):
    ex = resolve("Bosnian Serb forces shelled the hills above the town on Monday.")
    m = at(ex, "forces")
    assert m.country == "BIH"
    assert m.explain["country"]["ethnic_group"] == "Serb"


def test_ethnic_group_alone_keeps_its_own_country(resolve):
    ex = resolve("Serb forces pulled back from the hills on Monday.")
    assert at(ex, "forces").country == "SRB"


def test_people_named_by_state_and_ethnic_group(resolve):
    ex = resolve("Kosovo Albanians marched through the town on Sunday.")
    assert at(ex, "Albanians").country == "XKX"


def test_nearest_demonym_still_wins_without_an_ethnic_group(resolve):
    # "American" is no ethnic group of China: the nearer demonym decides
    ex = resolve("A Chinese American journalist met Kenyan officials in Nairobi.")
    assert at(ex, "journalist").country == "USA"


def test_yugoslav_is_serbia(resolve):
    ex = resolve("Yugoslav army officers signed the withdrawal plan on Thursday.")
    assert at(ex, "officers").country == "SRB"


def test_group_backed_by_a_state_fights_where_its_sentence_is(resolve):
    ex = resolve("Egypt said its army could intervene in Libya if fighters backed by Turkey "
                 "moved on the port.")
    m = at(ex, "fighters")
    assert m.country == "LBY"
    assert m.explain["country"]["rule"] == "scene_of_proxy"
    assert m.explain["country"]["backer"] == "TUR"


def test_backed_group_s_own_act_places_it_before_other_people_s_places(resolve):
    # "officials in Cairo" is where the officials are; "into Libya" is where the fighters act
    ex = resolve("Officials in Cairo warned that fighters backed by Turkey could advance "
                 "deeper into Libya this month.")
    assert at(ex, "fighters").country == "LBY"


def test_hyphenated_backer_is_not_the_country_either(resolve):
    ex = resolve("Washington said Iranian-backed militias might strike its bases in Syria.")
    assert at(ex, "militias").country == "SYR"


def test_hostages_are_not_the_captor_s_people(resolve):
    ex = resolve("Israeli troops freed two hostages held by Hamas after a raid on Sunday, "
                 "Hamas said.")
    m = at(ex, "hostages")
    assert m.country == "ISR"
    assert m.explain["country"]["captor"] == "PSE"


def test_companies_have_a_home_country(resolve):
    ex = resolve("Turkey blocked Twitter and fined Huawei and H&M on Tuesday.")
    assert at(ex, "Twitter").country == "USA"
    assert at(ex, "Huawei").country == "CHN"
    assert at(ex, "H&M").country == "SWE"


def test_platform_written_on_is_no_actor(resolve):
    ex = resolve("The Armenian prime minister wrote on Facebook that he had resigned.")
    assert at(ex, "Facebook") is None


def test_company_names_do_not_make_the_article_s_country(resolve):
    ex = resolve("Iran cut access to Instagram and WhatsApp and Facebook as protesters "
                 "gathered.")
    assert at(ex, "protesters").country == "IRN"


def test_region_inside_a_group_name(resolve):
    ex = resolve("Tigray regional forces took the town, a spokesman in Nairobi said.")
    m = at(ex, "forces")
    assert m.country == "ETH"
    assert m.explain["country"]["rule"] == "region_modifier"


def test_a_region_tagged_as_organisation_is_a_place(resolve):
    ex = resolve("Moscow annexed Crimea in a vote that Kyiv rejected.")
    assert at(ex, "Crimea") is None


def test_possessive_state_before_a_seat_names_its_chamber(resolve):
    ex = resolve("Chile's Senate approved the trade agreement on Tuesday.")
    m = at(ex, "Senate")
    assert m.country == "CHL" and m.text == "Chile's Senate"


def test_national_branch_of_a_body(resolve):
    ex = resolve("The Kenyan Red Cross delivered tents to the camp.")
    assert at(ex, "Red Cross").country == "KEN"


def test_several_countries_are_multinational(resolve):
    ex = resolve("Japan promised new loans to 14 Asian countries on Monday.")
    m = at(ex, "countries")
    assert m.country == "IGO"
    ex = resolve("Energy ministers from 9 countries met in Vienna on Monday.")
    assert at(ex, "ministers").country == "IGO"


def test_named_countries_are_not_made_multinational(resolve):
    ex = resolve("Peru and Chile said the two countries would hold talks.")
    m = at(ex, "countries")
    assert m is None or m.country != "IGO"


def test_person_in_apposition_to_a_nationality(resolve):
    ex = resolve("Three Australians, Mark Dunlevy and Peter Hollis among them, were freed by "
                 "the rebels. Two Norwegians, Lars Vik and Ola Berg, were released by Syria.")
    assert at(ex, "Lars Vik").country == "NOR"


def test_a_man_met_for_the_first_time_takes_the_article_s_country(resolve):
    ex = resolve("Peruvian police said a 40-year-old man stabbed a guard in the market.")
    assert at(ex, "man").country == "PER"


def test_article_naming_only_a_city_takes_its_country(resolve):
    ex = resolve("Gunmen attacked a bus station in Peshawar, police said.")
    assert at(ex, "Gunmen").country == "PAK"


def test_inmates_in_a_state_s_jails_are_not_its_nationals(resolve):
    ex = resolve("Georgian rights groups said 40 inmates in Russia's jails had refused food, "
                 "Georgian officials said.")
    assert at(ex, "inmates").country == "GEO"


def test_fronted_scene_places_unqualified_people(resolve):
    ex = resolve("Thousands of Syrians protested in Damascus. In Paris, a judge upheld the "
                 "city's refusal to let demonstrators march past the embassy.")
    m = at(ex, "demonstrators")
    assert m.country == "FRA"
    assert m.explain["country"]["rule"] == "fronted_scene"


def test_unqualified_militants_take_the_armed_group_of_their_sentence(resolve):
    ex = resolve("Venezuela's foreign minister said Venezuelan troops were on alert. Caracas "
                 "blamed the rebel group FARC after militants attacked a border post.")
    assert at(ex, "militants").country == "COL"


def test_unqualified_court_takes_the_one_state_its_sentence_names(resolve):
    ex = resolve("The United States imposed sanctions on Caracas. The U.S. Treasury said more "
                 "would follow. Venezuela's attorney general asked the Supreme Court to freeze "
                 "the opposition leader's accounts.")
    assert at(ex, "Supreme Court").country == "VEN"


def test_group_said_to_be_there_belongs_to_the_state_last_named(resolve):
    ex = resolve("Belgian diplomats flew out of Mali on Monday, a week after the army there "
                 "closed the airport, Belgian officials said.")
    m = at(ex, "army")
    assert m.country == "MLI"
    assert m.explain["country"]["rule"] == "there"


def test_delegates_at_an_intergovernmental_meeting(resolve):
    ex = resolve("Delegates at the U.N. ocean summit in Lisbon agreed to meet again.")
    assert at(ex, "Delegates").country == "IGO"


def test_workers_at_a_foreign_firm_s_plant_are_where_the_plant_is(resolve):
    ex = resolve("Workers at the Toyota plant in Ohio went on strike.")
    assert at(ex, "Workers").country == "USA"


def test_lawmakers_belong_to_the_state_whose_legislature_their_sentence_names(resolve):
    ex = resolve("Iran welcomed the accord. Tehran said it would comply. Critics vowed to fight "
                 "the accord in the Knesset, where lawmakers will vote next month.")
    m = at(ex, "lawmakers")
    assert m.country == "ISR"
    assert m.explain["country"]["rule"] == "sentence_state"


def test_hyphenated_pair_is_not_a_national_branch(resolve):
    ex = resolve("Qatar mediated in the Israel-Hamas war on Monday.")
    assert at(ex, "Hamas").country == "PSE"
