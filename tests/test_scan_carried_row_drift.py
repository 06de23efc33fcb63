"""The rest of a long measures row on the next scanned page, its column's text a little off
the previous page's column edge (issue 15; dev seed 18004 scanned at 200 dpi: m8 table ruled
across only, no repeated header, rows longer than a page). Page 5 holds only the steps of
page 4's last row, one narrow column of lines; without rules to straighten by, the page is
turned a little other than page 4, and the lines start up to 1 mm left of page 4's steps
column edge. ``carried._fits`` wanted every line clear of every edge, so none was carried
and the steps printed on pages 5-6 were lost. A line may now lie within ``DRIFT_MM`` of an
edge; the carried grid's edges are moved clear of the lines' ink.

Bug 2 (same seed, page 7): under the carried rest, the next measure's rows got columns from
white channels, 6 against the table's 9 (analysis, measure and its analysis in one column),
and the table was left unmapped. ``carried.refit_columns`` gives the page's first table the
carried columns when its outer edges match, its own edges lie near carried ones and no text
crosses a carried edge."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_seeds import scanned
from extractors.document import ocr_carry_of
from extractors.ocr import ocr_page


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("carried_drift_scans")
    return scanned([18004], out)[0]


def test_steps_rest_off_the_column_edge_is_carried(scan):
    _, before = ocr_page(scan, 4, dpi=300)
    cols = before[-1].col_x
    assert len(cols) == 10, cols  # page 4's m8 table with its budget column reaches the foot
    _, tables = ocr_page(scan, 5, dpi=300, carry=cols)
    assert tables and "ocr_row_carried" in tables[0].flags, [t.flags for t in tables]
    row = tables[0].rows[0]
    filled = [c for c, x in enumerate(row) if (x or "").strip()]
    assert filled == [5], row  # the steps column only
    assert "จัดทำ" in row[5] and "ประกาศ" in row[5] and "สาธารณะ" in row[5], row[5]


def test_next_measure_under_carried_rest_gets_the_carried_columns(scan):
    carry = None
    for page in (4, 5, 6):
        text, tables = ocr_page(scan, page, dpi=300, carry=carry)
        carry = ocr_carry_of(tables, text.height)
        assert carry and len(carry) == 10, (page, carry)
    _, tables = ocr_page(scan, 7, dpi=300, carry=carry)
    assert len(tables) == 2 and "ocr_row_carried" in tables[0].flags, [t.flags for t in tables]
    t = tables[1]
    assert t.n_cols == 9, t.col_x
    assert abs(t.col_x[0] - carry[0]) < 1 and abs(t.col_x[-1] - carry[-1]) < 1, (t.col_x, carry)  # stitched by them
    first = t.rows[0]
    assert first[1].strip() == "i๒", first  # the code column alone
    # analysis, measure and the measure's analysis each in a column of its own
    assert "ประชาสัมพันธ์" in first[2] and "กิจกรรม" not in first[2], first
    assert "กิจกรรม" in first[3] and "ลดความ" not in first[3], first
    assert "ลดความ" in first[4], first
