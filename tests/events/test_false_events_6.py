"""False events, round 6: acts whose trigger word reads as an act only by accident
(sentences written for these tests)."""

from ev_helpers import type_list


def test_figure_hitting_a_record_is_no_attack(code):
    ev = code("Wheat exports from Argentina hit a record 12 million tonnes last year.")
    assert "ASSAULT" not in type_list(ev)
    ev = code("Remittances to Nepal hit 25 percent of its output in 2023.")
    assert "ASSAULT" not in type_list(ev)
    # a weapon hitting a place is still an attack
    ev = code("Russian missiles hit a power station in Odesa on Monday.")
    assert "ASSAULT" in type_list(ev)


def test_mountain_summit_reached_is_no_meeting(code):
    ev = code("A Norwegian climber reached the summit of Mount Elbrus on Sunday.")
    assert "CONSULT" not in type_list(ev)
    # a summit held by leaders is a meeting
    ev = code("The leaders of Kenya and Uganda held a summit in Kampala on Sunday.")
    assert "CONSULT" in type_list(ev)


def test_athlete_withdrawing_from_a_final_is_no_retreat(code):
    ev = code("The Kenyan runner withdrew from the final in Paris on Friday.")
    assert "RETREAT" not in type_list(ev)
    # forces pulled out are a retreat
    ev = code("Kenya withdrew its troops from Somalia on Friday.")
    assert "RETREAT" in type_list(ev)


def test_storm_warning_is_no_threat(code):
    ev = code("Forecasters warned that Cyclone Mocha could bring floods to the coast of Myanmar.")
    assert "THREATEN" not in type_list(ev)
    # a warning of what a party will do is a threat
    ev = code("Iran warned that its forces would strike Israel.")
    assert "THREATEN" in type_list(ev)


def test_joint_statement_is_one_act_of_its_first_named_party(code):
    ev = code("In a joint statement, Egypt and Qatar urged Hamas to free the hostages.")
    requests = [e for e in ev if e.type == "REQUEST"]
    assert len(requests) == 1 and requests[0].source.text == "Egypt"
    assert requests[0].target is not None and requests[0].target.text == "Hamas"
    # without a joint text each party's call is its own
    ev = code("Egypt and Qatar urged Hamas to free the hostages.")
    assert sorted(e.source.text for e in ev if e.type == "REQUEST") == ["Egypt", "Qatar"]


def test_two_sides_pulling_back_from_the_line_yield_to_each_other(code):
    ev = code("Armenia and Azerbaijan withdrew their troops from the line of contact.")
    pairs = {(e.source.text, e.target.text if e.target else None) for e in ev if e.type == "RETREAT"}
    assert pairs == {("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")}
    # two states leaving a third do not yield to each other
    ev = code("Britain and France withdrew their ambassadors from Iran.")
    assert {e.source.text for e in ev if e.type == "RETREAT"} == {"Britain", "France"}
    assert not any(e.target is not None and e.target.text in ("Britain", "France") for e in ev)


def test_kidnappings_to_be_combated_are_no_kidnapping_done(code):
    ev = code("The navies of Kenya and Tanzania began joint patrols on Monday to combat kidnappings by pirates.")
    assert "ASSAULT" not in type_list(ev)
    # kidnappings carried out are an attack
    ev = code("Pirates carried out kidnappings of fishermen off Kenya.")
    assert "ASSAULT" in type_list(ev)
