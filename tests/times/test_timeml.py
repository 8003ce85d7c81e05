"""TimeML values (explain["timeml"]) for forms beyond a day, month or year, and spelled-out
years; sentences written for these tests, published Thursday 2022-03-10."""
import datetime as dt

import pytest

from eventwire.times import TimeTagger
from eventwire.times.lexicon import year_number

PUB = dt.date(2022, 3, 10)


@pytest.fixture(scope="module")
def tagger():
    return TimeTagger()


def tagged(run, tagger, text):
    ex, _ = run(text, [tagger], published=PUB)
    return {t.text: (t.value, t.explain.get("timeml")) for t in ex.times}


@pytest.mark.parametrize("text, expr, value, timeml", [
    ("The envoys met last week in the capital.", "last week", "2022-02-28", "2022-W09"),
    ("The talks will resume next week.", "next week", "2022-03-14", "2022-W11"),
    ("The offensive began six weeks ago.", "six weeks ago", "2022-01-27", "2022-W04"),
    ("The ministers will meet again this summer.", "this summer", None, "2022-SU"),
    ("The rebels withdrew last fall after heavy losses.", "last fall", None, "2021-FA"),
    ("The company lost money in the third quarter.", "the third quarter", None, "2021-Q3"),
    ("The company lost money in the first quarter of 2020.", "the first quarter of 2020", None, "2020-Q1"),
    ("Profits fell in the latest quarter.", "the latest quarter", None, "2021-Q4"),
    ("The border was redrawn in the late 1970s.", "the late 1970s", None, "197"),
    ("The dispute dates back to the nineties.", "the nineties", None, "199"),
    ("The treaty shaped the 20th century.", "the 20th century", None, "19"),
    ("The army now controls the town.", "now", None, "PRESENT_REF"),
    ("The rebels recently seized the port.", "recently", None, "PAST_REF"),
    ("The mission will end in the near future.", "the near future", None, "FUTURE_REF"),
    ("The two sides signed a deal in nineteen ninety-six.", "in nineteen ninety-six", "1996", None),
    ("The ceasefire held until January nineteen ninety-seven.", "January nineteen ninety-seven", "1997-01", None),
])
def test_timeml_values(run, tagger, text, expr, value, timeml):
    assert tagged(run, tagger, text)[expr] == (value, timeml)


def test_as_soon_as_is_not_a_time(run, tagger):
    assert "soon" not in tagged(run, tagger, "The troops will leave as soon as the truce holds.")


def test_the_past_week_stays_a_period(run, tagger):
    got = tagged(run, tagger, "Shelling intensified over the past week.")
    assert "the past week" in got and "the past" not in got


def test_bare_month_without_tense_is_the_nearest(run, tagger):
    # "the deadline in April" (a nominal clause, no tense) from a March paper: this April
    assert tagged(run, tagger, "The deadline in April for the talks.")["in April"][0] == "2022-04"


def test_this_month_name_is_this_year(run, tagger):
    assert tagged(run, tagger, "The vote this November was delayed.")["this November"][0] == "2022-11"


def test_spelled_year_numbers():
    assert year_number("nineteen ninety-six") == 1996
    assert year_number("two thousand and one") == 2001
    assert year_number("2014") == 2014
