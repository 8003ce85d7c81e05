"""The trigger lexicon (``eventwire/data/event_triggers.tsv``): which word, under which
conditions, evokes which PLOVER type.

A row names a lemma and a coarse part of speech and may require a child word (a particle,
preposition or modifier: "pull *out*", "call *for*", "*hunger* strike") and an object head
("reach a *deal*", "open *fire*").  For a token the most specific matching row wins, so
"fire missiles at X" (object + preposition) beats "fire missiles" (object) beats "fire".
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import PLOVER_TYPES
from .resources import data_text

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class TriggerRow:
    lemma: str
    pos: str                      # VERB | NOUN | ADJ (predicates of blame)
    child: frozenset[str]         # empty: no condition
    objects: frozenset[str]       # empty: no condition
    object_any: bool              # "*": some object required
    object_except: bool           # "-a|b": some object required, not one of these
    type: str
    mode: str | None
    status: str | None
    contexts: tuple[str, ...]
    line: int

    @property
    def specificity(self) -> int:
        return (2 if self.child else 0) + (2 if self.objects and not self.object_except else
                                           1 if (self.object_any or self.object_except) else 0)

    def matches(self, child_lemmas: set[str], object_lemmas: set[str]) -> bool:
        if self.child and not (self.child & child_lemmas):
            return False
        if self.object_any and not object_lemmas:
            return False
        if self.objects:
            if self.object_except:
                return bool(object_lemmas) and not (object_lemmas & self.objects)
            return bool(self.objects & object_lemmas)
        return True

    def describe(self) -> str:
        cond = []
        if self.child:
            cond.append("child=" + "|".join(sorted(self.child)))
        if self.object_any:
            cond.append("object=*")
        elif self.objects:
            cond.append(("object!=" if self.object_except else "object=") + "|".join(sorted(self.objects)))
        return f"{self.lemma}/{self.pos}{' ' + ' '.join(cond) if cond else ''} -> {self.type} (line {self.line})"


def _split(cell: str) -> frozenset[str]:
    return frozenset(x.strip().lower() for x in cell.split("|") if x.strip())


class TriggerLexicon:
    def __init__(self, text: str | None = None):
        text = data_text("event_triggers.tsv") if text is None else text
        rows: dict[tuple[str, str], list[TriggerRow]] = {}
        header_seen = False
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = (line.rstrip("\n").split("\t") + [""] * 8)[:8]
            if not header_seen and cells[0] == "lemma":
                header_seen = True
                continue
            lemma, pos, child, obj, typ, mode, status, contexts = cells
            obj = obj.strip()
            except_ = obj.startswith("-")
            row = TriggerRow(
                lemma=lemma.strip().lower(), pos=pos.strip().upper(), child=_split(child),
                objects=_split(obj.lstrip("-")) if obj != "*" else frozenset(),
                object_any=obj == "*", object_except=except_, type=typ.strip(),
                mode=mode.strip() or None, status=status.strip() or None,
                contexts=tuple(sorted(_split(contexts))), line=n)
            if row.type not in PLOVER_TYPES or row.pos not in ("VERB", "NOUN", "ADJ"):
                raise ValueError(f"event_triggers.tsv line {n}: bad type or pos: {line!r}")
            rows.setdefault((row.lemma, row.pos), []).append(row)
        # most specific first; file order breaks ties (sort is stable)
        self.rows = {k: sorted(v, key=lambda r: -r.specificity) for k, v in rows.items()}
        self.verb_lemmas = frozenset(k[0] for k in self.rows if k[1] == "VERB")
        self.noun_lemmas = frozenset(k[0] for k in self.rows if k[1] == "NOUN")
        self.adj_lemmas = frozenset(k[0] for k in self.rows if k[1] == "ADJ")

    @staticmethod
    def pos_class(tok) -> str | None:
        if tok.pos_ in VERB_POS or tok.tag_ in ("VBN", "VBG", "VBD"):
            return "VERB"
        if tok.pos_ in NOUN_POS:
            return "NOUN"
        if tok.pos_ == "ADJ":
            return "ADJ"
        return None

    def candidate(self, lemma: str, pos: str | None) -> bool:
        """Cheap first test: could this lemma trigger at all?"""
        return ((pos == "VERB" and lemma in self.verb_lemmas) or (pos == "NOUN" and lemma in self.noun_lemmas)
                or (pos == "ADJ" and lemma in self.adj_lemmas))

    def match(self, lemma: str, pos: str, child_lemmas: set[str], object_lemmas: set[str]) -> TriggerRow | None:
        for row in self.rows.get((lemma, pos), ()):
            if row.matches(child_lemmas, object_lemmas):
                return row
        return None
