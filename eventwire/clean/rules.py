"""Boilerplate rules loaded from ``eventwire/data/boilerplate.json``: named line patterns,
navigation crumbs glued into one word, and the dateline pattern."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# A glue point: a lower-case letter (or closing bracket) directly followed by a capital, as in
# "HomeWorldEurope" or "NewsNational NewsRussia-Ukraine-Invasion".
_GLUE = re.compile(r"(?<=[a-z\)])(?=[A-Z])")
_FINAL_PUNCT = frozenset(".!?:;,\"'\u201d\u2019)")


class BoilerplateRules:
    def __init__(self, data: dict):
        self.patterns = [(p["name"], re.compile(p["pattern"])) for p in data["line_patterns"]]
        crumb = data["crumb"]
        self.crumb_max_words = int(crumb["max_words"])
        self.section_names = frozenset(crumb["section_names"])
        self.glue_prefixes = frozenset(crumb["glue_prefixes_ignored"])
        self.datelines = [re.compile(p) for p in data["dateline"]["patterns"]]
        self.dateline_max_line = int(data["dateline"]["max_line"])

    def match(self, line: str) -> str | None:
        """The name of the rule that marks this (stripped) line as page furniture, or None."""
        # Story lines are long and end in punctuation; only short lines can be widgets.  The
        # photo-credit rule is the exception (an AP caption is a long sentence), so long lines
        # are still tried against the patterns, which are all anchored by fullmatch.
        for name, rx in self.patterns:
            if rx.fullmatch(line):
                return name
        if self.is_crumb(line):
            return "navigation_crumb"
        return None

    def is_crumb(self, line: str) -> bool:
        if line[-1] in _FINAL_PUNCT:
            return False
        words = line.split()
        # A crumb is a run of section names, each capitalised; a headline has lower-case words.
        if len(words) > self.crumb_max_words or not all(w[0].isupper() for w in words):
            return False
        glue_points = 0
        section_hit = False
        for word in words:
            pieces = _GLUE.split(word)
            if len(pieces) == 1:
                continue
            # "McCain", "DeSantis", "MacArthur": a surname prefix is not a glue point.
            glued = [p for p in pieces[:-1] if p not in self.glue_prefixes]
            glue_points += len(glued)
            if any(p.strip("-") in self.section_names for p in pieces):
                section_hit = True
        return glue_points >= 2 or (glue_points >= 1 and section_hit)


@lru_cache(maxsize=1)
def load_rules() -> BoilerplateRules:
    path = resources.files("eventwire") / "data" / "boilerplate.json"
    return BoilerplateRules(json.loads(path.read_text(encoding="utf-8")))
