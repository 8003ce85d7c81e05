"""Reading inputs: strings, JSONL records, files, directories and stdin, as a stream.

Every reader yields either an ``Article`` or a ``Failure(id, one-line reason)``, so a bad
file or a bad line never stops a batch.  Files are checked before they are read: a file over
the size limit is refused from its size alone, a binary or badly encoded file is refused with
the byte that gave it away.  JSONL is read line by line, so its size is not limited.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import sys
from typing import IO, Iterable, Iterator

from .model import Article, Failure, InputError

MAX_ARTICLE_BYTES = 5 * 1024 * 1024        # one article's text (or HTML)
MAX_JSON_FILE_BYTES = 200 * 1024 * 1024    # a .json file holding an array is read whole
INPUT_EXTENSIONS = (".txt", ".text", ".html", ".htm", ".jsonl", ".json", ".ndjson")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
_SNIFF_BYTES = 8192
# Markup that makes a string HTML rather than text (looked for near the start only).
_HTML_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]|<p[\s>]|</p>|<div[\s>]"
                         r"|<article[\s>]|<br\s*/?>|<h[1-6][\s>]", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
_ISO_DAY = re.compile(r"\d{4}-?\d\d-?\d\d(?:$|[T ])")   # a full ISO date, maybe with a time


# -- single articles -----------------------------------------------------------------------
def looks_like_html(text: str) -> bool:
    head = text[:_SNIFF_BYTES]
    return bool(_HTML_SNIFF.search(head)) and ("<" in head.lstrip()[:1] or head.count("<") >= 2)


def parse_published(value) -> dt.date | None:
    """A publication date from a date, a datetime or a string (ISO date or datetime such as
    "2022-03-10T14:02:00Z", or a written date with a year such as "March 10, 2022")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"published: cannot read {value!r} as a date")
    from dateutil import parser

    text = value.strip()
    if _ISO_DAY.match(text):
        try:
            return parser.isoparse(text).date()
        except (ValueError, OverflowError):
            pass
    # A written date is accepted only with a year and a day: dateutil would otherwise fill
    # the missing parts from today and turn "10", "March 2022" or "yesterday-ish" into a date.
    if _YEAR.search(text) and _DAY.search(_YEAR.sub(" ", text)):
        try:
            return parser.parse(text).date()
        except (ValueError, OverflowError):
            pass
    raise InputError(f"published: cannot read {value!r} as a date")


def article_from_string(text_or_html, id: str = "text", published=None, title: str | None = None
                        ) -> Article:
    """One article from a string that is HTML or plain text (sniffed); raises InputError."""
    if isinstance(text_or_html, (bytes, bytearray)):
        text_or_html = _decode(bytes(text_or_html))
    if not isinstance(text_or_html, str):
        raise InputError(f"expected text or HTML, got {type(text_or_html).__name__}")
    _check_size(len(text_or_html.encode("utf-8", "surrogatepass")), "input")
    date = parse_published(published)
    if looks_like_html(text_or_html):
        return Article(id=str(id), html=text_or_html, published=date, title=title)
    return Article(id=str(id), raw=text_or_html, published=date, title=title)


def article_from_record(rec: dict, default_id: str | None = None) -> Article:
    """One article from a JSON record with ``id``, ``raw`` or ``html`` (or ``text``), and
    optional ``published``, ``title``, ``url``; raises InputError."""
    if not isinstance(rec, dict):
        raise InputError(f"expected a JSON object, got {_json_type(rec)}")
    rid = rec.get("id")
    if rid is None or rid == "":
        if default_id is None:
            raise InputError("id: missing")
        rid = default_id
    rid = str(rid)
    fields = {}
    for key in ("raw", "html", "text", "title", "url"):
        value = rec.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{key}: expected a string, got {_json_type(value)}")
        fields[key] = value
    body = fields["raw"] or fields["text"]
    if not body and not fields["html"]:
        if any(k in rec for k in ("raw", "text", "html")):
            raise InputError("empty input: the record's text is empty")
        raise InputError("record has no 'raw', 'html' or 'text' field")
    for key in ("raw", "text", "html"):
        if fields[key]:
            _check_size(len(fields[key]), key)
    html = None
    if not body:
        html = fields["html"]
    return Article(id=rid, raw=body or "", html=html, published=parse_published(rec.get("published")),
                   title=fields["title"] or None, url=fields["url"] or None)


# -- streams of articles ----------------------------------------------------------------------
def read_inputs(paths: Iterable[str], published=None, stdin: IO | None = None
                ) -> Iterator[Article | Failure]:
    """Articles (or Failures) from files, directories (walked in sorted order) and ``-``
    (stdin), in order.  ``published`` applies to records that give no date of their own."""
    default_date = parse_published(published)
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            items = _read_stdin(stdin if stdin is not None else sys.stdin)
        elif os.path.isdir(path):
            items = _read_dir(path)
        else:
            items = _read_file(path)
        for item in items:
            if isinstance(item, Article) and item.published is None and default_date is not None:
                item.published = default_date
            yield item


def _read_dir(path: str) -> Iterator[Article | Failure]:
    found = False
    for root, dirs, files in os.walk(path, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(INPUT_EXTENSIONS):
                continue
            found = True
            yield from _read_file(os.path.join(root, name))
    if not found:
        yield Failure(path, "no input files in directory (looked for " + " ".join(INPUT_EXTENSIONS) + ")")


def _read_file(path: str) -> Iterator[Article | Failure]:
    lower = path.lower()
    try:
        size = os.path.getsize(path)
        if lower.endswith(JSONL_EXTENSIONS):
            with open(path, "rb") as fh:
                if b"\x00" in fh.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]:
                    yield Failure(path, "binary file (contains NUL bytes), not text")
                    return
                yield from _read_jsonl(fh, path)
            return
        if lower.endswith(".json"):
            yield from _read_json(path, size)
            return
        if size > MAX_ARTICLE_BYTES:
            yield Failure(path, _too_large(size, "file"))
            return
        with open(path, "rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror.lower() if exc.strerror else str(exc)
        yield Failure(path, f"cannot read: {reason}")
        return
    yield _article_from_bytes(data, path)


def _article_from_bytes(data: bytes, id: str) -> Article | Failure:
    if len(data) > MAX_ARTICLE_BYTES:
        return Failure(id, _too_large(len(data), "input"))
    if not data.strip():
        return Failure(id, "empty input: no text to read")
    try:
        text = _decode(data)
        return article_from_string(text, id=id)
    except InputError as exc:
        return Failure(id, str(exc))


def _read_json(path: str, size: int) -> Iterator[Article | Failure]:
    """A .json file: an array of records, one record, or (often) JSON lines after all."""
    if size > MAX_JSON_FILE_BYTES:
        yield Failure(path, _too_large(size, "JSON file", MAX_JSON_FILE_BYTES))
        return
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        text = _decode(data)
    except InputError as exc:
        yield Failure(path, str(exc))
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":          # one object per line: read it as JSONL
            yield from _read_jsonl(io.BytesIO(data), path)
        else:
            yield Failure(path, f"line {exc.lineno}: invalid JSON: {exc.msg}")
        return
    records = value if isinstance(value, list) else [value]
    for n, rec in enumerate(records, 1):
        default_id = f"{path}:{n}"
        yield _record_article(rec, default_id, f"item {n}")


def _read_jsonl(fh: IO[bytes], name: str) -> Iterator[Article | Failure]:
    """One record per line, read line by line; ids default to NAME:LINE."""
    for lineno, line in enumerate(_bounded_lines(fh), 1):
        default_id = f"{name}:{lineno}"
        if line is None:
            yield Failure(default_id, f"line {lineno}: " + _too_large(None, "line"))
            continue
        if not line.strip():
            continue
        try:
            text = _decode(line)
        except InputError as exc:
            yield Failure(default_id, f"line {lineno}: {exc}")
            continue
        try:
            rec = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Failure(default_id, f"line {lineno}: invalid JSON: {exc.msg}")
            continue
        yield _record_article(rec, default_id, f"line {lineno}")


def _record_article(rec, default_id: str, where: str) -> Article | Failure:
    if not isinstance(rec, dict):
        return Failure(default_id, f"{where}: expected a JSON object, got {_json_type(rec)}")
    rid = rec.get("id")
    fid = str(rid) if rid not in (None, "") else default_id
    try:
        return article_from_record(rec, default_id=default_id)
    except InputError as exc:
        return Failure(fid, str(exc))


def _bounded_lines(fh: IO[bytes]) -> Iterator[bytes | None]:
    """The lines of a binary stream; a line over the article limit is skipped without being
    held in memory and comes out as None."""
    limit = MAX_ARTICLE_BYTES * 2          # a record holds an article plus JSON escaping
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:                      # skip the rest of the overlong line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _read_stdin(stream: IO) -> Iterator[Article | Failure]:
    """stdin is JSONL when its first non-blank line opens a JSON object, else one article."""
    raw = getattr(stream, "buffer", stream)
    first = raw.readline(MAX_ARTICLE_BYTES + 1)
    if isinstance(first, str):                 # a text stream without a byte buffer
        first = first.encode("utf-8")
        rest_stream = _EncodedStream(stream)
    else:
        rest_stream = raw
    head = [first]
    while first and not first.strip():
        first = rest_stream.readline(MAX_ARTICLE_BYTES + 1)
        head.append(first)
    if first.lstrip().startswith(b"{"):
        yield from _read_jsonl(_Chain(head, rest_stream), "stdin")
        return
    data = b"".join(head)
    if len(data) <= MAX_ARTICLE_BYTES:
        data += rest_stream.read(MAX_ARTICLE_BYTES + 1 - len(data))
    yield _article_from_bytes(data, "stdin")


class _EncodedStream:
    """A text stream seen as bytes (for stdin replaced by a StringIO, as tests do)."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def readline(self, limit: int = -1) -> bytes:
        return self.stream.readline(limit).encode("utf-8")

    def read(self, n: int = -1) -> bytes:
        return self.stream.read(n).encode("utf-8")


class _Chain:
    """Lines already read, then the rest of the stream."""

    def __init__(self, head: list[bytes], rest):
        self.head = [h for h in head if h]
        self.rest = rest

    def readline(self, limit: int = -1) -> bytes:
        if self.head:
            return self.head.pop(0)
        return self.rest.readline(limit)


# -- helpers ---------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    """UTF-8 text, or an InputError saying why the bytes are not text."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        raise InputError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _mostly_non_text(sample):
            raise InputError("binary file (mostly non-text bytes), not text") from None
        bad = exc.object[exc.start]
        raise InputError(f"not valid UTF-8 (byte 0x{bad:02x} at offset {exc.start})") from None
    if _control_share(text[:_SNIFF_BYTES]) > 0.1:
        raise InputError("binary file (mostly control characters), not text")
    return text


def _mostly_non_text(sample: bytes) -> bool:
    """Bytes that UTF-8 rejects at a high rate are a binary format, not mis-encoded text
    (which has a stray byte here and there)."""
    if not sample:
        return False
    text = sample.decode("utf-8", "replace")
    return text.count("\ufffd") / len(text) > 0.1 or _control_share(text) > 0.1


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def _check_size(n: int, what: str) -> None:
    if n > MAX_ARTICLE_BYTES:
        raise InputError(f"{what}: " + _too_large(n, "text"))


def _too_large(size: int | None, what: str, limit: int = MAX_ARTICLE_BYTES) -> str:
    mb = limit / (1024 * 1024)
    if size is None:
        return f"{what} too large (over the {mb:g} MB limit per article)"
    return f"{what} too large: {size / (1024 * 1024):.1f} MB (the limit is {mb:g} MB per article)"


def _json_type(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
