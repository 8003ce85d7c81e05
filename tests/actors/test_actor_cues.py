"""The actor rules' word lists are data (data/actors/actor_cues.json), loaded once."""
import json

from eventwire.actors import resolve
from eventwire.actors.cues import PATH, WORDS, load


def test_every_list_is_documented_and_loaded_as_a_frozenset():
    raw = json.loads(PATH.read_text(encoding="utf-8"))
    lists = [k for k, v in raw.items() if isinstance(v, list)]
    assert lists and all(f"_{k}" in raw for k in lists)
    assert all(isinstance(getattr(WORDS, k), frozenset) for k in lists)


def test_the_rules_read_the_file(tmp_path):
    # a list changed in the file is what the loader gives and the rules' constant holds
    raw = json.loads(PATH.read_text(encoding="utf-8"))
    raw["legislator_nouns"] = ["alderman"]
    p = tmp_path / "cues.json"
    p.write_text(json.dumps(raw), encoding="utf-8")
    assert load(p).legislator_nouns == frozenset({"alderman"})
    assert resolve.LEGISLATOR_NOUNS is WORDS.legislator_nouns and "senator" in resolve.LEGISLATOR_NOUNS
