"""Acts whose actors are named but got no event — new readings (returning
property, seeking refuge, ending mediation, holding people as shields, legal action, war
games), the issuer of a statement as the doer of its participle, "dozens of X" as X, the
object's noun modifier as a last try, and targets that stay what the clause names."""
from ev_helpers import summary, triples


def test_returning_property_to_its_owner_is_a_retreat(code):
    ev = code("The museum returned the stolen icons to Greece last week.",
              [("museum", "GBR", "CVL"), ("Greece", "GRC", "GOV")])
    assert ("RETREAT", "museum", "Greece") in triples(ev)
    assert ev[0].mode == "return"


def test_returning_home_is_no_event(code):
    ev = code("The delegation returned to Kabul on Friday.", [("delegation", "AFG", "GOV"), ("Kabul", "AFG", "GOV")])
    assert [e for e in ev if e.type == "RETREAT"] == []


def test_seeking_refuge_is_a_request_to_the_host(code):
    ev = code("Thousands of Eritreans have sought refuge in Ethiopia.",
              [("Eritreans", "ERI", "CVL"), ("Ethiopia", "ETH", "GOV")])
    assert ("REQUEST", "Eritreans", "Ethiopia") in triples(ev)


def test_ending_mediation_efforts_is_a_sanction_read_from_the_objects_modifier(code):
    ev = code("Norway ended mediation efforts with the rebels in March.",
              [("Norway", "NOR", "GOV"), ("rebels", "COL", "REB")])
    assert [e.type for e in ev] == ["SANCTION"]
    assert ev[0].source.name == "Norway"


def test_a_modifier_does_not_override_the_objects_head(code):
    # "missile" modifies "attack": the attack is what was launched
    ev = code("Iran launched a missile attack on the base.", [("Iran", "IRN", "GOV")])
    assert [e.type for e in ev] == ["ASSAULT"]


def test_people_held_as_human_shields_are_the_target_not_the_count(code):
    ev = code("The militants are holding hundreds of villagers as human shields.",
              [("militants", "SOM", "REB"), ("villagers", "SOM", "CVL")])
    assert ("ASSAULT", "militants", "villagers") in triples(ev)
    assert ev[0].explain["path"]["target"] == "dobj>of"


def test_dozens_of_protesters_arrested_names_the_protesters(code):
    ev = code("Police arrested dozens of protesters in the capital.",
              [("Police", "KEN", "COP"), ("protesters", "KEN", "CVL")])
    assert ("COERCE", "asserted", "Police", "protesters") in summary(ev)


def test_a_statement_criticising_someone_is_its_issuers_accusation(code):
    ev = code("The Arab League released a statement criticising Israel for the raid.",
              [("Arab League", "IGO", "IGO"), ("Israel", "ISR", "GOV")])
    assert ("ACCUSE", "Arab League", "Israel") in triples(ev)
    assert ev[0].explain["path"]["source"].startswith("document-issuer:statement")


def test_a_resolution_condemning_a_state_is_the_parliaments(code):
    ev = code("The parliament passed a resolution condemning Russia over the annexation.",
              [("parliament", "UKR", "GOV"), ("Russia", "RUS", "GOV")])
    assert ("ACCUSE", "parliament", "Russia") in triples(ev)


def test_a_participle_on_an_actor_keeps_the_actor(code):
    # "troops guarding the border": the troops guard; no document noun involved
    ev = code("Rebels attacked soldiers guarding the pipeline.",
              [("Rebels", "NGA", "REB"), ("soldiers", "NGA", "MIL")])
    assert ("ASSAULT", "Rebels", "soldiers") in triples(ev)


def test_legal_action_against_a_state_is_an_accusation(code):
    ev = code("The European Commission launched legal action against Poland.",
              [("European Commission", "IGO", "IGO"), ("Poland", "POL", "GOV")])
    assert ("ACCUSE", "European Commission", "Poland") in triples(ev)


def test_permission_granted_is_access_and_withheld_is_a_refusal(code):
    ev = code("The junta granted the monitors permission to enter the country.",
              [("junta", "MLI", "MIL"), ("monitors", "IGO", "IGO")])
    assert [e.type for e in ev][:1] == ["RETREAT"]
    ev = code("The governor did not give permission for the opposition march.",
              [("governor", "IND", "GOV")])
    assert ev and ev[0].type == "REJECT" and ev[0].status == "asserted"


def test_joint_war_games_are_cooperation(code):
    ev = code("Chile and Peru held joint war games in the desert.",
              [("Chile", "CHL", "GOV"), ("Peru", "PER", "GOV")])
    assert {e.type for e in ev} == {"COOPERATE"}


def test_surrendering_to_anothers_forces_keeps_them_as_target(code):
    ev = code("A rebel commander surrendered to Colombian forces on Sunday.",
              [("rebel commander", "COL", "REB"), ("Colombian forces", "COL", "MIL")])
    assert ("RETREAT", "rebel commander", "Colombian forces") in triples(ev)


def test_an_unresolved_named_person_stays_the_target(code):
    ev = code("The court in Delhi ordered an investigation against Ravi Menon over the payments.",
              [("court", "IND", "JUD"), ("Delhi", "IND", "GOV")])
    assert [(e.type, e.target.name if e.target else None) for e in ev] == [("ACCUSE", "Ravi Menon")]


def test_a_speakers_own_state_in_stated_support_is_not_the_target(code):
    ev = code("Erdogan reiterated Turkey's support for the Libyan government.",
              [("Erdogan", "TUR", "GOV"), ("Turkey", "TUR", "GOV"), ("Libyan government", "LBY", "GOV")])
    assert ("SUPPORT", "Erdogan", "Libyan government") in triples(ev)


def test_a_hyphenated_word_is_no_dateline_dash(code):
    ev = code("ICE returned five pre-Columbian artifacts to Peru on Monday.",
              [("ICE", "USA", "GOV"), ("Peru", "PER", "GOV")])
    assert ("RETREAT", "ICE", "Peru") in triples(ev)


def test_a_spaced_or_long_dash_still_marks_a_dateline(nlp):
    from eventwire.events.arguments import is_dateline_word
    for text in ("KABUL - Taliban fighters attacked the base.", "KABUL—Taliban fighters attacked the base."):
        doc = nlp(text)
        assert is_dateline_word(doc[0])
    doc = nlp("ICE returned pre-Columbian artifacts to Peru.")
    assert not is_dateline_word(doc[0])
