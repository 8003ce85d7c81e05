"""Demonstrative and indefinite pronouns ("those responsible", "whoever fired")
pick out nobody in particular, so they are never a party of an event (sentences written
for these tests)."""
from ev_helpers import summary


def _parties(events):
    return {n for e in events for n in ((e.source.name if e.source else None),
                                        (e.target.name if e.target else None)) if n}


def test_those_responsible_is_no_target(code):
    ev = code("President Omar Bello vowed to punish those who attacked the convoy.",
              [("Omar Bello", "NGA", "GOV")])
    print(summary(ev))
    assert not {"those", "those who attacked the convoy"} & {p.lower() for p in _parties(ev)}


def test_those_who_surrender_is_no_source(code):
    ev = code("The governor said those who surrendered their rifles would be pardoned.")
    print(summary(ev))
    assert all(not (e.source and e.source.name.lower().startswith("those")) for e in ev)


def test_whoever_and_someone_are_no_parties(code):
    ev = code("Colonel Reza Tahmasbi threatened whoever fired on the base.",
              [("Reza Tahmasbi", "IRN", "MIL")])
    print(summary(ev))
    assert "whoever" not in {p.lower() for p in _parties(ev)}
    ev = code("The militia said someone had attacked its checkpoint in Goma.")
    print(summary(ev))
    assert "someone" not in {p.lower() for p in _parties(ev)}


def test_named_party_is_kept_beside_the_pronoun_rule(code):
    ev = code("President Omar Bello vowed to punish the rebels who attacked the convoy.",
              [("Omar Bello", "NGA", "GOV")])
    print(summary(ev))
    assert any(e.source and e.source.name == "Omar Bello" for e in ev)
