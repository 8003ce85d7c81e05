"""Actor countries, fourth round: acronyms of armed groups and state agencies, and regional
modifiers that name several countries.  Sentences written for these tests."""
from __future__ import annotations

from tests.actors.conftest import mention_at

at = mention_at


def test_slashed_rebel_acronym_is_one_known_group(resolve):
    ex = resolve("The SLM/A said it had repelled an attack on its positions near El Fasher.")
    m = at(ex, "SLM/A")
    assert (m.country, m.sector) == ("SDN", "REB")


def test_agency_acronym_gives_its_officers_a_country(resolve):
    ex = resolve("Officers of the NCB seized 20 kilograms of heroin at a port on Monday.")
    assert (at(ex, "NCB").country, at(ex, "NCB").sector) == ("IND", "POL")
    assert at(ex, "Officers").country == "IND"


def test_members_of_a_crime_group_take_its_country(resolve):
    ex = resolve("Police detained 12 suspected members of the Camorra on Wednesday.")
    assert at(ex, "Camorra").country == "ITA"


def test_tamil_tigers_are_sri_lankan_rebels(resolve):
    ex = resolve("The Tamil Tigers attacked a navy base on Tuesday.")
    m = at(ex, "Tamil Tigers")
    assert (m.country, m.sector) == ("LKA", "REB")


def test_regional_modifier_is_not_one_countrys_demonym(resolve):
    # "South American" names a continent; "American" inside it is not the United States
    ex = resolve("South American ministers met in Quito on Friday.")
    assert at(ex, "South American ministers").country == "IGO"


def test_member_states_of_a_body_are_named_as_the_body(resolve):
    # the scorer and analysts key "EU leaders" to the European Union itself
    ex = resolve("EU foreign ministers agreed on Monday to extend the sanctions.")
    m = at(ex, "EU foreign ministers")
    assert (m.name, m.country) == ("European Union", "IGO")


def test_staff_of_a_body_keep_their_own_name(resolve):
    ex = resolve("U.N. peacekeepers withdrew from the border town on Tuesday.")
    m = at(ex, "U.N. peacekeepers")
    assert (m.name, m.country) == ("U.N. peacekeepers", "IGO")
