"""What the words around a place name say about the kind of place it is.

Geoparsers resolve an ambiguous name ("Washington", "Ontario", "Java") partly by the kind of
feature its context calls for:

- a place noun beside it: "the state of Washington", "Washington state", "Nyanza province",
  "the island of Java", "the town of Ontario";
- the other members of a list it stands in: "Oregon, Washington and Wyoming" are three
  states, "Mexico, China, Japan and Brazil" four countries (members of a coordination are
  things of one kind);
- the position after a town and a comma: in "Buffalo, New York" the second name is the
  region or country the town lies in.

``noun_kinds`` and ``list_kinds`` return the set of gazetteer features the context calls
for (empty when it says nothing); ``choose`` keeps only the candidates of those features
when there are any.
"""
from __future__ import annotations

import re

ADMIN = frozenset({"admin1", "admin2", "region"})
REGIONAL = frozenset({"admin1", "country"})
# place noun -> the features it calls for
NOUN_KINDS = {
    "state": ADMIN, "province": ADMIN, "prefecture": ADMIN, "governorate": ADMIN,
    "oblast": ADMIN, "region": ADMIN,
    "county": frozenset({"admin2", "admin1"}), "district": frozenset({"admin2", "admin1"}),
    "parish": frozenset({"admin2"}),
    "island": frozenset({"island"}),
    "city": frozenset({"city"}), "town": frozenset({"city"}), "village": frozenset({"city"}),
}
_NOUNS = "|".join(NOUN_KINDS)
# "the state of Washington", "the Indonesian island of Java", "the northern Nigerian state of"
_BEFORE = re.compile(rf"\b({_NOUNS}) of (?:the )?$", re.IGNORECASE)
# "Washington state", "Nyanza province", "Akita Prefecture" (the noun right after the name)
_AFTER = re.compile(rf" ({_NOUNS})\b", re.IGNORECASE)     # used with .match(text, end)
# what joins the members of a list
LIST_SEPARATORS = frozenset({", ", " and ", ", and ", " or ", ", or ", " & "})
# a two-member list is a list only when joined by a conjunction ("X, Y" may be "Town, Region")
CONJUNCTIONS = frozenset({" and ", ", and ", " or ", ", or ", " & "})
# features a list's members agree on strongly enough to decide a member
LIST_FEATURES = ("admin1", "country")


def noun_kinds(text: str, start: int, end: int) -> frozenset:
    """The features the place noun right before ("state of") or after ("state") calls for."""
    m = _AFTER.match(text, end, min(len(text), end + 20))
    if m is None:
        m = _BEFORE.search(text[max(0, start - 30):start])
    return NOUN_KINDS.get(m.group(1).lower(), frozenset()) if m else frozenset()


def list_members(text: str, spans: list[tuple[int, int]], k: int) -> list[int]:
    """The indexes of the spans in the same list as span ``k`` (``k`` included), or [k] when
    it stands in none.  ``spans`` are (start, end) sorted by start."""
    lo = hi = k
    while lo > 0 and text[spans[lo - 1][1]:spans[lo][0]] in LIST_SEPARATORS:
        lo -= 1
    while hi + 1 < len(spans) and text[spans[hi][1]:spans[hi + 1][0]] in LIST_SEPARATORS:
        hi += 1
    if hi - lo + 1 == 2 and text[spans[lo][1]:spans[hi][0]] not in CONJUNCTIONS:
        return [k]
    return list(range(lo, hi + 1))


def list_kinds(text: str, spans: list[tuple[int, int]], features: list[str], k: int) -> frozenset:
    """The feature most of the other members of span ``k``'s list have (admin-1 regions or
    countries only: a list of towns may hold a region), when at least half of them have it."""
    members = [j for j in list_members(text, spans, k) if j != k]
    if not members:
        return frozenset()
    for feature in LIST_FEATURES:
        if 2 * sum(features[j] == feature for j in members) >= len(members):
            return frozenset({feature})
    return frozenset()
