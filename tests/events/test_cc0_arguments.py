"""Events of the right type with a wrong source or target, on sentences written for these
tests: the one a causative verb makes act ('prompting X to V'), reciprocal objects ('each
other'), 'access to X', and a definite noun that names again the governing clause's object
('suspended X, accusing the platform of ...')."""
from ev_helpers import summary


def test_the_one_prompted_to_act_is_the_doer(code):
    ev = code("Chile and Peru signed a border treaty on Tuesday, prompting Bolivia to cut its ties with Lima.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV"), ("Bolivia", "BOL", "GOV"), ("Lima", "PER", "GOV")])
    assert ("SANCTION", "asserted", "Bolivia", "Lima") in summary(ev)
    assert not any(e.type == "SANCTION" and e.source.name in ("Chile", "Peru") for e in ev)


def test_a_making_only_sought_lends_no_act(code):
    # "a campaign to force him to hand over power": no handing over is told
    ev = code("Washington stepped up its campaign to force Marco Ruiz to hand power to Ana Lopez.",
              [("Washington", "USA", "GOV"), ("Marco Ruiz", "VEN", "GOV"), ("Ana Lopez", "VEN", "OPP")])
    assert not any(e.source is not None and e.source.name == "Marco Ruiz" for e in ev)


def test_each_other_makes_the_doers_each_others_party(code):
    ms = [("Ghana", "GHA", "GOV"), ("Togo", "TGO", "GOV")]
    ev = summary(code("Ghana and Togo accused each other on Monday of arming the rebels.", ms))
    assert ("ACCUSE", "asserted", "Ghana", "Togo") in ev and ("ACCUSE", "asserted", "Togo", "Ghana") in ev
    ev = summary(code("Ghana and Togo blamed one another for the clashes.", ms))
    assert ("ACCUSE", "asserted", "Ghana", "Togo") in ev and ("ACCUSE", "asserted", "Togo", "Ghana") in ev


def test_access_to_a_service_names_the_target(code):
    ev = code("Belarus restricted access to Telegram on Sunday as students marched in Minsk.",
              [("Belarus", "BLR", "GOV"), ("Telegram", "ARE", "BUS"), ("students", "BLR", "CVL")])
    assert ("COERCE", "asserted", "Belarus", "Telegram") in summary(ev)
    # found in the phrase itself, not guessed among the sentence's actors
    assert next(e for e in ev if e.type == "COERCE").explain["path"]["target"] == "dobj>prep:to"


def test_a_definite_noun_names_the_governing_object_again(code):
    ev = code("Uganda suspended Facebook on Monday, accusing the platform of helping opposition leader Bobi Wine.",
              [("Uganda", "UGA", "GOV"), ("Facebook", "USA", "BUS"), ("Bobi Wine", "UGA", "OPP")])
    assert ("ACCUSE", "asserted", "Uganda", "Facebook") in summary(ev)
    accuse = next(e for e in ev if e.type == "ACCUSE")
    assert accuse.explain["path"]["target"].startswith("definite-description")


def test_vessels_from_named_states_are_those_states(code):
    ev = code("Navy vessels from Greece, Cyprus and Egypt held their first joint exercise off Crete on Monday.",
              [("Greece", "GRC", "GOV"), ("Cyprus", "CYP", "GOV"), ("Egypt", "EGY", "GOV"), ("Crete", "GRC", "GOV")])
    coop = [e for e in ev if e.type == "COOPERATE"]
    assert coop and coop[0].source.name == "Greece" and coop[0].target.name in ("Cyprus", "Egypt")


def test_a_describing_noun_yields_to_the_name_after_it():
    from eventwire.events.arguments import ActorFinder
    from eventwire.model import Actor

    text = "They left the Central African regional bloc ECCAS and the group Kigali Friends."
    def mention(surface, country, kind="organisation"):
        i = text.index(surface)
        return Actor(text=surface, name=surface, country=country, kind=kind, start=i, end=i + len(surface))
    bloc, eccas = mention("Central African regional bloc", "IGO"), mention("ECCAS", "IGO")
    group, friends = mention("group", "RWA"), mention("Kigali Friends", "RWA", kind="person")
    finder = ActorFinder([bloc, eccas, group, friends])
    assert finder.named_after(bloc, text).name == "ECCAS"
    assert finder.named_after(eccas, text).name == "ECCAS"
    # a person's name after a body's description is someone else
    assert finder.named_after(group, text).name == "group"
