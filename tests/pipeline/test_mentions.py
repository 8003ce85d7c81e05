from eventwire.mentions import MentionIndex
from eventwire.model import Actor

TEXT = "U.N. Secretary-General Antonio Guterres met Russia's ambassador."


def mention(text, name=None):
    i = TEXT.index(text)
    return Actor(text=text, name=name or text, start=i, end=i + len(text))


def test_nested_mentions_are_found_inside_a_longer_one():
    outer, inner = mention("U.N. Secretary-General Antonio Guterres"), mention("U.N.")
    idx = MentionIndex([outer, inner, mention("Russia")])
    g = TEXT.index("Guterres")
    assert idx.covering(g, g + len("Guterres")) is outer
    assert idx.covering(0, 4) is inner          # the more specific mention on a tie
    assert idx.overlapping(g, g + 3) == [outer]


def test_no_mention_outside_any():
    idx = MentionIndex([mention("Russia")])
    m = TEXT.index("met")
    assert idx.covering(m, m + 3) is None
