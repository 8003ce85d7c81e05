"""The PolNeAR reader (BRAT standoff) and the attribution scoring, on files written here."""
from collections import Counter

from eventwire.eval import polnear
from eventwire.model import Actor, Extraction, Quote

TEXT = ("Ministers met on Monday.\n\nThe mayor said the bridge would reopen in May. "
        "\u201cWe are ready,\u201d he added, \u201cand the money is there.\u201d\n")


def _write_split(tmp_path):
    split = tmp_path / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "paper_2016-01-02_bridge.txt").write_text(TEXT, encoding="utf-8")
    s = TEXT.index
    a, b = s("the bridge"), s(" in May") + len(" in May")
    c1, c2 = s("We are"), s("We are") + len("We are ready")
    c3, c4 = s("and the money"), s("and the money") + len("and the money is there")
    ann = "\n".join([
        f"T1\tSource {s('The mayor')} {s('The mayor') + 9}\tThe mayor",
        f"T2\tCue {s('said')} {s('said') + 4}\tsaid",
        f"T3\tContent {a} {b}\t{TEXT[a:b]}",
        "T4\tAttribution 0 4\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        f"T5\tSource {s('he added')} {s('he added') + 2}\the",
        f"T6\tCue {s('added')} {s('added') + 5}\tadded",
        f"T7\tContent {c1} {c2};{c3} {c4}\t{TEXT[c1:c2]} {TEXT[c3:c4]}",
        "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5",
    ])
    # two annotators: the first by name is read
    (split / "attributions" / "paper_2016-01-02_bridge_aaaa.ann").write_text(ann, encoding="utf-8")
    (split / "attributions" / "paper_2016-01-02_bridge_zzzz.ann").write_text("", encoding="utf-8")
    (tmp_path / "metadata.tsv").write_text(
        "compartment\tfilename\tpublication_date\ndev\tpaper_2016-01-02_bridge\t2016-01-02\n",
        encoding="utf-8")
    return split


def test_reads_discontinuous_content_first_annotator_and_date(tmp_path):
    split = _write_split(tmp_path)
    assert polnear.detect(split)
    [(art, gold, ann)] = polnear.read_split(split)
    assert ann.endswith("_aaaa.ann")
    assert str(art.published) == "2016-01-02"
    assert len(gold) == 2
    assert len(gold[1].content) == 2 and gold[1].source_text == "he"
    assert TEXT[slice(*gold[0].content[0])] == "the bridge would reopen in May"


def test_scoring_counts_overlap_and_speaker(tmp_path):
    split = _write_split(tmp_path)
    [(art, gold, _)] = polnear.read_split(split)
    mayor = Actor(text="The mayor", name="mayor", start=TEXT.index("The mayor"),
                  end=TEXT.index("The mayor") + 9)
    q1s = TEXT.index("the bridge")
    q2s = TEXT.index("and the money")
    ex = Extraction(article=art, quotes=[
        Quote(text="", kind="indirect", start=q1s, end=q1s + len("the bridge would reopen"),
              speaker=mayor),
        # the second part only: 5 of 8 gold words, and a speaker named through "he"
        Quote(text="", kind="direct", start=q2s, end=q2s + len("and the money is there"),
              speaker=Actor(text="Jo Park", name="Jo Park", start=0, end=0),
              explain={"speaker_span": [TEXT.index("he added"), TEXT.index("he added") + 2]}),
        Quote(text="", kind="indirect", start=0, end=len("Ministers met")),  # not an attribution
    ])
    counts = Counter()
    polnear.score_article(ex, gold, counts)
    assert counts["gold"] == 2 and counts["found"] == 2
    assert counts["pred"] == 3 and counts["pred_ok"] == 2
    assert counts["speaker_n"] == 2 and counts["speaker_ok"] == 2


def test_not_detected_on_a_plain_folder(tmp_path):
    assert not polnear.detect(tmp_path)
