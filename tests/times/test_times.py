"""Time expressions normalised against a publication date (Thursday 2022-03-10)."""
import datetime as dt

import pytest

from eventwire.times import TimeTagger

PUB = dt.date(2022, 3, 10)     # a Thursday


@pytest.fixture(scope="module")
def tagger():
    return TimeTagger()


def values(run, tagger, text, published=PUB):
    ex, _ = run(text, [tagger], published=published)
    return {t.text: t.value for t in ex.times}


@pytest.mark.parametrize("text, expr, value", [
    ("The ministers met Thursday in the capital.", "Thursday", "2022-03-10"),
    ("The ministers met on Monday in the capital.", "on Monday", "2022-03-07"),
    ("Rebels shelled the town late Tuesday.", "late Tuesday", "2022-03-08"),
    ("The envoys will meet on Monday to discuss the truce.", "on Monday", "2022-03-14"),
    ("The truce takes effect early Saturday, officials said.", "early Saturday", "2022-03-12"),
    ("Talks resumed last Thursday after a pause.", "last Thursday", "2022-03-03"),
    ("Troops crossed the border yesterday.", "yesterday", "2022-03-09"),
    ("The army launched the offensive two weeks ago.", "two weeks ago", "2022-02-24"),
    ("The envoy visited the region earlier this month.", "earlier this month", "2022-03"),
    ("The summit is planned for next month.", "next month", "2022-04"),
    ("The rebels seized the port in September.", "in September", "2021-09"),
    ("The accord was signed on Feb. 15 in the capital.", "Feb. 15", "2022-02-15"),
    ("The parties are to hand back the district by March 25.", "March 25", "2022-03-25"),
    ("The armistice of 1953 ended the fighting.", "1953", "1953"),
    ("The deal signed on March 3, 2014 collapsed.", "March 3, 2014", "2014-03-03"),
])
def test_news_forms(run, tagger, text, expr, value):
    assert values(run, tagger, text)[expr] == value


def test_modal_may_is_not_a_month(run, tagger):
    assert "May" not in " ".join(values(run, tagger, "The talks may resume soon.").keys())


def test_without_publication_date(run, tagger):
    got = values(run, tagger, "The deal signed on March 3, 2014 was broken on Thursday.",
                 published=None)
    assert got["March 3, 2014"] == "2014-03-03"
    assert got["on Thursday"] is None


def test_durations_are_not_points_in_time(run, tagger):
    got = values(run, tagger, "The 52-year war killed thousands over two years and 11 days.")
    assert not any("year" in k or "days" in k for k in got)


def test_head_count_is_not_a_year(run, tagger):
    got = values(run, tagger, "The ministry said 2000 soldiers were deployed on Monday.")
    assert "2000" not in got
