"""Direct and partial quotes from quotation marks, on sentences written for these tests."""


def _only(ex, kind=None):
    qs = [q for q in ex.quotes if kind is None or q.kind == kind]
    assert len(qs) == 1, [(q.kind, q.text) for q in ex.quotes]
    return qs[0]


def test_quote_then_said_name(run):
    ex = run('"The bridge will reopen next week," Mayor Anna Kowalski said on Monday.')
    q = _only(ex, "direct")
    assert q.text == "The bridge will reopen next week"
    assert "Kowalski" in q.speaker.name
    assert q.cue == "said"
    assert ex.article.text[q.start:q.end] == q.text


def test_name_said_colon_quote(run):
    ex = run('The general said: "Our units have left the valley."')
    q = _only(ex, "direct")
    assert q.text.startswith("Our units have left the valley")
    assert q.speaker is not None and q.speaker.name == "general"


def test_inverted_said_with_title(run):
    ex = run('"We will not sign this text," said Omar Haddad, the rebel negotiator.')
    q = _only(ex, "direct")
    assert q.speaker.name == "Omar Haddad"


def test_curly_marks_and_nested_single(run):
    ex = run("\u201cThey called it \u2018a final offer\u2019 and walked out,\u201d Lena Berg told reporters.")
    q = _only(ex, "direct")
    assert "a final offer" in q.text
    assert q.speaker.name == "Lena Berg"


def test_quote_over_two_sentences(run):
    ex = run('"The shelling stopped at dawn. Nobody has left the shelters yet," Petra Novak said.')
    q = _only(ex, "direct")
    assert "Nobody has left" in q.text and "shelling stopped" in q.text
    assert q.speaker.name == "Petra Novak"


def test_multi_paragraph_quote_takes_adjacent_speaker(run):
    text = ('"We asked for a corridor and got nothing," Carlos Mendes said.\n\n'
            '"The trucks are still waiting at the border. The drivers sleep in their cabs.\n\n'
            '"Nobody answers our calls."')
    ex = run(text)
    direct = [q for q in ex.quotes if q.kind == "direct"]
    assert len(direct) == 3
    assert all(q.speaker is not None and q.speaker.name == "Carlos Mendes" for q in direct)


def test_dash_attribution(run):
    ex = run('"This is not the end of the story." \u2014 Maria Lopez, on the radio')
    q = _only(ex, "direct")
    assert q.speaker.name == "Maria Lopez"
    assert q.cue == "\u2014"


def test_from_leadin(run):
    ex = run('From Jonas Weber:\n\n"The deal is fragile and both sides know it."')
    q = _only(ex, "direct")
    assert q.speaker.name == "Jonas Weber"


def test_partial_quote_words(run):
    ex = run('Foreign Minister Ruth Adler called the proposal "a serious mistake" on Friday.')
    q = _only(ex, "partial")
    assert q.text == "a serious mistake"
    assert "Adler" in q.speaker.name


def test_partial_quote_inside_reported_clause(run):
    ex = run('Ruth Adler said the talks had produced "no miracles" so far.')
    q = _only(ex)
    assert q.kind == "partial"
    assert q.text.startswith("the talks had produced")
    assert "no miracles" in q.text


def test_scare_quotes_without_speaker_are_not_quotes(run):
    ex = run('The so-called "buffer zone" stretches along the river.')
    assert ex.quotes == []


def test_pronoun_speaker_falls_back_to_last_person(run):
    ex = run('Ruth Adler arrived in Vienna late on Sunday. "We are here to listen," she said.')
    q = _only(ex, "direct")
    assert q.speaker.name == "Ruth Adler"


def test_unknown_speaker_stays_none(run):
    ex = run('"Everything is burning."\n\nThe fire spread to the market overnight.')
    q = _only(ex, "direct")
    assert q.speaker is None


def test_typewriter_double_marks(run):
    ex = run("''The bridge is safe,'' said Mayor Lena Brandt. ''We checked it twice.''")
    texts = [q.text for q in ex.quotes]
    assert "The bridge is safe" in texts
    assert "We checked it twice." in texts
    assert all(q.speaker is not None and "Brandt" in q.speaker.name for q in ex.quotes)


def test_typewriter_marks_do_not_eat_apostrophes():
    from eventwire.quotes.marks import find_quotes
    text = "It isn't over, ''he said it's over'' and left."
    [q] = find_quotes(text)
    assert text[q.start:q.end] == "he said it's over"
