"""The attribution view (QuoteExtractor(attributions=True)): what the text attributes to
someone without quoting them, added after the quotes; the default view is unchanged."""
import types

import pytest

from eventwire.eval import polnear
from eventwire.model import Article, Extraction
from eventwire.quotes import QuoteExtractor


@pytest.fixture(scope="module")
def broad():
    return QuoteExtractor(attributions=True)


@pytest.fixture(scope="module")
def both(nlp, extractor, broad):
    """(default quotes, attribution-view quotes) of a text."""
    def _run(text):
        out = []
        for stage in (extractor, broad):
            ex = Extraction(article=Article(id="t", raw=text, text=text))
            stage(nlp(text), ex)
            out.append(ex.quotes)
        return out
    return _run


def test_stance_verb_is_an_attribution_not_a_quote(both):
    quotes, view = both("Senator Maria Lopes endorsed the governor's water plan on Tuesday.")
    assert quotes == []
    [a] = view
    assert a.text == "the governor's water plan"
    assert a.explain["view"] == "attribution"
    assert a.explain["rule"] == "attribution-stance"
    assert "Lopes" in a.speaker.name
    assert a.cue == "endorsed"


def test_negated_statement_is_an_attribution(both):
    quotes, view = both("The minister did not say when the border talks would resume.")
    assert quotes == []
    [a] = view
    assert a.text == "when the border talks would resume"
    assert a.speaker.name == "minister"


def test_partial_quote_keeps_what_the_cue_attributes(both):
    quotes, view = both('The mayor described the toll bridge as "a dangerous gamble" for the city.')
    assert [q.text for q in quotes] == ["a dangerous gamble"]
    assert [q.text for q in view if q.explain.get("view")] == \
        ['the toll bridge as "a dangerous gamble" for the city']


def test_manner_of_saying_is_not_content(both):
    _, view = both("The colonel said with a smirk, and then he posted on Facebook.")
    assert view == []


def test_object_of_a_reporting_verb(both):
    quotes, view = both("The ministry announced new border checks.")
    # a thing announced is a quote already (announce reports its object)
    assert [q.text for q in quotes] == ["new border checks"]
    assert [q.text for q in view] == ["new border checks"]
    quotes, view = both("The envoy described the shelling of the port.")
    assert quotes == []
    assert [q.text for q in view] == ["the shelling of the port"]


def test_quotes_come_first_and_unchanged(both):
    text = ("Officials said the pass had been closed. Mr. Tanaka, who opposed the closure, "
            "declined to comment.")
    quotes, view = both(text)
    core = [q for q in view if "view" not in q.explain]
    assert [(q.text, q.start) for q in core] == [(q.text, q.start) for q in quotes]
    extra = [q.text for q in view if "view" in q.explain]
    assert "the closure" in extra and "to comment" in extra


def test_polnear_switches_the_view_on_and_back(monkeypatch):
    stage = QuoteExtractor.__new__(QuoteExtractor)
    stage.attributions = False
    seen = []

    def run(items, clean=True):
        for art in items:
            seen.append(stage.attributions)
            yield Extraction(article=art)

    fake = types.SimpleNamespace(stages=[("quotes", stage)], run=run)
    art = Article(id="a", raw="x", text="x")
    monkeypatch.setattr(polnear, "read_split", lambda path: [(art, [], "a_1.ann")])
    polnear.score_polnear(fake, "unused")
    assert seen == [True]
    assert stage.attributions is False


def test_name_colon_leadin(both):
    text = ("Senator Okafor: Ceasefire talks will resume in Geneva\n\n"
            "Note: the figures were revised on Monday.\n\n"
            "OKAFOR: We are ready to sign the text as it stands.")
    quotes, view = both(text)
    leads = [q for q in view if q.explain.get("rule") == "attribution-colon-leadin"]
    assert [q.text for q in leads] == ["Ceasefire talks will resume in Geneva",
                                       "We are ready to sign the text as it stands."]
    assert "Okafor" in leads[0].speaker.name
    assert all(q.explain.get("rule") != "attribution-colon-leadin" for q in quotes)


def test_polnear_scores_the_view_and_the_quotes_alone_from_one_run(monkeypatch):
    from eventwire.model import Quote
    text = "Kenya said the border would reopen. Uganda endorsed the plan."
    said, endorsed = (text.index("the border"), text.index(" reopen") + 7), (text.index("the plan"), len(text) - 1)
    stage = QuoteExtractor.__new__(QuoteExtractor)
    stage.attributions = False

    def run(items, clean=True):
        for art in items:
            ex = Extraction(article=art)
            ex.quotes = [Quote(speaker=None, text=text[slice(*said)], start=said[0], end=said[1], kind="indirect", cue="said")]
            if stage.attributions:
                ex.quotes.append(Quote(speaker=None, text=text[slice(*endorsed)], start=endorsed[0], end=endorsed[1],
                                       kind="indirect", cue="endorsed", explain={"view": "attribution"}))
            yield ex

    fake = types.SimpleNamespace(stages=[("quotes", stage)], run=run)
    art = Article(id="a", raw=text, text=text)
    gold = [polnear.GoldAttribution(content=[said]), polnear.GoldAttribution(content=[endorsed])]
    monkeypatch.setattr(polnear, "read_split", lambda path: [(art, gold, "a_1.ann")])
    res = polnear.score_polnear(fake, "unused")
    assert res["content_recall"] == 1.0 and res["quotes_only_content_recall"] == 0.5
    assert res["predicted"] == 2 and res["quotes_only_predicted"] == 1


def test_extract_command_lists_the_view_only_when_asked(tmp_path):
    import json
    from typer.testing import CliRunner
    from eventwire.cli import app
    art = tmp_path / "a.txt"
    art.write_text("The opposition leader endorsed the new constitution on Sunday.\n")
    plain = CliRunner().invoke(app, ["extract", str(art), "--format", "json", "--explain"])
    view = CliRunner().invoke(app, ["extract", str(art), "--format", "json", "--explain", "--attributions"])
    assert plain.exit_code == 0 and view.exit_code == 0, view.output
    extra = [q for q in json.loads(view.stdout)["quotes"] if q.get("explain", {}).get("view") == "attribution"]
    assert extra and not [q for q in json.loads(plain.stdout)["quotes"]
                          if q.get("explain", {}).get("view") == "attribution"]


def test_a_must_in_a_quote_is_the_speakers_demand(pipeline):
    text = ('"Talks are not peace," Kenyan Foreign Minister Musalia Mudavadi told reporters. '
            '"Ethiopia must stop its raids on our villages."')
    ex = pipeline.extract(text)
    req = [e for e in ex.events if e.type == "REQUEST"]
    assert req and req[0].source.country == "KEN" and req[0].target.country == "ETH"
    assert req[0].explain["path"] == {"source": "quote-speaker", "target": "obliged-subject"}
