"""A concession that opens the sentence after a claim answers the speaker's claims on both
sides of it; a statement inside that concession is evidence, not a claim of its own."""


def test_a_concession_in_the_next_sentence_disputes_both_claims(pipeline):
    text = ("Defence Minister Ali Rahimi claimed the depot had been empty for weeks. Even though "
            "witnesses saw smoke over the depot and the mayor said two guards died, Rahimi claimed "
            "that all the staff had left.")
    ex = pipeline.extract(text)
    first = next(c for c in ex.claims if "depot had been empty" in c.text)
    second = next(c for c in ex.claims if "staff had left" in c.text)
    for c in (first, second):
        assert any("witnesses saw smoke" in d.text and "two guards died" in d.text
                   for d in c.disputed_by), c.disputed_by
    assert "concession-next-sentence" in first.explain["disputes"]
    assert not any("two guards died" in c.text for c in ex.claims)
