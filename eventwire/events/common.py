"""What the event coder's parts share: the type groups and dependency sets its rules
read, the Trigger record passed from step to step, the span helpers, and Dyads (the
country pairs an article's events join)."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..model import Actor, Event, Span
from . import arguments as args
from .lexicon import TriggerRow


MUTUAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# acts a refusal can be about: "would not negotiate" refuses the talks
# the PLOVER codebook's REQUEST/REJECT mode for asking for or refusing an act of each type
PETITION_MODES = {"RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AID": "assist"}
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "MOBILIZE"})
VIOLENT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
# governing acts that absorb an act embedded under them
FRAMING = frozenset({"REQUEST", "REJECT", "THREATEN", "ACCUSE", "AGREE", "CONCEDE"})
# acts of violence or repression that, reported by another side, accuse the doer
BLAMED_TYPES = frozenset({"ASSAULT", "COERCE"})
# reactions to another act: the act reacted to keeps its own event when it names its doer
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT", "PROTEST"})
CLAUSE_FRAMING = frozenset({"REQUEST", "REJECT", "THREATEN", "ACCUSE"})
# "if the North attacked again", "unless Iran backs down": the condition of a threat
CONDITION_MARKS = frozenset({"if", "unless"})
# hostile acts that, promised on another party's condition, are threats
CONDITIONAL_THREAT_TYPES = frozenset({"SANCTION", "ASSAULT", "COERCE"})
CONSUME_PREPS = frozenset({"for", "of", "on", "to", "against", "with", "about", "over", "into", "in", "from"})
DATE_ENTS = frozenset({"DATE", "TIME"})
# "agreed in a phone call", "agreed at the summit": the meeting is where the act happened,
# and a meeting of its own, not the thing agreed
SETTING_RELS = frozenset({"prep:in", "prep:at", "prep:during"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# dependencies that open a clause of its own: a place inside one is not where the act happened
CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "parataxis", "conj"})
# multi-word names whose inner words may look like triggers ("Popular Mobilization Forces")
NAME_ENTS = frozenset({"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "NORP"})
MAX_PER_TRIGGER = 4
# governing acts that answer an act made by another party ("rejected calls from X")
ANSWERS = frozenset({"REJECT", "CONCEDE", "AGREE", "ACCUSE", "SUPPORT"})
# "despite appeals from X": the appeal was made, and the clause defies it
CONCESSIVE_PREPS = frozenset({"despite"})
# "after detaining them", "since signing the deal": an act before or after the clause's own,
# not its complement
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
SEQUENCE_PREPS = frozenset({"after", "before", "since", "following", "until", "upon"})
# "an investigation into Boztepe", "charged Oommen Chandy": a named person or body the actor
# stage did not resolve is still the one acted on; no actor elsewhere stands for it
UNRESOLVED_NAME_ENTS = frozenset({"PERSON", "ORG", ""})
# lexicon status for a reading that exists only when negated ("not bound by" is REJECT)
NEGATED_ONLY = "negated-only"
# acts that press a side: when no accusation was coded, the one who rejects 'the accusations'
# answers the latest side that sanctioned, threatened, coerced or confronted it
PRESSURE_TYPES = frozenset({"SANCTION", "THREATEN", "COERCE", "REQUEST"})
# acts whose reported will/would is also a promise (AGREE), and the auxiliaries that make it
PROMISABLE_TYPES = frozenset({"AID", "COOPERATE"})
PROMISE_AUX = frozenset({"will", "would", "'ll", "wo"})


@dataclass
class Trigger:
    tok: Token
    row: TriggerRow
    type: str
    is_noun: bool
    status: str | None = None
    why: list[str] = field(default_factory=list)
    suppressed: str | None = None
    args_from: Token | None = None   # an event noun whose arguments the trigger takes
    others: list = field(default_factory=list)   # (role, token): mediators, hosts, brokers
    swap: bool = False               # "X hosted Y": the guest is the source
    args_from_adj: Token | None = None   # "X is ready for talks": X is the source
    ordered_by: Token | None = None      # "gave X 48 hours to leave": the giver expels X
    doer: Token | None = None            # "praised the army for capturing X": the army captured


def sentence_evidence(text: str, sent) -> Span:
    """A sentence as an event's evidence: its text without the trailing white space."""
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(text[start:end], start, end)


def insert_in_order(events: list[Event], ev: Event) -> None:
    """Insert an event found after the sentence pass before the first event of a later sentence."""
    at = next((k for k, e in enumerate(events) if e.evidence.start > ev.evidence.start), len(events))
    events.insert(at, ev)


def spans(parties) -> list[tuple[int, int]]:
    """Character spans of the parties: tokens, or actors standing for "the two sides"
    (an actor read from elsewhere in the article has no span in this clause)."""
    out = []
    for x in parties:
        if isinstance(x, Token):
            out.append((x.idx, x.idx + len(x.text)))
            # "Chamisa and his party, the Movement for Democratic Change": what a party is
            # put in apposition with is that party, never the other one
            # ("Putin, second left, and Medvedev": an 'apposition' after an "and" is a list item)
            doc = x.doc
            out += [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                    for c in x.children if c.dep_ == "appos" and c.i > x.i
                    and not any(w.lower_ in ("and", "or") for w in doc[x.i + 1:c.left_edge.i])]
        elif getattr(x, "start", None) is not None and x.end is not None:
            out.append((x.start, x.end))
    return out


# entity labels of a name that never owns a thing: places, dates, amounts, laws, events
OWNER_NOT_ENTS = frozenset({"GPE", "LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "LANGUAGE"}) | args.NOT_ACTOR_ENTS


def own_phrase_spans(parties, locative_preps=frozenset(), has_mention=lambda tok: True) -> list[tuple[int, int]]:
    """Character spans of the words of each doer's own noun phrase ("the UN Support Mission
    in Libya", "the rebel Free Syrian Army", "a Taliban-claimed car bomb", "the affiliate of
    the Islamic State"): what names or places the doer is no other party to its act.  A
    clause inside the phrase ("protesters who attacked the police") may name one, so its
    words are left out, as are parties listed with it ("Putin, second left, and Medvedev"),
    and the place where the doer is ("residents of Khartoum", "the embassy in London"): the
    people of that place may be the other party, as when lawmakers condemn a bombing of their
    parliament."""
    out = []

    def where(c: Token) -> bool:
        if c.dep_ in ("nmod", "compound") and any(g.dep_ == "conj" for g in c.children):
            return True     # "President Trump and North Korean leader Kim": a pair misparsed as one name
        return c.dep_ == "prep" and (c.lower_ in locative_preps or (c.lower_ in ("of", "from") and any(
            p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC") for p in c.children)))

    for x in parties:
        if not isinstance(x, Token):
            continue
        doc = x.doc
        if x.dep_ in ("nsubj", "nsubjpass"):
            # "The rebel Free Syrian Army threatened": a describing noun misparsed as a second
            # subject of the doer's verb, just before the doer, is the doer's own word
            out += [(c.left_edge.idx, c.idx + len(c.text)) for c in x.head.children
                    if c.dep_ == x.dep_ and c.pos_ == "NOUN" and c.right_edge.i == x.left_edge.i - 1]
        stack = [c for c in x.children if c.dep_ not in ("relcl", "acl", "advcl", "conj", "cc") and not where(c)
                 and not (c.dep_ == "appos" and any(w.lower_ in ("and", "or") for w in doc[x.i + 1:c.left_edge.i]))]
        while stack:
            w = stack.pop()
            out.append((w.idx, w.idx + len(w.text)))
            # "the armies of Brazil and Argentina": a listed party is a co-doer or the other side
            # ("the Committee on Trade and Investment": a list of things is the doer's name)
            stack += [c for c in w.children if c.dep_ not in ("relcl", "acl", "advcl", "cc") and not where(c)
                      and (c.dep_ != "conj" or not has_mention(w))]
    return out


class Dyads:
    """The pairs of countries an article's events join (targets named, not filled in), so
    that "the two sides" can be read as its main pair: the most frequent, the latest on a
    tie; each side is named by its latest government actor (else by its country code)."""

    def __init__(self):
        self.counts: dict[frozenset, tuple[int, int]] = {}
        self.hostile: dict[frozenset, tuple[int, int]] = {}    # pairs joined by fighting
        self.actor_of: dict[str, Actor] = {}
        self.n = 0

    def add(self, source, target, hostile: bool = False, named: bool = True) -> None:
        """Count a pair an event joins.  ``hostile``: it fights; ``named``: its target was
        named, not guessed (a guessed target counts only among those that fight)."""
        if source is None or target is None or not source.country or not target.country \
                or source.country == target.country or "IGO" in (source.country, target.country):
            return
        self.n += 1
        key = frozenset((source.country, target.country))
        if named:
            self.counts[key] = (self.counts.get(key, (0, 0))[0] + 1, self.n)
        if hostile:
            self.hostile[key] = (self.hostile.get(key, (0, 0))[0] + 1, self.n)
        for a in (source, target):
            if (a.sector == "GOV" or a.kind == "state") and (named or a.country not in self.actor_of):
                self.actor_of[a.country] = a

    def main(self, hostile: bool = False) -> tuple[Actor, Actor] | None:
        """The main pair; ``hostile``: the main pair of those that fight ("the two warring
        countries"), when the article has coded any fighting."""
        counts = self.hostile if hostile and self.hostile else self.counts
        if not counts:
            return None
        return tuple(self.actor_of.get(c) or Actor(text="", name=c, country=c, sector="GOV", kind="state",
                                                    explain={"rule": "events-both-sides"})
                     for c in sorted(max(counts, key=counts.get)))


