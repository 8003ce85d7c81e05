"""CAMEO export codes for PLOVER events (eventwire/events/cameo.py)."""
from __future__ import annotations

import json
from pathlib import Path

from eventwire.events.cameo import cameo_code, cameo_label, table
from eventwire.model import Event, Span

PLOVER = Path(__file__).resolve().parents[2] / "eventwire" / "data" / "plover.json"


def _event(type_, mode=None, contexts=()):
    s = Span("x", 0, 1)
    return Event(type=type_, status="asserted", evidence=s, trigger=s, mode=mode,
                 contexts=list(contexts))


def test_mode_picks_the_specific_code():
    assert cameo_code(_event("ASSAULT", "aerial")) == "195"
    assert cameo_code(_event("ASSAULT", "drone")) == "195"
    assert cameo_code(_event("CONSULT", "phone")) == "041"
    assert cameo_code(_event("COERCE", "arrest")) == "173"
    assert cameo_code(_event("RETREAT", "ceasefire")) == "0871"


def test_no_mode_gives_the_type_default():
    assert cameo_code(_event("ASSAULT")) == "190"
    assert cameo_code(_event("AGREE")) == "030"
    assert cameo_code(_event("PROTEST")) == "140"


def test_contexts_refine_a_modeless_event():
    assert cameo_code(_event("AID", contexts=["humanitarian"])) == "073"
    assert cameo_code(_event("AID", contexts=["military"])) == "072"


def test_event_dicts_and_unknown_types():
    assert cameo_code({"type": "REQUEST", "mode": "meet", "contexts": []}) == "106"
    assert cameo_code({"type": "NOT_A_TYPE"}) is None
    assert cameo_label("195") == "Employ aerial weapons"


def test_every_codebook_type_and_mode_has_a_code():
    """Each PLOVER type and mode eventwire can emit maps to a code of the table; the code
    for a type with no mode is one the table itself maps to that type."""
    types = json.loads(PLOVER.read_text())["types"]
    codes = {r.code: r for r in table().rows}
    for ptype, spec in types.items():
        default = cameo_code(_event(ptype))
        assert default in codes and codes[default].type == ptype, ptype
        for mode in spec["modes"]:
            assert cameo_code(_event(ptype, mode)) in codes, (ptype, mode)


def test_table_keeps_the_source_mapping():
    codes = {r.code: r for r in table().rows}
    assert codes["0332"].type == "AGREE" and "military" in codes["0332"].contexts
    assert codes["163"].type == "COERCE"        # sanctions: COERCE in the 2021 table
    assert len(codes) > 200
