"""The words of a sentence say who acts better than the article's main
country does — a body under "of", the speaker of a first-person quote, the place where police
or marchers act, and each nationality coordinated before a noun of weapons or forces."""


def parties(ex, etype):
    return [((e.source.name, e.source.country) if e.source else None,
             (e.target.country if e.target else None)) for e in ex.events if e.type == etype]


def test_members_of_a_named_body_act_as_the_body(pipeline):
    ex = pipeline.extract("Guinea's army seized power on Sunday. Foreign ministers of the Group of "
                          "Seven nations condemned the takeover on Tuesday.")
    assert ("Group of Seven", "IGO") in [p[0] for p in parties(ex, "ACCUSE")]


def test_supporters_of_a_person_are_not_that_person(pipeline):
    ex = pipeline.extract("Turkey held a referendum on Sunday. Thousands of supporters of President "
                          "Recep Tayyip Erdogan protested in Istanbul.")
    sources = [p[0] for p in parties(ex, "PROTEST")]
    assert sources and all(name != "Recep Tayyip Erdogan" for name, _ in sources)


def test_i_in_a_quote_is_the_speaker_named_by_a_pronoun(pipeline):
    ex = pipeline.extract("Kenyan President William Ruto spoke on Monday. \"I condemn the attack on "
                          "the embassy,\" he said.")
    accuse = parties(ex, "ACCUSE")
    assert accuse and accuse[0][0][1] == "KEN"


def test_police_belong_to_the_place_where_they_act(pipeline):
    ex = pipeline.extract("Kenya's government criticised the arrests. In Uganda, police detained "
                          "twelve activists on Friday.")
    assert ("police", "UGA") in [p[0] for p in parties(ex, "COERCE")]


def test_marchers_through_a_city_belong_to_its_country(pipeline):
    ex = pipeline.extract("Germany's government defended the pension reform. Thousands of people "
                          "marched through Paris on Sunday against the cuts.")
    assert [p[0][1] for p in parties(ex, "PROTEST")] == ["FRA"]


def test_a_country_name_and_a_demonym_before_one_noun_are_two_parties(pipeline):
    ex = pipeline.extract("Militants attacked a base in Mali. U.S. and French warplanes and a "
                          "submarine struck militant positions in Mali on Friday.")
    countries = {p[0][1] for p in parties(ex, "ASSAULT") if p[0]}
    assert {"USA", "FRA"} <= countries
