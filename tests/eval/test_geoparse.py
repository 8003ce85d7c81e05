"""The geoparsing readers and scorer, on a small corpus written for this test."""
import pytest

from eventwire.eval import geoparse
from eventwire.eval.registry import find_benchmark
from eventwire.pipeline import Pipeline
from tests.conftest import SHARED

TEXT = "Police in Paris, Ky. said the suspect fled to Lexington. Officials in France were told."
XML = f"""<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[{TEXT}]]></text>
    <toponyms>
      <toponym><start>10</start><end>15</end><phrase>Paris</phrase>
        <gaztag geonameid="1"><lat>38.21</lat><lon>-84.25</lon></gaztag></toponym>
      <toponym><start>47</start><end>56</end><phrase>Lexington</phrase>
        <gaztag geonameid="2"><lat>37.99</lat><lon>-84.48</lon></gaztag></toponym>
      <toponym><start>70</start><end>76</end><phrase>France</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_haversine():
    assert geoparse.haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)


def test_reads_articles_and_realigns_offsets(tmp_path):
    f = tmp_path / "corpus.xml"
    f.write_text(XML.replace("<start>47</start><end>56</end>", "<start>48</start><end>57</end>"),
                 encoding="utf-8")
    arts = geoparse.read_articles_xml(f)
    tops = arts[0]["toponyms"]
    assert [t["text"] for t in tops] == ["Paris", "Lexington"]     # France has no coordinates
    assert (tops[1]["start"], tops[1]["end"]) == (46, 55)       # moved onto the phrase
    assert geoparse.detect(f)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.load()


def test_scores_gold_spans_and_end_to_end(tmp_path, pipeline):
    f = tmp_path / "corpus.xml"
    f.write_text(XML, encoding="utf-8")
    figs = geoparse.evaluate(pipeline, f)
    assert figs["corpus/toponyms"] == 2
    assert figs["corpus/gold_spans_acc161"] == 1.0            # Paris, Ky. and Lexington, Ky.
    assert figs["corpus/e2e_recall"] == 1.0
    assert 0 < figs["corpus/e2e_precision"] <= 1.0


def test_registry_recognises_the_published_files():
    d = SHARED / "data" / "geowebnews" / "data"
    if not (d / "Corpora" / "lgl.xml").is_file():
        pytest.skip(f"geoparsing data not found under {d}")
    assert find_benchmark(d / "Corpora" / "lgl.xml").NAME == "geoparse"
    assert find_benchmark(d).NAME == "geoparse"


GEOVIRUS_TEXT = "Pigs died on a farm in Pandi, Bulacan. Tests in Manila found the virus."
# GeoVirus counts one character more than the text holds before each name: the reader moves
# each gold span onto its <name>
GEOVIRUS_XML = f"""<articles>
    <article>
        <source>https://en.wikinews.org/wiki/Example</source>
        <text>{GEOVIRUS_TEXT}</text>
        <locations>
            <location><name>Bulacan</name><start>30</start><end>37</end>
                <lat>15</lat><lon>121.08</lon><page>https://en.wikipedia.org/wiki/Bulacan</page></location>
            <location><name>Pandi</name><start>24</start><end>29</end>
                <lat>14.87</lat><lon>120.95</lon><page>https://en.wikipedia.org/wiki/Pandi</page></location>
            <location><name>Manila</name><start>49</start><end>55</end>
                <lat>14.6</lat><lon>120.98</lon><page>https://en.wikipedia.org/wiki/Manila</page></location>
        </locations>
    </article>
</articles>
"""


def test_reads_geovirus_locations(tmp_path):
    f = tmp_path / "GeoVirus.xml"
    f.write_text(GEOVIRUS_XML, encoding="utf-8")
    assert geoparse.detect(f)
    arts = geoparse.read_articles_xml(f)
    assert arts[0]["id"] == "https://en.wikinews.org/wiki/Example#0"
    tops = arts[0]["toponyms"]
    assert [t["text"] for t in tops] == ["Pandi", "Bulacan", "Manila"]       # sorted by offset
    assert all(GEOVIRUS_TEXT[t["start"]:t["end"]] == t["text"] for t in tops)
    assert (tops[1]["lat"], tops[1]["lon"]) == (15.0, 121.08)


def test_scores_geovirus(tmp_path, pipeline):
    f = tmp_path / "GeoVirus.xml"
    f.write_text(GEOVIRUS_XML, encoding="utf-8")
    figs = geoparse.evaluate(pipeline, f)
    assert figs["benchmark"] == "GeoVirus"
    assert figs["GeoVirus/toponyms"] == 3
    assert figs["GeoVirus/gold_spans_acc161"] >= 2 / 3          # Manila at least


# docid "1" hashes odd (test half), "2" even (dev half)
SPLIT_XML = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text>Officials in Paris said the talks would resume.</text>
    <toponyms><toponym><start>13</start><end>18</end><phrase>Paris</phrase>
      <gaztag geonameid="1"><lat>48.85</lat><lon>2.35</lon></gaztag></toponym></toponyms>
  </article>
  <article docid="2">
    <text>Farmers near Lexington, Ky. sold the crop. Buyers came from Louisville.</text>
    <toponyms>
      <toponym><start>13</start><end>22</end><phrase>Lexington</phrase>
        <gaztag geonameid="2"><lat>37.99</lat><lon>-84.48</lon></gaztag></toponym>
      <toponym><start>60</start><end>70</end><phrase>Louisville</phrase>
        <gaztag geonameid="3"><lat>38.25</lat><lon>-85.76</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_declared_halves():
    assert geoparse.in_split("2", "dev") and not geoparse.in_split("2", "test")
    assert geoparse.in_split("1", "test") and not geoparse.in_split("1", "dev")
    assert geoparse.in_split("1", None) and geoparse.in_split("2", None)
    with pytest.raises(ValueError):
        geoparse.in_split("1", "train")


def test_scores_only_the_chosen_half(tmp_path, pipeline):
    f = tmp_path / "corpus.xml"
    f.write_text(SPLIT_XML, encoding="utf-8")
    whole = geoparse.evaluate(pipeline, f)
    dev = geoparse.evaluate(pipeline, f, split="dev")
    test = geoparse.evaluate(pipeline, f, split="test")
    assert (whole["corpus/articles"], whole["corpus/toponyms"]) == (2, 3)
    assert (dev["corpus/articles"], dev["corpus/toponyms"], dev["split"]) == (1, 2, "dev")
    assert (test["corpus/articles"], test["corpus/toponyms"], test["split"]) == (1, 1, "test")
    assert "split" not in whole


def test_cli_split_option(tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app
    f = tmp_path / "corpus.xml"
    f.write_text(SPLIT_XML, encoding="utf-8")
    out = CliRunner().invoke(app, ["eval", str(f), "--split", "test", "--json"])
    assert out.exit_code == 0, out.output
    assert '"corpus/toponyms": 1' in out.output
    bad = CliRunner().invoke(app, ["eval", str(f), "--split", "train"])
    assert bad.exit_code != 0
