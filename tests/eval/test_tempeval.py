"""The TempEval-3 reader and scorer, on a TimeML document written for this test."""
import datetime as dt

import pytest

from eventwire.eval import tempeval
from eventwire.eval.registry import find_benchmark
from eventwire.model import Extraction, TimeExpression
from tests.conftest import SHARED

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2022-03-10" temporalFunction="false" functionInDocument="CREATION_TIME">20220310</TIMEX3></DCT>
<TEXT>
The envoys <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2022-03-09">Wednesday</TIMEX3> and will meet again <TIMEX3 tid="t2" type="DATE" value="2022-W11">next week</TIMEX3> for <TIMEX3 tid="t3" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reads_text_dct_and_offsets(tmp_path):
    f = tmp_path / "doc.tml"
    f.write_text(TML, encoding="utf-8")
    doc = tempeval.read_tml(f)
    assert doc["published"] == dt.date(2022, 3, 10)
    assert [t["text"] for t in doc["timexes"]] == ["Wednesday", "next week", "two days"]
    for t in doc["timexes"]:
        assert doc["text"][t["start"]:t["end"]] == t["text"]
    assert "<EVENT" not in doc["text"] and "met Wednesday" in doc["text"]
    assert tempeval.detect(f) and tempeval.detect(tmp_path)


class FakePipeline:
    """Stands for the pipeline: tags 'Wednesday' right, 'next week' wrong, misses 'two days'."""
    def run(self, arts, clean=False):
        for a in arts:
            i, j = a.text.index("Wednesday"), a.text.index("next week")
            yield Extraction(article=a, times=[
                TimeExpression("Wednesday", "2022-03-09", i, i + 9),
                TimeExpression("week", "2022-03-14", j + 5, j + 9,
                               explain={"timeml": "2022-W12"})])


def test_scores_span_and_value(tmp_path):
    f = tmp_path / "doc.tml"
    f.write_text(TML, encoding="utf-8")
    figs = tempeval.score_docs(FakePipeline(), [tempeval.read_tml(f)])
    assert figs["strict_p"] == 0.5 and figs["strict_r"] == round(1 / 3, 4)
    assert figs["relaxed_p"] == 1.0 and figs["relaxed_r"] == round(2 / 3, 4)
    assert figs["date_gold"] == 2 and figs["date_found"] == 2
    assert figs["date_value_acc_found"] == 0.5


def test_registry_recognises_the_published_folder():
    d = SHARED / "data" / "tempeval3" / "data" / "TBAQ-cleaned"
    if not d.is_dir():
        pytest.skip(f"TempEval-3 data not found under {d}")
    assert find_benchmark(d).NAME == "TempEval-3"
