"""The CAMEO verb dictionary: the build parser (eventwire.kb.verbs) and the lexicon fallback."""
import pytest

from eventwire.events.lexicon import TriggerLexicon, read_cameo_verbs
from eventwire.kb.verbs import parse, read_table, rows

# a small sample in the dictionary's format, written for this test
SAMPLE = """\
&SYNSET_
+NOT_A_VERB

--- SCOLD_PEOPLE [111] ---
SCOLD
THRASH {THRASHES THRASHED} [180]   # its own code
+TELL_OFF {+TOLD_OFF}
CHAT [---]
RE_+SCOLD
+HIT_AND {}
- * + FOR [112]  # SCOLD  (a pattern: not read)

--- TALK_ALOUD [010] ---
MUTTER

--- GREET_WARMLY [040:040] ---
WAVE ;an old-style comment

--- IDLE [---] ---
LOAF
"""

TABLE = """\
# cameo	plover_type	plover_mode	contexts
111	ACCUSE	disapprove		Criticize or denounce
180	ASSAULT			Use unconventional violence
040	CONSULT			Consult
"""


def test_parse_reads_members_codes_and_phrasal_verbs():
    got = parse(SAMPLE)
    assert ("scold", "111", "SCOLD_PEOPLE") in got
    assert ("thrash", "180", "SCOLD_PEOPLE") in got            # own code beats the group's
    assert ("tell off", "111", "SCOLD_PEOPLE") in got          # "+" phrasal verb, words joined
    assert ("chat", None, "SCOLD_PEOPLE") in got               # [---]: no event
    assert ("wave", "040", "GREET_WARMLY") in got              # first code of a pair
    assert ("loaf", None, "IDLE") in got
    lemmas = {g[0] for g in got}
    assert not lemmas & {"not a verb", "re scold", "hit and", "for"}


def test_rows_keep_only_codes_with_a_plover_type():
    out = rows(parse(SAMPLE), read_table(TABLE))
    assert ("scold", "111", "ACCUSE", "disapprove", "", "SCOLD_PEOPLE") in out
    lemmas = {r[0] for r in out}
    assert "mutter" not in lemmas      # 010, a statement: no PLOVER type
    assert "chat" not in lemmas and "loaf" not in lemmas


def test_read_cameo_verbs_phrasal_child_and_restrictions():
    text = "\n".join("\t".join(r) for r in rows(parse(SAMPLE), read_table(TABLE)))
    fb = read_cameo_verbs(text)
    tell = fb["tell"][0]
    assert tell.child == frozenset({"off"}) and tell.type == "ACCUSE"
    assert tell.describe().startswith("cameo_verbs.tsv: SCOLD_PEOPLE group [111]")
    assert "thrash" not in read_cameo_verbs(text, stop=frozenset({"thrash"}))
    assert set(read_cameo_verbs(text, groups=frozenset({"GREET_WARMLY"}))) == {"wave"}
    assert set(read_cameo_verbs(text, types=frozenset({"ASSAULT"}))) == {"thrash"}


def test_hand_rows_win_and_fallback_is_switchable():
    on, off = TriggerLexicon(), TriggerLexicon(cameo_fallback=False)
    assert on.fallback and not off.fallback
    # a verb with a hand-written row never takes a dictionary reading
    assert not on.fallback.keys() & on.verb_lemmas
    # "lambaste" has no hand row; the dictionary's DENOUNCE group gives it
    row = on.match("lambaste", "VERB", set(), set())
    assert row is not None and row.type == "ACCUSE" and "DENOUNCE group [111]" in row.describe()
    assert off.match("lambaste", "VERB", set(), set()) is None
    # a verb of a group left out (going somewhere) and a stop-listed verb get nothing
    assert on.match("arrive", "VERB", set(), set()) is None
    assert on.match("overtake", "VERB", set(), set()) is None


@pytest.fixture(scope="module")
def pipelines(pipeline):
    import dataclasses

    from eventwire.events.coder import EventCoder
    off = dataclasses.replace(pipeline, stages=[(n, EventCoder(cameo_verbs=False) if n == "events" else s)
                                                for n, s in pipeline.stages])
    return pipeline, off


def _events(pipe, text):
    from eventwire.model import Article
    ex = next(iter(pipe.run([Article(id="t", raw=text)], clean=False)))
    return [(e.type, (e.explain or {}).get("pattern", "")) for e in ex.events]


def test_fallback_codes_a_verb_without_hand_row(pipelines):
    on, off = pipelines
    text = "Armenian troops pillaged the Azerbaijani village of Aghdam on Monday."
    got = _events(on, text)
    assert any(t == "ASSAULT" and p.startswith("cameo_verbs.tsv: RANSACK group") for t, p in got)
    assert not any(p.startswith("cameo_verbs.tsv") for _, p in _events(off, text))


def test_fallback_skips_intended_acts(pipelines):
    on, _ = pipelines
    got = _events(on, "Armenia plans to pillage the Azerbaijani village of Aghdam next week.")
    assert not any(p.startswith("cameo_verbs.tsv") for _, p in got)
