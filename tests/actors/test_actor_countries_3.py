"""Actor countries, third round: armed groups of no one state, towns whose country the text
states, people in a state's jails.  Sentences written for these tests."""
from __future__ import annotations

from tests.actors.conftest import mention_at

at = mention_at


def test_stateless_group_is_placed_where_its_clause_acts(resolve):
    ex = resolve("Kurdish commanders said Islamic State fighters attacked a checkpoint near "
                 "Raqqa on Monday.")
    m = at(ex, "Islamic State fighters")
    assert m.country == "SYR"
    assert m.explain["country"]["rule"] == "scene_of_stateless_group"


def test_stateless_group_is_not_the_country_of_those_fighting_it(resolve):
    # "Jordanian" names the other party, not where the group fights
    ex = resolve("Jordanian troops clashed with al-Qaida militants in the desert near Mosul.")
    assert at(ex, "Jordanian troops").country == "JOR"
    assert at(ex, "al-Qaida militants").country == "IRQ"


def test_leader_of_a_stateless_group_is_placed_where_he_is(resolve):
    ex = resolve("A U.S. drone strike killed al-Qaida leader Hamza Bakri in Kabul.")
    assert at(ex, "Hamza Bakri").country == "AFG"


def test_group_with_a_home_country_keeps_it(resolve):
    ex = resolve("Hamas militants fired rockets at Tel Aviv on Monday.")
    assert at(ex, "Hamas militants").country == "PSE"


def test_town_followed_by_its_state_takes_that_state(resolve):
    # a namesake town elsewhere is more populous; the text says which one is meant
    ex = resolve("Gunmen killed at least 40 villagers in Solhan, in northern Burkina Faso, "
                 "overnight on Friday.")
    m = at(ex, "villagers")
    assert m.country == "BFA"
    assert m.explain["country"]["word"] == "Solhan"


def test_inmates_in_a_state_s_jails_are_not_its_people(resolve):
    ex = resolve("Israel said on Sunday that 900 inmates in Israeli jails had begun a hunger "
                 "strike, and Israeli officials met Palestinian negotiators in Cairo.")
    m = at(ex, "inmates")
    assert m.country == "PSE"
    assert m.explain["country"]["rule"] == "context_country_not_captor"


def test_inmates_of_their_own_state_s_prisons_stay_its_people(resolve):
    ex = resolve("Rights groups said 900 inmates in Egyptian prisons had begun a hunger strike.")
    assert at(ex, "inmates").country == "EGY"


def test_both_sides_are_the_one_state_their_sentence_names(resolve):
    ex = resolve("Delegates of the Sudanese army and the Rapid Support Forces signed a pledge "
                 "under which both sides will let civilians leave.")
    m = at(ex, "sides")
    assert m.country == "SDN"
    assert m.explain["country"]["rule"] == "sentence_state"


def test_the_two_sides_of_two_states_are_no_mention(resolve):
    # they are the parties already named; a mention with no country would stand in for them
    ex = resolve("Chinese and Taiwanese leaders met in Singapore, the first meeting of the two "
                 "sides in decades.")
    assert at(ex, "sides") is None


def test_titled_person_is_not_the_state_his_own_act_targets(resolve):
    ex = resolve("The United States warned China on Monday. Senator Tom Harlan called for "
                 "sanctions against Beijing.")
    m = at(ex, "Senator Tom Harlan")
    assert m.country == "USA"
    assert m.explain["country"]["rule"] == "context_country_not_target"


def test_titled_person_with_no_other_state_stays_unknown(resolve):
    ex = resolve("Senator Tom Harlan called for sanctions against China on Monday.")
    assert at(ex, "Senator Tom Harlan").country is None


def test_opposition_leader_acting_on_his_own_government_keeps_its_country(resolve):
    ex = resolve("Opposition leader Juan Perez accused Venezuela's government of fraud.")
    assert at(ex, "Opposition leader Juan Perez").country == "VEN"


def test_venue_of_talks_is_not_the_partner_s_home(resolve):
    ex = resolve("Venezuela's government held talks with the opposition in Mexico City on "
                 "Friday, and Venezuelan officials praised the mediators.")
    assert at(ex, "opposition").country == "VEN"


def test_medium_that_employs_a_journalist_is_not_his_country(resolve):
    ex = resolve("Egypt released Al Jazeera journalist Omar Fathy on Saturday after four "
                 "years in custody.")
    m = at(ex, "Omar Fathy")
    assert m.country == "EGY"
    assert m.sector == "MED"


def test_civilians_near_a_state_s_capital_are_of_that_state(resolve):
    ex = resolve("American officials said gunmen abducted dozens of civilians near Haiti's "
                 "capital on Saturday.")
    assert at(ex, "civilians").country == "HTI"


def test_members_named_with_a_country_are_its_people(resolve):
    ex = resolve("Iraq threatened to expel American members of the inspection team.")
    m = at(ex, "American members")
    assert m.country == "USA"


def test_bare_members_are_no_actor_of_their_own(resolve):
    ex = resolve("Members of the team left Baghdad on Monday.")
    assert at(ex, "Members") is None


def test_group_named_by_its_own_words_takes_the_article_s_country(resolve):
    ex = resolve("Chilean police fired tear gas at marchers of the pension reform movement.")
    m = at(ex, "pension reform movement")
    assert m.country == "CHL"
    assert m.explain["country"]["rule"] == "context_country"


def test_bare_group_noun_waits_for_coreference(resolve):
    ex = resolve("Kenyan officials said the group had attacked a police station.")
    assert at(ex, "group").country is None


def test_shared_town_name_is_the_article_s_own_country_s_town(resolve):
    # the larger Hyderabad is in India; a story about Pakistan means Pakistan's
    ex = resolve("Pakistani police said on Sunday that residents of Hyderabad had blocked "
                 "the highway.")
    assert at(ex, "residents").country == "PAK"


def test_shared_town_name_keeps_the_larger_town_when_its_country_is_named(resolve):
    ex = resolve("Pakistani officials met Indian diplomats after residents of Hyderabad "
                 "protested.")
    assert at(ex, "residents").country == "IND"


def test_the_alliance_after_a_member_named_by_it_is_that_body(resolve):
    ex = resolve("A NATO official said after the alliance's talks with Russian diplomats that "
                 "they would meet again.")
    m = at(ex, "alliance")
    assert m.country == "IGO"
    assert m.name == "NATO"
