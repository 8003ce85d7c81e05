"""A non-state party whose own phrase gives no country belongs where the act happens, not to
the first country the sentence names; states, governments and armies keep their own country
wherever they act (sentences written for these tests)."""
import pytest
from ev_helpers import first_of_type


@pytest.fixture(scope="module")
def events(pipeline):
    return lambda text: pipeline.extract(text).events



def test_gunmen_belong_where_they_strike_not_to_their_victims_country(events):
    e = first_of_type(events("Gunmen abducted three Italian engineers from an oil camp in Nigeria on Monday."), "ASSAULT")
    assert e.source.country == "NGA" and e.source.explain["country"]["rule"] == "place_of_act"
    assert e.target.country == "ITA"


def test_an_unnamed_attacker_takes_the_country_of_the_scene(events):
    e = first_of_type(events("The mayor was stabbed in Gdansk on Sunday by an attacker who rushed the stage."), "ASSAULT")
    assert e.source.text.endswith("attacker") and e.source.country == "POL"


def test_a_foreign_army_keeps_its_country_where_it_attacks(events):
    e = first_of_type(events("Russian troops shelled villages in eastern Ukraine."), "ASSAULT")
    assert e.source.country == "RUS"


def test_a_city_as_doer_is_of_its_country(events):
    e = first_of_type(events("Seattle imposed a curfew on Saturday after a night of looting."), "COERCE")
    assert e.source.text == "Seattle" and e.source.country == "USA"
    assert e.source.explain["country"]["rule"] == "place_in_phrase"


def test_a_regional_office_is_of_its_country(events):
    e = first_of_type(events("Bavaria's premier ordered a lockdown of the region."), "COERCE")
    assert e.source.country == "DEU"
