"""Two measures read as one row must make the document ``partial`` (issue 15, lost rows must say
so; dev seed 28033, html, scanned at 300 dpi). The measures table has no rules; the grid read its
five measures as three rows, measure 2's number and name inside measure 1's cell and measure 4's
inside measure 3's (the names below are the rows the pipeline read), and the document said ``ok``
with two measures lost. The cell's second list number before a measure's name is the evidence."""
from __future__ import annotations

from normalizers.records.measure_gaps import merged_in_cell


def _rows(*names: str) -> list[dict]:
    return [{"seq": i, "measure": n, "flags": []} for i, n in enumerate(names, 1)]


def test_a_measure_cell_holding_the_next_measure_is_flagged():
    rows = _rows("ไม่รับของขวัญและของกำนัลทุกชนิด ๒) โครงการสร้างวัฒนธรรม", "องค์กรต่อต้านการทุจริต",
                 "โครงการประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด ๔) มาตรการทบทวนหลักเกณฑ์การบริหาร")
    assert merged_in_cell(rows) == ["measures_merged_in_cell:1,3"]
    assert "measure_cell_holds_two" in rows[0]["flags"] and rows[1]["flags"] == []


def test_a_name_opening_with_its_own_number_or_naming_no_measure_is_not():
    rows = _rows("๑) มาตรการประกาศเจตนารมณ์ไม่รับของขวัญ", "จัดอบรม 2 ครั้ง ต่อปี", "(3) กิจกรรมเผยแพร่ข่าวสาร")
    assert merged_in_cell(rows) == []
