"""The running-number column read into the period (or units) column (issue 13, born17): a measures table
with horizontal rules only, its ``ลำดับ`` column right of the period column, the two read as one
column (header ``ช่วงระยะเวลาในการ ลำดับ``). Each row's number ended the period cell's first
line (``มีค 69 – 1`` / ``กย 69``) and was read as the end's day: 1 Sep 2026 for 30 Sep, with
no flag about it. One HTML render (dev seed 17350), the real extract and normalize stages.
"""

import datetime as dt

import pytest

from corpus.space import draw_layout
from extractors import rules_across, tables
from extractors.document import extract_document
from normalizers.document import normalize
from corpus_seeds import assert_same_measures, expected_date, render_seed

pytest.importorskip("weasyprint")


def test_running_numbers_in_the_period_column_are_not_days(tmp_path, monkeypatch):
    lay = draw_layout(17350, "html")
    assert (lay["m.rules"], lay["m.extra"]) == ("horizontal", "seq")
    pdf, ex, records, expected = render_seed(17350, tmp_path, "html")
    # since h/born20 the period and ``ลำดับ`` columns, a cell padding apart, are split (then by
    # column_refit.hidden_splits, the rows flagged table_columns_refit; since 0.34.0 by the joint every
    # row's rule has there, column_snap.add_joint_columns): every period read as printed
    assert not any(c.startswith("มีค 69 – 1\n") for t in ex.tables for r in t.rows for c in r if c)
    now = {m["seq"]: m for m in records.planned_measures}
    for w in expected["planned_measures"]:
        assert now[w["seq"]]["period_start"] == expected_date(w["period_start"])
        assert now[w["seq"]]["period_end"] == expected_date(w["period_end"])
    assert_same_measures(records, expected)
    # the same render read without that split: the number shares the period's cell again, and
    # the normalize stage must still set it aside (the bug this test names)
    monkeypatch.setattr(tables, "hidden_splits", lambda *a: [])
    monkeypatch.setattr(rules_across, "add_joint_columns", lambda region, cols, *a, **k: list(cols))
    ex = extract_document(pdf, pdf.stem)
    cells = [c for t in ex.tables for r in t.rows for c in r if c and c.startswith("มีค 69 – 1\n")]
    assert cells, "the number no longer shares the period's cell: this test checks nothing"
    records = normalize(ex)
    got = {m["seq"]: m for m in records.planned_measures}
    assert got[1]["period_end"] == dt.date(2026, 9, 30)
    assert "period_seq_dropped:1" in got[1]["flags"]
    for w in expected["planned_measures"]:
        assert got[w["seq"]]["period_start"] == expected_date(w["period_start"])
        assert got[w["seq"]]["period_end"] == expected_date(w["period_end"])
    assert_same_measures(records, expected)


def test_running_numbers_in_the_units_column_are_not_letters_of_a_unit(tmp_path):
    """The same in the units column (dev seed 17373 html, horizontal rules): the ``ที่`` column
    right of ``ผู้รับผิดชอบ/หน่วยงาน`` read empty, its numbers ending the units cells' first lines
    (``หน่วยตรวจสอบ 1`` / ``ภายใน``): the units came out ``หน่วยตรวจสอบ1ภายใน``, ``สำนักปลัด2``,
    unflagged."""
    lay = draw_layout(17373, "html")
    assert (lay["m.rules"], lay["m.extra"]) == ("horizontal", "seq")
    _, ex, records, expected = render_seed(17373, tmp_path, "html")
    got = {m["seq"]: m for m in records.planned_measures}
    assert got[1]["responsible"] == ["หน่วยตรวจสอบภายใน", "งานประชาสัมพันธ์"]
    assert "responsible_seq_dropped:1" in got[1]["flags"]
    assert_same_measures(records, expected)
