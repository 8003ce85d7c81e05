"""The English check on sentences written for it, and HTML input (clean, broken, empty)."""
import datetime as dt

import pytest

from eventwire.clean import Cleaner
from eventwire.clean.language import is_english
from eventwire.model import Article, InputError

FOREIGN = {
    "French": "Les ministres des affaires étrangères se sont rencontrés jeudi à Genève pour discuter "
              "d'un éventuel cessez-le-feu, mais aucun accord n'a été trouvé entre les deux délégations.",
    "German": "Die Außenminister der beiden Länder trafen sich am Donnerstag in Genf, um über eine "
              "mögliche Waffenruhe zu sprechen, doch es gab keine Einigung zwischen den Delegationen.",
    "Spanish": "Los ministros de Asuntos Exteriores de ambos países se reunieron el jueves en Ginebra "
               "para hablar de un posible alto el fuego, pero no hubo acuerdo entre las delegaciones.",
    "Russian": "Министры иностранных дел двух стран встретились в четверг в Женеве, чтобы обсудить "
               "возможное прекращение огня, но делегации так и не достигли соглашения.",
}
ENGLISH = [
    "The foreign ministers of the two countries met on Thursday in Geneva to discuss a possible "
    "cease-fire, but the delegations failed to reach any agreement after six hours of talks.",
    # terse wire English has few stop words, but reads as no other language either
    "Troops shelled Kharkiv overnight. Officials reported three civilians killed, twelve wounded. "
    "Ukraine condemned Russia. Moscow denied targeting civilians. Kyiv requested additional air "
    "defense systems from Western allies.",
]


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_foreign_text_is_refused(lang):
    ok, share, reads_as = is_english(FOREIGN[lang])
    assert not ok and share < 0.2
    with pytest.raises(InputError, match="not English"):
        Cleaner()(Article(id="x", raw=FOREIGN[lang]))


@pytest.mark.parametrize("text", ENGLISH)
def test_english_text_passes(text):
    assert is_english(text)[0]
    assert Cleaner()(Article(id="x", raw=text)).text == text


def test_script_without_spaces_is_refused():
    ok, _, reads_as = is_english("两国外交部长星期四在日内瓦会面讨论可能的停火但经过六个小时的谈判双方代表团没有达成任何协议。" * 2)
    assert not ok and "Latin" in reads_as


PAGE = """<!DOCTYPE html><html><head><title>Navy intercepts drones over the strait | Example News</title>
<meta property="og:title" content="Navy intercepts drones over the strait">
<meta name="date" content="2024-01-12"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Navy intercepts drones over the strait</h1>
<p>ADEN, Yemen — A navy destroyer shot down four drones launched toward commercial shipping in the
strait on Friday, the navy said in a statement.</p>
<p>No ships were damaged, and there were no injuries among the crews, the statement said.</p>
<p>The launches were the third such attack this week, according to the regional command.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def test_html_page_gives_story_title_and_date():
    a = Cleaner()(Article(id="h", html=PAGE))
    assert a.text.startswith("ADEN, Yemen — A navy destroyer shot down four drones")
    assert "No ships were damaged" in a.text and "Copyright" not in a.text
    assert "Home" not in a.text.split()
    assert "Navy intercepts drones" in a.title
    assert a.published == dt.date(2024, 1, 12)
    assert a.dateline.text == "ADEN, Yemen"
    assert a.explain["source"].startswith("html:")


def test_broken_html_does_not_crash():
    broken = ("<html><body><div><p>Protesters marched through the capital on Sunday demanding "
              "the release of detained journalists, witnesses said.<p>Police <b>used tear gas "
              "to disperse <i>the crowd near the parliament building.</div></span></html")
    a = Cleaner()(Article(id="b", html=broken))
    assert "Protesters marched through the capital" in a.text
    assert "used tear gas to disperse the crowd" in a.text


@pytest.mark.parametrize("markup", ["<html></html>", "<<<>>>", "<p></p><script>var x = 1;</script>"])
def test_html_with_no_text_is_an_input_error(markup):
    with pytest.raises(InputError):
        Cleaner()(Article(id="e", html=markup))


def test_html_nested_deeper_than_the_parser_builds_still_gives_its_text():
    story = ("Police fired tear gas at protesters outside the parliament building on Sunday, "
             "witnesses said, as thousands marched through the capital.")
    markup = "<div>" * 3000 + "<p>" + story + "</p>" + "</div>" * 3000
    a = Cleaner()(Article(id="deep", html=markup))
    assert a.text == story
