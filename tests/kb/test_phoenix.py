"""Reading TABARI/PETRARCH actor dictionaries and turning them into eventwire rows
(eventwire/kb/phoenix.py, eventwire/kb/build.py), on a small dictionary written here."""
from __future__ import annotations

import datetime as dt

import pytest

from eventwire.kb.build import Vocabulary, body_display, body_row, display, person_rows, strip_titles
from eventwire.kb.phoenix import parse_date, read_actors

SAMPLE = """\
# a comment line
<!-- a block
comment -->
ARDAN_VOLKOV_  # CountryInfo.txt
+ARDAN_V._VOLKOV_
+VOLKOV
+RUSSIAN_FOREIGN_MINISTER_ARDAN_VOLKOV
\t[RUSELI 700101-051201]
\t[RUSGOV >20051201]  # Foreign Minister
MARA_AL-HAKIM_  # CountryInfo.txt
MARA_AL_HAKIM_
\t[SYRGOV 19990101-20031231]
\t[SYRELI]
NORTHERN_FREEDOM_FRONT_ [IMGREB] # a group
+NFF_
"""


@pytest.fixture(scope="module")
def entries(tmp_path_factory):
    path = tmp_path_factory.mktemp("dict") / "sample.actors.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return read_actors(path)


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary()


def test_entries_names_and_dated_codes(entries):
    volkov, hakim, front = entries
    assert volkov.names[:3] == ["ARDAN_VOLKOV_", "ARDAN_V._VOLKOV_", "VOLKOV"]
    assert volkov.country_info
    assert [(c.code, c.start, c.end) for c in volkov.codes] == [
        ("RUSELI", dt.date(1970, 1, 1), dt.date(2005, 12, 1)),
        ("RUSGOV", dt.date(2005, 12, 1), None)]
    assert volkov.codes[1].note == "Foreign Minister"
    # a head with no code of its own shares the codes of the head after it
    assert hakim.names == ["MARA_AL-HAKIM_", "MARA_AL_HAKIM_"]
    assert not hakim.codes[-1].dated
    assert front.codes[0].code == "IMGREB" and front.names == ["NORTHERN_FREEDOM_FRONT_", "NFF_"]


def test_six_digit_dates_pick_their_century():
    assert parse_date("991231") == dt.date(1999, 12, 31)
    assert parse_date("080508") == dt.date(2008, 5, 8)
    assert parse_date("2004017") is None


def test_display_names():
    assert display("VLADIMIR_V._PUTIN_") == "Vladimir V. Putin"
    assert display("MARA_AL-HAKIM_") == "Mara al-Hakim"
    assert display("JOHN_MCCAIN") == "John McCain"
    assert body_display("THE_AFRICAN_UNION_FOR_PEACE") == "The African Union for Peace"
    assert body_display("U.N._MISSION") == "U.N. Mission"


def test_titles_are_stripped_from_synonyms(vocab):
    assert strip_titles("Russian Foreign Minister Ardan Volkov", vocab) == "Ardan Volkov"
    assert strip_titles("Ardan Volkov", vocab) == "Ardan Volkov"


def test_person_rows_keep_dated_terms(entries, vocab):
    [row] = person_rows(entries[0], vocab)
    name, aliases, terms = row
    assert name == "Ardan Volkov"
    assert "Volkov" in aliases.split("|") and "Ardan V. Volkov" in aliases.split("|")
    assert terms.split("|") == ["RUS:GOV:RUSELI@1970-01-01/2005-12-01",
                                "RUS:GOV:RUSGOV@2005-12-01/@Foreign Minister"]
    # the default code holds after the last dated term
    [row] = person_rows(entries[1], vocab)
    assert row[2].split("|")[-1] == "SYR:GOV:SYRELI@2003-12-31/"


def test_groups_become_bodies(entries, vocab):
    row = body_row(entries[2], vocab, "sample:1")
    assert row[:5] == ["Northern Freedom Front", "NFF", "", "REB", "group"]


def test_cameo_actor_codes(vocab):
    assert vocab.read_code("RUSGOV") == ("RUS", "GOV")
    assert vocab.read_code("SYRREBMIL") == ("SYR", "REB")
    assert vocab.read_code("IGOUNO") == ("IGO", "IGO")
    assert vocab.read_code("NGOHRI") == (None, "NGO")
    assert vocab.read_code("XYZGOV") == (None, None)
