"""Cleaning of made-up scraped articles: furniture, captions, headline, dateline, paragraphs."""
import pytest

from eventwire.clean import Cleaner
from eventwire.model import Article, InputError

SCRAPED = """NewsWorldSouth-Caucasus
Advertisement
Envoys fail to agree on prisoner swap after talks in Vienna

Armenian Deputy Foreign Minister Ara Sahakyan
Posted 3:15 PM

VIENNA, Austria — Envoys from two neighbouring states ended a second round of talks on Monday
without an agreement on exchanging detainees, officials from both sides said.

The mediator, a senior Austrian diplomat, said the delegations would meet again next month.

"We are not there yet."

Share this article
Related: A short history of the border dispute
Sign up for our weekly Caucasus briefing
"""


@pytest.fixture(scope="module")
def cleaner():
    return Cleaner()


def clean(cleaner, raw, **kw):
    return cleaner(Article(id="t", raw=raw, **kw))


def test_scraped_page_keeps_only_the_story(cleaner):
    a = clean(cleaner, SCRAPED)
    assert a.text.startswith("VIENNA, Austria — Envoys from two")
    assert a.title == "Envoys fail to agree on prisoner swap after talks in Vienna"
    # the hard-wrapped first paragraph is folded into one line
    paragraphs = a.text.split("\n\n")
    assert len(paragraphs) == 3
    assert "on Monday without an agreement" in paragraphs[0]
    # a one-line quote paragraph is story, however short
    assert paragraphs[2] == '"We are not there yet."'
    rules = {r["line"]: r["rule"] for r in a.explain["removed"]}
    assert rules == {
        "NewsWorldSouth-Caucasus": "navigation_crumb",
        "Advertisement": "page_widget",
        "Envoys fail to agree on prisoner swap after talks in Vienna": "headline",
        "Armenian Deputy Foreign Minister Ara Sahakyan": "above_dateline",
        "Posted 3:15 PM": "posted_line",
        "Share this article": "share_prompt",
        "Related: A short history of the border dispute": "related_link",
        "Sign up for our weekly Caucasus briefing": "newsletter_prompt",
    }
    assert a.removed == list(rules)
    assert "first headline-like line" in a.explain["title"]["rule"]


def test_dateline_span_points_into_the_text(cleaner):
    a = clean(cleaner, SCRAPED)
    assert a.dateline.text == "VIENNA, Austria"
    assert a.text[a.dateline.start:a.dateline.end] == "VIENNA, Austria"


@pytest.mark.parametrize("opening, place", [
    ("MOSCOW — The ministry said the convoy had left the border area overnight.", "MOSCOW"),
    ("UNITED NATIONS — The council met behind closed doors for three hours on Friday.", "UNITED NATIONS"),
    ("GAZA CITY, Gaza Strip — Residents returned to damaged homes as the truce held.", "GAZA CITY, Gaza Strip"),
    ("KHARTOUM, Sudan (AP) — Fighting resumed in the capital despite the announced pause.", "KHARTOUM, Sudan"),
    ("LONDON, March 3 (Reuters) - The government summoned the ambassador over the incident.", "LONDON"),
    ("DUBAI, United Arab Emirates — Shipping firms paused transits through the strait.", "DUBAI, United Arab Emirates"),
    ("Kyiv, Ukraine (CNN) — Air raid sirens sounded across the country before dawn.", "Kyiv, Ukraine"),
    ("FAIRVIEW, W.Va. - Miners gathered at the gate as the shift began on Monday.", "FAIRVIEW, W.Va."),
])
def test_dateline_forms(cleaner, opening, place):
    a = clean(cleaner, "A headline that says what happened\n\n" + opening)
    assert a.dateline is not None and a.dateline.text == place
    assert a.text.startswith(opening)
    assert a.text[a.dateline.start:a.dateline.end] == place


@pytest.mark.parametrize("opening", [
    "NATO allies met in Brussels on Tuesday to discuss air defence for the eastern flank.",
    "Ukraine's army said it had repelled two assaults near the town overnight.",
    "Kyiv — a city used to sirens — woke to another barrage on Tuesday, officials said.",
])
def test_no_dateline_when_the_story_opens_with_a_capitalised_name(cleaner, opening):
    a = clean(cleaner, opening)
    assert a.dateline is None


def test_caption_sentence_above_dateline_and_name_before_headline(cleaner):
    raw = ("Defence Minister Jana Novak\n"
           "Soldiers unload crates of rations at the airfield.\n"
           "Government orders evacuation of border villages\n\n"
           "ZAGREB, Croatia — The government ordered the evacuation of six border villages on "
           "Sunday after soldiers unloaded crates of rations at a nearby airfield.")
    a = clean(cleaner, raw)
    assert a.title == "Government orders evacuation of border villages"
    assert a.text.startswith("ZAGREB, Croatia —")
    assert "Soldiers unload crates" not in a.text and "Jana Novak" not in a.text


def test_caption_repeating_a_later_sentence_is_removed_but_short_story_lines_stay(cleaner):
    raw = ("ANKARA — Rescue teams worked through the night to reach survivors under the rubble of "
           "collapsed apartment blocks, the disaster agency said.\n\n"
           "Volunteers carry blankets to a shelter in the city centre.\n\n"
           "He said no more.\n\n"
           "The agency denied reports of looting in the city.\n\n"
           "Hundreds of families spent the night outdoors. On Tuesday, volunteers carried "
           "blankets to a shelter in the city centre. The agency again denied reports of widespread looting in the city, saying police had arrested several people.")
    a = clean(cleaner, raw)
    assert "Volunteers carry blankets" not in a.text
    assert "\n\nHe said no more.\n\n" in a.text
    # a short story paragraph whose words come back in a longer later sentence stays
    assert "The agency denied reports of looting in the city." in a.text
    assert {"line": "Volunteers carry blankets to a shelter in the city centre.",
            "rule": "repeats_later_sentence"} in a.explain["removed"]


def test_article_without_dateline_finds_headline_and_keeps_the_story(cleaner):
    raw = ("HomeNewsAfrica\n"
           "Rebels seize second town in eastern offensive\n"
           "By Amina Yusuf\n\n"
           "Rebel fighters seized a second town in the east of the country on Saturday, local "
           "officials said, forcing thousands of residents to flee toward the regional capital.\n\n"
           "It was quiet.\n\n"
           "The army said it had repelled an attack on a third town.")
    a = clean(cleaner, raw)
    assert a.title == "Rebels seize second town in eastern offensive"
    assert a.dateline is None
    assert a.text.startswith("Rebel fighters seized a second town")
    assert "It was quiet." in a.text and "repelled an attack" in a.text
    assert "By Amina Yusuf" in a.removed and "HomeNewsAfrica" in a.removed


def test_single_sentence_input_is_kept_whole(cleaner):
    a = clean(cleaner, "Russian troops shelled the city of Kharkiv on Monday, officials said.")
    assert a.text == "Russian troops shelled the city of Kharkiv on Monday, officials said."
    assert a.title is None and a.removed == []
    b = clean(cleaner, "Police detained dozens of protesters in the capital")
    assert b.text == "Police detained dozens of protesters in the capital" and b.title is None


def test_a_given_title_is_kept_and_its_line_removed(cleaner):
    raw = "Ceasefire holds in the south\n\nBEIRUT — The ceasefire held for a second day on Tuesday, residents said."
    a = clean(cleaner, raw, title="Ceasefire holds in the south")
    assert a.title == "Ceasefire holds in the south"
    assert a.text.startswith("BEIRUT —")
    assert a.explain["title"]["rule"] == "given by the input"


def test_text_without_blank_lines_puts_a_paragraph_on_each_line(cleaner):
    raw = ("Advertisement\n"
           "The minister arrived in the capital on Wednesday for two days of talks.\n"
           "She met the prime minister and the defence chief.\n"
           "Share on Facebook")
    a = clean(cleaner, raw)
    assert a.text == ("The minister arrived in the capital on Wednesday for two days of talks.\n\n"
                      "She met the prime minister and the defence chief.")


def test_windows_newlines_and_invisible_characters(cleaner):
    raw = "TRIPOLI, Libya \u2014 Rival\u200b forces\u00a0agreed on Friday to a prisoner exchange,\r\nthe envoy said.\r\n"
    a = clean(cleaner, raw)
    assert a.text == "TRIPOLI, Libya \u2014 Rival forces agreed on Friday to a prisoner exchange, the envoy said."


@pytest.mark.parametrize("raw", ["", "   \n\n  ", "Advertisement\n\nShare this article\nPosted 6:40 PM"])
def test_empty_or_all_boilerplate_is_an_input_error(cleaner, raw):
    with pytest.raises(InputError) as exc:
        clean(cleaner, raw)
    assert "\n" not in str(exc.value)


def test_hard_wrapped_compound_rejoins_without_a_space(cleaner):
    raw = ("The talks were hosted by the Qatar-\nbased mediators, who said both sides\n"
           "had agreed to a pause.\n\nThe pause began at dawn.")
    a = clean(cleaner, raw)
    assert a.text == ("The talks were hosted by the Qatar-based mediators, who said both sides "
                      "had agreed to a pause.\n\nThe pause began at dawn.")


def test_capitalised_subhead_below_story_paragraphs_is_not_a_dateline(cleaner):
    raw = ("Envoys trade blame as border talks stall\n\n"
           "Negotiators from the two countries spent a third day in the border town on Thursday "
           "without agreeing on where the line of control should run, and both delegations "
           "accused the other of stalling the process for domestic reasons.\n\n"
           "It was short.\n\n"
           "SECOND ROUND — The next round is due to open in March, officials said.")
    a = clean(cleaner, raw)
    assert a.dateline is None
    assert a.text.startswith("Negotiators from the two countries")
    assert "\n\nIt was short.\n\n" in a.text
    assert a.title == "Envoys trade blame as border talks stall"


def test_an_agency_photo_caption_with_a_dateline_is_furniture_not_the_opening(cleaner):
    raw = ("BEIRUT — Smoke rises over the southern suburbs after a strike. (AP Photo/Jane Roe)\n\n"
           "BEIRUT, Lebanon — Israeli jets struck a building in the southern suburbs of the capital "
           "on Sunday, the state news agency said.")
    a = clean(cleaner, raw)
    assert a.text.startswith("BEIRUT, Lebanon — Israeli jets")
    assert a.dateline.text == "BEIRUT, Lebanon"
    assert a.explain["removed"][0]["rule"] == "photo_credit"
