"""The fallback-target ranker's candidate features (target_ranker.candidate_features) on
sentences written for these tests, and the shipped weights choosing a clear case."""
from eventwire.events.target_ranker import TargetRanker, candidate_features
from eventwire.model import Actor, Article

REPORTING = frozenset({"say", "tell", "announce"})
LOCATIVE = frozenset({"in", "at", "near"})


def _actor(text, surface, country, sector="GOV", **kw):
    i = text.index(surface)
    return Actor(text=surface, name=surface, country=country, sector=sector, start=i, end=i + len(surface), **kw)


def _features(nlp, text, trigger, source, candidate, first=False, where=0):
    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    return candidate_features(doc, candidate, where, trig, source, "ASSAULT", first, REPORTING, LOCATIVE)


def test_object_of_the_trigger_is_governed_by_it(nlp):
    text = "Azerbaijani forces shelled Armenian positions overnight."
    src = _actor(text, "Azerbaijani forces", "AZE", "MIL")
    cand = _actor(text, "Armenian positions", "ARM", "MIL")
    f = _features(nlp, text, "shelled", src, cand, first=True)
    assert {"dep=dobj", "governed_by_trigger", "under_trigger", "tree=<=1", "side=after"} <= set(f)
    assert "same_country=False" in f and "first=True" in f and "locative" not in f


def test_who_reports_the_act_is_marked_speaker(nlp):
    text = "Rebels attacked the convoy, the Malian army said on Monday."
    src = _actor(text, "Rebels", "MLI", "REB")
    army = _actor(text, "Malian army", "MLI", "MIL")
    f = _features(nlp, text, "attacked", src, army)
    assert "speaker" in f and "dep=nsubj" in f
    assert "same_country=True" in f and "governed_by_trigger" not in f and "under_trigger" not in f


def test_place_of_the_act_is_marked_locative(nlp):
    text = "Gunmen attacked a market in Baghdad on Friday."
    src = _actor(text, "Gunmen", "IRQ", "REB")
    f = _features(nlp, text, "attacked", src, _actor(text, "Baghdad", "IRQ"))
    assert {"dep=pobj", "prep=in", "locative", "locative|place=True", "type|locative=ASSAULT"} <= set(f)


def test_a_mention_of_the_sentence_before_is_so_marked(nlp):
    text = "Troops crossed the border. Chad said they attacked."
    src = _actor(text, "Troops", "SDN", "MIL")
    chad = _actor(text, "Chad", "TCD")
    # a candidate outside the trigger's sentence has no tree distance to it
    f = _features(nlp, text, "crossed", src, chad, where=2)
    assert "where=2" in f and not any(x.startswith("tree=") for x in f)


def test_pronoun_and_igo_flags(nlp):
    text = "The UN condemned them after the raid."
    src = _actor(text, "UN", "IGO", "IGO")
    f = _features(nlp, text, "condemned", src, _actor(text, "them", "SYR", "MIL"))
    assert "pronoun=True" in f and "igo=False" in f


def test_shipped_weights_prefer_a_party_over_the_place_of_the_act(nlp):
    text = "Serbia signed the accord with Kosovo in Brussels."
    doc = nlp(text)
    trig = next(t for t in doc if t.text == "signed")
    src = _actor(text, "Serbia", "SRB")
    party = _actor(text, "Kosovo", "XKX")
    # the actor stage marks a state named only as where something happened
    place = _actor(text, "Brussels", "BEL", kind="state", explain={"rule": "state_as_place"})
    ranker = TargetRanker()
    assert ranker.weights
    fp = candidate_features(doc, party, 0, trig, src, "SUPPORT", False, REPORTING, LOCATIVE)
    fl = candidate_features(doc, place, 0, trig, src, "SUPPORT", True, REPORTING, LOCATIVE)
    # even with the hand-made order favouring the place, the party scores higher
    assert 0.0 < ranker.score(fl) < ranker.score(fp) < 1.0


def test_shipped_ranker_picks_the_other_party_end_to_end(pipeline):
    text = "Venezuela suspended talks in Oslo after a dispute with Colombia."
    ex = next(pipeline.run([Article(id="t", raw=text)], clean=False))
    guessed = [e for e in ex.events if str((e.explain.get("path") or {}).get("target") or "").startswith("fallback:")]
    assert guessed
    ev = guessed[0]
    assert ev.source.text == "Venezuela" and ev.target.text == "Colombia"
    assert "ranked-other-actor(" in ev.explain["path"]["target"]
