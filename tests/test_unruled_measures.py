"""Planned-measures tables drawn without column rules (issue 13, items 4 and 5), read from
real corpus renders: a development seed is rendered by the corpus' HTML renderer, run
through the real extract and normalize stages, and its measure rows are compared with the
rows the corpus wrote down when it drew the document (its expected file).

Before ``extractors.spaced`` a measures table with no rules and no shading was lost whole
(0 measures), and one ruled across only came out with its columns cut in the wrong places.
"""
import datetime as dt
import json

import pytest

from corpus.fuzz import fuzz
from corpus.space import draw_layout
from extractors.document import extract_document
from normalizers.document import normalize

pytest.importorskip("weasyprint")


def _render(seed: int, tmp_path):
    pdf = fuzz([seed], tmp_path, renderer="html", log=lambda *a: None)[0]
    expected = json.loads(pdf.with_name(f"{pdf.stem}.expected.json").read_text(encoding="utf-8"))
    ex = extract_document(pdf, pdf.stem)
    return ex, normalize(ex), expected


def _date(v):
    return None if v is None else dt.date.fromisoformat(v) if isinstance(v, str) else v


def _check_measures(records, expected):
    got = {m["seq"]: m for m in records.planned_measures}
    want = expected["planned_measures"]
    assert len(got) == len(want)
    for w in want:
        g = got[w["seq"]]
        assert g["measure"] == w["measure"]
        assert g["steps"] == w["steps"]
        assert g["responsible"] == w["responsible"]
        assert (g["period_start"], g["period_end"]) == (_date(w["period_start"]), _date(w["period_end"]))
        # the analysis cell may print its question codes first (``e๒ ยังไม่มี…``): they are read as codes
        assert w["analysis"] is None or (g["analysis"] or "").endswith(w["analysis"])
        assert set(w["question_codes"]) <= set(g["question_codes"])


def test_measures_table_without_rules_or_shading_is_read(tmp_path):
    """Seed 22: one measures table with no rules and no shading at all (m5 columns, one header row)."""
    assert draw_layout(22)["m.rules"] == "none" and draw_layout(22)["m.arrangement"] == "one_table"
    ex, records, expected = _render(22, tmp_path)
    spaced = [t for t in ex.tables if "table_unruled:spacing" in t.flags]
    assert spaced, "the table is found (and shown by `ita tables`)"
    assert len(expected["planned_measures"]) >= 3
    _check_measures(records, expected)


def test_measures_table_without_rules_two_level_header(tmp_path):
    """Seed 3: one table per measure under a heading, eight columns, a two-level header whose
    upper cell (``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``) groups two sub-columns and whose
    lines are staggered (cells centred vertically)."""
    lay = draw_layout(3)
    assert (lay["m.rules"], lay["m.header"], lay["m.columns"]) == ("none", "two", "m8")
    ex, records, expected = _render(3, tmp_path)
    spaced = [t for t in ex.tables if "table_unruled:spacing" in t.flags]
    assert len(spaced) == len(expected["planned_measures"])
    for t in spaced:  # the group cell spans its two sub-columns: one header row above them
        assert t.rows[0].count(None) == 1 and "ขั้นตอน" in t.rows[1][t.rows[0].index(None) - 1]
    _check_measures(records, expected)


def test_measures_table_ruled_across_only_columns_from_header(tmp_path):
    """Seed 4: a measures table ruled across only (no column rules), two-level header; the
    columns come from the header's cells and the body's whitespace channels."""
    lay = draw_layout(4)
    assert (lay["m.rules"], lay["m.header"]) == ("horizontal", "two")
    ex, records, expected = _render(4, tmp_path)
    assert any("table_unruled:rules_across" in t.flags for t in ex.tables)
    _check_measures(records, expected)


def test_numbered_row_joined_as_continuation_is_flagged(tmp_path):
    """Seed 64 (html): an unruled measures table (with a sequence column) whose third measure
    is read as a row printing only its number ``๓`` and its unit. It was joined silently to
    measure 2 as a continuation, so measure 2 named another measure's unit (กองสวัสดิการสังคม)
    without a flag. The joined row now carries ``row_joined_numbered:๓``. Since the rows of a
    borderless table are anchored on its first column that is not the steps (the numbered
    steps no longer start rows), measure 3 is a row of its own: nothing is joined, and all
    four measures come out with their own units."""
    lay = draw_layout(64)
    assert lay["m.rules"] == "none" and lay["m.extra"] == "seq"
    _, records, expected = _render(64, tmp_path)
    want_units = {tuple(m["responsible"]) for m in expected["planned_measures"]}
    for m in records.planned_measures:
        if m["responsible"] and tuple(m["responsible"]) not in want_units:
            # a row whose units are no measure's units must say it was joined
            assert any(f.startswith("row_joined_numbered:") for f in m["flags"]), m
    joined = [m for m in records.planned_measures if any(f.startswith("row_joined_numbered:") for f in m["flags"])]
    if not joined:  # not joined at all: every measure is its own row
        got = {m["seq"]: m for m in records.planned_measures}
        assert len(got) == len(expected["planned_measures"])
        for w in expected["planned_measures"]:
            assert (got[w["seq"]]["measure"], got[w["seq"]]["responsible"]) == (w["measure"], w["responsible"])
