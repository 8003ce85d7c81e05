"""The pipeline object: loaded once, batches in order, failures recorded, offsets exact."""
import json

from eventwire.model import Article, Extraction, Failure


def test_batch_keeps_order_and_isolates_failures(pipeline):
    items = [Article(id="a", raw="Russian troops shelled the city of Kharkiv on Monday, officials said."),
             Failure(id="b", error="line 2: invalid JSON"),
             Article(id="c", raw=""),
             Article(id="d", raw="Protesters marched in Paris against the pension reform, police said.")]
    out = list(pipeline.run(items))
    assert [x.id if isinstance(x, Failure) else x.article.id for x in out] == ["a", "b", "c", "d"]
    assert isinstance(out[0], Extraction) and isinstance(out[3], Extraction)
    assert isinstance(out[1], Failure) and isinstance(out[2], Failure)


def test_every_item_points_at_its_text(pipeline, gold_dir):
    rows = [json.loads(x) for x in (gold_dir / "dev.jsonl").open(encoding="utf-8")][:8]
    from eventwire.eval.predict import scoring_input
    from eventwire.io import article_from_record
    for ex in pipeline.run(article_from_record(scoring_input(r)) for r in rows):
        assert isinstance(ex, Extraction), ex
        text = ex.article.text
        for e in ex.events:
            assert text[e.evidence.start:e.evidence.end] == e.evidence.text
            assert e.evidence.start <= e.trigger.start < e.evidence.end
            assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        for x in ex.quotes + ex.places + ex.times + ex.claims:
            assert text[x.start:x.end] == x.text
        for m in ex.mentions:
            assert text[m.start:m.end] == m.text


def test_sentences_do_not_cross_paragraphs(pipeline):
    doc = pipeline.nlp("A headline without a stop\n\nThe body starts here and goes on.")
    assert [s.text.strip() for s in doc.sents] == ["A headline without a stop", "The body starts here and goes on."]


def test_api_extract_from_text_and_html():
    import eventwire
    ex = eventwire.extract("<html><body><h1>Strike</h1><p>Israeli warplanes struck targets in Gaza on "
                           "Tuesday, the military said.</p></body></html>", published="2021-05-18")
    assert "Israeli warplanes struck" in ex.article.text
    assert str(ex.article.published) == "2021-05-18"


def test_the_dateline_is_not_part_of_the_first_sentence(nlp):
    text = ("Lede follows.\n\nNAIROBI, Kenya — Kenyan and Somali officials met in Nairobi on Monday "
            "to discuss the border.")
    doc = nlp(text)
    first = next(s for s in doc.sents if "officials" in s.text)
    assert first.text.startswith("Kenyan and Somali officials")


def test_coordinated_nationalities_are_parties_of_their_own(pipeline):
    ex = pipeline.extract("Kenyan and Somali officials met in Nairobi on Monday to discuss the border.")
    consult = [e for e in ex.events if e.type == "CONSULT"]
    assert consult and {consult[0].source.country, consult[0].target.country} == {"KEN", "SOM"}


def test_a_record_that_is_not_an_article_is_skipped_with_its_reason(pipeline):
    out = list(pipeline.run([{"id": "r1", "raw": "Troops fired on protesters."},
                             Article(id="a2", raw="Police arrested ten protesters in the capital.")]))
    assert isinstance(out[0], Failure) and out[0].id == "r1" and "not an Article" in out[0].error
    assert isinstance(out[1], Extraction) and out[1].article.id == "a2"
