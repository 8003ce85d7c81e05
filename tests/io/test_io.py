"""Reading inputs: strings, records, files, directories and stdin, with every bad input
coming out as a one-line Failure while the good ones still come through in order."""
import datetime as dt
import io
import json
import os
import time

import pytest

from eventwire.io import (MAX_ARTICLE_BYTES, article_from_record, article_from_string,
                          parse_published, read_inputs)
from eventwire.model import Article, Failure, InputError

STORY = ("KABUL, Afghanistan — Gunmen attacked a checkpoint on the road to the airport on "
         "Tuesday, killing two guards, the interior ministry said.")


def ids(items):
    return [x.id for x in items]


# -- strings and records ---------------------------------------------------------------------
def test_article_from_string_sniffs_html_and_text():
    a = article_from_string("<html><body><p>" + STORY + "</p></body></html>", id="h")
    assert a.html and not a.raw
    b = article_from_string(STORY, id="t", published="2021-08-17", title="Checkpoint attacked")
    assert b.raw == STORY and b.html is None
    assert b.published == dt.date(2021, 8, 17) and b.title == "Checkpoint attacked"
    # angle brackets in prose do not make a text HTML
    c = article_from_string("Turnout was <50% in the north, officials said.")
    assert c.raw and c.html is None


@pytest.mark.parametrize("value, expected", [
    ("2022-03-10", dt.date(2022, 3, 10)),
    ("2022-03-10T14:02:00Z", dt.date(2022, 3, 10)),
    ("2022-03-10T23:30:00+05:00", dt.date(2022, 3, 10)),
    ("March 10, 2022", dt.date(2022, 3, 10)),
    ("10 March 2022", dt.date(2022, 3, 10)),
    ("20220310", dt.date(2022, 3, 10)),
    (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
    (dt.datetime(2020, 1, 2, 8, 0), dt.date(2020, 1, 2)),
    (None, None),
    ("", None),
])
def test_published_forms(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["xyz", "31/31/2022", "yesterday", "10", 20220310, "March 2022",
                                   "2022-13-01", "2022-02-30"])
def test_bad_published_is_an_input_error(value):
    with pytest.raises(InputError, match=r"^published: cannot read .* as a date$"):
        parse_published(value)


def test_bad_published_message_is_exact():
    with pytest.raises(InputError) as exc:
        article_from_record({"id": "r1", "raw": STORY, "published": "xyz"})
    assert str(exc.value) == "published: cannot read 'xyz' as a date"


def test_an_article_built_by_hand_reads_its_publication_date():
    assert Article(id="a", raw="x", published="2022-03-10").published == dt.date(2022, 3, 10)
    assert Article(id="a", raw="x", published=dt.datetime(2022, 3, 10, 14, 2)).published == dt.date(2022, 3, 10)
    assert Article(id="a", raw="x").published is None
    with pytest.raises(InputError, match="cannot read 'soon' as a date"):
        Article(id="a", raw="x", published="soon")


def test_article_from_record_fields():
    a = article_from_record({"id": 7, "raw": STORY, "published": "2021-08-17T09:00:00Z",
                             "title": "T", "url": "https://example.org/a"})
    assert (a.id, a.published, a.title, a.url) == ("7", dt.date(2021, 8, 17), "T", "https://example.org/a")
    h = article_from_record({"id": "h", "html": "<p>" + STORY + "</p>"})
    assert h.html and h.raw == ""
    t = article_from_record({"id": "t", "text": STORY})
    assert t.raw == STORY


@pytest.mark.parametrize("rec, message", [
    ({"id": "x"}, "no 'raw', 'html' or 'text'"),
    ({"id": "x", "raw": 12}, "raw: expected a string"),
    ({"id": "x", "raw": ""}, "empty"),
    ({"raw": STORY}, "id: missing"),
])
def test_bad_records(rec, message):
    with pytest.raises(InputError, match=message):
        article_from_record(rec)


def test_record_over_the_size_limit():
    with pytest.raises(InputError, match="too large"):
        article_from_record({"id": "big", "raw": "x" * (MAX_ARTICLE_BYTES + 1)})


# -- files and directories -------------------------------------------------------------------
def test_jsonl_with_bad_lines_keeps_the_good_ones_in_order(tmp_path):
    p = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "raw": STORY}).encode(),
             b'{"id": "broken", "raw": ',
             b"",
             b'["not", "an", "object"]',
             json.dumps({"raw": STORY, "published": "2021-08-17"}).encode(),
             b'{"id": "latin1", "raw": "caf\xe9"}',
             json.dumps({"id": "bad-date", "raw": STORY, "published": "someday"}).encode(),
             json.dumps({"id": "b", "raw": STORY}).encode()]
    p.write_bytes(b"\n".join(lines) + b"\n")
    out = list(read_inputs([str(p)], published="2020-01-01"))
    assert ids(out) == ["a", f"{p}:2", f"{p}:4", f"{p}:5", f"{p}:6", "bad-date", "b"]
    good = [x for x in out if isinstance(x, Article)]
    assert ids(good) == ["a", f"{p}:5", "b"]
    assert good[0].published == dt.date(2020, 1, 1)     # the command-line date fills the gap
    assert good[1].published == dt.date(2021, 8, 17)    # but never overrides a record's own
    errors = {x.id: x.error for x in out if isinstance(x, Failure)}
    assert errors[f"{p}:2"].startswith("line 2: invalid JSON: ")
    assert errors[f"{p}:4"] == "line 4: expected a JSON object, got an array"
    assert errors[f"{p}:6"] == "line 6: not valid UTF-8 (byte 0xe9 at offset 28)"
    assert errors["bad-date"] == "published: cannot read 'someday' as a date"
    assert all("\n" not in e for e in errors.values())


def test_directory_is_walked_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.html").write_text("<html><body><p>" + STORY + "</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored,file\n", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.jsonl").write_text(json.dumps({"id": "c1", "raw": STORY}) + "\n", encoding="utf-8")
    out = list(read_inputs([str(tmp_path)]))
    assert ids(out) == [str(tmp_path / "a.html"), str(tmp_path / "b.txt"), "c1"]
    assert out[0].html and out[1].raw == STORY


def test_json_file_with_an_array_of_records(tmp_path):
    p = tmp_path / "records.json"
    p.write_text(json.dumps([{"id": "x", "raw": STORY}, {"raw": STORY}, 5]), encoding="utf-8")
    out = list(read_inputs([str(p)]))
    assert ids(out) == ["x", f"{p}:2", f"{p}:3"]
    assert isinstance(out[2], Failure) and "expected a JSON object" in out[2].error


def test_bad_files_are_failures(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes(b"The minister said the caf\xe9 was closed.")
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 40)
    paths = [str(tmp_path / n) for n in ("empty.txt", "image.txt", "latin1.txt", "noise.txt")]
    paths.append(str(tmp_path / "missing.txt"))
    out = list(read_inputs(paths))
    assert all(isinstance(x, Failure) for x in out)
    assert ids(out) == paths
    errors = [x.error for x in out]
    assert errors[0].startswith("empty input")
    assert errors[1] == "binary file (contains NUL bytes), not text"
    assert errors[2] == "not valid UTF-8 (byte 0xe9 at offset 25)"
    assert errors[3].startswith("binary file")
    assert errors[4] == "cannot read: no such file or directory"


def test_a_huge_file_is_refused_from_its_size(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:              # a sparse 20 MB file: cheap to make
        fh.truncate(20 * 1024 * 1024)
    t = time.perf_counter()
    out = list(read_inputs([str(p)]))
    assert time.perf_counter() - t < 0.5
    assert len(out) == 1 and isinstance(out[0], Failure)
    assert out[0].error.startswith("file too large: 20.0 MB")


def test_overlong_jsonl_line_is_skipped_and_reading_goes_on(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("wb") as fh:
        fh.write(b'{"id": "huge", "raw": "' + b"a" * (2 * MAX_ARTICLE_BYTES + 10) + b'"}\n')
        fh.write(json.dumps({"id": "after", "raw": STORY}).encode() + b"\n")
    out = list(read_inputs([str(p)]))
    assert ids(out) == [f"{p}:1", "after"]
    assert "too large" in out[0].error and isinstance(out[1], Article)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text(STORY, encoding="utf-8")
    p.chmod(0)
    try:
        out = list(read_inputs([str(p)]))
    finally:
        p.chmod(0o600)
    assert isinstance(out[0], Failure) and out[0].error == "cannot read: permission denied"


# -- stdin and streaming ---------------------------------------------------------------------
def test_stdin_jsonl_and_text():
    jsonl = io.StringIO("\n" + json.dumps({"id": "s1", "raw": STORY}) + "\n{bad\n")
    out = list(read_inputs(["-"], stdin=jsonl))
    assert ids(out) == ["s1", "stdin:3"]
    text = io.BytesIO(STORY.encode("utf-8"))
    out = list(read_inputs(["-"], stdin=text, published=dt.date(2021, 8, 17)))
    assert len(out) == 1 and out[0].raw == STORY and out[0].published == dt.date(2021, 8, 17)
    html = io.StringIO("<html><body><p>" + STORY + "</p></body></html>")
    assert list(read_inputs(["-"], stdin=html))[0].html


class _EndlessRecords(io.RawIOBase):
    """A stream of JSONL records that fails if read too far: proves reading is lazy."""

    def __init__(self, limit):
        self.n = 0
        self.limit = limit

    def readline(self, size=-1):
        self.n += 1
        if self.n > self.limit:
            raise AssertionError("read ahead of what was asked for")
        return (json.dumps({"id": f"r{self.n}", "raw": STORY}) + "\n").encode()


def test_jsonl_is_read_line_by_line():
    items = read_inputs(["-"], stdin=_EndlessRecords(limit=3))
    assert [next(items).id for _ in range(3)] == ["r1", "r2", "r3"]
