"""Event types that hang on a sense condition or on the clause around the trigger: readiness
to do violence is a threat, willingness to resume talks an offer, a suspect handed to a war
crimes tribunal judicial cooperation, a border reopened by both sides mutual exchange, a
promise of a release a concession, an expulsion with a time limit, a lapse of an emergency."""
from ev_helpers import summary, types


def test_ready_to_crush_is_a_threat_not_an_agreement(code):
    ev = code("The army said it stood ready to crush any rebellion in the province of Kivu.",
              [("army", "COD", "MIL")])
    assert "THREATEN" in types(ev)
    assert "AGREE" not in types(ev)


def test_ready_to_send_police_stays_an_offer(code):
    ev = code("Kenya said it was ready to send police officers to Haiti.",
              [("Kenya", "KEN", "GOV"), ("Haiti", "HTI", "GOV")])
    assert "THREATEN" not in types(ev)
    assert "AGREE" in types(ev)


def test_willing_to_resume_negotiations_is_an_offer(code):
    ev = code("The rebel group said it was willing to resume peace negotiations with the Peruvian "
              "government.", [("rebel group", "PER", "REB"), ("Peruvian government", "PER", "GOV")])
    assert ("AGREE", "intended", "rebel group", "Peruvian government") in summary(ev)
    assert "CONSULT" not in types(ev)


def test_not_willing_to_resume_negotiations_is_a_refusal(code):
    ev = code("The rebel group said it was not willing to resume negotiations with the Peruvian "
              "government.", [("rebel group", "PER", "REB"), ("Peruvian government", "PER", "GOV")])
    assert "REJECT" in types(ev)
    assert "AGREE" not in types(ev)


def test_suspect_handed_over_to_a_tribunal_is_judicial_cooperation(code):
    ev = code("Croatia handed over the former commander to the international war crimes tribunal "
              "on Monday.", [("Croatia", "HRV", "GOV"), ("international war crimes tribunal", "IGO", "JUD")])
    assert ("COOPERATE", "asserted", "Croatia", "international war crimes tribunal") in summary(ev)
    assert "RETREAT" not in types(ev)


def test_territory_handed_over_stays_a_retreat(code):
    ev = code("Russia handed over the island to China in 2008.",
              [("Russia", "RUS", "GOV"), ("China", "CHN", "GOV")])
    assert "RETREAT" in types(ev)
    assert "COOPERATE" not in types(ev)


def test_border_reopened_by_both_sides_is_cooperation(code):
    ev = code("Armenia and Turkey reopened their common border on Friday.",
              [("Armenia", "ARM", "GOV"), ("Turkey", "TUR", "GOV")])
    assert [(e.type, e.source.name) for e in ev] == [("COOPERATE", "Armenia")]
    assert ev[0].target.name == "Turkey"


def test_border_reopened_by_one_side_stays_a_retreat(code):
    ev = code("Egypt reopened its border with Gaza on Sunday.",
              [("Egypt", "EGY", "GOV"), ("Gaza", "PSE", "GOV")])
    assert types(ev) == ["RETREAT"]


def test_promise_to_free_after_a_time_phrase_is_a_concession(code):
    # spaCy hangs "to free" off "promised" as an adverbial clause after "on Sunday"
    ev = code("The rebels promised on Sunday to free captured soldiers as a goodwill gesture.",
              [("rebels", "COL", "REB")])
    assert "CONCEDE" in types(ev)
    assert "AGREE" not in types(ev)


def test_foreign_troops_given_a_month_to_leave_are_expelled(code):
    ev = code("Niger's junta gave French troops a month to leave the country.",
              [("Niger", "NER", "GOV"), ("French troops", "FRA", "MIL")])
    assert ("SANCTION", "asserted", "Niger", "French troops") in summary(ev)
    assert "RETREAT" not in types(ev)


def test_not_extending_a_state_of_emergency_is_a_concession(code):
    ev = code("The president said he would not extend the state of emergency.",
              [("president", "EGY", "GOV")])
    assert types(ev) == ["CONCEDE"]


def test_extending_a_state_of_emergency_stays_coercion(code):
    ev = code("The president extended the state of emergency by three months.",
              [("president", "EGY", "GOV")])
    assert types(ev) == ["COERCE"]


def test_suspending_sanctions_eases_them(code):
    ev = code("The European Union suspended its sanctions against Belarus.",
              [("European Union", "IGO", "GOV"), ("Belarus", "BLR", "GOV")])
    assert ("RETREAT", "asserted", "European Union", "Belarus") in summary(ev)


def test_deadly_crackdown_is_violence(code):
    ev = code("Washington condemned the army's deadly crackdown on protesters.",
              [("Washington", "USA", "GOV"), ("army", "MMR", "MIL")])
    assert "ASSAULT" in types(ev)
    assert "COERCE" not in types(ev)


def test_attacking_a_plan_is_criticism(code):
    ev = code("The senator attacked the president's budget plan in a speech.",
              [("senator", "USA", "LEG"), ("president", "USA", "GOV")])
    assert "ACCUSE" in types(ev)
    assert "ASSAULT" not in types(ev)


def test_ransomware_attack_is_cyber_coercion(code):
    ev = code("Britain blamed Russia for a ransomware attack on its hospitals.",
              [("Britain", "GBR", "GOV"), ("Russia", "RUS", "GOV")])
    assert "COERCE" in types(ev)
    assert "ASSAULT" not in types(ev)


def test_supporting_a_rebellion_is_material_aid(code):
    ev = code("Uganda denied supporting the rebellion in eastern Congo.",
              [("Uganda", "UGA", "GOV")])
    assert "AID" in types(ev)
    assert "SUPPORT" not in types(ev)


def test_sanction_held_over_another_sides_act_is_a_threat(code):
    ev = code("Ankara said it would freeze relations with Brussels if Greece took over the post.",
              [("Ankara", "TUR", "GOV"), ("Brussels", "IGO", "GOV"), ("Greece", "GRC", "GOV")])
    assert ("THREATEN", "asserted", "Ankara", "Brussels") in summary(ev)
    assert "SANCTION" not in types(ev)


def test_attack_on_a_condition_no_party_meets_stays_hypothetical(code):
    ev = code("The army could attack the rebels if talks fail.")
    assert [e.type for e in ev][:1] == ["ASSAULT"]


def test_sanction_without_a_condition_stays_a_sanction(code):
    ev = code("Ankara said it would freeze relations with Brussels next year.",
              [("Ankara", "TUR", "GOV"), ("Brussels", "IGO", "GOV")])
    assert "SANCTION" in types(ev)
    assert "THREATEN" not in types(ev)


def test_not_cancelling_arms_sales_is_a_negated_sanction(code):
    ev = code("The president said Washington would not cancel arms sales to Riyadh.",
              [("president", "USA", "GOV"), ("Washington", "USA", "GOV"), ("Riyadh", "SAU", "GOV")])
    assert [(e.type, e.status) for e in ev if e.type == "SANCTION"] == [("SANCTION", "negated")]
    assert "AID" not in types(ev)


def test_declining_to_condemn_withholds_the_accusation(code):
    ev = code("India declined to condemn Moscow on Friday.",
              [("India", "IND", "GOV"), ("Moscow", "RUS", "GOV")])
    assert ("ACCUSE", "negated", "India", "Moscow") in summary(ev)
    assert "REJECT" not in types(ev)


def test_refusing_to_withdraw_stays_a_refusal(code):
    ev = code("Russia refused to withdraw its troops from Moldova.",
              [("Russia", "RUS", "GOV"), ("Moldova", "MDA", "GOV")])
    assert "REJECT" in types(ev)
