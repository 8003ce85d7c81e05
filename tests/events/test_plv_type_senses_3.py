"""Third round of sense conditions that keep a trigger to the PLOVER type the codebook gives it,
on sentences written for these tests: support promised (SUPPORT, as pledged), a statement or
declaration rejected (criticism: ACCUSE; a demand rejected stays REJECT), the "of" phrase shared
by conjoined nouns ("its rejection and condemnation of ..."), and a possessive pronoun's doer
written where the sentence names it ("Peru renewed its demand": the demand's source is "Peru").
Each test runs the whole pipeline on its sentences."""
import pytest
from ev_helpers import first, sentence_events, types


@pytest.fixture(scope="module")
def code(pipeline):
    """The whole pipeline on one sentence; its events."""
    return lambda text: sentence_events(pipeline, text)


def test_promised_support_is_voiced_support(code):
    assert types(code("The envoy promised Canada's full support for the new Malian government.")) == ["SUPPORT"]
    assert types(code("The minister promised his country's backing to Kenya.")) == ["SUPPORT"]
    # promising aid stays aid (intended), promising to act stays AGREE
    ev = code("Japan promised $50 million in aid to Nepal.")
    assert first(ev, "AID") is not None and first(ev, "AID").status == "intended"
    assert "AGREE" in types(code("Ghana promised to hold talks with Togo next month."))


def test_rejecting_a_statement_is_criticism(code):
    ev = code("Cairo rejected the remarks of the Ethiopian prime minister.")
    assert types(ev) == ["ACCUSE"] and ev[0].mode == "disapprove"
    ev = code("The Arab League voiced its rejection of the Israeli minister's declaration.")
    assert types(ev) == ["ACCUSE"]
    # rejecting a demand or an offer stays a refusal
    assert "REJECT" in types(code("Cairo rejected the Ethiopian demand for talks."))
    assert "REJECT" in types(code("Hamas rejected the Egyptian offer."))


def test_conjoined_nouns_share_their_of_phrase(code):
    ev = code("The Arab League expressed its total rejection and strong condemnation of "
              "the Israeli Prime Minister's declaration.")
    assert types(ev) == ["ACCUSE"]
    # a demand rejected the same way stays a refusal beside the condemnation
    assert "REJECT" in types(code("Egypt voiced its rejection and condemnation of the Israeli demand."))


def test_possessive_pronoun_doer_has_its_antecedents_span(code):
    text = "Peru has renewed its demand that Chile return the disputed islands."
    ev = first(code(text), "REQUEST")
    assert ev is not None and ev.source is not None
    assert text[ev.source.start:ev.source.end] == "Peru"
    text = "The Arab League expressed its rejection of the Israeli minister's statement."
    ev = first(code(text), "ACCUSE")
    assert ev is not None and text[ev.source.start:ev.source.end] == "Arab League"


def test_support_given_with_a_contribution_is_aid(code):
    ev = code("Denmark has reinforced its commitment to Somali refugees with a contribution of 12 million kroner.")
    aid = first(ev, "AID")
    assert types(ev) == ["AID"] and aid.target is not None and "Somali refugees" in aid.target.text
    assert types(code("Norway supported the Afghan people with a donation of 10 million dollars.")) == ["AID"]
    # support without money stays voiced support
    assert types(code("Norway supported the new Afghan government.")) == ["SUPPORT"]
    assert types(code("Denmark has reinforced its commitment to the Somali people.")) == ["SUPPORT"]


def test_attacks_on_a_law_among_conjoined_objects_are_criticism(code):
    ev = code("A political group aligned with the Senate leader has led the attacks on Blackburn, "
              "the DEA law and her campaign donors.")
    assert types(ev) == ["ACCUSE"]
    assert types(code("The senator attacked the new immigration law.")) == ["ACCUSE"]
    # attacks on armed forces stay violence
    assert "ASSAULT" in types(code("Rebels carried out attacks on the army and the police in Goma."))


def test_cyber_attacks_launched_are_coercion_as_the_codebook_codes_them(pipeline):
    # PLOVER codebook: COERCE, mode cyber; PLV's training file codes some of these ASSAULT
    for text in ("Russia launched cyber attacks on Estonian banks.",
                 "Pakistan has launched cyber warfare against India.",
                 "Iran launched a cyberattack on Israeli water systems."):
        evs = pipeline.extract(text).events
        assert [(e.type, e.mode) for e in evs] == [("COERCE", "cyber")], (text, evs)
    assert [e.type for e in pipeline.extract("Russia launched an attack on Kharkiv.").events] == ["ASSAULT"]
