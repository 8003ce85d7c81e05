"""Acts that a governing word used to drop: an act a party is praised,
blamed or punished for happened and is that party's; an act under a passive raising or
control verb ('is expected to', 'was asked to') is done by the passive subject."""

from ev_helpers import triples


def test_act_praised_for_is_done_by_the_one_praised(code):
    ev = code("The president praised the navy on Monday for capturing the pirate leader Ali Hassan.",
              [("president", "KEN", "GOV"), ("navy", "KEN", "MIL"), ("Ali Hassan", "SOM", "CRM")])
    got = triples(ev)
    assert ("SUPPORT", "president", "navy") in got
    assert ("COERCE", "navy", "Ali Hassan") in got


def test_act_condemned_over_is_done_by_the_one_condemned(code):
    ev = code("The Arab League condemned the junta over a massacre of villagers in the north.",
              [("Arab League", "IGO", "IGO"), ("junta", "SDN", "MIL")])
    got = triples(ev)
    assert ("ACCUSE", "Arab League", "junta") in got
    assert any(t == "ASSAULT" and s == "junta" for t, s, _ in got)


def test_passive_conviction_names_the_doer(code):
    ev = code("Jean Bosco was convicted on Tuesday of recruiting child soldiers.",
              [("Jean Bosco", "COD", "REB"), ("child soldiers", "COD", "MIL")])
    assert any(t == "MOBILIZE" and s == "Jean Bosco" for t, s, _ in triples(ev))


def test_act_accused_of_stays_an_allegation_only(code):
    # FORMAT.md's gold codes the accusation, not the alleged act
    ev = code("Kenya accused Somalia of arming the rebels.",
              [("Kenya", "KEN", "GOV"), ("Somalia", "SOM", "GOV"), ("rebels", "KEN", "REB")])
    got = triples(ev)
    assert ("ACCUSE", "Kenya", "Somalia") in got
    assert not any(t == "AID" for t, _, _ in got)


def test_raising_passive_subject_is_the_doer(code):
    ev = code("Chancellor Olaf Scholz is expected to criticise Hungary in a speech on Thursday.",
              [("Olaf Scholz", "DEU", "GOV"), ("Hungary", "HUN", "GOV")])
    assert ("ACCUSE", "Olaf Scholz", "Hungary") in triples(ev)


def test_control_passive_never_makes_the_agent_the_doer(code):
    ev = code("Turkey was asked by Washington to ratify the accession of Finland.",
              [("Turkey", "TUR", "GOV"), ("Washington", "USA", "GOV"), ("Finland", "FIN", "GOV")])
    got = triples(ev)
    assert ("REQUEST", "Washington", "Turkey") in got
    assert not any(t == "SUPPORT" and s == "Washington" for t, s, _ in got)


def test_forces_deployed_with_no_agent_are_their_own_sides(code):
    ev = code("Hundreds of Chinese police had been deployed in Shanghai on Sunday.",
              [("Chinese police", "CHN", "POL"), ("Shanghai", "CHN", "GOV")])
    assert any(e.type == "MOBILIZE" and e.source is not None and e.source.country == "CHN" for e in ev)


def test_forces_that_are_stationed_somewhere_are_a_state_not_a_deployment(code):
    ev = code("The deal sets the terms under which Russian troops are stationed in Armenia.",
              [("Russian troops", "RUS", "MIL"), ("Armenia", "ARM", "GOV")])
    assert not any(e.type == "MOBILIZE" for e in ev)


def test_invitation_accepted_is_the_possessors_offer(code):
    ev = code("Greece accepted Turkey's invitation to resume talks.",
              [("Greece", "GRC", "GOV"), ("Turkey", "TUR", "GOV")])
    got = triples(ev)
    assert ("AGREE", "Greece", "Turkey") in got
    assert any(t == "AGREE" and s == "Turkey" for t, s, _ in got)


def test_exchange_between_two_parties_welcomed_by_a_third_happened(code):
    ev = code("The Secretary-General welcomed the prisoner exchange between Armenia and Azerbaijan.",
              [("Secretary-General", "IGO", "IGO"), ("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV")])
    got = triples(ev)
    assert ("RETREAT", "Armenia", "Azerbaijan") in got
    assert not any(s == "Secretary-General" and t == "RETREAT" for t, s, _ in got)


def test_finite_verb_coordinated_after_a_refused_infinitive_is_its_own_act(code):
    ev = code("India declined to condemn the coup on Thursday and blamed Pakistan for the unrest.",
              [("India", "IND", "GOV"), ("Pakistan", "PAK", "GOV")])
    assert ("ACCUSE", "India", "Pakistan") in triples(ev)


def test_infinitives_coordinated_under_a_request_stay_requested(code):
    ev = code("Egypt urged Israel to halt the raids and release the prisoners.",
              [("Egypt", "EGY", "GOV"), ("Israel", "ISR", "GOV")])
    got = triples(ev)
    assert ("REQUEST", "Egypt", "Israel") in got
    assert not any(t == "RETREAT" for t, _, _ in got)


def test_agreement_before_a_refusal_is_not_refused(code):
    ev = code("Chancellor Olaf Scholz ruled out sending fighter jets to Ukraine, days after agreeing to supply Kyiv with tanks.",
              [("Olaf Scholz", "DEU", "GOV"), ("Ukraine", "UKR", "GOV"), ("Kyiv", "UKR", "GOV")])
    got = triples(ev)
    assert any(t == "REJECT" and s == "Olaf Scholz" for t, s, _ in got)
    assert any(t == "AGREE" and s == "Olaf Scholz" for t, s, _ in got)
