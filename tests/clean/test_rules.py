"""The boilerplate rules one line at a time: what is furniture, and what must stay story."""
import pytest

from eventwire.clean.headline import choose_headline, is_headline_like
from eventwire.clean.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize("line, rule", [
    ("Posted", "posted_line"),
    ("Posted 6:40 PM", "posted_line"),
    ("Updated 11:20 AM ET", "posted_line"),
    ("Posted March 21, 2014", "posted_line"),
    ("Updated 4:55 p.m.", "posted_line"),
    ("Published 2 hours ago", "posted_line"),
    ("Last updated: Tue 14 Feb 2023 09:12 GMT", "posted_line"),
    ("Actions", "page_widget"),
    ("Advertisement", "page_widget"),
    ("Share", "share_prompt"),
    ("Share this article", "share_prompt"),
    ("Share on Twitter", "share_prompt"),
    ("Share via Email", "share_prompt"),
    ("Related: Who leads the new coalition?", "related_link"),
    ("Read more: Inside the talks that failed", "related_link"),
    ("Sign up for our daily briefing", "newsletter_prompt"),
    ("Newsletter: Get the Africa briefing in your inbox", "newsletter_prompt"),
    ("By Maria Lopes and Tom Weir, Reuters", "byline"),
    ("Villagers wait for food aid near the border. (AP Photo/Jane Doe)", "photo_credit"),
    ("(Reporting by Ali Hassan; Editing by Ken Ross)", "wire_trailer"),
    ("Reporting by Ali Hassan in Cairo; Editing by Ken Ross", "wire_trailer"),
    ("Image caption, Rescue workers search the rubble", "photo_credit"),
    ("Home > World > Africa", "page_navigation"),
    ("News | Middle East | Israel-Gaza War", "page_navigation"),
    ("HomeWorldEurope", "navigation_crumb"),
    ("NewsNational NewsRussia-Ukraine-Invasion", "navigation_crumb"),
    ("WorldAsia-Pacific", "navigation_crumb"),
    ("NewsMiddle EastIsrael-Palestinians", "navigation_crumb"),
    ("UKWorldPolitics", "navigation_crumb"),
    ("Tuesday 14 March 2018 09:12 GMT", "date_stamp"),
    ("Mar. 3, 2022 7:05 a.m. ET", "date_stamp"),
    ("4 min read", "reading_time"),
    ("Story continues below advertisement", "continue_prompt"),
    ("Topics: Sudan, Chad, refugees", "tag_list"),
    ("Follow us on Telegram", "follow_prompt"),
    ("The Associated Press", "agency_credit"),
    ("Comments (12)", "page_widget"),
])
def test_furniture_lines(rules, line, rule):
    assert rules.match(line) == rule


@pytest.mark.parametrize("line", [
    "McCain",
    "DeSantis and MacArthur",
    "Updated figures show the death toll rose to 40.",
    "Share prices fell sharply in Tokyo after the missile launch.",
    "By Monday, the rebels had reached the outskirts of the city.",
    "Posted guards fired warning shots at the crowd.",
    "He said no more.",
    '"We are not there yet."',
    "More than 200 people were killed in the fighting.",
    "Related talks are expected to resume next week in Doha.",
    "Police detained dozens of protesters in the capital",
    "On March 21, 2014, the bloc imposed travel bans.",
    "The minister landed at 6:40 PM.",
    "Reuters reported the strike, citing two officials.",
    "Live fire exercises began on Monday.",
    "Follow-up talks are planned for May.",
    "Russia/Ukraine war enters its third year",
    "Image, not substance, is what the campaign is selling, critics say.",
    "Join the march, organisers urged residents, as weekly rallies continued.",
    "Writing by candlelight, the prisoners kept a diary of the siege.",
])
def test_story_lines_are_not_furniture(rules, line):
    assert rules.match(line) is None


def test_headline_choice_skips_sentences_and_prefers_sentence_case_over_names():
    assert is_headline_like("Rebels seize second town in eastern offensive")
    assert not is_headline_like("Mourners gather outside the mosque.")
    assert not is_headline_like("Kyiv")
    lines = ["Foreign Minister Dmytro Kuleba", "Talks end without a cease-fire", "Soldiers rest."]
    assert choose_headline(lines) == 1
    assert choose_headline(["Soldiers rest near the front."]) is None
