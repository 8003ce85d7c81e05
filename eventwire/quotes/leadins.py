"""Name-and-colon lead-ins: a paragraph that opens with who speaks, a colon, then what they
said ("Graham: Party's chances are slipping", an interview transcript's "SMITH: Well, …").

Headlines and transcripts attribute this way without a verb.  The lead must be short, have
no verb, and be a name (a proper noun, a named entity other than a date or time, or a
transcript's name in capitals) or a noun
of the speaker lexicon ("Poll:", "Newspaper:"), so that "Note:" or "Update:" are not read as
speakers.  Used by the attribution view only (see ``QuoteExtractor``).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

MAX_LEAD_TOKENS = 6
MIN_CONTENT_WORDS = 3
NOT_SPEAKERS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


@dataclass
class LeadIn:
    who: Span               # the words naming the speaker
    start: int              # character range of what is said: the rest of the paragraph
    end: int


def _paragraph_starts(doc: Doc):
    """First sentence of every paragraph (a sentence never crosses a paragraph break)."""
    text = doc.text
    for sent in doc.sents:
        i = sent[0].idx
        if i == 0 or text[max(0, i - 40):i].rstrip(" \t").endswith("\n"):
            yield sent


def find_leadins(doc: Doc, speaker_nouns: set[str]) -> list[LeadIn]:
    text = doc.text
    out = []
    for sent in _paragraph_starts(doc):
        toks = [t for t in sent[:MAX_LEAD_TOKENS + 1] if not t.is_space]
        colon = next((t for t in toks if t.text == ":"), None)
        if colon is None or colon.i == sent.start:
            continue
        lead = doc[sent.start:colon.i]
        if any(t.pos_ in ("VERB", "AUX") for t in lead) or any(
                t.ent_type_ in NOT_SPEAKERS or t.like_num for t in lead):
            continue
        head = lead.root
        # a transcript writes the speaker's name in capitals ("OKAFOR:"), which the tagger
        # often reads as a common noun
        caps = len(lead) <= 3 and all(t.is_upper for t in lead if t.is_alpha)
        if not (caps or head.pos_ == "PROPN" or head.ent_type_ or head.lemma_.lower() in speaker_nouns):
            continue
        para_end = text.find("\n", colon.idx)
        para_end = len(text) if para_end < 0 else para_end
        start = colon.idx + 1
        while start < para_end and text[start].isspace():
            start += 1
        end = len(text[:para_end].rstrip())
        if len(text[start:end].split()) < MIN_CONTENT_WORDS:
            continue
        out.append(LeadIn(lead, start, end))
    return out
