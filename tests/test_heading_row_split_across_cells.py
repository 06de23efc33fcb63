"""fresh20 20201 html (one measures table per measure, no column rules, the header repeated):
the table of measure 2 on page 7 took in the heading printed at the page's foot over the next
part, ``ประเด็นที่ 3 ประสิทธิภาพการสื่อสาร``, split by the column bounds into ``ประเด็นที่ 3
ประสิทธิภาพการสื่อ`` | ``สาร``. Read as a measure of its own (an extra measure with a period
``สาร``), it left measure 3 with the indicator of the heading before (5, flagged, want 7). A row
whose first filled cell is a heading and whose other cells are short word ends is that heading
(``normalizers.records.measure_headers.split_heading``)."""
from __future__ import annotations

import pytest

from corpus_seeds import render_seed

pytest.importorskip("weasyprint")


def test_heading_split_across_cells_is_no_measure(tmp_path):
    _, _, rec, exp = render_seed(20201, tmp_path, "html")
    names = [m["measure"] for m in rec.planned_measures]
    assert not any((n or "").startswith("ประเด็นที่") for n in names)
    assert len(rec.planned_measures) == len(exp["planned_measures"]) == 6
    assert [m["indicator_no"] for m in rec.planned_measures] == [m["indicator_no"] for m in exp["planned_measures"]]
    assert rec.planned_measures[2]["indicator_no"] == 7  # ประเด็นที่ 3 ประสิทธิภาพการสื่อสาร


def test_heading_word_alone_in_its_cell_is_no_measure(tmp_path):
    """fresh20 20200 html p5: the heading at the page's foot read as ``ประเด็นที่`` | ``๔ การเปิดเผย
    ข้อมูล`` in the seq and measure columns of the table above: an extra measure ``๔ การเปิดเผย
    ข้อมูล`` with no steps."""
    _, _, rec, exp = render_seed(20200, tmp_path, "html")
    assert len(rec.planned_measures) == len(exp["planned_measures"]) == 5
    assert [m["indicator_no"] for m in rec.planned_measures] == [m["indicator_no"] for m in exp["planned_measures"]]
