"""Cleaning: from a scraped page (text or HTML) to the story text the stages read.

``Cleaner()(article)`` fills ``article.text`` (paragraphs separated by one blank line),
``article.title`` (when the input gave none), ``article.dateline``, ``article.removed`` (the raw
lines dropped) and ``article.explain`` (the rule behind every dropped line, and how the title
and dateline were found).  It raises ``InputError`` for empty, all-boilerplate or non-English
input.

How a page is read, line by line:

1. Page furniture anywhere (crumbs, "Posted …" and date stamps, share and sign-up prompts,
   "Related: …" links, bylines, photo credits, wire trailers) is matched by the named rules of
   ``data/boilerplate.json``.
2. The remaining lines are grouped into units (a headline, a caption, or a paragraph whose
   lines were hard-wrapped), since a wrapped paragraph's first line can look like a headline.
3. The story starts at the dateline ("ANTALYA, Turkey — …") when what stands above it is a
   page header (no paragraph-long unit, few words).  Above it, the headline is the first
   headline-like unit and every other unit is noise (captions, stray labels).  Without a
   dateline the story starts at the first lede-like paragraph, and above it only units that
   are clearly not story are dropped: furniture, the headline, bare names, repeats of a later
   sentence, and short lines stacked in one block with the page header.
4. Below the story start a paragraph is never dropped for being short: only the furniture
   rules and a near-duplicate test (a one-line paragraph that a later sentence repeats almost
   word for word: a pull quote or caption) remove anything.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

from ..model import Article, InputError, Span
from .captions import RepeatFinder
from .dateline import find_dateline
from .headline import choose_headline, is_headline_like, is_title_case
from .html import html_to_text
from .language import is_english
from .normalise import Line, normalise, split_lines
from .rules import load_rules

# Without a dateline, the first paragraph that reads like a lede starts the story.
LEDE_MIN_WORDS = 8
LEDE_ALWAYS_WORDS = 20
LEDE_LONG_WORDS = 35        # a unit this long is story wherever it sits
HEADER_MAX_WORDS = 60       # above a dateline: more words than this are story, not header
CAPTION_MAX_WORDS = 25      # a stacked page-header line longer than this is not dropped
# A hard-wrapped paragraph: at least this many lines, none wider than this, and every line
# but the last filled to this share of the widest.
WRAP_MIN_LINES = 3
WRAP_MAX_WIDTH = 100
WRAP_FILL = 0.75
# A line ending on one of these words was cut by a wrap, not ended by the writer.
_FUNCTION_WORDS = frozenset("a an the and or but of in on at to for from by with as that which who "
                            "whose than into onto over under about after before between".split())
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")", ":")


class Cleaner:
    def __init__(self):
        self.rules = load_rules()

    def __call__(self, article: Article) -> Article:
        explain: dict = {"source": "text", "removed": []}
        if not article.raw.strip() and article.html:
            self._read_html(article, explain)
        if not article.raw.strip():
            raise InputError("empty input: no text to read")

        lines, had_blank = split_lines(normalise(article.raw))
        texts = [ln.text for ln in lines]
        verdicts: list[str | None] = [self.rules.match(t) for t in texts]

        # (a furniture line, such as an agency photo caption, cannot open the story)
        dateline = find_dateline([t if v is None else "" for t, v in zip(texts, verdicts)],
                                 self.rules.datelines, self.rules.dateline_max_line)
        # Units are what a reader sees as one piece: a headline, a caption, or a paragraph
        # whose lines were hard-wrapped.  Page-top decisions are made unit by unit.
        units = _units(lines, verdicts)
        if dateline:
            first = next(k for k, u in enumerate(units) if dateline.line in u)
            if not _is_page_header(units[:first], texts):
                # A capitalised run with a dash below story paragraphs is a subhead or a
                # live-blog entry, not the opening of the story.
                explain["dateline_rejected"] = {"line": texts[dateline.line][:80],
                                                "rule": "story paragraphs stand above it"}
                dateline = None
        if not dateline:
            first = self._lede_unit(units, lines, had_blank)
        start = units[first][0] if first < len(units) else len(lines)
        repeats = RepeatFinder(texts)

        # The page top: the headline, then (above a dateline) nothing else is story.
        top = units[:first]
        unit_texts = [" ".join(texts[i] for i in u) for u in top]
        headline = None
        if top:
            pick = choose_headline(unit_texts)
            if pick is not None:
                headline = pick
        given = _norm(article.title) if article.title else None
        for k, (unit, utext) in enumerate(zip(top, unit_texts)):
            if k == headline or (given and _norm(utext) == given):
                verdict = "headline"
            elif dateline:
                verdict = ("repeats_later_sentence" if repeats.repeated_later(unit[-1], utext)
                           else "above_dateline")
            elif is_title_case(utext) and not utext.endswith("."):
                verdict = "bare_name_caption"
            elif repeats.repeated_later(unit[-1], utext):
                verdict = "repeats_later_sentence"
            elif had_blank and _in_header_stack(lines, unit) and len(utext.split()) <= CAPTION_MAX_WORDS:
                verdict = "caption_in_page_header"
            else:
                continue
            for i in unit:
                verdicts[i] = verdict

        # Below the story start: only a one-line paragraph that repeats a later sentence.
        for i in range(start + 1, len(lines)):
            if verdicts[i] is None and _alone_in_block(lines, i) \
                    and repeats.repeated_later(i, texts[i], strict=True):
                verdicts[i] = "repeats_later_sentence"

        if headline is not None and article.title is None:
            article.title = unit_texts[headline]
            explain["title"] = {"line": unit_texts[headline], "rule": (
                "first headline-like line above the dateline" if dateline else
                "first headline-like line above the lede")}
        elif article.title is not None:
            explain["title"] = {"line": article.title, "rule": "given by the input"}

        text, line_starts = _assemble(lines, verdicts, had_blank)
        if not text:
            raise InputError("nothing left after cleaning: every line looked like page furniture")
        ok, share, other = is_english(text)
        if not ok:
            raise InputError(f"not English (reads as {other}; {share:.0%} of its words are "
                             "English stop words)")

        article.text = text
        article.removed = [texts[i] for i, v in enumerate(verdicts) if v is not None]
        explain["removed"] = [{"line": texts[i], "rule": v} for i, v in enumerate(verdicts) if v]
        if dateline and dateline.line in line_starts:
            at = line_starts[dateline.line]
            article.dateline = Span(dateline.place, at + dateline.start, at + dateline.end)
            explain["dateline"] = {"text": dateline.place, "agency": dateline.agency,
                                   "date": dateline.date, "rule": "capitalised place and dash "
                                   "opening the story"}
        article.explain = {**article.explain, **explain}
        return article

    # -- helpers --------------------------------------------------------------------------
    def _read_html(self, article: Article, explain: dict) -> None:
        got = html_to_text(article.html)
        article.raw = got.text
        explain["source"] = f"html:{got.method}"
        if article.title is None and got.title:
            article.title = " ".join(got.title.split())
        if article.url is None and got.url:
            article.url = got.url
        if article.published is None and got.date:
            try:
                article.published = dt.date.fromisoformat(got.date[:10])
            except ValueError:
                pass

    def _lede_unit(self, units: list[list[int]], lines: list[Line], had_blank: bool) -> int:
        """Without a dateline: the first unit that reads like a story's opening paragraph,
        else the first full sentence, else the top (a single line is never a page top).
        Where blank lines separate paragraphs, a unit stacked under other lines of the page
        header in one block is a caption, not a lede, unless it is paragraph-long."""
        first_sentence = None
        for k, unit in enumerate(units):
            t = " ".join(lines[i].text for i in unit)
            n = len(t.split())
            ends = t.endswith(_SENTENCE_END)
            stacked = had_blank and unit[0] > 0 and lines[unit[0] - 1].block == lines[unit[0]].block
            if n >= LEDE_LONG_WORDS or (not stacked and (
                    n >= LEDE_ALWAYS_WORDS or (ends and n >= LEDE_MIN_WORDS))):
                return k
            if ends and first_sentence is None and not is_headline_like(t):
                first_sentence = k
        return first_sentence if first_sentence is not None else 0


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _units(lines: list[Line], verdicts: list[str | None]) -> list[list[int]]:
    """Kept lines grouped into units: a line continues the one before it (same block, no
    furniture between) when that one stops mid-sentence and this one goes on in lower case,
    or that one ends on a comma, a hyphen or a function word."""
    wrapped = _wrapped_blocks(lines, verdicts)
    return _runs_of_kept_lines(
        lines, verdicts, lambda before, line: line.block in wrapped or _continues(before.text, line.text))


def _runs_of_kept_lines(lines: list[Line], verdicts: list[str | None],
                        joins: Callable[[Line, Line], bool]) -> list[list[int]]:
    """Indices of kept lines in runs: a kept line joins the run of the kept line just before
    it when both are in one blank-line block and ``joins(before, line)``; a dropped line
    always ends a run."""
    runs: list[list[int]] = []
    prev: int | None = None
    for i, (line, v) in enumerate(zip(lines, verdicts)):
        if v is not None:
            prev = None
            continue
        if prev is not None and lines[prev].block == line.block and joins(lines[prev], line):
            runs[-1].append(i)
        else:
            runs.append([i])
        prev = i
    return runs


def _wrapped_blocks(lines: list[Line], verdicts: list[str | None]) -> set[int]:
    """Blocks that are one hard-wrapped paragraph: three or more lines, no furniture among
    them, every line but the last filled to about the same width (a stack of headline,
    caption and stamps has lines of unrelated lengths)."""
    by_block: dict[int, list[int]] = {}
    for line, v in zip(lines, verdicts):
        by_block.setdefault(line.block, []).append(-1 if v is not None else len(line.text))
    wrapped = set()
    for block, lengths in by_block.items():
        body = lengths[:-1]
        if len(lengths) < WRAP_MIN_LINES or min(lengths) < 0:
            continue
        width = max(body)
        if width <= WRAP_MAX_WIDTH and min(body) >= WRAP_FILL * width:
            wrapped.add(block)
    return wrapped


def _continues(before: str, after: str) -> bool:
    if before.endswith(_SENTENCE_END):
        return False
    if after[:1].islower() or before[-1] in ",;-\u2013\u2014(":
        return True
    last = before.rsplit(None, 1)[-1].lower()
    return last in _FUNCTION_WORDS


def _is_page_header(units: list[list[int]], texts: list[str]) -> bool:
    """Whether what stands above a dateline is a page header (headline, captions, stray
    labels) rather than story: no paragraph-long unit, and few words in all."""
    total = 0
    for unit in units:
        n = sum(len(texts[i].split()) for i in unit)
        if n >= LEDE_LONG_WORDS:
            return False
        total += n
    return total <= HEADER_MAX_WORDS


def _in_header_stack(lines: list[Line], unit: list[int]) -> bool:
    """The unit shares its blank-line block with other lines (a stacked page header)."""
    b = lines[unit[0]].block
    first, last = unit[0], unit[-1]
    return (first > 0 and lines[first - 1].block == b) or (last + 1 < len(lines) and lines[last + 1].block == b)


def _alone_in_block(lines: list[Line], i: int) -> bool:
    b = lines[i].block
    return (i == 0 or lines[i - 1].block != b) and (i + 1 == len(lines) or lines[i + 1].block != b)


def _hyphen_wrap(before: str, after: str) -> bool:
    """A compound broken at its hyphen by a hard wrap ("Western-" / "backed") joins without
    a space."""
    return len(before) > 1 and before[-1] == "-" and before[-2].isalpha() and after[:1].islower()


def _assemble(lines: list[Line], verdicts: list[str | None], had_blank: bool
              ) -> tuple[str, dict[int, int]]:
    """Join kept lines into paragraphs: lines of one blank-line block fold into one paragraph
    (they are soft wraps), a dropped line between them ends the paragraph.  Text without any
    blank line puts a paragraph on each line, so there a line break after sentence-final
    punctuation ends the paragraph and other breaks are wraps."""
    paragraphs = _runs_of_kept_lines(
        lines, verdicts, lambda before, line: had_blank or not before.text.endswith(_SENTENCE_END))
    out: list[str] = []
    starts: dict[int, int] = {}
    pos = 0
    for para in paragraphs:
        if out:
            out.append("\n\n")
            pos += 2
        for k, i in enumerate(para):
            if k and not _hyphen_wrap(lines[para[k - 1]].text, lines[i].text):
                out.append(" ")
                pos += 1
            starts[i] = pos
            out.append(lines[i].text)
            pos += len(lines[i].text)
    return "".join(out), starts
