"""The word lists the quote stage reads, loaded once from ``eventwire/data``."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources


def _rows(name: str) -> list[dict]:
    text = resources.files("eventwire.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@dataclass(frozen=True)
class Cue:
    lemma: str
    cls: str            # say | claim | deny | accuse | request | promise | name | estimate | think
    status: str | None  # claimed | denied | None
    needs: str | None   # a required preposition/particle, "oprd", or None


@dataclass
class Lexicon:
    cues: dict[str, list[Cue]] = field(default_factory=dict)      # lemma -> cues
    contrast: set[str] = field(default_factory=set)               # one-word connectives
    contrast_phrases: list[tuple[str, ...]] = field(default_factory=list)
    rebut: set[str] = field(default_factory=set)                  # lemmas
    evidence: list[tuple[str, ...]] = field(default_factory=list)  # token sequences
    speaker_nouns: set[str] = field(default_factory=set)
    speech_settings: set[str] = field(default_factory=set)
    discredit: set[str] = field(default_factory=set)              # "illegitimate", "baseless"
    contrary: list[tuple[str, ...]] = field(default_factory=list)  # "continued to", "still"
    anaphors: set[str] = field(default_factory=set)               # "accusation", "claim"
    stance: dict[str, list[Cue]] = field(default_factory=dict)    # attribution view only

    @classmethod
    def load(cls) -> "Lexicon":
        lex = cls()
        for r in _rows("reporting_verbs.tsv"):
            cue = Cue(r["lemma"], r["class"], None if r["status"] == "-" else r["status"],
                      None if r["needs"] == "-" else r["needs"])
            lex.cues.setdefault(cue.lemma, []).append(cue)
        for r in _rows("dispute_cues.tsv"):
            words = tuple(r["cue"].split())
            if r["kind"] == "contrast":
                if len(words) == 1:
                    lex.contrast.add(words[0])
                else:
                    lex.contrast_phrases.append(words)
            elif r["kind"] == "rebut":
                lex.rebut.add(r["cue"])
            elif r["kind"] == "discredit":
                lex.discredit.add(r["cue"])
            elif r["kind"] == "anaphor":
                lex.anaphors.add(r["cue"])
            elif r["kind"] == "contrary":
                lex.contrary.append(words)
            else:
                lex.evidence.append(words)
        for r in _rows("attribution_verbs.tsv"):
            cue = Cue(r["lemma"], "stance", None, None)
            lex.stance.setdefault(cue.lemma, []).append(cue)
        lex.speaker_nouns = {r["lemma"] for r in _rows("speaker_nouns.tsv")}
        lex.speech_settings = {r["lemma"] for r in _rows("speech_settings.tsv")}
        return lex
