"""Definite descriptions of a state named earlier in the article.

- "blaming the tiny island nation for the spill", "the Baltic state",
  "the country's president": a definite noun phrase headed by a state noun names a state
  already mentioned.  Which one is decided by salience: in its own sentence the nearest
  state before it, in an earlier sentence that sentence's most salient state (its subject
  first).  A description that is not itself a subject never names the subject of a verb
  that governs it ("Chile and Peru broke with Bolivia, accusing the nation of ..." is
  Bolivia): a speaker does not describe his own subject by a full noun phrase there.
- "the North", "the South": one half of a divided pair ("North Korea" / "South Korea"),
  read only when the article names a state of that pair.

The nouns and pairs are in ``eventwire/data/actors/state_descriptions.tsv``.
"""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ..model import Actor
from .coref import _salience
from .resolve import Mention
from .cues import WORDS

TABLE = Path(__file__).resolve().parent.parent / "data" / "actors" / "state_descriptions.tsv"
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# "fighting across the country", "fled the country": the land, not the state acting
PLACE_PREPS = {"in", "into", "across", "throughout", "around", "from", "within", "inside",
               "outside", "through", "out", "near", "to", "toward", "towards", "over"}
PLACE_VERBS = WORDS.place_verbs
DETERMINERS = {"the", "this", "that"}
SENTENCE_WINDOW = 3


class StateDescriptions:
    def __init__(self, path: Path = TABLE) -> None:
        self.nouns: set[str] = set()
        self.compass: dict[str, list[tuple[str, str]]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if cols[0] == "noun":
                self.nouns.add(cols[1])
            elif cols[0] == "compass":
                self.compass.setdefault(cols[1], []).append((cols[2], cols[3]))

    def __call__(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """New mentions for the descriptions found; existing mentions of a compass half
        ("the North's military command") take that half's country."""
        covered = {}
        for m in mentions:
            span = doc.char_span(m.actor.start, m.actor.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    covered[i] = m
        states = sorted((m for m in mentions if m.kind == "state" and m.actor.country
                         and m.actor.country != "IGO"), key=lambda m: m.head)
        named = {m.actor.country for m in states}
        out: list[Mention] = []
        for tok in doc:
            low = tok.lower_
            if low in self.compass and tok.pos_ == "PROPN" and tok.i > 0 \
                    and doc[tok.i - 1].lower_ == "the" and tok.dep_ != "compound":
                half = next(((c, p) for c, p in self.compass[low] if c in named or p in named),
                            None)
                if half is not None:
                    self._compass(doc, tok, half[0], covered, states, out)
                continue
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.nouns \
                    or tok.tag_ not in ("NN",) or tok.i in covered:
                continue
            if not self._definite_state(doc, tok):
                continue
            if any(t.i in covered for t in tok.lefts):
                continue    # "the Russian state": its nationality already names it
            prev = self._antecedent(doc, tok, states)
            if prev is None:
                continue
            lo = min((t.i for t in tok.lefts if t.dep_ in ("amod", "compound", "det")),
                     default=tok.i)
            span = doc[lo:tok.i + 1]
            p = prev.actor
            a = Actor(text=span.text, name=p.name, country=p.country, sector=p.sector,
                      start=span.start_char, end=span.end_char, kind="state",
                      explain={"rule": "state_description", "antecedent": p.text,
                               "antecedent_start": p.start})
            out.append(Mention(a, tok.i, prev.key))
        return out

    @staticmethod
    def _compass(doc: Doc, tok, country: str, covered: dict, states: list[Mention],
                 out: list[Mention]) -> None:
        m = covered.get(tok.i)
        why = {"rule": "compass_half", "word": f"the {tok.text}"}
        if m is not None:
            # "The North's military supreme command": the body belongs to that half
            if m.actor.country != country:
                m.actor.country = country
                m.actor.explain["country"] = why
                if m.key and m.key[0] == "group":
                    m.key = (m.key[0], country) + tuple(m.key[2:])
            return
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            return      # "away from the North": the land
        # the same entity as the half's name, when the article gives it ("North Korea")
        named = next((s for s in states if s.actor.country == country
                      and s.actor.explain.get("rule") == "state_name"), None)
        name = named.actor.name if named is not None else tok.text
        key = named.key if named is not None else ("state", country)
        a = Actor(text=tok.text, name=name, country=country, sector="GOV",
                  start=tok.idx, end=tok.idx + len(tok.text), kind="state",
                  explain=dict(why, rule="compass_half"))
        out.append(Mention(a, tok.i, key))

    @staticmethod
    def _definite_state(doc: Doc, tok) -> bool:
        """"the (small, landlocked) nation" as an actor: definite, singular, no "of" phrase
        ("the state of emergency") and not the land someone is in or goes to."""
        if not any(t.dep_ == "det" and t.lower_ in DETERMINERS for t in tok.lefts):
            return False
        # "the state of emergency", "a nation of 10 million"; but "accusing the nation of
        # supporting terrorism", where the parser hangs the verb's "of" on the noun, is one
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.rights):
            return False
        if tok.dep_ == "compound":
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
            return False
        if tok.dep_ == "dobj" and tok.head.lemma_ in PLACE_VERBS:
            return False
        # "the whole country", "the entire nation": the land and its people
        return not any(t.lower_ in ("whole", "entire", "same", "other", "first", "next", "only")
                       for t in tok.lefts)

    @staticmethod
    def _antecedent(doc: Doc, tok, states: list[Mention]) -> Mention | None:
        sent = tok.sent
        governing = set()
        if tok.dep_ not in SUBJECT_DEPS:
            # subjects of every verb above the description, and their conjuncts (not what
            # is said inside them: "the shells that fell in Chile's waters were a threat
            # to the country's fishermen" are Chile's fishermen)
            node = tok
            while node.head.i != node.i:
                node = node.head
                for c in node.children:
                    if c.dep_ in SUBJECT_DEPS:
                        governing.add(c.i)
                        governing.update(t.i for t in c.conjuncts)
        same = [m for m in states if sent.start <= m.head < tok.i and m.head not in governing]
        if same:
            return same[-1]
        before = [m for m in states if m.head < sent.start]
        if not before:
            return None
        sents = list(doc.sents)
        k = next(j for j, s in enumerate(sents) if s.start == sent.start)
        last = doc[before[-1].head].sent
        if k - next(j for j, s in enumerate(sents) if s.start == last.start) > SENTENCE_WINDOW:
            return None
        in_last = [m for m in before if last.start <= m.head < last.end]
        return min(in_last, key=lambda m: (_salience(doc, m), m.head))
